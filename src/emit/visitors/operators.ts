// Unary, binary, logical and assignment operators with JavaScript semantics.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { REP, type Rep } from "../reps";
import { assignTo } from "./access";
import { concatStrings, toJsString } from "./literals";
import type { ExpressionVisitor, Walk } from "./types";

const ARITHMETIC = new Set([
  ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken,
]);
const RELATIONAL = new Set([
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanEqualsToken,
]);
const COMPOUND: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
  [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
  [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
  [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken,
  [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
};

function isNullLiteral(node: ts.Expression): boolean {
  return node.kind === ts.SyntaxKind.NullKeyword;
}

function isUndefined(node: ts.Expression): boolean {
  return ts.isIdentifier(node) && node.text === "undefined";
}

/** `x === null` / `x === undefined` without boxing when the representation allows it. */
function nullTest(ctx: EmitContext, walk: Walk, operand: ts.Expression, against: "null" | "undefined" | "nullish"): CsExpr {
  const rep = ctx.repAt(operand);
  const value = walk.expr(operand);
  if (rep.kind !== "json" && rep.nullish && (against === "nullish" || rep.nullish === against)) return cs.bin("==", value, cs.null());
  if (rep.kind !== "json" && !rep.nullish && rep.kind !== "api" && rep.kind !== "func") {
    // A string, number or boolean is never null: keep the operand's effects, answer false.
    ctx.use("Values");
    return cs.call("Js.IsNullish", [ctx.coerce(value, rep, REP.json, operand)]);
  }
  ctx.use("Values");
  const boxed = ctx.coerce(value, rep, REP.json, operand);
  if (against === "undefined") return cs.bin("==", boxed, cs.null());
  return cs.call(against === "null" ? "Js.IsNull" : "Js.IsNullish", [boxed]);
}

function strictEquality(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk): CsExpr {
  const { left, right } = node;
  for (const [value, other] of [[left, right], [right, left]] as const) {
    if (isNullLiteral(other)) return nullTest(ctx, walk, value, "null");
    if (isUndefined(other)) return nullTest(ctx, walk, value, "undefined");
  }
  const l = ctx.repAt(left);
  const r = ctx.repAt(right);
  if (l.cs === r.cs && !l.nullish && (l.kind === "string" || l.kind === "number" || l.kind === "boolean")) {
    return cs.bin("==", walk.expr(left), walk.expr(right));
  }
  ctx.use("Values");
  return cs.call("Js.StrictEquals", [walk.exprAs(left, REP.json), walk.exprAs(right, REP.json)]);
}

function plus(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk): CsExpr {
  const rep = ctx.repAt(node);
  if (rep.kind === "string") return concatStrings([toJsString(ctx, node.left, walk), toJsString(ctx, node.right, walk)]);
  return cs.bin("+", walk.exprAs(node.left, REP.number), walk.exprAs(node.right, REP.number));
}

/** `a && b`, `a || b`, `a ?? b`: JS returns an operand, not a boolean. */
function logical(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk, op: "&&" | "||" | "??"): CsExpr {
  const rep = ctx.repAt(node);
  if (op !== "??" && rep.kind === "boolean" && !rep.nullish && ctx.repAt(node.left).cs === "bool") {
    return cs.bin(op, walk.expr(node.left), walk.expr(node.right));
  }
  const left = walk.exprAs(node.left, rep);
  const right = walk.exprAs(node.right, rep);
  if (op === "??" && rep.kind !== "json") return cs.bin("??", left, right);
  ctx.use("Values");
  const helper = op === "&&" ? "Js.And" : op === "||" ? "Js.Or" : "Js.Coalesce";
  return cs.call(helper, [left, { kind: "lambda", params: [], body: right }], [rep.cs]);
}

const binary: ExpressionVisitor<ts.BinaryExpression> = (node, ctx, walk) => {
  const op = node.operatorToken.kind;
  switch (op) {
    case ts.SyntaxKind.PlusToken:
      return plus(node, ctx, walk);
    case ts.SyntaxKind.EqualsEqualsEqualsToken:
      return strictEquality(node, ctx, walk);
    case ts.SyntaxKind.ExclamationEqualsEqualsToken:
      return cs.not(strictEquality(node, ctx, walk));
    case ts.SyntaxKind.EqualsEqualsToken:
    case ts.SyntaxKind.ExclamationEqualsToken: {
      const text = node.operatorToken.getText();
      const operand = isNullLiteral(node.right) || isUndefined(node.right) ? node.left : isNullLiteral(node.left) || isUndefined(node.left) ? node.right : undefined;
      if (!operand) return ctx.report(diagnostics.looseEquality(ctx.span(node.operatorToken), text));
      const test = nullTest(ctx, walk, operand, "nullish");
      return op === ts.SyntaxKind.EqualsEqualsToken ? test : cs.not(test);
    }
    case ts.SyntaxKind.AmpersandAmpersandToken:
      return logical(node, ctx, walk, "&&");
    case ts.SyntaxKind.BarBarToken:
      return logical(node, ctx, walk, "||");
    case ts.SyntaxKind.QuestionQuestionToken:
      return logical(node, ctx, walk, "??");
    case ts.SyntaxKind.EqualsToken:
      return assignTo(node.left, node.right, ctx, walk);
    case ts.SyntaxKind.CommaToken:
      return ctx.unsupported(node, "the comma operator", "write two statements");
  }
  if (ARITHMETIC.has(op)) {
    return cs.bin(node.operatorToken.getText(), walk.exprAs(node.left, REP.number), walk.exprAs(node.right, REP.number));
  }
  if (RELATIONAL.has(op)) {
    const text = node.operatorToken.getText();
    const l = ctx.repAt(node.left);
    const r = ctx.repAt(node.right);
    if (l.kind === "string" && r.kind === "string" && !l.nullish && !r.nullish) {
      // JS compares strings by UTF-16 code units, which is what ordinal comparison does.
      return cs.bin(text, cs.call("string.CompareOrdinal", [walk.expr(node.left), walk.expr(node.right)]), cs.lit("0"));
    }
    if (l.kind === "number" && r.kind === "number") {
      return cs.bin(text, walk.exprAs(node.left, REP.number), walk.exprAs(node.right, REP.number));
    }
    return ctx.unsupported(node, `'${text}' between ${l.cs} and ${r.cs}`, "compare two numbers or two strings");
  }
  const compound = COMPOUND[op];
  if (compound !== undefined) return compoundAssignment(node, ctx, walk, compound);
  return ctx.report(diagnostics.unsupportedOperator(ctx.span(node.operatorToken), node.operatorToken.getText(), "see docs/language.md for the supported operators"));
};

function compoundAssignment(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk, base: ts.SyntaxKind): CsExpr {
  if (!ts.isIdentifier(node.left)) {
    return ctx.unsupported(node, "compound assignment to a property", "read the property into a variable, change it, and assign it back");
  }
  const target = walk.expr(node.left);
  const rep: Rep = ctx.repAt(node.left);
  const text = node.operatorToken.getText();
  if (base === ts.SyntaxKind.PlusToken && rep.kind === "string") {
    return cs.assign(target, toJsString(ctx, node.right, walk), "+=");
  }
  if (rep.kind === "number" && !rep.nullish) return cs.assign(target, walk.exprAs(node.right, REP.number), text);
  return ctx.unsupported(node, `'${text}' on a ${rep.cs}`, "use it on a number variable, or '+=' on a string variable");
}

const prefixUnary: ExpressionVisitor<ts.PrefixUnaryExpression> = (node, ctx, walk) => {
  switch (node.operator) {
    case ts.SyntaxKind.ExclamationToken:
      return cs.not(walk.condition(node.operand));
    case ts.SyntaxKind.MinusToken:
      return { kind: "unary", op: "-", operand: walk.exprAs(node.operand, REP.number) };
    case ts.SyntaxKind.PlusPlusToken:
    case ts.SyntaxKind.MinusMinusToken:
      if (!ts.isIdentifier(node.operand) || ctx.repAt(node.operand).cs !== "double") {
        return ctx.unsupported(node, "'++'/'--' on anything but a number variable", "write x = x + 1 on the property");
      }
      return { kind: "unary", op: node.operator === ts.SyntaxKind.PlusPlusToken ? "++" : "--", operand: walk.expr(node.operand) };
  }
  return ctx.report(diagnostics.unsupportedOperator(ctx.span(node), ts.tokenToString(node.operator) ?? "?", "see docs/language.md for the supported operators"));
};

const postfixUnary: ExpressionVisitor<ts.PostfixUnaryExpression> = (node, ctx, walk) => {
  if (!ts.isIdentifier(node.operand) || ctx.repAt(node.operand).cs !== "double") {
    return ctx.unsupported(node, "'++'/'--' on anything but a number variable", "write x = x + 1 on the property");
  }
  return { kind: "postfix", op: node.operator === ts.SyntaxKind.PlusPlusToken ? "++" : "--", operand: walk.expr(node.operand) };
};

const conditional: ExpressionVisitor<ts.ConditionalExpression> = (node, ctx, walk) => {
  const rep = ctx.repAt(node);
  return { kind: "conditional", test: walk.condition(node.condition), whenTrue: walk.exprAs(node.whenTrue, rep), whenFalse: walk.exprAs(node.whenFalse, rep) };
};

export const operatorVisitors = {
  [ts.SyntaxKind.BinaryExpression]: binary,
  [ts.SyntaxKind.PrefixUnaryExpression]: prefixUnary,
  [ts.SyntaxKind.PostfixUnaryExpression]: postfixUnary,
  [ts.SyntaxKind.ConditionalExpression]: conditional,
};
