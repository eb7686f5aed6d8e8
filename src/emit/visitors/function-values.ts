// Arrow functions and function expressions as values: C# lambdas, which capture variables by
// reference as JS closures do. `lambda` is also what the built-ins call for callbacks
// (`arr.map(x => ...)`), with the parameter representations the built-in passes.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import type { CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import type { Rep } from "../reps";
import { someNode } from "../ts-walk";
import { methodParts, signatureReturn } from "./functions";
import type { ExpressionVisitor, Walk } from "./types";

/**
 * A C# lambda for `node`. Its parameters are declared in `paramReps` (default: the declared
 * representations) and converted to the declared ones inside the body when they differ; its
 * result is converted to `resultRep` (default: the declared return; void drops the value; a
 * Task representation makes the lambda async).
 */
export function lambda(node: ts.ArrowFunction | ts.FunctionExpression, ctx: EmitContext, walk: Walk, paramReps?: Rep[], resultRep?: Rep): CsExpr {
  if (node.asteriskToken) return ctx.report(diagnostics.generatorNotSupported(ctx.span(node)));
  if (ts.isFunctionExpression(node) && node.name && refersTo(node.body, ctx.checker.getSymbolAtLocation(node.name), ctx)) {
    return ctx.unsupported(node.name, "a named function expression that calls itself", "declare a local function: function name(...) { ... }");
  }
  const returns = resultRep ?? signatureReturn(node, ctx);
  const parts = methodParts(node, ctx, walk, { nested: true, paramReps, returns });
  const [only] = parts.body;
  const body = parts.body.length === 1 && only.kind === "return" && only.value ? only.value : parts.body;
  return { kind: "lambda", params: parts.params, body, isAsync: parts.isAsync };
}

/** Whether `node` mentions `symbol` anywhere (inside nested functions too). */
export function refersTo(node: ts.Node | undefined, symbol: ts.Symbol | undefined, ctx: EmitContext): boolean {
  if (!node || !symbol) return false;
  return someNode(node, (n) => ts.isIdentifier(n) && ctx.checker.getSymbolAtLocation(n) === symbol);
}

const functionValue: ExpressionVisitor<ts.ArrowFunction | ts.FunctionExpression> = (node, ctx, walk) => lambda(node, ctx, walk);

export const functionValueVisitors = {
  [ts.SyntaxKind.ArrowFunction]: functionValue,
  [ts.SyntaxKind.FunctionExpression]: functionValue,
};
