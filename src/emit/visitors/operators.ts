// Unary, binary, logical and assignment operators with JavaScript semantics.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { ERROR_CLASSES, nonNullish, REP, type Rep } from "../reps";
import { apiProperty, assignTo, propertyKey, skipParentheses, variable } from "./access";
import { containsAwait } from "./functions";
import { concatStrings, numberLiteral, toJsString, toJsStringValue } from "./literals";
import { nullishTest } from "./optional-chain";
import { isJToken } from "../json-typing";
import { plusMayGiveNumber } from "../maybe-undefined";
import type { ExpressionVisitor, Walk } from "./types";

const ARITHMETIC = new Set([
  ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken,
]);
/** Operators on ToInt32 of their operands; `>>>` works on ToUint32. */
const BITWISE: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.AmpersandToken]: "&",
  [ts.SyntaxKind.BarToken]: "|",
  [ts.SyntaxKind.CaretToken]: "^",
  [ts.SyntaxKind.LessThanLessThanToken]: "<<",
  [ts.SyntaxKind.GreaterThanGreaterThanToken]: ">>",
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: ">>",
};
/** Kinds `<` compares as JS does at run time when they are not two plain strings or two numbers. */
const RELATABLE = new Set(["string", "number", "boolean", "json"]);

const RELATIONAL = new Set([
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanEqualsToken,
]);
const COMPOUND: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken,
  [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
  [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken,
  [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken,
  [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: ts.SyntaxKind.AsteriskAsteriskToken,
  [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken,
  [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken,
  [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
  [ts.SyntaxKind.LessThanLessThanEqualsToken]: ts.SyntaxKind.LessThanLessThanToken,
  [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanToken,
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
};
const LOGICAL_ASSIGNMENT: Partial<Record<ts.SyntaxKind, "??" | "||" | "&&">> = {
  [ts.SyntaxKind.QuestionQuestionEqualsToken]: "??",
  [ts.SyntaxKind.BarBarEqualsToken]: "||",
  [ts.SyntaxKind.AmpersandAmpersandEqualsToken]: "&&",
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
  // C# null in a string is undefined wherever it comes from (maybe-undefined.ts names the sources).
  if (rep.kind === "string" && !rep.nullish && against !== "null") return cs.bin("==", value, cs.null());
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

/** An operand already in C#: its value, representation and source node. */
interface Operand {
  expr: CsExpr;
  rep: Rep;
  node: ts.Expression;
}

function operand(node: ts.Expression, ctx: EmitContext, walk: Walk): Operand {
  return { expr: walk.expr(node), rep: ctx.repAt(node), node };
}

function strictEquality(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk): CsExpr {
  const { left, right } = node;
  for (const [value, other] of [[left, right], [right, left]] as const) {
    if (isNullLiteral(other)) return nullTest(ctx, walk, value, "null");
    if (isUndefined(other)) return nullTest(ctx, walk, value, "undefined");
  }
  return strictEquals(operand(left, ctx, walk), operand(right, ctx, walk), ctx);
}

/** a === b for two evaluated operands (also used by switch). */
export function strictEquals(a: Operand, b: Operand, ctx: EmitContext): CsExpr {
  // C#'s (lifted) == is JS's === for two primitives of one kind, undefined being null on both
  // sides; not for null against undefined, which C# holds alike.
  const mixed = a.rep.nullish && b.rep.nullish && a.rep.nullish !== b.rep.nullish;
  if (a.rep.kind === b.rep.kind && PRIMITIVE.has(a.rep.kind) && !mixed) return cs.bin("==", a.expr, b.expr);
  ctx.use("Values");
  return cs.call("Js.StrictEquals", [ctx.coerce(a.expr, a.rep, REP.json, a.node), ctx.coerce(b.expr, b.rep, REP.json, b.node)]);
}

/** ToNumber of an operand: numbers as they are, others by JS's rules (unary +). */
function toNumber(value: Operand, ctx: EmitContext): CsExpr {
  const { rep } = value;
  if (rep.kind === "number") return ctx.coerce(value.expr, rep, REP.number, value.node);
  if ((rep.kind === "string" && !rep.nullish) || (rep.kind === "boolean" && !rep.nullish) || rep.kind === "json") {
    ctx.use("Operators");
    return cs.call("Js.ToNumber", [value.expr]);
  }
  if (rep.kind === "string" || rep.kind === "boolean") {
    ctx.use("Operators");
    return cs.call("Js.ToNumber", [ctx.coerce(value.expr, rep, REP.json, value.node)]);
  }
  return ctx.unsupported(value.node, `converting a ${rep.cs} to a number`, "convert a string, number, boolean or JSON value");
}

/** `left op right` with JS semantics, for binary operators and compound assignment. */
function arithmetic(op: ts.SyntaxKind, left: Operand, right: Operand, result: Rep, ctx: EmitContext): CsExpr {
  if (op === ts.SyntaxKind.PlusToken) {
    if (result.kind === "json" && plusMayGiveNumber(left.rep, right.rep)) {
      // A string that may be undefined plus a non-string: concatenation or addition, decided at run time.
      ctx.use("Operators");
      return cs.call("Js.Plus", [ctx.coerce(left.expr, left.rep, REP.json, left.node), ctx.coerce(right.expr, right.rep, REP.json, right.node)]);
    }
    if (result.kind === "string") return concatStrings([toJsStringValue(ctx, left.expr, left.rep, left.node), toJsStringValue(ctx, right.expr, right.rep, right.node)]);
    return cs.bin("+", toNumber(left, ctx), toNumber(right, ctx));
  }
  if (op === ts.SyntaxKind.AsteriskAsteriskToken) {
    ctx.use("FdlibmPow");
    return cs.call("CsxMath.Pow", [toNumber(left, ctx), toNumber(right, ctx)]);
  }
  const bitwise = BITWISE[op];
  if (bitwise) {
    ctx.use("Operators");
    const unsigned = op === ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken;
    const shift = op === ts.SyntaxKind.LessThanLessThanToken || op === ts.SyntaxKind.GreaterThanGreaterThanToken || unsigned;
    const l = cs.call(unsigned ? "Js.ToUint32" : "Js.ToInt32", [toNumber(left, ctx)]);
    // C# masks an int shift count to 5 bits, as JS does.
    const r = shift ? cs.cast("int", cs.call("Js.ToUint32", [toNumber(right, ctx)])) : cs.call("Js.ToInt32", [toNumber(right, ctx)]);
    return cs.cast("double", cs.bin(bitwise, l, r));
  }
  const text = ts.tokenToString(op)!;
  return cs.bin(text, toNumber(left, ctx), toNumber(right, ctx));
}

/** `a && b`, `a || b`, `a ?? b`: JS returns an operand, not a boolean; the right runs only when needed. */
function logical(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk, op: "&&" | "||" | "??"): CsExpr {
  const rep = ctx.repAt(node);
  if (op !== "??" && rep.kind === "boolean" && !rep.nullish && ctx.repAt(node.left).cs === "bool") {
    return cs.bin(op, walk.expr(node.left), walk.expr(node.right));
  }
  const right = walk.exprAs(node.right, rep);
  const leftRep = ctx.repAt(node.left);
  if (op === "??" && !leftRep.nullish && leftRep.kind !== "json") return walk.exprAs(node.left, rep);
  if (op === "??" && rep.kind !== "json" && leftRep.kind === rep.kind) {
    // string ?? string, double? ?? double: C#'s own operator.
    return cs.bin("??", walk.expr(node.left), right);
  }
  // The left side is held in a temp; the test decides which side is the value.
  const { bind, value } = ctx.bindOnce(walk.expr(node.left), leftRep, "l");
  const held: Operand = { expr: value, rep: leftRep, node: node.left };
  const test = op === "??" ? cs.not(nullishTest(value, leftRep, ctx)) : truthy(held, ctx);
  const full = bind ? cs.bin("&&", bind, test) : test;
  const kept = op === "??" ? nonNullish(leftRep) : leftRep;
  const keptValue = op === "??" ? ctx.coerce(value, leftRep, kept, node.left) : value;
  // A primitive of another kind than the result: TypeScript proved this branch is never taken.
  const dead = PRIMITIVE.has(kept.kind) && PRIMITIVE.has(rep.kind) && kept.kind !== rep.kind;
  const leftValue = dead ? cs.cast(rep.cs, cs.lit("default")) : ctx.coerce(keptValue, kept, rep, node.left);
  // ?? and || keep the left when the test holds; && goes on to the right.
  return op === "&&" ? conditionalOf(full, right, leftValue, rep) : conditionalOf(full, leftValue, right, rep);
}

const PRIMITIVE = new Set<Rep["kind"]>(["string", "number", "boolean"]);

/** A JS truthiness test of an evaluated operand (walk.condition uses it too). */
export function truthy(value: { expr: CsExpr; rep: Rep }, ctx: EmitContext): CsExpr {
  const json = readAsPrimitive(value.expr);
  if (json) {
    ctx.use("Values");
    return cs.call("Js.Truthy", [json]);
  }
  if (value.rep.cs === "bool") return value.expr;
  if (value.rep.kind === "api" || value.rep.kind === "func" || value.rep.kind === "exception") return cs.bin("!=", value.expr, cs.null());
  ctx.use("Values");
  return cs.call("Js.Truthy", [value.expr]);
}

/**
 * The JSON value of `Js.Str(x)`, `Js.Num(x)` or `Js.Bool(x)`. JS tests the truthiness of what a
 * property holds without converting it, so `if (!user.org)` must not throw on .NET when the backend
 * left out a property that the interface declares (`expected a string but found undefined`).
 */
function readAsPrimitive(expr: CsExpr): CsExpr | undefined {
  if (expr.kind !== "call" || expr.args.length !== 1 || expr.callee.kind !== "member") return undefined;
  const { target, name } = expr.callee;
  return target.kind === "name" && target.name === "Js" && (name === "Str" || name === "Num" || name === "Bool") ? expr.args[0] : undefined;
}

/** Whether the value of `node` is discarded (an expression statement, a for loop's update). */
export function valueUnused(node: ts.Node): boolean {
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent)) {
    node = parent;
    parent = parent.parent;
  }
  if (ts.isExpressionStatement(parent)) return true;
  if (ts.isForStatement(parent)) return node === parent.incrementor || node === parent.initializer;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.CommaToken) return valueUnused(parent);
  return false;
}

/** The value of an assignment expression, converted to the expression's type when it is used. */
function assignmentValue(node: ts.Expression, expr: CsExpr, rep: Rep, ctx: EmitContext): CsExpr {
  return valueUnused(node) ? expr : ctx.coerce(expr, rep, ctx.repAt(node), node);
}

function assignment(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk): CsExpr {
  if (ts.isArrayLiteralExpression(node.left) || ts.isObjectLiteralExpression(node.left)) {
    return ctx.unsupported(node, "destructuring assignment inside an expression", "write it as a statement of its own: [a, b] = [b, a];");
  }
  const assigned = assignTo(node.left, (rep) => walk.exprAs(node.right, rep), ctx, walk);
  return assignmentValue(node, assigned.expr, assigned.rep, ctx);
}

/** `target op= value` on a variable, a JSON property or element, or a writable API property. */
function compoundAssignment(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk, base: ts.SyntaxKind): CsExpr {
  const target = node.left;
  const result = ctx.repAt(node);
  const right = () => operand(node.right, ctx, walk);
  if (ts.isIdentifier(target)) {
    const v = variable(target, ctx);
    if (!v) return ctx.report(diagnostics.unsupportedAssignmentTarget(ctx.span(target)));
    const current: Operand = { expr: ctx.coerce(v.expr, v.rep, ctx.repAt(target), target), rep: ctx.repAt(target), node: target };
    // The native C# operator where it means the same: string += string, double op= double.
    if (base === ts.SyntaxKind.PlusToken && result.kind === "string" && v.rep.cs === "string" && !v.rep.nullish) {
      return assignmentValue(node, cs.assign(v.expr, toJsString(ctx, node.right, walk), "+="), v.rep, ctx);
    }
    if (result.cs === "double" && v.rep.cs === "double" && NATIVE_COMPOUND.has(base)) {
      return assignmentValue(node, cs.assign(v.expr, toNumber(right(), ctx), node.operatorToken.getText()), v.rep, ctx);
    }
    const value = ctx.coerce(arithmetic(base, current, right(), result, ctx), result, v.rep, node);
    return assignmentValue(node, cs.assign(v.expr, value), v.rep, ctx);
  }
  if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    if (ts.isOptionalChain(target)) return ctx.report(diagnostics.optionalChainTarget(ctx.span(target), "compound assignment"));
    const api = apiProperty(target, ctx, walk);
    if (api) {
      const value = base === ts.SyntaxKind.PlusToken && api.rep.cs === "string" ? toJsString(ctx, node.right, walk) : toNumber(right(), ctx);
      if (!NATIVE_COMPOUND.has(base) || (api.rep.cs !== "string" && api.rep.cs !== "double")) return ctx.unsupported(node, `'${node.operatorToken.getText()}' on this property`, "read it into a variable, change it and assign it back");
      return assignmentValue(node, cs.assign(api.expr, value, node.operatorToken.getText()), api.rep, ctx);
    }
    if (ctx.repAt(target.expression).kind !== "json") return ctx.report(diagnostics.unsupportedAssignmentTarget(ctx.span(target)));
    ctx.use("Updates");
    const old = ctx.temp("old");
    const current: Operand = { expr: ctx.coerce(cs.name(old), REP.json, ctx.repAt(target), target), rep: ctx.repAt(target), node: target };
    const object = walk.expr(target.expression);
    const key = propertyKey(target, ctx, walk);
    const value = ctx.coerce(arithmetic(base, current, right(), result, ctx), result, REP.json, node);
    return assignmentValue(node, update(node.right, object, key, [{ name: old }], value, "Js.Update", []), REP.json, ctx);
  }
  return ctx.report(diagnostics.unsupportedAssignmentTarget(ctx.span(target)));
}

const NATIVE_COMPOUND = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken]);

/**
 * A read-modify-write helper call on a JSON property: `Js.Update(o, key, old => ...)`, or its async
 * form when the right side awaits (the lambda then has to be async).
 */
function update(right: ts.Node, object: CsExpr, key: CsExpr, params: Array<{ name: string; type?: string }>, value: CsExpr, helper: string, before: CsExpr[]): CsExpr {
  const isAsync = containsAwait(right);
  const fn: CsExpr = { kind: "lambda", params: params.map((p) => ({ name: p.name })), body: value, isAsync };
  const call = cs.call(isAsync ? `${helper}Async` : helper, [object, key, ...before, fn]);
  return isAsync ? cs.awaitTask(call) : call;
}

/** `a ??= b`, `a ||= b`, `a &&= b`: assign only when the test on the current value asks for it. */
function logicalAssignment(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk, op: "??" | "||" | "&&"): CsExpr {
  const target = node.left;
  if (ts.isIdentifier(target)) {
    const v = variable(target, ctx);
    if (!v) return ctx.report(diagnostics.unsupportedAssignmentTarget(ctx.span(target)));
    const current: Operand = { expr: v.expr, rep: v.rep, node: target };
    const test = op === "??" ? nullishTest(v.expr, v.rep, ctx) : op === "||" ? cs.not(truthy(current, ctx)) : truthy(current, ctx);
    const expr: CsExpr = { kind: "conditional", test, whenTrue: cs.assign(v.expr, walk.exprAs(node.right, v.rep)), whenFalse: v.expr };
    return assignmentValue(node, expr, v.rep, ctx);
  }
  if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    if (ts.isOptionalChain(target)) return ctx.report(diagnostics.optionalChainTarget(ctx.span(target), "logical assignment"));
    if (ctx.repAt(target.expression).kind !== "json") return ctx.unsupported(node, `'${node.operatorToken.getText()}' on this target`, "test the property with if and assign it");
    ctx.use("Updates");
    const when = cs.name(op === "??" ? "Js.IsNullish" : op === "||" ? "Js.Falsy" : "Js.Truthy");
    const expr = update(node.right, walk.expr(target.expression), propertyKey(target, ctx, walk), [], walk.exprAs(node.right, REP.json), "Js.AssignIf", [when]);
    return assignmentValue(node, expr, REP.json, ctx);
  }
  return ctx.report(diagnostics.unsupportedAssignmentTarget(ctx.span(target)));
}

function isArithmetic(op: ts.SyntaxKind): boolean {
  return op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.AsteriskAsteriskToken || ARITHMETIC.has(op) || !!BITWISE[op];
}

/**
 * `a + b - c * d …`: a chain of n terms nests n deep on its left, so it is walked in a loop, from the
 * innermost link out, not by recursion that a few thousand terms would take past the JS stack.
 */
function arithmeticChain(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk): CsExpr {
  const links: ts.BinaryExpression[] = [];
  let inner: ts.Expression = node;
  while (ts.isBinaryExpression(inner) && isArithmetic(inner.operatorToken.kind) && (inner === node || !ctx.substitution(inner))) {
    links.push(inner);
    inner = inner.left;
  }
  let left = operand(inner, ctx, walk);
  for (let i = links.length - 1; i >= 0; i--) {
    const link = links[i];
    const rep = ctx.repAt(link);
    left = { expr: arithmetic(link.operatorToken.kind, left, operand(link.right, ctx, walk), rep, ctx), rep, node: link };
  }
  return left.expr;
}

const binary: ExpressionVisitor<ts.BinaryExpression> = (node, ctx, walk) => {
  const op = node.operatorToken.kind;
  switch (op) {
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
      return assignment(node, ctx, walk);
    case ts.SyntaxKind.CommaToken:
      return sequence(node.left, ctx.coerce(walk.expr(node.right), ctx.repAt(node.right), ctx.repAt(node), node.right), ctx, walk);
    case ts.SyntaxKind.InstanceOfKeyword:
      return instanceOf(node, ctx, walk);
    case ts.SyntaxKind.InKeyword: {
      if (ts.isPrivateIdentifier(node.left)) return ctx.unsupported(node, "'#private in'", "use plain objects");
      ctx.use("Operators");
      return cs.call("Js.In", [toJsString(ctx, node.left, walk), walk.exprAs(node.right, REP.json)]);
    }
  }
  if (isArithmetic(op)) return arithmeticChain(node, ctx, walk);
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
    if (RELATABLE.has(l.kind) && RELATABLE.has(r.kind)) {
      // A side that may be undefined or null (`parts[4] > "a"`, JSON.stringify's result): JS's own
      // comparison, where undefined is NaN and every comparison with it is false.
      ctx.use("Operators");
      return cs.call("Js.Relate", [walk.exprAs(node.left, REP.json), cs.str(text), walk.exprAs(node.right, REP.json)]);
    }
    return ctx.unsupported(node, `'${text}' between ${l.cs} and ${r.cs}`, "compare two numbers or two strings");
  }
  const compound = COMPOUND[op];
  if (compound !== undefined) return compoundAssignment(node, ctx, walk, compound);
  const logicalOp = LOGICAL_ASSIGNMENT[op];
  if (logicalOp) return logicalAssignment(node, ctx, walk, logicalOp);
  return ctx.report(diagnostics.unsupportedOperator(ctx.span(node.operatorToken), node.operatorToken.getText(), "see docs/language.md for the supported operators"));
};

