// Js.FilterMove (src/emit/builtins/moved.ts): filter moves the kept items, uncopied, only out of an
// array nothing can read afterwards. The conformance cases in test/conformance/cases/collections.ts
// show both helpers compute what node computes; these show which one each shape of code gets.

import { emitFiles, hookSource } from "../support/project";

function helperFor(body: string, declarations = ""): string {
  const { code, result } = emitFiles({ "transforms/index.ts": hookSource(body, declarations) });
  expect(result.diagnostics).toEqual([]);
  const found = code.match(/Js\.Filter(Move)?\(/g) ?? [];
  expect(found).toHaveLength(1);
  return found[0]!.slice(0, -1);
}

describe("filter moves items only out of an array read nowhere else", () => {
  test.each([
    ["a parsed body used once", "const list = await res.json<{ n: number }[]>();\nres.setJson(list.filter((o) => o.n > 1));"],
    ["a fresh receiver", "res.setJson((await res.json<number[]>()).filter((n) => n > 1));"],
    ["the result of map", "const a = [1, 2].map((n) => ({ n }));\nres.setJson(a.filter((o) => o.n > 1));"],
    ["JSON.parse in a loop body", 'for (const t of ["[1]"]) {\n  const a = JSON.parse(t) as number[];\n  res.setJson(a.filter((n) => n > 0));\n}'],
  ])("moves: %s", (_, body) => {
    expect(helperFor(body)).toBe("Js.FilterMove");
  });

  test.each([
    ["read again afterwards", "const list = await res.json<number[]>();\nconst big = list.filter((n) => n > 1);\nres.setJson([big, list]);"],
    ["a property of another value", "const b = await res.json<{ a: number[] }>();\nres.setJson(b.a.filter((n) => n > 1));"],
    ["a parameter", "res.setJson(pick([1, 2]));", "function pick(a: number[]) { return a.filter((n) => n > 1); }"],
    ["an alias of a kept array", "const b = await res.json<{ a: number[] }>();\nconst a = b.a;\nres.setJson(a.filter((n) => n > 1));"],
    ["used in a loop", "const a = await res.json<number[]>();\nfor (let i = 0; i < 2; i++) res.setJson(a.filter((n) => n > i));"],
    ["used in a callback", "const a = await res.json<number[]>();\nres.setJson([1, 2].map((k) => a.filter((n) => n > k)));"],
    ["a module-level array", "res.setJson(shared.filter((n) => n > 1));", "const shared = [1, 2, 3];"],
  ])("copies: %s", (_, body, declarations = "") => {
    expect(helperFor(body, declarations)).toBe("Js.Filter");
  });
});

describe("push(...array) moves the items only out of an array read nowhere else", () => {
  function pushHelper(body: string): string {
    const { code, result } = emitFiles({ "transforms/index.ts": hookSource(body) });
    expect(result.diagnostics).toEqual([]);
    const found = code.match(/Js\.Push(Move)?\(/g) ?? [];
    expect(found).toHaveLength(1);
    return found[0]!.slice(0, -1);
  }

  test.each([
    ["a parsed body spread at once", "const rows: Json[] = [];\nrows.push(...(await res.json<Json[]>()));\nres.setJson(rows);"],
    ["a parsed body used once", "const rows: Json[] = [];\nconst page = await res.json<Json[]>();\nrows.push(...page);\nres.setJson(rows);"],
  ])("moves: %s", (_, body) => {
    expect(pushHelper(body)).toBe("Js.PushMove");
  });

  test.each([
    ["read again afterwards", "const rows: Json[] = [];\nconst page = await res.json<Json[]>();\nrows.push(...page);\nres.setJson([rows, page]);"],
    ["a property of another value", "const rows: Json[] = [];\nconst b = await res.json<{ a: Json[] }>();\nrows.push(...b.a);\nres.setJson(rows);"],
    ["with other items", "const rows: Json[] = [];\nrows.push(1, ...(await res.json<Json[]>()));\nres.setJson(rows);"],
  ])("copies: %s", (_, body) => {
    expect(pushHelper(body)).toBe("Js.Push");
  });
});
