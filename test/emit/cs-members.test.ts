// The C# member splitter (src/emit/cs-members.ts) and the pruner over it (src/emit/runtime-prune.ts).

import { lex, referencesOf, splitCs, type CsItem } from "../../src/emit/cs-members";
import { loadFeatures, type Feature } from "../../src/emit/runtime-features";
import { pruneFeatures } from "../../src/emit/runtime-prune";

function members(text: string): string[][] {
  const r = splitCs(text);
  if (!r.ok) throw new Error(r.reason);
  return r.items.map((i: CsItem) => (i.kind === "whole" ? [`whole:${i.unit.names.join("+")}`] : i.members.map((m) => m.names.join("+") + (m.always ? "!" : ""))));
}

const wrap = (body: string) => `static partial class Js\n    {\n${body}\n    }`;

describe("splitCs", () => {
  test("every runtime feature splits cleanly (else it would be pasted whole)", () => {
    const failures = [...loadFeatures().values()].flatMap((f) => {
      const r = splitCs(f.code);
      return r.ok ? [] : [`${f.name}: ${r.reason}`];
    });
    expect(failures).toEqual([]);
  });

  test("braces inside strings, verbatim strings, char literals and comments do not count", () => {
    const text = wrap(`
        const string A = "{ \\" }";
        static readonly string B = @"}}"" {";
        static char C() { return '{'; } // }
        /* } */ static char D() { return '\\''; }
        static string E(int x) { return $"{{ {x} {(x > 0 ? "}" : "{")} }}"; }
        // {
        static int F;`);
    expect(members(text)).toEqual([["A", "B", "C", "D", "E", "F"]]);
  });

  test("generic methods, expression-bodied members, properties with initializers, array initializers", () => {
    const text = wrap(`
        public static T First<T>(List<T> xs) where T : class { return xs[0]; }
        static Dictionary<string, List<int>> Table() => new Dictionary<string, List<int>> { { "a", new List<int>() } };
        public static int Count { get; private set; } = 3;
        static readonly string[] Names = { "a", "b" };
        static readonly int[] Sizes = new[] { 1, 2 }.Select(x => x * 2).ToArray();
        const double a = 1, b = 2.5e-3, c = 3;
        static Dictionary<string, int> d, e;`);
    expect(members(text)).toEqual([["First", "Table", "Count", "Names", "Sizes", "a+b+c", "d+e"]]);
  });

  test("nested classes, attributes, static constructors and overloads; non-static types are whole", () => {
    const text = `/** doc */
    public sealed class JsError : Exception
    {
        public JsError(string m) : base(m) { }
    }

    static class CsxX
    {
        static CsxX() { }
        [System.Diagnostics.DebuggerStepThrough]
        public static int Get(int x) { return x; }
        public static int Get(string x) { return 0; }
        sealed class Inner : IComparer<int> { public int Compare(int a, int b) { return 0; } }
    }`;
    expect(members(text)).toEqual([["whole:JsError"], ["CsxX!", "Get", "Get", "Inner"]]);
  });

  test("the pieces join back into the snippet, doc comments with their member", () => {
    const text = wrap(`        /** Doc of A. */
        static int A() { return 1; }

        // B's comment
        static int B() { return A(); }`);
    const r = splitCs(text);
    if (!r.ok) throw new Error(r.reason);
    const item = r.items[0];
    if (item.kind !== "static-class") throw new Error("expected a static class");
    expect(item.members[0].text).toContain("/** Doc of A. */");
    expect(item.members[1].text).toContain("// B's comment");
  });

  test("unbalanced braces are reported, not thrown", () => {
    expect(splitCs(wrap("static int A() { return 1;")).ok).toBe(false);
    expect(splitCs("static class A { }\n}").ok).toBe(false);
  });

  test("lex blanks comments and literals, index for index", () => {
    const text = `a("}") // {\nb('{')`;
    const { structure, code } = lex(text);
    expect(structure.length).toBe(text.length);
    expect(structure).not.toMatch(/[{}]/);
    expect(code).toContain(`"}"`);
    expect(code).not.toContain("// {");
  });

  test("references: bare, qualified and after a dot", () => {
    const refs = referencesOf(`var x = Js.Slice(s) + s.Split(',') + Other(1); // Comment`);
    expect(refs).toEqual(expect.objectContaining({}));
    expect([...refs]).toEqual(expect.arrayContaining(["Js", "Js.Slice", ".Slice", "s.Split", ".Split", "Other"]));
    expect(refs.has("Slice")).toBe(false);
    expect(refs.has("Split")).toBe(false);
    expect(refs.has("Comment")).toBe(false);
  });
});

describe("pruneFeatures", () => {
  const feature = (name: string, code: string): Feature => ({ name, needs: [], code });
  const js = feature(
    "A",
    wrap(`        /** Used. */
        public static int Used() { return Helper(); }

        static int Helper() { return 1; }

        /** Unused. */
        public static int Unused() { return 2; }`).trim(),
  );
  const other = feature("B", "static class CsxB\n    {\n        static CsxB() { }\n        public static int X() { return 0; }\n    }");
  const types = feature("C", "public class CsxC { }\n\n    public class CsxD { }");

  test("keeps what the roots reach, transitively, with doc comments; drops empty features", () => {
    const out = pruneFeatures([js, other, types], "class Script { int F() { return Js.Used(); } CsxD d; }");
    expect(out.map((f) => f.name)).toEqual(["A", "C"]);
    expect(out[0].code).toContain("/** Used. */");
    expect(out[0].code).toContain("Helper()");
    expect(out[0].code).not.toContain("Unused");
    expect(out[1].code).toBe("public class CsxD { }");
  });

  test("a static class's constructor comes with any member; a member is not reached through another class", () => {
    const out = pruneFeatures([js, other], "x.X(); Js.Used(); CsxB.X();");
    expect(out[1].code).toContain("static CsxB()");
    expect(pruneFeatures([other], "x.X();")).toEqual([]);
  });

  test("is deterministic", () => {
    const features = [...loadFeatures().values()];
    const a = pruneFeatures(features, "Js.Stringify(x); CsxReq r;");
    const b = pruneFeatures(features, "Js.Stringify(x); CsxReq r;");
    expect(a).toEqual(b);
  });
});
