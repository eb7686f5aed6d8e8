// Names, property and element access, and assignment to them.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { API_FEATURES, API_MEMBERS } from "../api-members";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { API_CLASSES, apiTypeName, REP, type Rep } from "../reps";
import { enumMember, enumObject } from "./enums";
import { lowerProperty } from "../builtins";
import { numberLiteral, toJsString } from "./literals";
import { dottedName } from "../json-typing";
import type { ExpressionVisitor, Walk } from "./types";

const BYTES = "bytes travel as base64 text: req.base64() and res.base64() read a body, setBase64(data, contentType) writes one, base64.encode/decode convert text, sha256Hex(data, \"base64\") hashes bytes";

/** What to write instead of a global of JavaScript or node that the platform's C# has no counterpart for. */
export const GLOBAL_HINTS: Record<string, string> = {
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
  Buffer: BYTES,
  Uint8Array: BYTES,
  Uint16Array: BYTES,
  Int8Array: BYTES,
  ArrayBuffer: BYTES,
  DataView: BYTES,
  TextEncoder: BYTES,
  TextDecoder: BYTES,
  Blob: BYTES,
  FormData: "send forms with req.setForm(fields) and multipart bodies with req.setMultipart(parts)",
  Headers: "read and set headers on req.headers and res.headers",
  Request: "make requests with ctx.newRequest(method, url)",
  Response: "make responses with ctx.respond(status, body)",
  Intl: "format with toFixed, toISOString and string methods; the platform's culture is not the one your tests run in",
  WeakMap: "use a Map",
  WeakSet: "use a Set",
  Proxy: "write the object out; there is no interception of property reads on the platform",
  Reflect: "use Object.keys, Object.entries and property access",
};

const identifier: ExpressionVisitor<ts.Identifier> = (node, ctx) => {
  if (node.text === "undefined") return cs.null();
  if (node.text === "NaN") return numberLiteral(NaN);
  if (node.text === "Infinity") return numberLiteral(Infinity);
  const symbol = ctx.symbolAt(node);
  const name = symbol && ctx.nameOf(symbol);
  const enumValue = symbol && !name && enumObject(node, symbol, ctx);
  if (enumValue) return enumValue;
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
  // `failed?.status` where `failed` is `Res | undefined` (held as JSON): the member is Res's.
  const type = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node));
  const direct = apiTypeName(type);
  if (direct) return direct;
  return ctx.repAt(node).kind === "exception" ? "HttpError" : undefined;
}

/** The receiver of an API member in its runtime class (a Res held in JSON is taken out: Hosts.cs). */
export function apiReceiver(node: ts.Expression, owner: string, member: string, ctx: EmitContext, walk: Walk): CsExpr {
  const rep = ctx.repAt(node);
  const cls = API_CLASSES[owner];
  const expr = walk.expr(node);
  // `pages[7].status` past the end throws V8's TypeError, as in JS.
  if (rep.kind === "json" && cls) {
    ctx.use("Hosts");
    return cs.call("Js.UnhostFor", [expr, cs.str(member)], [cls]);
  }
  if (expr.kind === "call" && expr.args.length === 1 && expr.typeArgs && dottedName(expr.callee) === "Js.Unhost") {
    return cs.call("Js.UnhostFor", [expr.args[0], cs.str(member)], expr.typeArgs);
  }
  return expr;
}

/** The declared type of a member of an API class, as the runtime class returns it. */
function memberRep(ctx: EmitContext, node: ts.PropertyAccessExpression) {
  const symbol = ctx.checker.getSymbolAtLocation(node.name);
  if (!symbol) return ctx.repAt(node);
  return ctx.repOfType(ctx.checker.getTypeOfSymbol(symbol));
}

const propertyAccess: ExpressionVisitor<ts.PropertyAccessExpression> = (node, ctx, walk) => {
  const constant = enumMember(node, ctx);
  if (constant) return constant;
  const name = node.name.text;
  if (name === "prototype" || name === "__proto__") return ctx.report(diagnostics.prototypeNotSupported(ctx.span(node.name), `'.${name}'`));
  const owner = apiOwner(ctx, node.expression);
  if (name === "name" && ctx.repAt(node.expression).kind === "exception" && !ts.isOptionalChain(node)) {
    // `e.name`: "Error", "TypeError", …, "HttpError" (ErrorText.cs).
    ctx.use("ErrorText");
    return ctx.coerce(cs.call("Js.ErrorName", [walk.expr(node.expression)]), REP.string, ctx.repAt(node), node);
  }
  if (owner) {
    const member = API_MEMBERS[owner][name];
    if (!member || member.kind !== "property") return ctx.report(diagnostics.unsupportedMember(ctx.span(node.name), owner, name));
    ctx.use(API_FEATURES[owner]);
    return ctx.coerce(cs.member(apiReceiver(node.expression, owner, name, ctx, walk), member.cs), memberRep(ctx, node), ctx.repAt(node), node);
  }
  const builtin = lowerProperty(node, ctx, walk);
  if (builtin) return builtin;
  const target = ctx.repAt(node.expression);
  if (name === "length" && target.kind === "string" && !target.nullish) {
    return cs.cast("double", cs.member(walk.expr(node.expression), "Length"));
  }
  if (target.kind === "json") {
    ctx.use("Values");
    return ctx.coerce(cs.call("Js.Get", [walk.expr(node.expression), cs.str(name)]), REP.json, ctx.repAt(node), node);
  }
  return ctx.report(diagnostics.unsupportedMember(ctx.span(node.name), ctx.checker.typeToString(ctx.checker.getTypeAtLocation(node.expression)), name));
};

