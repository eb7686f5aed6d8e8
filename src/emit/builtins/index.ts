// JavaScript's built-ins (String, Array, Object, Math, Number, JSON, Date, RegExp, Promise and the
// global functions), each lowered to C# or to a runtime helper with JS semantics. Tables are keyed
// by "<Kind>.<member>" for methods and properties on a value (String.slice, Array.map) and by
// "<Global>.<member>" / "<name>" for statics and global functions (Math.round, parseInt). The
// tables are filled by the files beside this one.

import { ts } from "ts-morph";
import type { CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import type { Walk } from "../visitors/types";

export type ValueKind = "String" | "Array" | "Number" | "Boolean" | "Object" | "RegExp" | "Date" | "Error";

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
  if (type.flags & ts.TypeFlags.StringLike) return "String";
  if (type.flags & ts.TypeFlags.NumberLike) return "Number";
  if (type.flags & ts.TypeFlags.BooleanLike) return "Boolean";
  if (ctx.checker.isArrayType(type) || ctx.checker.isTupleType(type)) return "Array";
  const name = (type.aliasSymbol ?? type.getSymbol())?.getName();
  if (name === "RegExp" || name === "Date" || name === "Error") return name;
  if (type.flags & ts.TypeFlags.Object) return "Object";
  return undefined;
}

export function lowerMethodCall(node: ts.CallExpression, ctx: EmitContext, walk: Walk): CsExpr | undefined {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const global = globalName(callee.expression, ctx);
  if (global) {
    const lowering = staticTable[`${global}.${callee.name.text}`];
    return lowering ? lowering(node, ctx, walk) : undefined;
  }
  const kind = valueKind(callee.expression, ctx);
  const lowering = kind && methodTable[`${kind}.${callee.name.text}`];
  return lowering ? lowering(node, callee.expression, ctx, walk) : undefined;
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
  return kind ? propertyTable[`${kind}.${node.name.text}`]?.(node, ctx, walk) : undefined;
}

export function lowerConstructor(node: ts.NewExpression, ctx: EmitContext, walk: Walk): CsExpr | undefined {
  const global = globalName(node.expression, ctx);
  return global ? constructorTable[global]?.(node, ctx, walk) : undefined;
}
