// Object and array literals become JObject and JArray built by the runtime, which leaves out
// properties whose value is undefined, as JSON.stringify would. Spread (`{...a, b: 1}`,
// `[...xs, y]`) is expanded by the runtime in order, later keys winning, as in JS.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { REP } from "../reps";
import { hookObject } from "./hooks";
import { spreadOf } from "../v8-text";
import type { ExpressionVisitor, Walk } from "./types";

const objectLiteral: ExpressionVisitor<ts.ObjectLiteralExpression> = (node, ctx, walk) => {
  if (ctx.repAt(node).cs === REP.transform.cs) return hookObject(node, ctx, walk);
  ctx.use("Values");
  const args: CsExpr[] = [];
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property)) {
      const key = property.name;
      if (ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key)) {
        if (key.text === "__proto__" && !ts.isNumericLiteral(key)) {
          args.push(ctx.report(diagnostics.prototypeNotSupported(ctx.span(key), "'__proto__' in an object literal")));
          continue;
        }
        args.push(cs.str(ts.isNumericLiteral(key) ? String(Number(key.text)) : key.text), walk.exprAs(property.initializer, REP.json));
      } else if (ts.isComputedPropertyName(key)) {
        args.push(walk.exprAs(key.expression, REP.string), walk.exprAs(property.initializer, REP.json));
      } else {
        args.push(ctx.unsupported(key, "this property name", "use an identifier, a string or a computed [key]"));
      }
    } else if (ts.isShorthandPropertyAssignment(property)) {
      args.push(cs.str(property.name.text), walk.exprAs(property.name, REP.json));
    } else if (ts.isSpreadAssignment(property)) {
      args.push(spreadOf(property.expression, ctx, walk));
    } else if (ts.isGetAccessorDeclaration(property) || ts.isSetAccessorDeclaration(property)) {
      args.push(ctx.report(diagnostics.accessorNotSupported(ctx.span(property))));
    } else {
      args.push(ctx.report(diagnostics.functionAsData(ctx.span(property))));
    }
  }
  return cs.call("Js.Obj", args);
};

const arrayLiteral: ExpressionVisitor<ts.ArrayLiteralExpression> = (node, ctx, walk) => {
  ctx.use("Values");
  const items = node.elements.map((element) =>
    ts.isSpreadElement(element)
      ? spreadOf(element.expression, ctx, walk)
      : ts.isOmittedExpression(element)
        ? ctx.unsupported(element, "holes in an array literal", "write undefined or null")
        : walk.exprAs(element, REP.json),
  );
  return cs.call("Js.Arr", items);
};

export const objectVisitors = {
  [ts.SyntaxKind.ObjectLiteralExpression]: objectLiteral,
  [ts.SyntaxKind.ArrayLiteralExpression]: arrayLiteral,
};
