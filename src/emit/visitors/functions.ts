// Functions: top-level ones become private static methods of Script, nested ones C# local
// functions (which capture variables as JS closures do).

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsMethod, type CsParam, type CsStmt } from "../cs-ast";
import type { EmitContext } from "../context";
import { REP, type Rep } from "../reps";
import type { StatementVisitor, Walk } from "./types";

export type FunctionLike = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression;

function isAsync(node: FunctionLike): boolean {
  return !!ts.getCombinedModifierFlags(node as ts.Declaration) && (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
}

export function signatureReturn(node: FunctionLike, ctx: EmitContext): Rep {
  const signature = ctx.checker.getSignatureFromDeclaration(node);
  return signature ? ctx.repOfType(signature.getReturnType()) : REP.void;
}

/** Parameters and body of a function as a C# method; the caller decides name and modifiers. */
export function methodParts(
  node: FunctionLike,
  ctx: EmitContext,
  walk: Walk,
  options: { nested: boolean; forceAsync?: boolean; paramNames?: string[] } = { nested: false },
): Pick<CsMethod, "params" | "body" | "returnType"> & { isAsync: boolean } {
  if ((node as ts.FunctionDeclaration).asteriskToken) {
    ctx.report(diagnostics.generatorNotSupported(ctx.span(node)));
  }
  const async = isAsync(node) || !!options.forceAsync;
  let returns = signatureReturn(node, ctx);
  if (async && returns.kind !== "task") returns = { kind: "task", cs: returns.kind === "void" ? "Task" : `Task<${returns.cs}>`, inner: returns };
  return ctx.withMethod(
    { isAsync: async, returns },
    () => {
      const params: CsParam[] = node.parameters.map((p, i) => {
        if (!ts.isIdentifier(p.name)) {
          ctx.unsupported(p.name, "destructuring in parameters", "take the object and read its properties");
          return { type: "JToken", name: `p${i}` };
        }
        if (p.dotDotDotToken) ctx.unsupported(p, "rest parameters", "take an array parameter");
        const rep = ctx.declaredRep(p);
        const name = ctx.declare(p.name.text, ctx.checker.getSymbolAtLocation(p.name));
        return { type: rep.cs, name, defaultValue: p.initializer ? walk.exprAs(p.initializer, rep) : p.questionToken ? cs.lit("default") : undefined };
      });
      let body: CsStmt[];
      if (!node.body) body = [];
      else if (ts.isBlock(node.body)) body = walk.block(node.body.statements);
      else {
        const inner = async ? returns.inner ?? REP.void : returns;
        body = inner.kind === "void" ? [{ kind: "expr", expr: walk.expr(node.body) }] : [{ kind: "return", value: walk.exprAs(node.body, inner) }];
      }
      if (async && !containsAwait(node)) {
        // Keeps C# from warning that an async method runs synchronously (CS1998).
        body.unshift({ kind: "expr", expr: { kind: "await", operand: cs.call("Task.CompletedTask.ConfigureAwait", [cs.bool(false)]) } });
      }
      return { params, body, returnType: returns.cs, isAsync: async };
    },
    options.nested,
  );
}

function containsAwait(node: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isAwaitExpression(n) || (ts.isForOfStatement(n) && n.awaitModifier)) found = true;
    else if (!ts.isFunctionLike(n) || n === node) ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** A function declared inside another function: a C# local function. */
export const functionDeclaration: StatementVisitor<ts.FunctionDeclaration> = (node, ctx, walk) => {
  if (!node.name || !node.body) return [];
  const symbol = ctx.checker.getSymbolAtLocation(node.name);
  const name = (symbol && ctx.nameOf(symbol)) ?? ctx.declare(node.name.text, symbol);
  const parts = methodParts(node, ctx, walk, { nested: true });
  return [
    {
      kind: "localFunction",
      fn: { modifiers: parts.isAsync ? ["async"] : [], returnType: parts.returnType, name, params: parts.params, body: parts.body, origin: ctx.origin(node) },
      origin: ctx.origin(node),
    },
  ];
};
