// Object and array literals become JObject and JArray built by the runtime, which leaves out
// properties whose value is undefined, as JSON.stringify would.

import { ts } from "ts-morph";
import { cs, type CsExpr } from "../cs-ast";
import { REP } from "../reps";
import type { ExpressionVisitor } from "./types";

const objectLiteral: ExpressionVisitor<ts.ObjectLiteralExpression> = (node, ctx, walk) => {
  ctx.use("Values");
  const args: CsExpr[] = [];
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property)) {
      const key = property.name;
      if (ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key)) {
        args.push(cs.str(key.text), walk.exprAs(property.initializer, REP.json));
      } else if (ts.isComputedPropertyName(key)) {
        args.push(walk.exprAs(key.expression, REP.string), walk.exprAs(property.initializer, REP.json));
      } else {
        args.push(ctx.unsupported(key, "this property name", "use an identifier, a string or a computed [key]"));
      }
    } else if (ts.isShorthandPropertyAssignment(property)) {
      args.push(cs.str(property.name.text), walk.exprAs(property.name, REP.json));
    } else {
      args.push(ctx.unsupported(property, "methods, getters and setters in an object literal", "assign an arrow function to a property, or a value"));
    }
  }
  return cs.call("Js.Obj", args);
};

const arrayLiteral: ExpressionVisitor<ts.ArrayLiteralExpression> = (node, ctx, walk) => {
  ctx.use("Values");
  const items = node.elements.map((element) =>
    ts.isSpreadElement(element) || ts.isOmittedExpression(element)
      ? ctx.unsupported(element, "spread and holes in an array literal", "build the array with push")
      : walk.exprAs(element, REP.json),
  );
  return cs.call("Js.Arr", items);
};

export const objectVisitors = {
  [ts.SyntaxKind.ObjectLiteralExpression]: objectLiteral,
  [ts.SyntaxKind.ArrayLiteralExpression]: arrayLiteral,
};