/** `e instanceof HttpError`, `e instanceof Error` and `e instanceof TypeError` (…), on caught errors and Error values. */
function instanceOf(node: ts.BinaryExpression, ctx: EmitContext, walk: Walk): CsExpr {
  const right = node.right.getText();
  const rep = ctx.repAt(node.left);
  if ((right === "HttpError" || ERROR_CLASSES.includes(right)) && rep.kind === "exception") {
    const value = walk.expr(node.left);
    if (right === "Error") return cs.bin("!=", value, cs.null());
    if (right === "HttpError") {
      ctx.use("HttpError");
      return { kind: "is", operand: value, type: "HttpError" };
    }
    // The other classes derive from Error alone: the error's name tells its class.
    ctx.use("ErrorText");
    return cs.bin("==", cs.call("Js.ErrorName", [value]), cs.str(right));
  }
  return ctx.report(diagnostics.instanceofNotSupported(ctx.span(node.right), right));
}

/** `++x`, `x--`, `o.n++`: on number variables, JSON properties and API properties. */
function increment(node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, ctx: EmitContext, walk: Walk): CsExpr {
  const up = node.operator === ts.SyntaxKind.PlusPlusToken;
  const postfix = ts.isPostfixUnaryExpression(node);
  const target = node.operand;
  const native = (expr: CsExpr, rep: Rep): CsExpr => {
    const op = up ? "++" : "--";
    const changed: CsExpr = postfix ? { kind: "postfix", op, operand: expr } : { kind: "unary", op, operand: expr };
    return assignmentValue(node, changed, rep, ctx);
  };
  if (ts.isIdentifier(target)) {
    const v = variable(target, ctx);
    if (v && (v.rep.cs === "double" || v.rep.cs === "double?")) return native(v.expr, v.rep);
  } else if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    if (ts.isOptionalChain(target)) return ctx.report(diagnostics.optionalChainTarget(ctx.span(target), "'++'/'--'"));
    const api = apiProperty(target, ctx, walk);
    if (api && api.rep.cs === "double") return native(api.expr, api.rep);
    if (!api && ctx.repAt(target.expression).kind === "json") {
      ctx.use("Updates");
      const call = cs.call("Js.Increment", [walk.expr(target.expression), propertyKey(target, ctx, walk), numberLiteral(up ? 1 : -1), cs.bool(postfix)]);
      return assignmentValue(node, call, REP.number, ctx);
    }
  }
  return ctx.unsupported(node, "'++'/'--' on this target", "use it on a number variable or a number property");
}

