// Statements. Each visitor returns the C# statements for one TypeScript statement.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr, type CsStmt } from "../cs-ast";
import type { EmitContext } from "../context";
import { REP } from "../reps";
import { functionDeclaration } from "./functions";
import type { StatementVisitor, Walk } from "./types";

/** C# accepts only calls, assignments, increments, awaits and `new` as statements. */
function asStatement(expr: CsExpr): CsExpr {
  const ok = ["call", "assign", "await", "new", "postfix"].includes(expr.kind) || (expr.kind === "unary" && (expr.op === "++" || expr.op === "--"));
  return ok ? expr : cs.assign(cs.name("_"), expr);
}

function defaultValue(type: string): CsExpr {
  if (type === "double") return cs.lit("0d");
  if (type === "bool") return cs.bool(false);
  return cs.null();
}

const variableStatement: StatementVisitor<ts.VariableStatement> = (node, ctx, walk) => {
  const list = node.declarationList;
  if (!(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) return [stmtError(ctx.report(diagnostics.varNotSupported(ctx.span(node))))];
  return list.declarations.flatMap((decl) => localDeclaration(decl, ctx, walk));
};

function stmtError(expr: CsExpr): CsStmt {
  return { kind: "expr", expr };
}

export function localDeclaration(decl: ts.VariableDeclaration, ctx: EmitContext, walk: Walk): CsStmt[] {
  if (!ts.isIdentifier(decl.name)) {
    return [stmtError(ctx.unsupported(decl.name, "destructuring", "declare one variable per value"))];
  }
  const rep = ctx.declaredRep(decl);
  if (rep.kind === "void") return [stmtError(ctx.unsupported(decl, "a variable of type void or never", "give it a type"))];
  const init = decl.initializer ? walk.exprAs(decl.initializer, rep) : defaultValue(rep.cs);
  const symbol = ctx.checker.getSymbolAtLocation(decl.name);
  const name = ctx.declare(decl.name.text, symbol);
  return [{ kind: "local", type: rep.cs, name, init, origin: ctx.origin(decl) }];
}

const expressionStatement: StatementVisitor<ts.ExpressionStatement> = (node, ctx, walk) => [
  { kind: "expr", expr: asStatement(walk.expr(node.expression)), origin: ctx.origin(node) },
];

const ifStatement: StatementVisitor<ts.IfStatement> = (node, ctx, walk) => [
  {
    kind: "if",
    test: walk.condition(node.expression),
    then: body(node.thenStatement, ctx, walk),
    else: node.elseStatement ? body(node.elseStatement, ctx, walk) : undefined,
    origin: ctx.origin(node),
  },
];

/** The body of an if/loop: a block's statements without a second pair of braces. */
export function body(node: ts.Statement, ctx: EmitContext, walk: Walk): CsStmt[] {
  return scoped(ctx, () => (ts.isBlock(node) ? walk.block(node.statements) : walk.statements(node)));
}

export function scoped<T>(ctx: EmitContext, body: () => T): T {
  ctx.pushScope();
  try {
    return body();
  } finally {
    ctx.popScope();
  }
}

const block: StatementVisitor<ts.Block> = (node, ctx, walk) => [{ kind: "block", body: scoped(ctx, () => walk.block(node.statements)) }];

const returnStatement: StatementVisitor<ts.ReturnStatement> = (node, ctx, walk) => {
  const frame = ctx.frame;
  const returns = frame?.isAsync ? frame.returns.inner ?? REP.void : frame?.returns ?? REP.void;
  if (!node.expression) return [{ kind: "return", origin: ctx.origin(node) }];
  if (returns.kind === "void") {
    return [{ kind: "expr", expr: asStatement(walk.expr(node.expression)), origin: ctx.origin(node) }, { kind: "return" }];
  }
  return [{ kind: "return", value: walk.exprAs(node.expression, returns), origin: ctx.origin(node) }];
};

const forOf: StatementVisitor<ts.ForOfStatement> = (node, ctx, walk) => {
  if (node.awaitModifier) return [stmtError(ctx.unsupported(node, "for await", "await Promise.all(...) and loop over the results"))];
  const init = node.initializer;
  if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1 || !ts.isIdentifier(init.declarations[0].name)) {
    return [stmtError(ctx.unsupported(init, "this for…of target", "declare one variable: for (const item of items)"))];
  }
  const sourceRep = ctx.repAt(node.expression);
  if (sourceRep.kind !== "json") return [stmtError(ctx.unsupported(node.expression, `for…of over a ${sourceRep.cs}`, "loop over an array"))];
  ctx.use("Values");
  const decl = init.declarations[0];
  return scoped(ctx, () => {
    const rep = ctx.declaredRep(decl);
    const source = walk.expr(node.expression);
    const item = ctx.declare((decl.name as ts.Identifier).text, ctx.checker.getSymbolAtLocation(decl.name));
    const loopBody = body(node.statement, ctx, walk);
    if (rep.kind === "json") {
      return [{ kind: "foreach", type: "JToken", name: item, source: cs.call("Js.Items", [source]), body: loopBody, origin: ctx.origin(node) } as CsStmt];
    }
    // The loop variable holds a primitive: convert each element once, at the top of the body.
    const raw = ctx.temp("item");
    const convert: CsStmt = { kind: "local", type: rep.cs, name: item, init: ctx.coerce(cs.name(raw), REP.json, rep, decl) };
    return [{ kind: "foreach", type: "JToken", name: raw, source: cs.call("Js.Items", [source]), body: [convert, ...loopBody], origin: ctx.origin(node) } as CsStmt];
  });
};

