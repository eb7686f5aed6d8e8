// Valid TypeScript that once became different or broken C# (issue 7): names that are also names the
// script relies on, C#'s reserved `__` keywords, names one in C# and two in JS (format characters),
// `in` on what a plain object or array inherits, regex bounds past .NET's int, and template literals
// of objects and arrays.

import { bodies, exprs, type Snippet } from "./snippet";

const ZWJ = "\u200D";

export const hostileCases: Snippet[] = [
  ...bodies("Variables", [
    {
      name: "locals named like the runtime's types (System, Convert, Encoding, Regex, Uri, Task, JToken, Js)",
      code:
        'const System = 1;\nconst Convert = 2;\nconst Encoding = "e";\nconst Regex = 3;\nconst Uri = 4;\nconst Task = 5;\nconst JToken = 6;\nconst Js = 7;\n' +
        'return [System, Convert, Encoding, Regex, Uri, Task, JToken, Js, Number("12") + 1, encodeURIComponent("a b"), /b+/.test("abbc"), JSON.stringify({ k: [1] })];',
      value: [1, 2, "e", 3, 4, 5, 6, 7, 13, "a%20b", true, '{"k":[1]}'],
    },
    {
      name: "C#'s reserved __arglist, __makeref, __reftype, __refvalue",
      code: "const __arglist = 1;\nconst __makeref = 2;\nconst __reftype = 3;\nconst __refvalue = 4;\nreturn __arglist + __makeref + __reftype + __refvalue;",
      value: 10,
    },
    {
      name: "ab and a\\u200Db are two names (C# drops U+200D from a name)",
      code: `let ab = 21;\nlet a${ZWJ}b = 22;\nab = ab + 0;\nreturn { r: ab, s: a\\u200Db, t: a${ZWJ}b };`,
      value: { r: 21, s: 22, t: 22 },
    },
    {
      name: "U+200C and U+200D in names, and $ against _",
      code: `const x\u200Cy = 1;\nconst xy = 2;\nconst $ref = 3;\nconst _ref = 4;\nconst a$ = 5;\nconst a_ = 6;\nreturn [x\u200Cy, xy, $ref, _ref, a$, a_];`,
      value: [1, 2, 3, 4, 5, 6],
    },
    {
      name: "_, nameof and await-free names that C# reads as keywords in context",
      code: "const _ = 5;\nconst nameof = (x: number) => x * 2;\nconst value = 1;\nconst var2 = [1, 2].map((n) => n + _);\nreturn [nameof(_), value, var2];",
      value: [10, 1, [6, 7]],
    },
  ]),
  ...bodies("Module constants", [
    {
      name: "top-level names of the script's own members (Script, CsxReq, JsDate, Context, RouteAsync, KnownOperations)",
      declarations:
        'const Script = "s";\nconst CsxReq = 1;\nconst JsDate = 2;\nconst Context = 3;\nconst KnownOperations = ["x"];\nfunction RouteAsync(n: number): number {\n  return n + 1;\n}\nfunction Convert(s: string): string {\n  return s + "!";\n}',
      code: "return [Script, CsxReq, JsDate, Context, KnownOperations, RouteAsync(1), Convert(\"c\"), new Date(0).toISOString(), parseInt(\"0x1f\"), ctx.operationId.length > 0];",
      value: ["s", 1, 2, 3, ["x"], 2, "c!", "1970-01-01T00:00:00.000Z", 31, true],
    },
    {
      name: "a top-level name with U+200D beside the same name without",
      declarations: `const ab = 21;\nconst a${ZWJ}b = 22;`,
      code: `return { r: ab, s: a${ZWJ}b };`,
      value: { r: 21, s: 22 },
    },
  ]),
  ...bodies("typeof, in and delete", [
    {
      name: "in sees what a plain object inherits",
      code:
        'const o: Record<string, number> = { a: 1 };\nconst body = await req.json<Record<string, unknown>>();\n' +
        'return ["a" in o, "toString" in o, "hasOwnProperty" in o, "constructor" in body, "__proto__" in body, "valueOf" in body, "isPrototypeOf" in body, "propertyIsEnumerable" in body, "toLocaleString" in body, "__defineGetter__" in body, "nope" in body, "x" in body];',
      request: { body: '{"x":1}' },
      value: [true, true, true, true, true, true, true, true, true, true, false, true],
    },
    {
      name: "in sees what an array inherits",
      code: 'const a = [1, 2];\nreturn ["length" in a, "push" in a, "map" in a, "toString" in a, "hasOwnProperty" in a, "1" in a, "2" in a, "size" in a];',
      value: [true, true, true, true, true, true, false, false],
    },
  ]),
  ...exprs("Regular expressions", [
    { name: "a {} bound past 2^31 is unbounded, as in V8", code: '[/a{99999999999}/.test("aaa"), /a{2,99999999999}/.test("aaa"), /^a{1,2147483648}$/.test("aaaa"), "xaaay".replace(/a{1,4294967296}/, "-"), /a{2000000000}/.test("aaa"), /(?:ab){2147483646,}/.test("abab")]', value: [false, true, true, "x-y", false, false] },
  ]),
  ...exprs("Template literals", [
    { name: "an object and arrays in a template", code: "`${[1, [2, 3]]}|${[]}|${[null, 1]}`", value: "1,2,3||,1" },
    { name: "an object in a template and in String()", code: "`${{ a: 1 }}|${String({ b: [2] })}`", value: "[object Object]|[object Object]" },
  ]),
];
