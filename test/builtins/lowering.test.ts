// How built-ins are lowered, and which are refused with which code. (What they compute is checked
// on node and .NET by the other tests of this folder.)
import { translateRegex } from "../../src/emit/builtins/regex-translate";
import { emitFiles, hookSource } from "../support/project";

function emit(body: string, declarations = "") {
  return emitFiles({ "transforms/index.ts": hookSource(body, declarations) });
}

describe("built-ins are lowered to runtime helpers", () => {
  test.each([
    ['const s: string = "abc";\n      const t = s.slice(1);\n      res.setJson(t);', "string t = Js.Slice(s, 1d);", "Strings"],
    ['const s: string = "abc";\n      const n = s.length;\n      res.setJson(n);', "double n = (double)s.Length;", undefined],
    ['const s: string = "abc";\n      res.setJson(s.toUpperCase());', "Js.ToUpperCase(s)", "Casing"],
    ["const xs = [1, 2, 3];\n      res.setJson(xs.map((x) => x * 2));", "Js.Map(xs, (JToken x_arg, double unused", "Arrays"],
    ["const xs = [1, 2, 3];\n      res.setJson(xs.filter((x) => x > 1));", "Js.FilterMove(xs, (JToken x_arg, double unused", "Arrays"],
    ['const xs = ["a", ""];\n      res.setJson(xs.filter((x) => x));', "Js.FilterMove(xs, Js.Pred(", "Arrays"],
    ["res.setJson(Math.round(2.5));", "Js.Round(2.5d)", "MathJs"],
    ["res.setJson(Math.floor(2.5));", "Math.Floor(2.5d)", undefined],
    ['res.setJson(parseInt("08"));', 'Js.ParseInt("08")', "Numbers"],
    ["res.setJson((1.005).toFixed(2));", "Js.ToFixed(1.005d, 2d)", "NumberFormat"],
    ['res.setJson(encodeURIComponent("a b"));', 'Js.EncodeURIComponent("a b")', "UriCoding"],
    ['res.setJson(Object.keys({ a: 1 }));', "Js.Keys(Js.Obj(", "Objects"],
    ['res.setJson(/\\d+/g.test("a1"));', 'Js.Test(Js.Re("\\\\d+", "g", "[0-9]+"), "a1")', "RegExps"],
    ['res.setJson(new Date(0).toISOString());', "Js.ToIsoString(new JsDate(0d))", "Dates"],
    ['res.setJson(JSON.stringify({ a: 1 }, null, 2));', "Js.StringifyIndented(", "JsonIndent"],
  ])("%s", (body, expected, feature) => {
    const { code, result } = emit(body);
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain(expected);
    if (feature) expect([...result.features]).toContain(feature);
  });
});

