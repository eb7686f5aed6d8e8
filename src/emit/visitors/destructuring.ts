// Destructuring (`const { a, b: [c] = [], ...rest } = value`) in declarations, parameters and
// for…of heads: the pattern becomes one C# local per name, read from a temp that holds the value.
// Defaults apply when the value read is undefined, as in JS; rest copies the remaining properties.

import { ts } from "ts-morph";
import { API_FEATURES, API_MEMBERS } from "../api-members";
import { cs, type CsExpr, type CsStmt } from "../cs-ast";
import type { EmitContext } from "../context";
import { apiTypeName, REP, type Rep } from "../reps";
import { assignTo } from "./access";
import { toJsString } from "./literals";
import { iterableText } from "../v8-text";
import type { Walk } from "./types";

/** A value being destructured: its C#, its representation, and how V8 names it in errors. */
export interface BindingSource {
  expr: CsExpr;
  rep: Rep;
  /**
   * V8's rendering of the source expression ("obj", "o.b", "f(...)") for its TypeError; null to
   * describe the value instead (parameters); undefined inside a pattern, where V8 reports the read.
   */
  text?: string | null;
  /** The TS node of the value, for diagnostics and API member types. */
  node: ts.Node;
}

/** The statements that declare every name of `name` from `source`. */
export function bindName(name: ts.BindingName, source: BindingSource, ctx: EmitContext, walk: Walk, origin?: ts.Node): CsStmt[] {
  if (ts.isIdentifier(name)) {
    const rep = ctx.declaredRep(name.parent as ts.Declaration);
    const local = ctx.declare(name.text, ctx.checker.getSymbolAtLocation(name));
    return [{ kind: "local", type: rep.cs, name: local, init: ctx.coerce(source.expr, source.rep, rep, name), origin: origin && ctx.origin(origin) }];
  }
  return ts.isObjectBindingPattern(name) ? objectPattern(name, source, ctx, walk) : arrayPattern(name, source, ctx, walk);
}

/** Holds the value in a temp unless it is a plain name already. */
function held(source: BindingSource, rep: Rep, ctx: EmitContext, init?: CsExpr): { stmts: CsStmt[]; value: CsExpr } {
  const expr = init ?? ctx.coerce(source.expr, source.rep, rep, source.node);
  if (expr.kind === "name") return { stmts: [], value: expr };
  const temp = ctx.temp("d");
  return { stmts: [{ kind: "local", type: rep.cs, name: temp, init: expr }], value: cs.name(temp) };
}

function objectPattern(pattern: ts.ObjectBindingPattern, source: BindingSource, ctx: EmitContext, walk: Walk): CsStmt[] {
  const api = apiTypeName(ctx.checker.getTypeAtLocation(source.node));
  if (api) return apiPattern(pattern, source, api, ctx, walk);
  ctx.use("Destructuring");
  const first = pattern.elements.find((e) => !e.dotDotDotToken);
  const firstKey = first && staticKey(first);
  const check =
    source.text === undefined
      ? undefined
      : cs.call("Js.Destructurable", [ctx.coerce(source.expr, source.rep, REP.json, source.node), firstKey === undefined ? cs.null() : cs.str(firstKey), sourceTextArg(source)]);
  const { stmts, value } = held(source, REP.json, ctx, check);
  const taken: CsExpr[] = [];
  for (const element of pattern.elements) {
    if (element.dotDotDotToken) {
      stmts.push(...bindName(element.name, { expr: cs.call("Js.RestOf", [value, ...taken]), rep: REP.json, node: element }, ctx, walk, element));
      continue;
    }
    let key: CsExpr;
    const fixed = staticKey(element);
    if (fixed !== undefined) key = cs.str(fixed);
    else {
      // A computed key is evaluated once, in order, and remembered for a rest element.
      const temp = ctx.temp("k");
      stmts.push({ kind: "local", type: "string", name: temp, init: toJsString(ctx, (element.propertyName as ts.ComputedPropertyName).expression, walk) });
      key = cs.name(temp);
    }
    taken.push(key);
    stmts.push(...bindElement(element, cs.call("Js.Get", [value, key]), REP.json, ctx, walk));
  }
  return stmts;
}

