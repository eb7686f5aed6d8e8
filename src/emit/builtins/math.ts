// Math: the functions whose JS answer .NET's Math gives as is (sqrt, floor, abs, the logarithms and
// trigonometry), and helpers where it does not (round, min, max, sign, hypot, the sign of zero).
// Math.random is rejected: a case must give the same answer on every run and on both sides.

import { cs, type CsExpr } from "../cs-ast";
import { REP } from "../reps";
import { numberLiteral } from "../visitors/literals";
import { BuiltinCall, property, rejected, statics } from "./lowering";

const N = REP.number;

/** `Math.name(x)` → `fn(x)`; `feature` is the runtime feature `fn` lives in, if any. */
function unary(name: string, fn: string, feature?: string): void {
  statics(`Math.${name}`, (c) => {
    if (feature) c.ctx.use(feature);
    return c.result(cs.call(fn, [c.arg(0, N)]), N);
  });
}

/** `Math.name(a, b, …)` → a helper taking `params double[]`; spread arguments go through ToNumber. */
function variadic(name: string, fn: string): void {
  statics(`Math.${name}`, (c) => variadicCall(c, fn));
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
statics("Math.imul", (c) => c.helper("MathJs", "Js.Imul", [c.arg(0, N), c.arg(1, N)], N));
statics("Math.pow", (c) => c.helper("Operators", "Js.Pow", [c.arg(0, N), c.arg(1, N)], N));
// The last binary digit of these may differ from V8's (docs/language.md, Math).
unary("exp", "Math.Exp");
unary("log", "Math.Log");
unary("log10", "Math.Log10");
unary("log2", "Js.Log2", "MathJs");
unary("cbrt", "Js.Cbrt", "MathJs");
unary("sin", "Math.Sin");
unary("cos", "Math.Cos");
unary("tan", "Math.Tan");
unary("asin", "Math.Asin");
unary("acos", "Math.Acos");
unary("atan", "Math.Atan");
unary("sinh", "Math.Sinh");
unary("cosh", "Math.Cosh");
unary("tanh", "Math.Tanh");
statics("Math.atan2", (c) => c.result(cs.call("Math.Atan2", [c.arg(0, N), c.arg(1, N)]), N));

for (const name of ["PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"] as const) {
  property(`Math.${name}`, (c) => c.result(numberLiteral(Math[name]), N));
}

rejected("static", ["Math.random"], "a transform must answer the same on every run (cases are replayed on node and .NET); take randomness from the request, or derive it from data (a hash of an id)");
rejected("static", ["Math.expm1", "Math.log1p", "Math.asinh", "Math.acosh", "Math.atanh"], ".NET Standard 2.0 has no equivalent; write it with Math.exp and Math.log");