const whileStatement: StatementVisitor<ts.WhileStatement> = (node, ctx, walk) => [
  { kind: "while", test: walk.condition(node.expression), body: body(node.statement, ctx, walk), origin: ctx.origin(node) },
];

const doStatement: StatementVisitor<ts.DoStatement> = (node, ctx, walk) => [
  { kind: "doWhile", test: walk.condition(node.expression), body: body(node.statement, ctx, walk), origin: ctx.origin(node) },
];

const throwStatement: StatementVisitor<ts.ThrowStatement> = (node, ctx, walk) => {
  const rep = ctx.repAt(node.expression);
  if (rep.kind !== "exception") {
    return [stmtError(ctx.unsupported(node.expression, "throwing a value that is not an Error", "throw new Error(message) or new HttpError(status, message)"))];
  }
  return [{ kind: "throw", value: walk.expr(node.expression), origin: ctx.origin(node) }];
};

const breakStatement: StatementVisitor<ts.BreakStatement> = (node, ctx) =>
  node.label ? [stmtError(ctx.report(diagnostics.labelNotSupported(ctx.span(node))))] : [{ kind: "break", origin: ctx.origin(node) }];

const continueStatement: StatementVisitor<ts.ContinueStatement> = (node, ctx) =>
  node.label ? [stmtError(ctx.report(diagnostics.labelNotSupported(ctx.span(node))))] : [{ kind: "continue", origin: ctx.origin(node) }];

const erased: StatementVisitor = () => [];

export const statementVisitors = {
  [ts.SyntaxKind.VariableStatement]: variableStatement,
  [ts.SyntaxKind.ExpressionStatement]: expressionStatement,
  [ts.SyntaxKind.IfStatement]: ifStatement,
  [ts.SyntaxKind.Block]: block,
  [ts.SyntaxKind.ReturnStatement]: returnStatement,
  [ts.SyntaxKind.ForOfStatement]: forOf,
  [ts.SyntaxKind.WhileStatement]: whileStatement,
  [ts.SyntaxKind.DoStatement]: doStatement,
  [ts.SyntaxKind.ThrowStatement]: throwStatement,
  [ts.SyntaxKind.BreakStatement]: breakStatement,
  [ts.SyntaxKind.ContinueStatement]: continueStatement,
  [ts.SyntaxKind.InterfaceDeclaration]: erased,
  [ts.SyntaxKind.TypeAliasDeclaration]: erased,
  [ts.SyntaxKind.EmptyStatement]: erased,
  [ts.SyntaxKind.FunctionDeclaration]: functionDeclaration,
};
