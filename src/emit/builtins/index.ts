// JavaScript's built-ins (String, Array, Object, Math, Number, JSON, Date, RegExp, Promise and the
// global functions), each lowered to C# or to a runtime helper with JS semantics. Tables are keyed
// by "<Kind>.<member>" for methods and properties on a value (String.slice, Array.map) and by
// "<Global>.<member>" / "<name>" for statics and global functions (Math.round, parseInt). The
// tables are filled by the files beside this one.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import type { CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import type { Walk } from "../visitors/types";

export type ValueKind = "String" | "Array" | "Number" | "Boolean" | "Object" | "RegExp" | "Date" | "Error" | "Match";

/** A call on a value: `receiver.member(args)`. */
export type MethodLowering = (node: ts.CallExpression, receiver: ts.Expression, ctx: EmitContext, walk: Walk) => CsExpr;
/** A call of a static or global function: `Math.round(x)`, `parseInt(s)`. */
export type StaticLowering = (node: ts.CallExpression, ctx: EmitContext, walk: Walk) => CsExpr;
/** A property read on a value (`s.length`) or a static (`Math.PI`); `receiver` is absent for statics. */
export type PropertyLowering = (node: ts.PropertyAccessExpression, ctx: EmitContext, walk: Walk) => CsExpr;
export type ConstructorLowering = (node: ts.NewExpression, ctx: EmitContext, walk: Walk) => CsExpr;

export const methodTable: Record<string, MethodLowering> = {};
export const staticTable: Record<string, StaticLowering> = {};
export const propertyTable: Record<string, PropertyLowering> = {};
export const constructorTable: Record<string, ConstructorLowering> = {};

function isLibDeclaration(symbol: ts.Symbol | undefined): boolean {
  const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? "";
  return /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(file) || /[\\/]lib\.[^\\/]*\.d\.ts$/.test(file);
}

/** The name of a global of the standard library that `node` refers to (Math, JSON, parseInt…). */
export function globalName(node: ts.Expression, ctx: EmitContext): string | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(node);
  return symbol && isLibDeclaration(symbol) ? node.text : undefined;
}

/** What kind of JS value an expression is, for method lookup. */
export function valueKind(node: ts.Expression, ctx: EmitContext): ValueKind | undefined {
  const type = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(node));
  // A union of literals ("GET" | "POST") is a string as much as `string` is.
  const every = (flags: ts.TypeFlags) => (type.isUnion() ? type.types.every((t) => t.flags & flags) : (type.flags & flags) !== 0);
  if (every(ts.TypeFlags.StringLike)) return "String";
  if (every(ts.TypeFlags.NumberLike)) return "Number";
  if (every(ts.TypeFlags.BooleanLike)) return "Boolean";
  if (ctx.checker.isArrayType(type) || ctx.checker.isTupleType(type)) return "Array";
  // `(s.match(re) ?? [])`: a union of arrays and match results has the array methods.
  const arrayish = (t: ts.Type) => ctx.checker.isArrayType(t) || ctx.checker.isTupleType(t) || /^RegExp(Exec|Match)Array$/.test(t.getSymbol()?.getName() ?? "");
  if (type.isUnion() && type.types.every(arrayish)) return "Array";
  const name = (type.aliasSymbol ?? type.getSymbol())?.getName();
  if (name === "RegExp" || name === "Date" || name === "Error") return name;
  // The result of exec and match: an array with index, input and groups.
  if (name === "RegExpExecArray" || name === "RegExpMatchArray") return "Match";
  if (type.flags & ts.TypeFlags.Object) return "Object";
  return undefined;
}

/** The globals whose members are all listed here: any other member of theirs is reported by name. */
const BUILTIN_GLOBALS = new Set(["Math", "JSON", "Number", "String", "Array", "Object", "Date", "Promise", "RegExp"]);
const VALUE_KINDS = new Set<ValueKind>(["String", "Array", "Number", "Boolean", "RegExp", "Date", "Match"]);

export function lowerMethodCall(node: ts.CallExpression, ctx: EmitContext, walk: Walk): CsExpr | undefined {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const member = callee.name.text;
  const global = globalName(callee.expression, ctx);
  if (global) {
    const lowering = staticTable[`${global}.${member}`];
    if (lowering) return lowering(node, ctx, walk);
    return BUILTIN_GLOBALS.has(global) ? unknownMember(node, ctx, global, member) : undefined;
  }
  const kind = valueKind(callee.expression, ctx);
  if (!kind) return undefined;
  // A match result is an array with a few properties more.
  const lowering = methodTable[`${kind}.${member}`] ?? (kind === "Match" ? methodTable[`Array.${member}`] : undefined);
  if (lowering) return lowering(node, callee.expression, ctx, walk);
  return VALUE_KINDS.has(kind) ? unknownMember(node, ctx, kind === "Match" ? "Array" : kind, member) : undefined;
}

function unknownMember(node: ts.CallExpression, ctx: EmitContext, owner: string, member: string): CsExpr {
  const span = ctx.span((node.expression as ts.PropertyAccessExpression).name);
  return ctx.report(diagnostics.unsupportedMember(span, owner, member));
}

export function lowerGlobalCall(node: ts.CallExpression, ctx: EmitContext, walk: Walk): CsExpr | undefined {
  const global = globalName(node.expression, ctx);
  const lowering = global && staticTable[global];
  return lowering ? lowering(node, ctx, walk) : undefined;
}

export function lowerProperty(node: ts.PropertyAccessExpression, ctx: EmitContext, walk: Walk): CsExpr | undefined {
  const global = globalName(node.expression, ctx);
  if (global) return propertyTable[`${global}.${node.name.text}`]?.(node, ctx, walk);
  const kind = valueKind(node.expression, ctx);
  if (!kind) return undefined;
  return (propertyTable[`${kind}.${node.name.text}`] ?? (kind === "Match" ? propertyTable[`Array.${node.name.text}`] : undefined))?.(node, ctx, walk);
}

export function lowerConstructor(node: ts.NewExpression, ctx: EmitContext, walk: Walk): CsExpr | undefined {
  const global = globalName(node.expression, ctx);
  return global ? constructorTable[global]?.(node, ctx, walk) : undefined;
}
