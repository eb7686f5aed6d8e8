// The visitor table: one entry per syntax kind. A kind without an entry is reported (with the
// construct's own code and hint where it has one) and the walk goes on, so one run reports every
// problem in a file.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr, type CsStmt } from "../cs-ast";
import type { EmitContext } from "../context";
import { REP, type Rep } from "../reps";
import { accessVisitors } from "./access";
import { callVisitors } from "./calls";
import { literalVisitors } from "./literals";
import { objectVisitors } from "./objects";
import { operatorVisitors } from "./operators";
import { statementVisitors } from "./statements";
import type { ExpressionVisitor, StatementVisitor, Walk } from "./types";

const expressionVisitors: Partial<Record<ts.SyntaxKind, ExpressionVisitor>> = {
  ...literalVisitors,
  ...accessVisitors,
  ...operatorVisitors,
  ...callVisitors,
  ...objectVisitors,
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
    case ts.SyntaxKind.LabeledStatement:
      return ctx.report(diagnostics.labelNotSupported(span));
    case ts.SyntaxKind.ModuleDeclaration:
    case ts.SyntaxKind.EnumDeclaration:
      return ctx.report(diagnostics.namespaceNotSupported(span));
    case ts.SyntaxKind.Decorator:
      return ctx.report(diagnostics.decoratorNotSupported(span));
    case ts.SyntaxKind.YieldExpression:
      return ctx.report(diagnostics.generatorNotSupported(span));
    case ts.SyntaxKind.BigIntLiteral:
      return ctx.report(diagnostics.unknownGlobal(span, "BigInt", "use numbers (doubles) or strings"));
    case ts.SyntaxKind.RegularExpressionLiteral:
      return ctx.unsupported(node, "regular expressions", "use string methods (indexOf, split, replace with a string)");
    case ts.SyntaxKind.TaggedTemplateExpression:
      return ctx.unsupported(node, "tagged templates", "call a function with a template literal");
    case ts.SyntaxKind.DeleteExpression:
      return ctx.unsupported(node, "'delete'", "build a new object without the property");
    case ts.SyntaxKind.TypeOfExpression:
      return ctx.unsupported(node, "'typeof'", "compare against null, or use Array.isArray");
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      return ctx.unsupported(node, "function values", "declare a function at the top level and call it");
    case ts.SyntaxKind.SwitchStatement:
      return ctx.unsupported(node, "'switch'", "use if / else if");
    case ts.SyntaxKind.ForStatement:
      return ctx.unsupported(node, "the C-style 'for'", "use for…of or while");
    case ts.SyntaxKind.ForInStatement:
      return ctx.unsupported(node, "'for…in'", "loop over Object.keys(obj) with for…of");
    case ts.SyntaxKind.TryStatement:
      return ctx.unsupported(node, "'try'", "let errors reach the error policy: HttpError becomes its status");
    default:
      return ctx.unsupported(node, `'${ts.SyntaxKind[node.kind]}'`, "see docs/language.md for the supported subset");
  }
}

export function createWalk(ctx: EmitContext): Walk {
  const walk: Walk = {
    expr(node) {
      const visitor = expressionVisitors[node.kind];
      return visitor ? visitor(node, ctx, walk) : reportUnsupported(node, ctx);
    },
    exprAs(node, rep: Rep) {
      if ((node.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(node) && node.text === "undefined")) && rep.nullish) return cs.null();
      return ctx.coerce(walk.expr(node), ctx.repAt(node), rep, node);
    },
    condition(node) {
      const rep = ctx.repAt(node);
      const value = walk.expr(node);
      if (rep.cs === "bool") return value;
      if (rep.kind === "api" || rep.kind === "func" || rep.kind === "exception") return cs.bin("!=", value, cs.null());
      ctx.use("Values");
      return cs.call("Js.Truthy", [value]);
    },
    statements(node) {
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