const prefixUnary: ExpressionVisitor<ts.PrefixUnaryExpression> = (node, ctx, walk) => {
  switch (node.operator) {
    case ts.SyntaxKind.ExclamationToken:
      return cs.not(walk.condition(node.operand));
    case ts.SyntaxKind.MinusToken:
      return { kind: "unary", op: "-", operand: toNumber(operand(node.operand, ctx, walk), ctx) };
    case ts.SyntaxKind.PlusToken:
      return toNumber(operand(node.operand, ctx, walk), ctx);
    case ts.SyntaxKind.TildeToken:
      ctx.use("Operators");
      return cs.cast("double", { kind: "unary", op: "~", operand: cs.call("Js.ToInt32", [toNumber(operand(node.operand, ctx, walk), ctx)]) });
    case ts.SyntaxKind.PlusPlusToken:
    case ts.SyntaxKind.MinusMinusToken:
      return increment(node, ctx, walk);
  }
  return ctx.report(diagnostics.unsupportedOperator(ctx.span(node), ts.tokenToString(node.operator) ?? "?", "see docs/language.md for the supported operators"));
};

const postfixUnary: ExpressionVisitor<ts.PostfixUnaryExpression> = (node, ctx, walk) => increment(node, ctx, walk);

const conditional: ExpressionVisitor<ts.ConditionalExpression> = (node, ctx, walk) => {
  const rep = ctx.repAt(node);
  return conditionalOf(walk.condition(node.condition), walk.exprAs(node.whenTrue, rep), walk.exprAs(node.whenFalse, rep), rep);
};

