// The C# static type of emitted JSON expressions. A JSON value's representation is JToken, but the
// runtime helpers that build JSON return its subclasses (`Js.Obj` a JObject, `Js.Arr` a JArray,
// `JValue.CreateNull()` a JValue), and C# 7.3 finds no common type for two of them in a conditional
// (CS0173) or gives `is var t` the narrower type. Where the two meet, one side is cast to JToken.

import type { CsExpr } from "./cs-ast";

/** Runtime helpers whose C# result type is JToken itself. */
const JTOKEN_RESULTS = new Set(["Js.Get", "Js.GetOptional", "Js.Box", "Js.BoxOrNull", "Js.BoxOrUndefined", "Js.Set", "Js.Host", "Js.HostTask"]);

/** The dotted name of a callee (`Js.Get`), if it is one. */
export function dottedName(expr: CsExpr): string | undefined {
  if (expr.kind === "name") return expr.name;
  if (expr.kind === "member" && !expr.conditional) {
    const target = dottedName(expr.target);
    return target === undefined ? undefined : `${target}.${expr.name}`;
  }
  return undefined;
}

/**
 * Whether C# types `expr` as JToken itself. A name of a JSON value is a JToken variable (a temp
 * bound from a narrower expression is cast when it is bound: EmitContext.bindOnce).
 */
export function isJToken(expr: CsExpr): boolean {
  if (expr.kind === "cast") return expr.type === "JToken";
  if (expr.kind === "name") return true;
  if (expr.kind === "call") {
    const name = dottedName(expr.callee);
    return name !== undefined && JTOKEN_RESULTS.has(name);
  }
  if (expr.kind === "conditional") return isJToken(expr.whenTrue) || isJToken(expr.whenFalse);
  return false;
}