/** `const { status, headers } = res`: members of an authoring-API object. */
function apiPattern(pattern: ts.ObjectBindingPattern, source: BindingSource, api: string, ctx: EmitContext, walk: Walk): CsStmt[] {
  const { stmts, value } = held(source, source.rep, ctx);
  for (const element of pattern.elements) {
    const key = staticKey(element);
    const member = key !== undefined && !element.dotDotDotToken ? API_MEMBERS[api][key] : undefined;
    if (!member || member.kind !== "property") {
      stmts.push({ kind: "expr", expr: ctx.unsupported(element, `destructuring '${key ?? "this"}' from ${api}`, "read the properties of the authoring API one by one") });
      continue;
    }
    ctx.use(API_FEATURES[api]);
    const symbol = ctx.checker.getTypeAtLocation(source.node).getProperty(key!);
    const rep = symbol ? ctx.repOfType(ctx.checker.getTypeOfSymbol(symbol)) : REP.json;
    stmts.push(...bindElement(element, cs.member(value, member.cs), rep, ctx, walk));
  }
  return stmts;
}

/** The property name an element reads, when it is written in the source. */
function staticKey(element: ts.BindingElement): string | undefined {
  const name = element.propertyName ?? element.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  if (ts.isComputedPropertyName(name) && (ts.isStringLiteral(name.expression) || ts.isNoSubstitutionTemplateLiteral(name.expression))) return name.expression.text;
  return undefined;
}

function sourceTextArg(source: BindingSource): CsExpr {
  return typeof source.text === "string" ? cs.str(source.text) : cs.null();
}

function arrayPattern(pattern: ts.ArrayBindingPattern, source: BindingSource, ctx: EmitContext, walk: Walk): CsStmt[] {
  ctx.use("Destructuring");
  const text = typeof source.text === "string" ? iterableText(source.node, true) : undefined;
  const array = cs.call("Js.Iterable", [ctx.coerce(source.expr, source.rep, REP.json, source.node), text === undefined ? cs.null() : cs.str(text)]);
  const temp = ctx.temp("d");
  const stmts: CsStmt[] = [{ kind: "local", type: "JArray", name: temp, init: array }];
  pattern.elements.forEach((element, i) => {
    if (ts.isOmittedExpression(element)) return;
    if (element.dotDotDotToken) {
      stmts.push(...bindName(element.name, { expr: cs.call("Js.RestFrom", [cs.name(temp), cs.lit(String(i))]), rep: REP.json, node: element }, ctx, walk, element));
      return;
    }
    stmts.push(...bindElement(element, cs.call("Js.Get", [cs.name(temp), cs.lit(`${i}d`)]), REP.json, ctx, walk));
  });
  return stmts;
}

/** One element: its value read from the source, its default when that is undefined, its name or nested pattern. */
function bindElement(element: ts.BindingElement, value: CsExpr, rep: Rep, ctx: EmitContext, walk: Walk): CsStmt[] {
  const stmts: CsStmt[] = [];
  const nested = !ts.isIdentifier(element.name);
  // A nested pattern's value gets no check of its own: V8 reports the failed read instead.
  if (element.initializer) {
    // JS applies the default only for undefined (C# null here), and evaluates it only then.
    const raw = ctx.temp("v");
    stmts.push({ kind: "local", type: rep.cs, name: raw, init: value });
    const target = nested ? REP.json : ctx.declaredRep(element);
    const withDefault: CsExpr = {
      kind: "conditional",
      test: cs.bin("==", cs.name(raw), cs.null()),
      whenTrue: walk.exprAs(element.initializer, target),
      whenFalse: ctx.coerce(cs.name(raw), rep, target, element),
    };
    return [...stmts, ...bindName(element.name, { expr: withDefault, rep: target, node: element }, ctx, walk, element)];
  }
  return [...stmts, ...bindName(element.name, { expr: value, rep, node: element }, ctx, walk, element)];
}

/**
 * `[a, b] = [b, a]` and `({ x, y: o.y = 1 } = value)` as a statement: the value is evaluated once,
 * then each target (a variable, a property, a nested pattern) is assigned in order.
 */