/**
 * `test ? a : b` where both branches hold `rep`. C# 7.3 types a conditional by its branches alone
 * (CS0173/CS8957): a lambda or null has no type, and two kinds of JSON (`JObject`, `JArray`,
 * `JValue`) have no conversion between them, so one branch is cast to the type `rep` says.
 */
export function conditionalOf(test: CsExpr, whenTrue: CsExpr, whenFalse: CsExpr, rep: Rep): CsExpr {
  let [a, b] = [branch(whenTrue, rep), branch(whenFalse, rep)];
  if (rep.kind === "json" && !isJToken(a) && !isJToken(b)) a = cs.cast("JToken", a);
  return { kind: "conditional", test, whenTrue: a, whenFalse: b };
}

/** A branch of a C# conditional: C# 7.3 gives a lambda or null no type of its own, so they are cast. */
function branch(expr: CsExpr, rep: Rep): CsExpr {
  const isNull = expr.kind === "literal" && expr.text === "null";
  if (rep.kind === "func" && (expr.kind === "lambda" || isNull)) return cs.cast(rep.cs, expr);
  // `s === null ? null : Number(s)`: C# 7.3 finds no common type of <null> and double (CS8957).
  if (isNull && rep.cs.endsWith("?")) return cs.cast(rep.cs, expr);
  return expr;
}

