// The shape of a visitor and of the table that holds them, one entry per syntax kind.

import type { ts } from "ts-morph";
import type { CsExpr, CsStmt } from "../cs-ast";
import type { EmitContext } from "../context";
import type { Rep } from "../reps";

/** What a visitor may call back into: the walk itself. */
export interface Walk {
  /** C# for an expression, in the representation of its type at that point. */
  expr(node: ts.Expression): CsExpr;
  /** C# for an expression, converted to the given representation. */
  exprAs(node: ts.Expression, rep: Rep): CsExpr;
  /** A JS truthiness test as a C# bool. */
  condition(node: ts.Expression): CsExpr;
  statements(node: ts.Statement): CsStmt[];
  block(nodes: readonly ts.Statement[]): CsStmt[];
}

export type ExpressionVisitor<T extends ts.Node = any> = (node: T, ctx: EmitContext, walk: Walk) => CsExpr;
export type StatementVisitor<T extends ts.Node = any> = (node: T, ctx: EmitContext, walk: Walk) => CsStmt[];