const elementAccess: ExpressionVisitor<ts.ElementAccessExpression> = (node, ctx, walk) => {
  const constant = enumMember(node, ctx);
  if (constant) return constant;
  const target = ctx.repAt(node.expression);
  const key = ctx.repAt(node.argumentExpression);
  if (ts.isStringLiteral(node.argumentExpression) && node.argumentExpression.text === "__proto__") {
    return ctx.report(diagnostics.prototypeNotSupported(ctx.span(node.argumentExpression), "'__proto__'"));
  }
  // A string that may be undefined (`parts[1][0]`) is read as JSON: undefined throws as in JS.
  if ((target.kind === "json" || target.kind === "string") && (key.kind === "number" || key.kind === "string") && !key.nullish) {
    ctx.use("Values");
    const object = ctx.coerce(walk.expr(node.expression), target, REP.json, node.expression);
    return ctx.coerce(cs.call("Js.Get", [object, walk.expr(node.argumentExpression)]), REP.json, ctx.repAt(node), node);
  }
  // Any other key (`body[keys[0]]` past the end, a JSON value) is converted as JS's ToPropertyKey does.
  if (target.kind === "json" || target.kind === "string") {
    ctx.use("Values");
    const object = ctx.coerce(walk.expr(node.expression), target, REP.json, node.expression);
    return ctx.coerce(cs.call("Js.Get", [object, toJsString(ctx, node.argumentExpression, walk)]), REP.json, ctx.repAt(node), node);
  }
  return ctx.unsupported(node, `indexing a ${target.cs} with a ${key.cs}`, "index JSON arrays with numbers and JSON objects with strings");
};

/** The key of a property or element access as a C# string (JS's ToPropertyKey). */
export function propertyKey(target: ts.PropertyAccessExpression | ts.ElementAccessExpression, ctx: EmitContext, walk: Walk): CsExpr {
  return ts.isPropertyAccessExpression(target) ? cs.str(target.name.text) : toJsString(ctx, target.argumentExpression, walk);
}

/** The writable authoring-API property `target` names (req.url, res.status), if it is one. */
export function apiProperty(target: ts.Expression, ctx: EmitContext, walk: Walk): { expr: CsExpr; rep: Rep } | undefined {
  if (!ts.isPropertyAccessExpression(target)) return undefined;
  const owner = apiOwner(ctx, target.expression);
  if (!owner) return undefined;
  const member = API_MEMBERS[owner][target.name.text];
  if (!member?.writable) {
    ctx.report(diagnostics.unsupportedMember(ctx.span(target.name), owner, target.name.text));
    return { expr: cs.lit("default"), rep: REP.json };
  }
  ctx.use(API_FEATURES[owner]);
  return { expr: cs.member(walk.expr(target.expression), member.cs), rep: memberRep(ctx, target) };
}

/** A variable's C# name and the representation it is stored in. */
export function variable(target: ts.Identifier, ctx: EmitContext): { expr: CsExpr; rep: Rep } | undefined {
  const symbol = ctx.symbolAt(target);
  const name = symbol && ctx.nameOf(symbol);
  if (!name) return undefined;
  const decl = symbol!.valueDeclaration;
  return { expr: cs.name(name), rep: decl ? ctx.declaredRep(decl) : ctx.repAt(target) };
}

/**
 * `target = value` for a variable, a JSON property or element, or a writable API property;
 * `value` gives the C# of the assigned value in the representation asked for.
 */
export function assignTo(target: ts.Expression, value: (rep: Rep) => CsExpr, ctx: EmitContext, walk: Walk): { expr: CsExpr; rep: Rep } {
  const failed = () => ({ expr: ctx.report(diagnostics.unsupportedAssignmentTarget(ctx.span(target))), rep: REP.json });
  target = skipParens(target);
  if (ts.isIdentifier(target)) {
    const v = variable(target, ctx);
    if (!v) return failed();
    return { expr: cs.assign(v.expr, value(v.rep)), rep: v.rep };
  }
  if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    if (ts.isOptionalChain(target)) return { expr: ctx.report(diagnostics.optionalChainTarget(ctx.span(target), "assignment")), rep: REP.json };
    const api = apiProperty(target, ctx, walk);
    if (api) return { expr: cs.assign(api.expr, value(api.rep)), rep: api.rep };
    if (ctx.repAt(target.expression).kind === "json") {
      ctx.use("Values");
      return { expr: cs.call("Js.Set", [walk.expr(target.expression), propertyKey(target, ctx, walk), value(REP.json)]), rep: REP.json };
    }
  }
  return failed();
}

export function skipParentheses(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

function skipParens(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
  return node;
}

export const accessVisitors = {
  [ts.SyntaxKind.Identifier]: identifier,
  [ts.SyntaxKind.PropertyAccessExpression]: propertyAccess,
  [ts.SyntaxKind.ElementAccessExpression]: elementAccess,
};
