// Every construct outside the subset gets its diagnostic at the right place, and the walk goes on.
import { emitFiles, hookSource } from "../support/project";

/** [what, body inside the hook, declarations at the top, expected code, text the message mentions] */
const cases: Array<[string, string, string, string, string]> = [
  ["a var used before its declaration", "      x = 1; var x = 2; res.setJson(x);", "", "CSX2003", "before its 'var' declaration"],
  ["a class", "      res.setJson(1);", "class Foo { x = 1 }", "CSX2002", "classes"],
  ["loose equality", '      const a = "x"; const b = "y"; if (a == b) { res.setJson(1); }', "", "CSX2005", "'=='"],
  ["fetch", '      await fetch("https://example.com");', "declare function fetch(url: string): Promise<void>;", "CSX3001", "'fetch'"],
  ["a namespace", "      res.setJson(1);", "namespace Limits { export const max = 1; }", "CSX2010", "namespaces"],
  ["an enum member computed at run time", "      res.setJson(1);", 'enum Size { Short = 1, Long = "abc".length }', "CSX2010", "computed at run time"],
  ["a generator", "      res.setJson(1);", "function* gen() { yield 1; }", "CSX2006", "generators"],
  ["this", "      res.setJson(1);", "function f(this: { a: number }) { return this.a; }", "CSX2012", "'this'"],
  ["an unsupported import", "      res.setJson(1);", 'import * as fs from "fs";', "CSX3004", "'fs'"],
  ["a member of Req that does not exist", "      const r = ctx.newRequest(\"GET\", \"https://x\"); r.headers.clear();", "", "CSX1001", "clear"],
  ["BigInt", "      const n = 10n; res.setJson(1);", "", "CSX3001", "BigInt"],
  ["a statement at the top level", "      res.setJson(1);", "let count = 0;\ncount++;", "CSX2001", "a statement at the top level of a module is not supported; put it in a function"],
  ["a typed array: the advice is about bytes, not errors", "      const b = new Uint8Array(4); res.setJson(b.length);", "", "CSX2001", "bytes travel as base64 text: req.base64()"],
  ["Intl: the advice names what to format with", '      const f = new Intl.NumberFormat("en"); res.setJson(1);', "", "CSX2001", "format with toFixed"],
];

describe("unsupported constructs are reported, not emitted", () => {
  test.each(cases)("%s", (_what, body, declarations, code, mentions) => {
    const { result } = emitFiles({ "transforms/index.ts": hookSource(body, declarations) });
    const match = result.diagnostics.find((d) => d.code === code);
    expect(match).toBeDefined();
    expect(match!.message).toContain(mentions);
    expect(match!.file).toBe("transforms/index.ts");
    expect(match!.line).toBeGreaterThan(0);
    expect(match!.column).toBeGreaterThan(0);
  });

  test("the position is exact: file, line and column of the construct", () => {
    const { result } = emitFiles({ "transforms/index.ts": hookSource("      x = 1;\n      var x = 2;\n      res.setJson(x);") });
    const d = result.diagnostics.find((x) => x.code === "CSX2003")!;
    expect([d.line, d.column]).toEqual([6, 7]);
  });

  test("one run reports every problem in the file", () => {
    const { result } = emitFiles({
      "transforms/index.ts": hookSource("      var [a] = [1];\n      var [b] = [2];\n      res.setJson(a + b);", "class A {}\nclass B {}"),
    });
    expect(result.diagnostics.filter((d) => d.code === "CSX2003")).toHaveLength(2);
    expect(result.diagnostics.filter((d) => d.code === "CSX2002")).toHaveLength(2);
  });

  test("a missing entry and a missing default export are reported", () => {
    expect(emitFiles({ "transforms/other.ts": "export const a = 1;" }).codes).toEqual(["CSX4001"]);
    expect(emitFiles({ "transforms/index.ts": "export const a = 1;" }).codes).toContain("CSX4002");
  });

  test("handle beside request is rejected", () => {
    const { codes } = emitFiles({
      "transforms/index.ts": `import { defineTransforms } from "csxc";
export default defineTransforms({ Op: { handle(req, ctx) { return ctx.send(req); }, request(req) {} } as never });
`,
    });
    expect(codes).toContain("CSX4005");
  });
});
