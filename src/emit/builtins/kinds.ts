// What a TypeScript expression is among JavaScript's built-ins: a global of the standard library
// (Math, JSON, parseInt…) or a kind of value whose members the tables list (String, Array, …).

import { ts } from "ts-morph";
import type { EmitContext } from "../context";

export type ValueKind = "String" | "Array" | "Number" | "Boolean" | "Object" | "RegExp" | "Date" | "Error" | "Match" | "Map" | "Set";

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
  if (name === "Map" || name === "ReadonlyMap") return "Map";
  if (name === "Set" || name === "ReadonlySet") return "Set";
  // The result of exec and match: an array with index, input and groups.
  if (name === "RegExpExecArray" || name === "RegExpMatchArray") return "Match";
  if (type.flags & ts.TypeFlags.Object) return "Object";
  return undefined;
}