export function assignPattern(pattern: ts.Expression, source: BindingSource, ctx: EmitContext, walk: Walk): CsStmt[] {
  ctx.use("Destructuring");
  if (ts.isArrayLiteralExpression(pattern)) {
    const temp = ctx.temp("d");
    const stmts: CsStmt[] = [
      // V8 describes the value here, whatever the source expression.
      { kind: "local", type: "JArray", name: temp, init: cs.call("Js.Iterable", [ctx.coerce(source.expr, source.rep, REP.json, source.node), cs.null()]) },
    ];
    pattern.elements.forEach((element, i) => {
      if (ts.isOmittedExpression(element)) return;
      if (ts.isSpreadElement(element)) {
        stmts.push(...assignTarget(element.expression, cs.call("Js.RestFrom", [cs.name(temp), cs.lit(String(i))]), ctx, walk));
        return;
      }
      stmts.push(...assignTarget(element, cs.call("Js.Get", [cs.name(temp), cs.lit(`${i}d`)]), ctx, walk));
    });
    return stmts;
  }
  if (!ts.isObjectLiteralExpression(pattern)) return [{ kind: "expr", expr: ctx.unsupported(pattern, "this assignment pattern", "assign to variables and properties") }];
  const first = pattern.properties.find((p) => !ts.isSpreadAssignment(p));
  const firstKey = first && first.name && (ts.isIdentifier(first.name) || ts.isStringLiteral(first.name)) ? first.name.text : undefined;
  const temp = ctx.temp("d");
  const check = cs.call("Js.Destructurable", [ctx.coerce(source.expr, source.rep, REP.json, source.node), firstKey === undefined ? cs.null() : cs.str(firstKey), sourceTextArg(source)]);
  const stmts: CsStmt[] = [{ kind: "local", type: "JToken", name: temp, init: check }];
  const taken: CsExpr[] = [];
  for (const property of pattern.properties) {
    if (ts.isSpreadAssignment(property)) {
      stmts.push(...assignTarget(property.expression, cs.call("Js.RestOf", [cs.name(temp), ...taken]), ctx, walk));
      continue;
    }
    const name = property.name;
    if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name))) {
      stmts.push({ kind: "expr", expr: ctx.unsupported(property, "this property in an assignment pattern", "name the property") });
      continue;
    }
    const key = cs.str(ts.isNumericLiteral(name) ? String(Number(name.text)) : name.text);
    taken.push(key);
    const value = cs.call("Js.Get", [cs.name(temp), key]);
    if (ts.isShorthandPropertyAssignment(property)) {
      stmts.push(...assignWithDefault(property.name, property.objectAssignmentInitializer, value, ctx, walk));
    } else if (ts.isPropertyAssignment(property)) {
      stmts.push(...assignTarget(property.initializer, value, ctx, walk));
    } else {
      stmts.push({ kind: "expr", expr: ctx.unsupported(property, "this property in an assignment pattern", "name the property") });
    }
  }
  return stmts;
}

/** One target of an assignment pattern, which may carry a default (`a = 1`) or be a pattern itself. */
function assignTarget(target: ts.Expression, value: CsExpr, ctx: EmitContext, walk: Walk): CsStmt[] {
  if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return assignWithDefault(target.left, target.right, value, ctx, walk);
  }
  return assignWithDefault(target, undefined, value, ctx, walk);
}

function assignWithDefault(target: ts.Expression, fallback: ts.Expression | undefined, value: CsExpr, ctx: EmitContext, walk: Walk): CsStmt[] {
  const stmts: CsStmt[] = [];
  let effective = value;
  if (fallback) {
    const raw = ctx.temp("v");
    stmts.push({ kind: "local", type: "JToken", name: raw, init: value });
    effective = { kind: "conditional", test: cs.bin("==", cs.name(raw), cs.null()), whenTrue: walk.exprAs(fallback, REP.json), whenFalse: cs.name(raw) };
  }
  if (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
    return [...stmts, ...assignPattern(target, { expr: effective, rep: REP.json, node: target }, ctx, walk)];
  }
  const assigned = assignTo(target, (rep) => ctx.coerce(effective, REP.json, rep, target), ctx, walk);
  return [...stmts, { kind: "expr", expr: assigned.expr }];
}
