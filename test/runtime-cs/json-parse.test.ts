// JSON.parse, differentially: thousands of JSON-ish texts (valid JSON of every shape, and mutations of
// it: truncations, inserted and replaced characters, bad escapes, control characters, leading zeros,
// lone surrogates, deep nesting, long texts for V8's context snippets) go through a transform calling
// JSON.parse, on node and compiled by csxc on .NET (the verify harness, under tr-TR), in one batch
// (test/support/parity.ts). The value (as JSON.stringify writes it, keys in JS order, with the
// numbers JSON cannot write listed apart) or the error message must be identical: a transform that catches the SyntaxError and
// reports `e.message` answers the same on both sides. The texts are drawn from fixed seeds, so a
// failure reproduces.

import fc from "fast-check";
import { chunks, parity, type Group, type InputGroup } from "../support/parity";
import { applyEdit, edit, mutated, sample } from "./support/generators";
import { DEEP_TEXTS, PARSE_TEXTS } from "./support/inputs";

/** Any UTF-16 code unit: controls, lone surrogates and all. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** The characters that matter to a JSON reader, and some that look like they might. */
const SPECIAL = [..."{}[],:\"\\ \t\n\r-+.0123456789eEtrufalsnNI/'x*#\u0000\u0001\u001f\u007f\u00a0\u00e9\ufeff\u2028\u4e2d\ud800\udc00"];
const nasty = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SPECIAL) }, { weight: 1, arbitrary: anyUnit });
const ws = fc.array(fc.constantFrom(" ", "\t", "\n", "\r"), { maxLength: 2 }).map((a) => a.join(""));

const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(""));
/** Numbers of JSON's grammar: integers, fractions, exponents, long and extreme ones. */
const numberText = fc.oneof(
  fc.tuple(fc.boolean(), fc.oneof(fc.constant("0"), fc.tuple(fc.integer({ min: 1, max: 9 }), digits(0, 25)).map(([a, b]) => `${a}${b}`)), fc.option(digits(1, 20)), fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), digits(1, 4))))
    .map(([neg, int, frac, exp]) => `${neg ? "-" : ""}${int}${frac === null ? "" : "." + frac}${exp === null ? "" : exp.join("")}`),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
  fc.integer().map(String),
  fc.constantFrom("1e400", "-1e400", "1e-400", "-0", "-0.0", "5e-324", "2.4703282292062328e-324", "1.7976931348623158e308", "9007199254740993", "123456789012345678901234567890"),
);
/** String literals: stringified strings of any units, raw text (lone surrogates, U+2028 unescaped), and every escape. */
const escape = fc.oneof(
  fc.constantFrom('\\"', "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"),
  fc.array(fc.constantFrom(..."0123456789abcdefABCDEF"), { minLength: 4, maxLength: 4 }).map((h) => `\\u${h.join("")}`),
  fc.constantFrom("\\ud800", "\\udc00", "\\ud83d\\ude00", "\\uDBFF\\uDFFF", "\\u0000", "\\u2028"),
);
const rawUnit = anyUnit.filter((c) => c !== '"' && c !== "\\" && c >= " ");
const stringText = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 8 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: "binary", maxLength: 8 }).map((s) => JSON.stringify(s)),
  fc.array(fc.oneof(rawUnit, escape, fc.constantFrom("a", "é", "😀")), { maxLength: 8 }).map((parts) => `"${parts.join("")}"`),
);
/** Keys: array indexes and near misses (JS puts indexes first), "__proto__", duplicates from a small pool. */
const keyText = fc.oneof(
  fc.constantFrom("__proto__", "0", "1", "2", "9", "10", "01", "-1", "1.5", "4294967294", "4294967295", "a", "b", "constructor", "toString", "", "\\u0061", "\\ud800").map((k) => `"${k}"`),
  stringText,
);

