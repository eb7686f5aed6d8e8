// Math: the functions whose JS answer .NET's Math gives as is (sqrt, floor, abs: exact IEEE
// operations), helpers where it does not (round, min, max, sign, hypot, the sign of zero), and the
// transcendental functions as V8 computes them: its own fdlibm, not the C runtime that .NET's Math
// calls, whose last digit differs (CsxMath, src/runtime/cs/Fdlibm*.cs).
// Math.random is rejected: a case must give the same answer on every run and on both sides.

import { cs, type CsExpr } from "../cs-ast";
import { REP } from "../reps";
import { numberLiteral } from "../visitors/literals";
import { BuiltinCall } from "./lowering";
import { TableBuilder, type BuiltinTable } from "./table";

const t = new TableBuilder();

const N = REP.number;

/** `Math.name(x)` → `fn(x)`; `feature` is the runtime feature `fn` lives in, if any. */
function unary(name: string, fn: string, feature?: string): void {
  t.statics(`Math.${name}`, (c) => {
    if (feature) c.ctx.use(feature);
    return c.result(cs.call(fn, [c.arg(0, N)]), N);
  });
}

/** `Math.name(a, b, …)` → a helper taking `params double[]`; spread arguments go through ToNumber. */
function variadic(name: string, fn: string): void {
  t.statics(`Math.${name}`, (c) => variadicCall(c, fn));
}

function variadicCall(c: BuiltinCall, fn: string): CsExpr {
  c.ctx.use("MathJs");
  if (!c.hasSpread()) return c.result(cs.call(fn, c.rest(0, N)), N);
  c.ctx.use("Numbers");
  return c.result(cs.call(fn, [cs.call("Js.Doubles", [c.restArray(0)])]), N);
}

// Exact in .NET as in JS (IEEE operations).
unary("abs", "Math.Abs");
unary("floor", "Math.Floor");
unary("sqrt", "Math.Sqrt");
unary("fround", "Js.Fround", "MathJs");
unary("clz32", "Js.Clz32", "MathJs");
// JS's own rules for halves and the sign of zero.
unary("round", "Js.Round", "MathJs");
unary("ceil", "Js.Ceil", "MathJs");
unary("trunc", "Js.Trunc", "MathJs");
unary("sign", "Js.Sign", "MathJs");
variadic("max", "Js.Max");
variadic("min", "Js.Min");
variadic("hypot", "Js.Hypot");
t.statics("Math.imul", (c) => c.helper("MathJs", "Js.Imul", [c.arg(0, N), c.arg(1, N)], N));
t.statics("Math.pow", (c) => c.helper("FdlibmPow", "CsxMath.Pow", [c.arg(0, N), c.arg(1, N)], N));
// V8's fdlibm, bit for bit.
unary("cbrt", "CsxMath.Cbrt", "FdlibmPow");
unary("exp", "CsxMath.Exp", "FdlibmExpLog");
unary("log", "CsxMath.Log", "FdlibmExpLog");
unary("log2", "CsxMath.Log2", "FdlibmExpLog");
unary("log10", "CsxMath.Log10", "FdlibmExpLog");
unary("expm1", "CsxMath.Expm1", "FdlibmExpLog");
unary("log1p", "CsxMath.Log1p", "FdlibmExpLog");
unary("sin", "CsxMath.Sin", "FdlibmTrig");
unary("cos", "CsxMath.Cos", "FdlibmTrig");
unary("tan", "CsxMath.Tan", "FdlibmTrig");
unary("asin", "CsxMath.Asin", "FdlibmArc");
unary("acos", "CsxMath.Acos", "FdlibmArc");
unary("atan", "CsxMath.Atan", "FdlibmArc");
t.statics("Math.atan2", (c) => c.helper("FdlibmArc", "CsxMath.Atan2", [c.arg(0, N), c.arg(1, N)], N));
unary("sinh", "CsxMath.Sinh", "FdlibmHyperbolic");
unary("cosh", "CsxMath.Cosh", "FdlibmHyperbolic");
unary("tanh", "CsxMath.Tanh", "FdlibmHyperbolic");
unary("asinh", "CsxMath.Asinh", "FdlibmHyperbolic");
unary("acosh", "CsxMath.Acosh", "FdlibmHyperbolic");
unary("atanh", "CsxMath.Atanh", "FdlibmHyperbolic");

for (const name of ["PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"] as const) {
  t.property(`Math.${name}`, (c) => c.result(numberLiteral(Math[name]), N));
}

t.rejected("static", ["Math.random"], "a transform must answer the same on every run (cases are replayed on node and .NET); take randomness from the request, or derive it from data (a hash of an id)");

export const mathBuiltins: BuiltinTable = t.table;
