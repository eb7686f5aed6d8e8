// Literals and template strings.

import { ts } from "ts-morph";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { REP, type Rep } from "../reps";
import type { ExpressionVisitor, Walk } from "./types";

/** A double literal that C# reads back as the same double. */
export function numberLiteral(value: number): CsExpr {
  if (Number.isNaN(value)) return cs.lit("double.NaN");
  if (value === Infinity) return cs.lit("double.PositiveInfinity");
  if (value === -Infinity) return cs.lit("double.NegativeInfinity");
  // JS prints the shortest round-trip form, which C# parses to the same double.
  const text = String(value);
  return cs.lit(`${text}d`);
}

/** `x` as a JS string: String(x) for each representation. */
export function toJsString(ctx: EmitContext, node: ts.Expression, walk: Walk): CsExpr {
  return toJsStringValue(ctx, walk.expr(node), ctx.repAt(node), node);
}

/** String(value) of a C# value held in `rep`. */
export function toJsStringValue(ctx: EmitContext, value: CsExpr, rep: Rep, node: ts.Node): CsExpr {
  switch (rep.kind) {
    case "string":
      return rep.nullish ? cs.bin("??", value, cs.str(rep.nullish)) : value;
    case "number":
      ctx.use("Number");
      return rep.nullish ? (ctx.use("Values"), cs.call("Js.ToStr", [ctx.coerce(value, rep, REP.json, node)])) : cs.call("Js.NumberToString", [value]);
    case "boolean":
      if (rep.nullish) {
        ctx.use("Values");
        return cs.call("Js.ToStr", [ctx.coerce(value, rep, REP.json, node)]);
      }
      return { kind: "conditional", test: value, whenTrue: cs.str("true"), whenFalse: cs.str("false") };
    case "json":
      ctx.use("Values");
      return cs.call("Js.ToStr", [value]);
    case "exception":
      // String(error) is "Name: message".
      ctx.use("ErrorText");
      return cs.call("Js.ErrorToString", [value]);
    case "api":
      // `${url}`, String(params): a URL is its href, URLSearchParams its query string.
      if (rep.cs === "CsxWhatwgUrl" || rep.cs === "CsxSearchParams") return cs.call(cs.member(value, "ToString"), []);
      return ctx.unsupported(node, `converting a ${rep.cs} to a string`, "convert a string, number, boolean or JSON value");
    default:
      return ctx.unsupported(node, `converting a ${rep.cs} to a string`, "convert a string, number, boolean or JSON value");
  }
}

export function concatStrings(parts: CsExpr[]): CsExpr {
  if (parts.length === 0) return cs.str("");
  return parts.reduce((left, right) => cs.bin("+", left, right));
}

const template: ExpressionVisitor<ts.TemplateExpression> = (node, ctx, walk) => {
  const parts: CsExpr[] = [];
  if (node.head.text !== "") parts.push(cs.str(node.head.text));
  for (const span of node.templateSpans) {
    parts.push(toJsString(ctx, span.expression, walk));
    if (span.literal.text !== "") parts.push(cs.str(span.literal.text));
  }
  return concatStrings(parts);
};

export const literalVisitors = {
  [ts.SyntaxKind.StringLiteral]: ((node: ts.StringLiteral) => cs.str(node.text)) as ExpressionVisitor,
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: ((node: ts.NoSubstitutionTemplateLiteral) => cs.str(node.text)) as ExpressionVisitor,
  [ts.SyntaxKind.NumericLiteral]: ((node: ts.NumericLiteral) => numberLiteral(Number(node.text))) as ExpressionVisitor,
  [ts.SyntaxKind.TrueKeyword]: (() => cs.bool(true)) as ExpressionVisitor,
  [ts.SyntaxKind.FalseKeyword]: (() => cs.bool(false)) as ExpressionVisitor,
  [ts.SyntaxKind.NullKeyword]: ((_node: ts.Node, ctx: EmitContext) => {
    ctx.use("Values");
    return cs.call("JValue.CreateNull");
  }) as ExpressionVisitor,
  [ts.SyntaxKind.TemplateExpression]: template,
};