const { value: jsonText } = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: "small", maxDepth: 5 }, numberText, stringText, fc.constantFrom("true", "false", "null"), tie("array"), tie("object")),
  array: fc.tuple(fc.array(fc.tuple(ws, tie("value"), ws), { maxLength: 5 }), ws).map(([items, w]) => `[${items.length ? items.map((t) => t.join("")).join(",") : w}]`),
  object: fc
    .tuple(fc.array(fc.tuple(ws, keyText, ws, ws, tie("value"), ws), { maxLength: 5 }), ws)
    .map(([members, w]) => `{${members.length ? members.map(([a, k, b, c, v, d]) => `${a}${k}${b}:${c}${v}${d}`).join(",") : w}}`),
}));
const document = fc.tuple(ws, jsonText, ws).map((t) => t.join(""));

const mutatedDocument = mutated(document, nasty);

/** Number-ish text: signs, zeros, points and exponents in any order, alone or inside an array. */
const numberish = fc
  .tuple(fc.string({ unit: fc.constantFrom(..."-+0123456789.eE"), minLength: 1, maxLength: 8 }), fc.constantFrom("", "[", " "), fc.constantFrom("", "]", " ", ",1]", "x"))
  .map(([n, before, after]) => before + n + after);

/** A backslash and whatever follows it, inside a string that may end early. */
const escapes = fc
  .tuple(fc.constantFrom('"', '["a', '{"k":"', '{"'), nasty, fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEFgG\"\\"), maxLength: 5 }), fc.constantFrom('"', "", '"]', '"}', '":1}'))
  .map(([open, c, rest, close]) => `${open}\\${c}${rest}${close}`);

/** Raw control characters (and DEL, which is allowed) inside strings and keys. */
const controls = fc
  .tuple(fc.integer({ min: 0, max: 0x20 }), fc.constantFrom((c: string) => `"a${c}b"`, (c: string) => `{"k${c}":1}`, (c: string) => `[1,"${c}"]`, (c: string) => `${c}1`, (c: string) => `[1${c}]`))
  .map(([code, wrap]) => wrap(String.fromCharCode(code === 0x20 ? 0x7f : code)));

/** true, false, null and the special texts, cut short or with something after them. */
const words = fc
  .tuple(fc.constantFrom("true", "false", "null", "NaN", "Infinity", "-Infinity", "undefined", "[object Object]", "nul", "tru", "fals"), fc.nat(), fc.constantFrom("", " ", "x", "1", '"', "]", "e", "\ud83d\ude00"), fc.constantFrom("", "[", " "))
  .map(([w, cut, after, before]) => before + w.slice(0, w.length - (cut % 3 === 0 ? cut % w.length : 0)) + after);

/** Nesting thousands deep, closed, cut short, or broken at the bottom. */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom("[", '{"a":', '[{"b":', "[ "), fc.constantFrom("1", "", "x", "[]", "{}", '"s"', ",", "tru"), fc.integer({ min: -2, max: 1 }))
  .map(([depth, open, bottom, missing]) => {
    const closes = open.split("").filter((c) => c === "[" || c === "{").map((c) => (c === "[" ? "]" : "}")).reverse().join("");
    return open.repeat(depth) + bottom + closes.repeat(Math.max(0, depth + missing));
  });

/**
 * Texts of 10 to 60 characters with one bad character at every kind of place: V8 quotes the whole
 * text below 21 characters, else 10 characters on each side of the bad one, with "..." where cut.
 */
const context = fc
  .tuple(fc.integer({ min: 10, max: 60 }), fc.nat(), fc.constantFrom("x", "}", ":", "'", "\u4e2d", "\ud83d\ude00", "\udc00", "N", "/", "\u00a0"), fc.constantFrom("spaces", "numbers", "strings", "objects"))
  .map(([length, at, bad, filler]) => {
    const body = filler === "spaces" ? " ".repeat(length) : filler === "numbers" ? `[${"12,".repeat(length)}` : filler === "strings" ? `["${"ab😀".repeat(length)}",` : `[{"k":1},${'{"k":1},'.repeat(length)}`;
    const text = body.slice(0, length);
    const p = at % length;
    return text.slice(0, p) + bad + text.slice(p + 1);
  });