describe("built-ins that are refused, with their code", () => {
  test.each([
    ["res.setJson(Math.random());", "CSX3003", "answer the same on every run"],
    ['res.setJson("a".localeCompare("b"));', "CSX3003", "depends on the culture"],
    ['res.setJson("a".normalize());', "CSX3003", "normalization"],
    ['res.setJson("a".toLocaleUpperCase());', "CSX3003", "toUpperCase()"],
    ["res.setJson((5).toLocaleString());", "CSX3003", "toFixed"],
    ["res.setJson(new Date(0).toString());", "CSX3003", "toISOString"],
    ['res.setJson(JSON.parse("{}", (k, v) => v));', "CSX3003", "reviver"],
    ["res.setJson(JSON.stringify({ a: 1 }, (k, v) => v));", "CSX3003", "replacer"],
    ["res.setJson(JSON.stringify({ a: 1 }, [\"a\"]));", "CSX3003", "replacer"],
    ["[1].forEach(async (x) => { await ctx.send(req); });", "CSX3003", "for…of"],
    ["res.setJson(Array(3));", "CSX3003", "Array.from"],
    ["res.setJson(new Array(3));", "CSX3003", "Array.from"],
    ['res.setJson("abc".match("b"));', "CSX3003", "regular expression literal"],
    ["res.setJson([1, 2].map((x, i, all) => all.length));", "CSX2001", "refer to the array by its name"],
    ["await new Promise<void>((resolve) => resolve());", "CSX3003", "await"],
    ["await Promise.race([ctx.send(req)]);", "CSX3003", "await"],
    ["ctx.send(req).then((r) => r.status);", "CSX3003", "await"],
    ["res.setJson(Object.getOwnPropertyNames({}));", "CSX3003", "Object.keys"],
    ['res.setJson(String.raw`a`);', "CSX2001", "tagged templates"],
    ['res.setJson(/a/u.test("a"));', "CSX3005", "code-point"],
    ['res.setJson(/a/y.test("a"));', "CSX3005", "sticky"],
    ['res.setJson(/a/d.test("a"));', "CSX3005", "match indices"],
    ['res.setJson(/((a)|b)+/.test("a"));', "CSX3005", "clears it on each repetition"],
    ['res.setJson(/(a*)*/.test("a"));', "CSX3005", "empty string"],
    ['res.setJson(/(a)\\1/i.test("aA"));', "CSX3005", "i flag"],
    ['res.setJson(/(?<=(a))b/.test("ab"));', "CSX3005", "lookbehind"],
    ['const p = "a";\n      res.setJson(new RegExp(p).test("a"));', "CSX3005", "run time"],
    ["const xs = [1, 2];\n      const ps = xs.map(async (x) => x);\n      res.setJson(await Promise.all(ps));", "CSX3003", "await Promise.all(arr.map(async"],
  ])("%s", (body, code, text) => {
    const { codes, result } = emit(body);
    expect(codes).toContain(code);
    expect(result.diagnostics.find((d) => d.code === code)?.message).toContain(text);
  });

  test("a member of a built-in that csxc does not list is named in the diagnostic", () => {
    const { result } = emit('res.setJson("a".isWellFormed?.() ?? false);');
    // es2022 has no isWellFormed: TypeScript reports it first.
    expect(result.diagnostics.map((d) => d.code)).toContain("CSX1001");
    const copy = emit("res.setJson([1, 2].copyWithin(0, 1));");
    expect(copy.result.diagnostics[0]).toMatchObject({ code: "CSX3003" });
    const unlisted = emit('res.setJson("abc".anchor("x"));');
    expect(unlisted.result.diagnostics[0]).toMatchObject({ code: "CSX3002", message: expect.stringContaining("'String.anchor' is not supported") });
  });
});

describe("regular expressions are translated to .NET patterns of the same meaning", () => {
  test.each([
    ["\\d\\w", "", "[0-9][0-9A-Z\\u005Fa-z]"],
    ["^a$", "", "(?<![\\u0000-\\uFFFF])a(?![\\u0000-\\uFFFF])"],
    ["k", "i", "[Kk]"],
    ["[^k]", "i", "[\\u0000-JL-jl-\\uFFFF]"],
    ["(?<y>\\d{4})-(\\d+)", "", "([0-9]{4})\\u002D([0-9]+)"],
    ["(a)\\1", "", "(a)(?(1)\\k<1>|)"],
    ["[A-[b]]", "", "[A-\\u005Bb]\\u005D"],
    ["a{,2}", "", "a\\u007B\\u002C2\\u007D"],
  ])("/%s/%s", (source, flags, pattern) => {
    const translated = translateRegex(source, flags);
    expect(translated).toEqual({ ok: true, value: expect.objectContaining({ pattern }) });
  });

  test("named groups are numbered in JavaScript's order and their names kept", () => {
    expect(translateRegex("(?<y>\\d+)-(\\d+)-(?<d>\\d+)", "")).toEqual({ ok: true, value: { pattern: expect.any(String), names: ["y", null, "d"] } });
  });
});
