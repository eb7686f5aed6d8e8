// How V8 names a value in its TypeError messages ("o.b is not iterable", "f(...)"), and `...value`
// for the runtime. Pure syntax, so that the built-in lowerings and the visitors can both use it
// without importing each other.

import { ts } from "ts-morph";
import { cs, type CsExpr } from "./cs-ast";
import type { EmitContext } from "./context";
import { REP } from "./reps";
import type { Walk } from "./visitors/types";

/** How V8 prints an expression in "Cannot destructure property 'a' of 'o.b'" and "x is not iterable". */
export function v8Text(node: ts.Expression): string | undefined {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) return v8Text(node.expression);
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) {
    const target = v8Text(node.expression);
    return target && `${target}.${node.name.text}`;
  }
  if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)) {
    const target = v8Text(node.expression);
    return target && `${target}.${node.argumentExpression.text}`;
  }
  if (ts.isElementAccessExpression(node) && ts.isNumericLiteral(node.argumentExpression)) {
    const target = v8Text(node.expression);
    return target && `${target}[${node.argumentExpression.text}]`;
  }
  if (ts.isCallExpression(node)) {
    const callee = v8Text(node.expression);
    return callee && `${callee}(...)`;
  }
  // `(parts[2] + b.n).endsWith is not a function`: V8 puts a binary operation in parentheses.
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [v8Text(node.left), v8Text(node.right)];
    return left && right && `(${left} + ${right})`;
  }
  if (ts.isNumericLiteral(node)) return node.text;
  if (ts.isStringLiteral(node)) return JSON.stringify(node.text);
  return undefined;
}

/**
 * How V8 names a value that is not iterable: "obj is not iterable", "f is not a function or its
 * return value is not iterable"; property chains only outside array patterns (in a pattern V8
 * describes the value instead, as it does for anything else: undefined is returned).
 */
export function iterableText(node: ts.Node, inPattern: boolean): string | undefined {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) return iterableText(node.expression, inPattern);
  if (ts.isCallExpression(node)) {
    const callee = v8Text(node.expression);
    return callee && `${callee} is not a function or its return value`;
  }
  if (ts.isIdentifier(node) || !inPattern) return ts.isExpression(node) ? v8Text(node) : undefined;
  return undefined;
}

/** `...value` for the runtime: the value as JSON, and its source text for "is not iterable". */
export function spreadOf(node: ts.Expression, ctx: EmitContext, walk: Walk): CsExpr {
  const text = iterableText(node, false);
  return cs.call("Js.Spread", [walk.exprAs(node, REP.json), text === undefined ? cs.null() : cs.str(text)]);
}
