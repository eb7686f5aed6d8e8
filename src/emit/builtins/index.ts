// JavaScript's built-ins (String, Array, Object, Math, Number, JSON, Date, RegExp, Promise, Map, Set
// and the global functions), each lowered to C# or to a runtime helper with JS semantics. Each area file
// beside this one exports its table (table.ts); this index collects them and dispatches a call,
// property read or `new` by value kind (kinds.ts) and member name.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import type { CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import type { Walk } from "../visitors/types";
import { arrayBuiltins } from "./arrays";
import { dateBuiltins } from "./dates";
import { jsonBuiltins } from "./json";
import { mapBuiltins } from "./maps";
import { globalName, valueKind, type ValueKind } from "./kinds";
import { mathBuiltins } from "./math";
import { numberBuiltins } from "./numbers";
import { objectBuiltins } from "./objects";
import { promiseBuiltins } from "./promises";
import { regexpBuiltins } from "./regexps";
import { stringBuiltins } from "./strings";
import type { BuiltinTable } from "./table";
import { uriBuiltins } from "./uri";

export { globalName, valueKind, type ValueKind } from "./kinds";

/** Every area's table. A new area file adds its table here. */
export const BUILTIN_TABLES: readonly BuiltinTable[] = [
  stringBuiltins,
  arrayBuiltins,
  objectBuiltins,
  mathBuiltins,
  numberBuiltins,
  jsonBuiltins,
  uriBuiltins,
  dateBuiltins,
  regexpBuiltins,
  promiseBuiltins,
  mapBuiltins,
];

/** The tables merged; a key listed by two areas is a mistake that would make one of them dead. */
function collect(tables: readonly BuiltinTable[]): BuiltinTable {
  const merged = { methods: {}, statics: {}, properties: {}, constructors: {} } as Record<keyof BuiltinTable, Record<string, unknown>>;
  for (const table of tables) {
    for (const part of Object.keys(merged) as (keyof BuiltinTable)[]) {
      for (const [key, lowering] of Object.entries(table[part])) {
        if (key in merged[part]) throw new Error(`built-in ${part} '${key}' is listed twice`);
        merged[part][key] = lowering;
      }
    }
  }
  return merged as unknown as BuiltinTable;
}

const { methods: methodTable, statics: staticTable, properties: propertyTable, constructors: constructorTable } = collect(BUILTIN_TABLES);

/** The globals whose members are all listed here: any other member of theirs is reported by name. */
const BUILTIN_GLOBALS = new Set(["Math", "JSON", "Number", "String", "Array", "Object", "Date", "Promise", "RegExp", "Map", "Set"]);
const VALUE_KINDS = new Set<ValueKind>(["String", "Array", "Number", "Boolean", "RegExp", "Date", "Match", "Map", "Set"]);

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
