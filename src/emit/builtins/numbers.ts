// Number, the global number functions and Boolean: conversions by JS's rules (ToNumber, ToBoolean),
// parseInt and parseFloat on ASCII digits only, the Number.is… tests, and the formatting methods
// toFixed, toPrecision, toExponential and toString(radix), computed on the exact binary value.

import { cs, type CsExpr } from "../cs-ast";
import { REP } from "../reps";
import { numberLiteral, toJsString } from "../visitors/literals";
import { BuiltinCall, NUM_OPT } from "./lowering";
import { TableBuilder, type BuiltinTable } from "./table";

const t = new TableBuilder();

const N = REP.number;
const S = REP.string;
const B = REP.boolean;

/** ToNumber of argument 0 (Number(x), isNaN(x)). */
function toNumber(c: BuiltinCall, index: number): CsExpr {
  const node = c.args[index];
  if (!node) return numberLiteral(index === 0 && c.count === 0 ? 0 : NaN);
  const rep = c.ctx.repAt(node);
  if (rep.kind === "number") return c.arg(index, N);
  if (rep.cs === "JsDate") return cs.member(c.walk.expr(node), "Time");
  if (rep.kind === "string" || rep.kind === "boolean" || rep.kind === "json") {
    c.ctx.use("Operators");
    return cs.call("Js.ToNumber", [rep.nullish ? c.arg(index, REP.json) : c.walk.expr(node)]);
  }
  return c.ctx.unsupported(node, `converting a ${rep.cs} to a number`, "convert a string, number, boolean or JSON value");
}

t.statics("Number", (c) => c.result(c.count === 0 ? numberLiteral(0) : toNumber(c, 0), N));
t.statics("Boolean", (c) => c.result(c.count === 0 ? cs.bool(false) : c.walk.condition(c.args[0]), B));

for (const owner of ["", "Number."]) {
  t.statics(`${owner}parseInt`, (c) => c.helper("Numbers", "Js.ParseInt", [parseArgument(c), ...c.optional(1, NUM_OPT)], N));
  t.statics(`${owner}parseFloat`, (c) => c.helper("Numbers", "Js.ParseFloat", [parseArgument(c)], N));
}

/** The text parseInt and parseFloat read: String(x) of their argument. */
function parseArgument(c: BuiltinCall): CsExpr {
  return c.args[0] ? toJsString(c.ctx, c.args[0], c.walk) : cs.str("undefined");
}

// The global isNaN and isFinite convert their argument; Number.isNaN and Number.isFinite do not.
t.statics("isNaN", (c) => c.result(cs.call("double.IsNaN", [toNumber(c, 0)]), B));
t.statics("isFinite", (c) => c.helper("Numbers", "Js.IsFiniteNumber", [toNumber(c, 0)], B));

for (const [name, fn] of [["isNaN", "double.IsNaN"], ["isFinite", "Js.IsFiniteNumber"], ["isInteger", "Js.IsInteger"], ["isSafeInteger", "Js.IsSafeInteger"]]) {
  t.statics(`Number.${name}`, (c) => {
    c.ctx.use("Numbers");
    const node = c.args[0];
    const rep = node ? c.ctx.repAt(node) : REP.json;
    if (rep.cs === "double") return c.result(cs.call(fn, [c.arg(0, N)]), B);
    // Anything else is a number only if it holds one.
    return c.result(cs.call(name === "isNaN" ? "Js.IsNaNNumber" : fn, [c.arg(0, REP.json)]), B);
  });
}

const CONSTANTS: Record<string, number> = {
  MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER,
  MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
  EPSILON: Number.EPSILON,
  MAX_VALUE: Number.MAX_VALUE,
  MIN_VALUE: Number.MIN_VALUE,
  POSITIVE_INFINITY: Infinity,
  NEGATIVE_INFINITY: -Infinity,
  NaN: NaN,
};
for (const [name, value] of Object.entries(CONSTANTS)) t.property(`Number.${name}`, (c) => c.result(numberLiteral(value), N));

t.method("Number.toFixed", (c) => c.helper("NumberFormat", "Js.ToFixed", [c.receiver(N), ...c.optional(0, NUM_OPT)], S));
t.method("Number.toPrecision", (c) => c.helper("NumberFormat", "Js.ToPrecision", [c.receiver(N), ...c.optional(0, NUM_OPT)], S));
t.method("Number.toExponential", (c) => c.helper("NumberFormat", "Js.ToExponential", [c.receiver(N), ...c.optional(0, NUM_OPT)], S));
t.method("Number.toString", (c) => {
  if (c.count === 0) {
    c.ctx.use("Number");
    return c.result(cs.call("Js.NumberToString", [c.receiver(N)]), S);
  }
  return c.helper("NumberFormat", "Js.ToRadixString", [c.receiver(N), c.arg(0, NUM_OPT)], S);
});
t.method("Number.valueOf", (c) => c.result(c.receiver(N), N));
t.method("Boolean.toString", (c) => c.result({ kind: "conditional", test: c.receiver(B), whenTrue: cs.str("true"), whenFalse: cs.str("false") }, S));
t.method("Boolean.valueOf", (c) => c.result(c.receiver(B), B));

t.rejected("method", ["Number.toLocaleString"], "it depends on the culture; format with toFixed() and your own separators");

export const numberBuiltins: BuiltinTable = t.table;
