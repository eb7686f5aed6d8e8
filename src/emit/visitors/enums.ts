// Enums, numeric and string, `const enum` too. A member read (`Color.Red`, `Color["Red"]`) is the
// constant TypeScript computed for it; the enum object itself (`Color[0]`, `Object.keys(Color)`) is
// JSON laid out as TypeScript's own emit builds it (a numeric member maps back from value to name),
// made once and shared by every use, as the JS object is.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { REP } from "../reps";
import { numberLiteral } from "./literals";

/** Reports the members whose value TypeScript does not know before run time (`A = f()`). */
export function checkEnum(node: ts.EnumDeclaration, ctx: EmitContext): void {
  for (const member of node.members) {
    if (ctx.checker.getConstantValue(member) === undefined) {
      ctx.report(diagnostics.enumMemberComputed(ctx.span(member)));
    }
  }
}

/** `Color.Red` and `Color["Red"]`: the member's constant, or undefined when `node` is not one. */
export function enumMember(node: ts.PropertyAccessExpression | ts.ElementAccessExpression, ctx: EmitContext): CsExpr | undefined {
  const value = ctx.checker.getConstantValue(node);
  if (value === undefined) return undefined;
  const [expr, rep] = typeof value === "number" ? [numberLiteral(value), REP.number] : [cs.str(value), REP.string];
  return ctx.coerce(expr, rep, ctx.repAt(node), node);
}

/** The enum object, for `Color` read as a value; undefined when `symbol` is not an enum. */
export function enumObject(node: ts.Identifier, symbol: ts.Symbol, ctx: EmitContext): CsExpr | undefined {
  if (!(symbol.flags & ts.SymbolFlags.Enum)) return undefined;
  const decls = (symbol.declarations ?? []).filter(ts.isEnumDeclaration);
  if (!decls.length) return undefined;
  // The same steps as TypeScript's emit: E[E["A"] = 0] = "A" for numbers, E["B"] = "b" for strings.
  const object: Record<string, string | number> = {};
  for (const decl of decls) {
    for (const member of decl.members) {
      const value = ctx.checker.getConstantValue(member);
      const name = member.name.getText().replace(/^["']|["']$/g, "");
      if (value === undefined) return undefined;
      object[name] = value;
      if (typeof value === "number") object[String(value)] = name;
    }
  }
  ctx.use("Enums");
  const decl = decls[0];
  const key = `${decl.getSourceFile().fileName}:${decl.getStart()}`;
  return ctx.coerce(cs.call("Js.EnumObject", [cs.str(key), cs.str(JSON.stringify(object))]), REP.json, ctx.repAt(node), node);
}
