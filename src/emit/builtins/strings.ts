// String built-ins: String.prototype on C# strings (both are UTF-16), with JS's index rules, ordinal
// search, JS's white space, JS's case mapping; the regular-expression forms of split, replace,
// match and search are lowered by regexps.ts.

import { ts } from "ts-morph";
import { cs, type CsExpr } from "../cs-ast";
import { REP, type Rep } from "../reps";
import { concatStrings, toJsString } from "../visitors/literals";
import { valueKind } from "./kinds";
import { widen } from "../maybe-undefined";
import { BuiltinCall, NUM_OPT, STR_OPT } from "./lowering";
import { TableBuilder, type BuiltinTable } from "./table";
import { regexStringMethod } from "./regexps";
import { replacement } from "./replacement";

const t = new TableBuilder();

const S = REP.string;
const N = REP.number;

/** `s.name(args…)` → `Js.Fn(s, args…)`. */
function stringHelper(name: string, fn: string, params: Rep[], returns: Rep, feature = "Strings"): void {
  t.helperMethod(`String.${name}`, feature, fn, S, params, returns);
}

t.property("String.length", (c) => {
  // `(parts[2] + 1).length`: the sum may be NaN, a number, whose length is undefined.
  if (c.receiverNode && c.ctx.sumMayBeNumber(c.receiverNode)) return c.helper("Operators", "Js.StrLength", [c.walk.exprAs(c.receiverNode, REP.json)], widen(N));
  return c.result(cs.cast("double", cs.member(c.receiver(S), "Length")), N);
});

stringHelper("at", "Js.At", [N], STR_OPT);
stringHelper("charAt", "Js.CharAt", [NUM_OPT], S);
stringHelper("charCodeAt", "Js.CharCodeAt", [NUM_OPT], N);
stringHelper("codePointAt", "Js.CodePointAt", [NUM_OPT], NUM_OPT);
stringHelper("indexOf", "Js.IndexOf", [S, NUM_OPT], N);
stringHelper("lastIndexOf", "Js.LastIndexOf", [S, NUM_OPT], N);
stringHelper("includes", "Js.Includes", [S, NUM_OPT], REP.boolean);
stringHelper("startsWith", "Js.StartsWith", [S, NUM_OPT], REP.boolean);
stringHelper("endsWith", "Js.EndsWith", [S, NUM_OPT], REP.boolean);
stringHelper("slice", "Js.Slice", [NUM_OPT, NUM_OPT], S);
stringHelper("substring", "Js.Substring", [NUM_OPT, NUM_OPT], S);
stringHelper("substr", "Js.Substr", [NUM_OPT, NUM_OPT], S);
stringHelper("trim", "Js.Trim", [], S);
stringHelper("trimStart", "Js.TrimStart", [], S);
stringHelper("trimEnd", "Js.TrimEnd", [], S);
stringHelper("padStart", "Js.PadStart", [N, STR_OPT], S);
stringHelper("padEnd", "Js.PadEnd", [N, STR_OPT], S);
stringHelper("repeat", "Js.Repeat", [N], S);
stringHelper("toUpperCase", "Js.ToUpperCase", [], S, "Casing");
stringHelper("toLowerCase", "Js.ToLowerCase", [], S, "Casing");

t.method("String.toString", (c) => c.result(c.receiver(S), S));
t.method("String.valueOf", (c) => c.result(c.receiver(S), S));
// s.concat(a, b) is s + String(a) + String(b).
t.method("String.concat", (c) => {
  if (c.hasSpread()) return c.reject("'concat' with spread arguments", "join the array: s + parts.join(\"\")");
  return c.result(concatStrings([c.receiver(S), ...c.args.map((a) => toJsString(c.ctx, a, c.walk))]), S);
});

const isRegExp = (c: BuiltinCall) => c.args[0] !== undefined && valueKind(c.args[0], c.ctx) === "RegExp";

t.method("String.split", (c) => {
  if (isRegExp(c)) return regexStringMethod("split", c);
  return c.helper("Strings", "Js.Split", [c.receiver(S), c.arg(0, STR_OPT), ...c.optional(1, NUM_OPT)], REP.json);
});

for (const name of ["replace", "replaceAll"]) {
  t.method(`String.${name}`, (c) => {
    if (isRegExp(c)) return regexStringMethod(name, c);
    const fn = name === "replace" ? "Js.Replace" : "Js.ReplaceAll";
    return c.helper("StringReplace", fn, [c.receiver(S), c.arg(0, S), replacement(c)], S);
  });
}

for (const name of ["match", "matchAll", "search"]) {
  t.method(`String.${name}`, (c) => {
    if (isRegExp(c)) return regexStringMethod(name, c);
    return c.reject(`'${name}' with a string`, `write a regular expression literal: s.${name}(/text/)`);
  });
}

t.statics("String", (c) => (c.count === 0 ? c.result(cs.str(""), S) : c.result(toJsString(c.ctx, c.args[0], c.walk), S)));
t.statics("String.fromCharCode", (c) => fromCodes(c, "Js.FromCharCode"));
t.statics("String.fromCodePoint", (c) => fromCodes(c, "Js.FromCodePoint"));

function fromCodes(c: BuiltinCall, fn: string): CsExpr {
  if (c.hasSpread()) {
    c.ctx.use("Numbers");
    return c.helper("Strings", fn, [cs.call("Js.Doubles", [c.restArray(0)])], S);
  }
  return c.helper("Strings", fn, c.rest(0, N), S);
}

t.rejected("method", ["String.localeCompare"], "it depends on the culture; compare with < and > (UTF-16 order), or write your own comparison");
t.rejected("method", ["String.toLocaleUpperCase", "String.toLocaleLowerCase"], "they depend on the culture; use toUpperCase() and toLowerCase()");
t.rejected("method", ["String.normalize"], ".NET's Unicode normalization differs between versions; compare the strings as they are");
t.rejected("static", ["String.raw"], "write the backslashes twice in a plain template literal");

export const stringBuiltins: BuiltinTable = t.table;