/** Long documents with one edit somewhere: the context snippet from anywhere in a long text. */
const longMutated = fc
  .tuple(fc.array(document, { minLength: 2, maxLength: 6 }), edit(nasty))
  .map(([docs, e]) => applyEdit(`[${docs.join(",")}]`, { ...e, kind: e.kind === "truncate" ? "replace" : e.kind }));

/**
 * The value as JSON.stringify writes it, and the numbers it cannot write (-0, the infinities), in
 * the order met; for deep texts, the depth reached through the first member at each level.
 */
const HELPERS = `function specials(v: Json, out: string[]): string[] {
  if (typeof v === "number") {
    if (Object.is(v, -0)) out.push("-0");
    else if (!Number.isFinite(v)) out.push(String(v));
  } else if (Array.isArray(v)) {
    for (const e of v) specials(e, out);
  } else if (v !== null && typeof v === "object") {
    for (const key of Object.keys(v)) specials(v[key], out);
  }
  return out;
}
function parsed(text: string): Json {
  const v = JSON.parse(text) as Json;
  // Sorted: where they are shows in the text; Object.values' order is another matter (issue 11).
  return [JSON.stringify(v), specials(v, []).sort()];
}
function depth(text: string): number {
  let d = 0;
  let v = JSON.parse(text) as Json;
  // By index and key, not Object.values: on .NET that copies the members, the whole subtree at each level.
  while (v !== null && typeof v === "object") {
    if (Array.isArray(v)) {
      if (v.length === 0) break;
      v = v[0];
    } else {
      const keys = Object.keys(v);
      if (keys.length === 0) break;
      v = v[keys[0]];
    }
    d++;
  }
  return d;
}`;


const parse = (name: string, inputs: string[]): InputGroup => ({ name, inputs, expr: "parsed(x)", declarations: HELPERS });

const BAD_BODIES = ["", "{", "[1,]", "NaN", '{"a":1}', "\ufeff[]"];

const GROUPS: Array<Group | InputGroup> = [
  parse("the hand-picked texts of the parity table", PARSE_TEXTS),
  parse("valid JSON of every shape", sample(document, 3000, 1)),
  parse("valid JSON, mutated", sample(mutatedDocument, 6000, 2)),
  parse("number-ish text", sample(numberish, 1500, 3)),
  parse("escapes", sample(escapes, 1500, 4)),
  parse("control characters", sample(controls, 300, 5)),
  parse("literals and special texts", sample(words, 600, 6)),
  // In parts: each part is one platform call, which has 5 s on .NET.
  ...chunks([...sample(deep, 300, 7), ...DEEP_TEXTS], 50).map((inputs, i) => ({ name: `deep nesting (compared by depth), part ${i + 1}`, inputs, expr: "depth(x)", declarations: HELPERS })),
  parse("bad characters at every place (context snippets)", sample(context, 2500, 8)),
  parse("long documents, mutated", sample(longMutated, 1000, 9)),
  {
    name: "res.json() of bad bodies (csxc's own message on both sides)",
    async: true,
    exprs: BAD_BODIES.map(() => 'await (await ctx.send(ctx.newRequest("GET", "https://backend.test/"))).json()'),
    upstream: BAD_BODIES.map((body) => ({ status: 200, headers: { "Content-Type": "application/json" }, body: null, bodyBase64: Buffer.from(body).toString("base64") })),
  },
];

test("the texts are varied: many parse, many fail, with many different messages", () => {
  const texts = GROUPS.flatMap((g) => ("inputs" in g && g.expr === "parsed(x)" ? g.inputs : []));
  const errors = texts.flatMap((t) => {
    try {
      JSON.parse(t);
      return [];
    } catch (e) {
      return [(e as Error).message.replace(/\d+/g, "N").replace(/'.*', .*/, "'…', …")];
    }
  });
  expect(texts.length - errors.length).toBeGreaterThan(4000);
  expect(new Set(errors).size).toBeGreaterThanOrEqual(20);
});

parity("JSON.parse: the C# runtime answers what V8 answers, value or message", GROUPS);
