// Names, property and element access, and assignment to them.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { API_FEATURES, API_MEMBERS } from "../api-members";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { apiTypeName, REP } from "../reps";
import { lowerProperty } from "../builtins";
import { numberLiteral } from "./literals";
import type { ExpressionVisitor, Walk } from "./types";

const GLOBAL_HINTS: Record<string, string> = {
  fetch: "send requests with ctx.send(ctx.newRequest(method, url))",
  setTimeout: "timers are not available; the platform allows 5 seconds per call",
  setInterval: "timers are not available; the platform allows 5 seconds per call",
  console: "log with ctx.log.info/warn/error",
  process: "node APIs are not available; pass settings through the connection or the request",
  require: "import from \"csxc\" or from files under transforms/",
  eval: "write the code directly",
  Function: "write a function declaration or an arrow function",
  Symbol: "use strings as keys",
  BigInt: "use numbers (doubles) or strings",
  globalThis: "use module-level constants",
  window: "there is no browser; use the authoring API",
  Buffer: "use base64.encode/decode from \"csxc\"",
};

export function resolveSymbol(ctx: EmitContext, node: ts.Node): ts.Symbol | undefined {
  let symbol = ctx.checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  return symbol;
}

const identifier: ExpressionVisitor<ts.Identifier> = (node, ctx) => {
  if (node.text === "undefined") return cs.null();
  if (node.text === "NaN") return numberLiteral(NaN);
  if (node.text === "Infinity") return numberLiteral(Infinity);
  const symbol = resolveSymbol(ctx, node);
  const name = symbol && ctx.nameOf(symbol);
  if (!symbol || !name) {
    if (node.text === "arguments") return ctx.report(diagnostics.argumentsNotSupported(ctx.span(node)));
    const hint = GLOBAL_HINTS[node.text] ?? "use a value from the authoring API, a parameter, or a module constant";
    return ctx.report(diagnostics.unknownGlobal(ctx.span(node), node.text, hint));
  }
  const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
  const stored = decl ? ctx.declaredRep(decl) : ctx.repAt(node);
  return ctx.coerce(cs.name(name), stored, ctx.repAt(node), node);
};

/** The authoring-API class that `node`'s type is, if any. */
function apiOwner(ctx: EmitContext, node: ts.Expression): string | undefined {
  const type = ctx.checker.getTypeAtLocation(node);
  const direct = apiTypeName(type);
  if (direct) return direct;
  return ctx.repAt(node).kind === "exception" ? "HttpError" : undefined;
}

/** The declared type of a member of an API class, as the runtime class returns it. */
function memberRep(ctx: EmitContext, node: ts.PropertyAccessExpression) {
  const symbol = ctx.checker.getSymbolAtLocation(node.name);
  if (!symbol) return ctx.repAt(node);
  return ctx.repOfType(ctx.checker.getTypeOfSymbol(symbol));
}

const propertyAccess: ExpressionVisitor<ts.PropertyAccessExpression> = (node, ctx, walk) => {
  const name = node.name.text;
  const owner = apiOwner(ctx, node.expression);
  if (owner) {
    const member = API_MEMBERS[owner][name];
    if (!member || member.kind !== "property") return ctx.report(diagnostics.unsupportedMember(ctx.span(node.name), owner, name));
    ctx.use(API_FEATURES[owner]);
    return ctx.coerce(cs.member(walk.expr(node.expression), member.cs), memberRep(ctx, node), ctx.repAt(node), node);
  }
  const builtin = lowerProperty(node, ctx, walk);
  if (builtin) return builtin;
  const target = ctx.repAt(node.expression);
  if (name === "length" && target.kind === "string" && !target.nullish) {
    return cs.cast("double", cs.member(walk.expr(node.expression), "Length"));
  }
  if (target.kind === "json") {
    ctx.use("Values");
    const helper = ts.isOptionalChain(node) ? "Js.GetOptional" : "Js.Get";
    return ctx.coerce(cs.call(helper, [walk.expr(node.expression), cs.str(name)]), REP.json, ctx.repAt(node), node);
  }
  return ctx.report(diagnostics.unsupportedMember(ctx.span(node.name), ctx.checker.typeToString(ctx.checker.getTypeAtLocation(node.expression)), name));
};

const elementAccess: ExpressionVisitor<ts.ElementAccessExpression> = (node, ctx, walk) => {
  const target = ctx.repAt(node.expression);
  const key = ctx.repAt(node.argumentExpression);
  if (target.kind === "json" && (key.kind === "number" || key.kind === "string") && !key.nullish) {
    ctx.use("Values");
    const helper = ts.isOptionalChain(node) ? "Js.GetOptional" : "Js.Get";
    return ctx.coerce(cs.call(helper, [walk.expr(node.expression), walk.expr(node.argumentExpression)]), REP.json, ctx.repAt(node), node);
  }
  return ctx.unsupported(node, `indexing a ${target.cs} with a ${key.cs}`, "index JSON arrays with numbers and JSON objects with strings");
};

/** `target = value` for a variable, a JSON property or element, or a writable API property. */
export function assignTo(target: ts.Expression, value: ts.Expression, ctx: EmitContext, walk: Walk): CsExpr {
  if (ts.isIdentifier(target)) {
    const symbol = resolveSymbol(ctx, target);
    const decl = symbol?.valueDeclaration;
    const stored = decl ? ctx.declaredRep(decl) : ctx.repAt(target);
    const name = symbol && ctx.nameOf(symbol);
    if (!name) return ctx.report(diagnostics.unsupportedAssignmentTarget(ctx.span(target)));
    return cs.assign(cs.name(name), walk.exprAs(value, stored));
  }
  if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    const owner = apiOwner(ctx, target.expression);
    if (owner && ts.isPropertyAccessExpression(target)) {
      const member = API_MEMBERS[owner][target.name.text];
      if (!member?.writable) return ctx.report(diagnostics.unsupportedMember(ctx.span(target.name), owner, target.name.text));
      ctx.use(API_FEATURES[owner]);
      return cs.assign(cs.member(walk.expr(target.expression), member.cs), walk.exprAs(value, memberRep(ctx, target)));
    }
    if (ctx.repAt(target.expression).kind === "json") {
      ctx.use("Values");
      const key = ts.isPropertyAccessExpression(target) ? cs.str(target.name.text) : walk.expr(target.argumentExpression);
      return cs.call("Js.Set", [walk.expr(target.expression), key, walk.exprAs(value, REP.json)]);
    }
  }
  return ctx.report(diagnostics.unsupportedAssignmentTarget(ctx.span(target)));
}

export const accessVisitors = {
  [ts.SyntaxKind.Identifier]: identifier,
  [ts.SyntaxKind.PropertyAccessExpression]: propertyAccess,
  [ts.SyntaxKind.ElementAccessExpression]: elementAccess,
};