/** typeof, with JS's answers for each representation. */
const typeOf: ExpressionVisitor<ts.TypeOfExpression> = (node, ctx, walk) => {
  const rep = ctx.repAt(node.expression);
  const value = walk.expr(node.expression);
  const fixed: Partial<Record<Rep["kind"], string>> = { string: "string", number: "number", boolean: "boolean", func: "function", api: "object", exception: "object", task: "object" };
  const name = fixed[rep.kind];
  if (rep.kind === "json") {
    ctx.use("Operators");
    return cs.call("Js.TypeOfValue", [value]);
  }
  if (!name) return ctx.unsupported(node, `typeof on a ${rep.cs}`, "test the value against undefined");
  if (!rep.nullish) return cs.str(name);
  // A nullable primitive: null is "object", undefined "undefined".
  return { kind: "conditional", test: cs.bin("==", value, cs.null()), whenTrue: cs.str(rep.nullish === "null" ? "object" : "undefined"), whenFalse: cs.str(name) };
};

const deleteExpression: ExpressionVisitor<ts.DeleteExpression> = (node, ctx, walk) => {
  const target = node.expression;
  if ((ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && !ts.isOptionalChain(target) && ctx.repAt(target.expression).kind === "json") {
    ctx.use("Operators");
    return cs.call("Js.Delete", [walk.expr(target.expression), propertyKey(target, ctx, walk)]);
  }
  if (ts.isOptionalChain(target)) return ctx.report(diagnostics.optionalChainTarget(ctx.span(target), "'delete'"));
  return ctx.unsupported(node, "'delete' of anything but a property of a JSON object", "delete obj.prop or delete obj[key]");
};

/**
 * `first, value` and `void first` (which is `first, undefined`). C# 7.3 has no sequence expression:
 * Js.Comma takes `first` as an argument, which C# evaluates before `value`, and gives `value`. A
 * left side without a value (a call of a void function) cannot be an argument. As a statement,
 * both are split into statements instead (expressionStatement).
 */
function sequence(first: ts.Expression, value: CsExpr, ctx: EmitContext, walk: Walk): CsExpr {
  const inner = skipParentheses(first);
  // Nothing to run: `void 0`, `(0, f)`.
  if (ts.isLiteralExpression(inner) || ts.isIdentifier(inner)) return value;
  if (ctx.repAt(first).kind === "void") {
    return ctx.report(diagnostics.commaNotSupported(ctx.span(first)));
  }
  ctx.use("Operators");
  return cs.call("Js.Comma", [walk.expr(first), value]);
}

const voidExpression: ExpressionVisitor<ts.VoidExpression> = (node, ctx, walk) => sequence(node.expression, ctx.undefinedOf(ctx.repAt(node)), ctx, walk);

export const operatorVisitors = {
  [ts.SyntaxKind.VoidExpression]: voidExpression,
  [ts.SyntaxKind.BinaryExpression]: binary,
  [ts.SyntaxKind.PrefixUnaryExpression]: prefixUnary,
  [ts.SyntaxKind.PostfixUnaryExpression]: postfixUnary,
  [ts.SyntaxKind.ConditionalExpression]: conditional,
  [ts.SyntaxKind.TypeOfExpression]: typeOf,
  [ts.SyntaxKind.DeleteExpression]: deleteExpression,
};

