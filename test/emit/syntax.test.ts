// The shape of the C# that the syntax of the subset becomes, where it matters, and the diagnostics
// of the constructs outside it. What the C# computes is checked on .NET by semantics.test.ts.
import * as path from "node:path";
import { ts } from "ts-morph";
import { EmitContext } from "../../src/emit/context";
import { Printer } from "../../src/emit/printer";
import { createProject } from "../../src/emit/program";
import { REP } from "../../src/emit/reps";
import { createWalk } from "../../src/emit/visitors";
import { lambda } from "../../src/emit/visitors/function-values";
import { emitFiles, hookSource, tempProject } from "../support/project";

function emitBody(body: string, declarations = "") {
  return emitFiles({ "transforms/index.ts": hookSource(body, declarations) });
}

describe("emitted structure", () => {
  test("a string switch over distinct literals is a C# switch; fall-through is goto case", () => {
    const { code, result } = emitBody(`      const s = ctx.operationId;
      let out = "";
      switch (s) {
        case "a": out += "A";
        case "b": out += "B"; break;
        default: out += "D";
      }
      res.setText(out);`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("switch (s)");
    expect(code).toContain('goto case "b";');
    expect(code).toMatch(/default:\s*\{\s*@out \+= "D";\s*break;/);
  });

  test("any other switch finds the clause by strict equality, then switches on its index", () => {
    const { code, result } = emitBody(`      const v: Json = await res.json();
      switch (v) {
        case 1: res.setText("one"); break;
        case "1": res.setText("string");
      }`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("Js.StrictEquals(subject");
    expect(code).toMatch(/switch \(match\d+\)/);
  });

  test("a for loop whose let a closure captures gets a fresh C# variable per iteration", () => {
    const { code, result } = emitBody(`      let f = () => -1;
      for (let i = 0; i < 3; i++) {
        if (i === 1) continue;
        f = () => i;
      }
      res.setJson(f());`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("double i_next = 0d;");
    expect(code).toContain("double i = i_next;");
    expect(code).toContain("goto next_iteration;");
    expect(code).toContain("i_next++;");
  });

  test("a for loop without captures stays a C# for", () => {
    const { code, result } = emitBody(`      let n = 0;
      for (let i = 0; i < 3; i++) n += i;
      res.setJson(n);`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("for (double i = 0d; i < 3d; i++)");
  });

  test("an optional chain is one conditional: the links after ?. read with Js.Get, which throws", () => {
    const { code, result } = emitBody(`      const a: { b?: { c: { d: string } } } | undefined = await res.json();
      res.setJson(a?.b!.c.d ?? "none");`);
    expect(result.diagnostics).toEqual([]);
    expect(code).not.toContain("GetOptional");
    expect(code).toMatch(/!Js\.IsNullish\(a\) \? Js\.StrOrNull\(Js\.Get\(Js\.Get\(Js\.Get\(a, "b"\), "c"\), "d"\)\)/);
  });

  test("a call's optional chain as a statement becomes an if", () => {
    const { code, result } = emitBody(`      const log: ((m: string) => void) | undefined = ctx.operationId ? (m) => ctx.log.info(m) : undefined;
      log?.("x");`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("Action<string> log = Js.Truthy(ctx.OperationId) ? (Action<string>)((string m) =>");
    expect(code).toMatch(/if \(!\(log == null\)\)\s*\{\s*log\("x"\);/);
  });

  test("catch gets the C# exception; instanceof HttpError is a type test", () => {
    const { code, result } = emitBody(`      try {
        await ctx.send(ctx.newRequest("GET", "https://x"));
      } catch (e) {
        if (e instanceof HttpError) res.status = e.status;
        else throw e;
      }`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("catch (Exception e)");
    expect(code).toContain("if (e is HttpError)");
    expect(code).toContain("res.Status = ((HttpError)e).Status;");
    expect(code).toContain("throw e;");
  });

  test("compound assignment on a JSON property reads and writes once, with the old value first", () => {
    const { code, result } = emitBody(`      const body: { n: number; s: string } = await res.json();
      body.n += 2;
      body.s += body.n;
      body.n++;
      res.setJson(body);`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toMatch(/Js\.Update\(body, "n", \(old\d+\) => Js\.Box\(Js\.Num\(old\d+\) \+ 2d\)\);/);
    expect(code).toContain('Js.Increment(body, "n", 1d, true);');
  });

  test("a property update whose right side awaits uses the async helper", () => {
    const { code, result } = emitBody(`      const body: { n: number } = await res.json();
      body.n += (await res.json<{ k: number }>()).k;`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("await Js.UpdateAsync(body, \"n\", async (old");
  });

  test("destructuring declares one local per name, checked as V8 does", () => {
    const { code, result } = emitBody(`      const body: { a: string; b?: number; rest?: Json } = await res.json();
      const { a, b = 1, ...others } = body;
      res.setJson([a, b, others]);`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain('Js.Destructurable(body, "a", "body")');
    expect(code).toContain('Js.RestOf(d');
    expect(code).toMatch(/double b = v\d+ == null \? 1d : Js\.Num\(v\d+\);/);
  });

  test("spread and rest: Js.Spread in literals, a rest parameter receives an array", () => {
    const { code, result } = emitBody(
      `      const xs = [1, 2];
      res.setJson({ ...{ a: 1 }, n: total(...xs), m: total(1, 2) });`,
      "function total(...ns: number[]): number { let t = 0; for (const n of ns) t += n; return t; }",
    );
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain('Js.Obj(Js.Spread(Js.Obj("a", Js.Box(1d)), null)');
    expect(code).toContain('total(Js.Arr(Js.Spread(xs, "xs")))');
    expect(code).toContain("total(Js.Arr(Js.Box(1d), Js.Box(2d)))");
  });

  test("typeof of a primitive is a constant; of JSON a runtime test", () => {
    const { code, result } = emitBody(`      const v: Json = await res.json();
      const n = 1;
      res.setJson([typeof v, typeof n]);`);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain('Js.Arr(Js.Box(Js.TypeOfValue(v)), Js.Box("number"))');
  });

  test("a default parameter is passed as possibly undefined and defaulted inside", () => {
    const { code, result } = emitBody(`      res.setJson(scale(2));`, "function scale(x: number, by = 10): number { return x * by; }");
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("private static double scale(double x, double? by_arg)");
    expect(code).toContain("double by = by_arg == null ? 10d : by_arg.Value;");
    expect(code).toContain("scale(2d, (double?)null)");
  });
});

describe("lambda(): callbacks for the built-ins", () => {
  function firstArrow(source: string) {
    const dir = tempProject({ "transforms/index.ts": source });
    const project = createProject(path.join(dir, "transforms", "index.ts"));
    const ctx = new EmitContext(project.getTypeChecker().compilerObject, dir);
    const walk = createWalk(ctx);
    let arrow: ts.ArrowFunction | undefined;
    const visit = (n: ts.Node): void => {
      if (!arrow && ts.isArrowFunction(n)) arrow = n;
      ts.forEachChild(n, visit);
    };
    visit(project.getSourceFiles()[0].compilerNode);
    return { ctx, walk, arrow: arrow! };
  }

  test("parameters are declared in the representations given and converted to the declared ones", () => {
    const { ctx, walk, arrow } = firstArrow("export const f = [1, 2].map((x: number, i) => x * i);\n");
    const expr = ctx.withMethod({ isAsync: false, returns: REP.json }, () => lambda(arrow, ctx, walk, [REP.json, REP.number], REP.json));
    expect(ctx.diagnostics).toEqual([]);
    const text = new Printer(false).expr(expr);
    expect(text).toMatch(/^\(JToken x_arg, double i\) =>/);
    expect(text).toContain("double x = Js.Num(x_arg);");
    expect(text).toContain("return Js.Box(x * i);");
  });

  test("without representations the lambda uses the declared ones; extra ones are unused", () => {
    const { ctx, walk, arrow } = firstArrow("export const f = [1].map((x: number) => x + 1);\n");
    const plain = new Printer(false).expr(ctx.withMethod({ isAsync: false, returns: REP.json }, () => lambda(arrow, ctx, walk)));
    expect(plain).toBe("(double x) => x + 1d");
    const wider = new Printer(false).expr(ctx.withMethod({ isAsync: false, returns: REP.json }, () => lambda(arrow, ctx, walk, [REP.number, REP.number, REP.json], REP.number)));
    expect(wider).toMatch(/^\(double x, double unused\d+, JToken unused\d+\) => x \+ 1d$/);
  });
});

/** [what, hook body, declarations, code, text the message mentions] */
const rejects: Array<[string, string, string, string, string]> = [
  ["explicit any", "      const x: any = 1; res.setJson(x);", "", "CSX2004", "'any'"],
  ["as any", "      res.setJson((1 as any) + 1);", "", "CSX2004", "'as any'"],
  ["prototype access", "      res.setJson(1);", "function f(): Json { return (Object as unknown as { prototype: Json }).prototype; }", "CSX2016", "prototypes"],
  ["__proto__ in a literal", "      res.setJson({ __proto__: null, a: 1 });", "", "CSX2016", "'__proto__'"],
  ["Object.setPrototypeOf", "      res.setJson(Object.setPrototypeOf({}, null));", "", "CSX2016", "Object.setPrototypeOf"],
  ["debugger", "      debugger; res.setJson(1);", "", "CSX2018", "'debugger'"],
  ["a call that returns nothing before a comma", "      const n = (note(), 1); res.setJson(n);", "function note(): void {}", "CSX2019", "returns nothing"],
  ["void of a call that returns nothing, inside an expression", "      res.setJson(void note() === undefined);", "function note(): void {}", "CSX2019", "returns nothing"],
  ["eval", '      res.setJson(eval("1"));', "", "CSX2021", "'eval'"],
  ["new Function", '      const f = new Function("return 1"); res.setJson(1);', "", "CSX2021", "'new Function'"],
  ["for…in over a response", "      for (const k in res) { res.setText(k); }", "", "CSX2001", "for…in over"],
  ["a function in an object literal", "      const o = { f() { return 1; } }; res.setJson(1);", "", "CSX2023", "functions cannot be stored"],
  ["an arrow in an array", "      const fs = [() => 1]; res.setJson(fs.length);", "", "CSX2023", "functions cannot be stored"],
  ["a getter in an object literal", "      const o = { get a() { return 1; } }; res.setJson(o);", "", "CSX2007", "getters"],
  ["return in finally", "      try { res.setJson(1); } finally { return; }", "", "CSX2024", "'return' inside 'finally'"],
  ["break in finally", "      for (const x of [1]) { try { res.setJson(x); } finally { break; } }", "", "CSX2024", "'break' inside 'finally'"],
  ["instanceof on data", "      const v: Json = await res.json(); res.setJson(v instanceof Array);", "", "CSX2025", "instanceof"],
  ["throwing a string", '      throw "bad";', "", "CSX2026", "not an Error"],
  ["spread into fixed parameters", "      const xs: [number, number] = [1, 2]; res.setJson(add(...xs));", "function add(a: number, b: number): number { return a + b; }", "CSX2027", "rest parameter"],
  ["a caught error as JSON", "      try { res.setJson(1); } catch (e) { res.setJson(e as Json); }", "", "CSX2028", "caught error"],
  ["assigning through an optional chain", "      const o: { a?: { b: number } } = await res.json(); delete o?.a;", "", "CSX2029", "optional chain"],
  ["continue to a label out of finally", "      outer: for (const x of [1]) { try { res.setJson(x); } finally { continue outer; } }", "", "CSX2024", "'continue' inside 'finally'"],
  ["destructuring with var", "      var [a] = [1]; res.setJson(a);", "", "CSX2003", "destructuring with 'var'"],
  ["a class expression", "      const C = class {}; res.setJson(1);", "", "CSX2002", "classes"],
  ["with", "      res.setJson(1);", "function f(o: { a: number }): number { with (o) { return a; } }", "CSX2017", "'with'"],
];

describe("constructs outside the subset", () => {
  test.each(rejects)("%s", (_what, body, declarations, code, mentions) => {
    const { result } = emitBody(body, declarations);
    const match = result.diagnostics.find((d) => d.code === code);
    expect({ codes: result.diagnostics.map((d) => `${d.code}: ${d.message}`), found: !!match }).toEqual(expect.objectContaining({ found: true }));
    expect(match!.message).toContain(mentions);
    expect(match!.line).toBeGreaterThan(0);
  });
});
