// The replacement argument of String.replace/replaceAll, shared by the string and the RegExp
// lowerings (its own file, so that strings.ts and regexps.ts do not import each other).

import { ts } from "ts-morph";
import { cs, type CsExpr } from "../cs-ast";
import { REP } from "../reps";
import type { BuiltinCall } from "./lowering";

const S = REP.string;

/** The replacement: a string, or a callback adapted to the (match, …, offset, string) arguments JS passes. */
export function replacement(c: BuiltinCall): CsExpr {
  const node = c.args[1];
  if (!node || c.ctx.repAt(node).kind !== "func") return c.arg(1, S);
  let inner = node;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  const declared = ts.isArrowFunction(inner) || ts.isFunctionExpression(inner) ? inner.parameters.length : (c.ctx.repAt(node).params?.length ?? 1);
  if (declared > 6) return c.ctx.unsupported(node, "a replacement callback with more than 6 parameters", "read the groups from the match with exec");
  c.ctx.use("StringReplace");
  return cs.call("Js.Args", [c.callback(1, Array.from({ length: Math.max(declared, 1) }, () => REP.json), S)]);
}
