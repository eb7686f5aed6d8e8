// The visitor table: one entry per syntax kind. A kind without an entry is reported (with the
// construct's own code and hint where it has one) and the walk goes on, so one run reports every
// problem in a file.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr, type CsStmt } from "../cs-ast";
import type { EmitContext } from "../context";
import { REP, type Rep } from "../reps";
import { regexpVisitors } from "../builtins/regexps";
import { accessVisitors, skipParentheses } from "./access";
import { callVisitors } from "./calls";
import { functionValueVisitors, lambda } from "./function-values";
import { literalVisitors } from "./literals";
import { isOutermostOptionalChain, optionalChain } from "./optional-chain";
import { objectVisitors } from "./objects";
import { operatorVisitors, truthy } from "./operators";
import { statementVisitors } from "./statements";
import type { ExpressionVisitor, StatementVisitor, Walk } from "./types";

const expressionVisitors: Partial<Record<ts.SyntaxKind, ExpressionVisitor>> = {
  ...literalVisitors,
  ...accessVisitors,
  ...operatorVisitors,
  ...callVisitors,
  ...objectVisitors,
  ...functionValueVisitors,
  ...regexpVisitors,
};

const statementTable: Partial<Record<ts.SyntaxKind, StatementVisitor>> = { ...statementVisitors };

/** Constructs with a code of their own; everything else gets the generic CSX2001. */
export function reportUnsupported(node: ts.Node, ctx: EmitContext): CsExpr {
  const span = ctx.span(node);
  switch (node.kind) {
    case ts.SyntaxKind.ClassDeclaration:
    case ts.SyntaxKind.ClassExpression:
      return ctx.report(diagnostics.classNotSupported(span));
    case ts.SyntaxKind.ThisKeyword:
      return ctx.report(diagnostics.thisNotSupported(span));
    case ts.SyntaxKind.ModuleDeclaration:
      return ctx.report(diagnostics.namespaceNotSupported(span));
    case ts.SyntaxKind.Decorator:
      return ctx.report(diagnostics.decoratorNotSupported(span));
    case ts.SyntaxKind.YieldExpression:
      return ctx.report(diagnostics.generatorNotSupported(span));
    case ts.SyntaxKind.BigIntLiteral:
      return ctx.report(diagnostics.unknownGlobal(span, "BigInt", "use numbers (doubles) or strings"));
    case ts.SyntaxKind.TaggedTemplateExpression:
      return ctx.unsupported(node, "tagged templates", "call a function with a template literal");
    case ts.SyntaxKind.WithStatement:
      return ctx.report(diagnostics.withNotSupported(span));
    case ts.SyntaxKind.DebuggerStatement:
      return ctx.report(diagnostics.debuggerNotSupported(span));
    case ts.SyntaxKind.MetaProperty:
      return ctx.unsupported(node, `'${node.getText()}'`, "pass values as parameters");
    default:
      return ctx.unsupported(node, `'${ts.SyntaxKind[node.kind]}'`, "see docs/language.md for the supported subset");
  }
}

export function createWalk(ctx: EmitContext): Walk {
  const walk: Walk = {
    expr(node) {
      ctx.scanFile(node.getSourceFile());
      const substituted = ctx.substitution(node);
      if (substituted) return substituted;
      if (isOutermostOptionalChain(node, ctx)) return optionalChain(node as ts.OptionalChain, ctx, walk);
      const visitor = expressionVisitors[node.kind];
      return visitor ? visitor(node, ctx, walk) : reportUnsupported(node, ctx);
    },
    exprAs(node, rep: Rep) {
      if ((node.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(node) && node.text === "undefined")) && rep.nullish) return cs.null();
      // A function written in place takes the parameter and result types the consumer needs.
      const inner = skipParentheses(node);
      if (rep.kind === "func" && (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner))) return lambda(inner, ctx, walk, rep.params, rep.inner);
      return ctx.coerce(walk.expr(node), ctx.repAt(node), rep, node);
    },
    condition(node) {
      return truthy({ expr: walk.expr(node), rep: ctx.repAt(node) }, ctx);
    },
    statements(node) {
      ctx.scanFile(node.getSourceFile());
      const visitor = statementTable[node.kind];
      if (visitor) return visitor(node, ctx, walk);
      return [{ kind: "expr", expr: reportUnsupported(node, ctx) }];
    },
    block(nodes) {
      // Function declarations are hoisted in JS; declare their names before the statements run.
      for (const n of nodes) {
        if (ts.isFunctionDeclaration(n) && n.name) ctx.declare(n.name.text, ctx.checker.getSymbolAtLocation(n.name));
      }
      return nodes.flatMap((n) => walk.statements(n));
    },
  };
  return walk;
}

export { REP };
export type { CsStmt };
