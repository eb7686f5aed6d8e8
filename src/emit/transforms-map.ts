// Reads the `export default defineTransforms({ ... })` map: which operations have which hooks, and
// the function node behind each hook.

import { ts } from "ts-morph";
import { diagnostics } from "../check/diagnostics";
import type { EmitContext } from "./context";
import { isApiFile, REP } from "./reps";
import type { FunctionLike } from "./visitors/functions";

export type HookName = "request" | "response" | "handle";

export interface OperationHooks {
  operationId: string;
  node: ts.Node;
  hooks: Partial<Record<HookName, FunctionLike>>;
  /**
   * An entry that is a hook object computed at run time (`unwrap` shared by several operations,
   * `routeTo(HOST)`, `{ handle: asBadRequest(getCard) }`): the router runs its CsxTransform value.
   */
  value?: ts.Expression;
}

const HOOKS: HookName[] = ["request", "response", "handle"];

function functionBehind(ctx: EmitContext, node: ts.Node): FunctionLike | undefined {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node)) return node;
  if (ts.isIdentifier(node)) {
    const decl = ctx.symbolAt(node)?.valueDeclaration;
    if (decl && ts.isFunctionDeclaration(decl)) return decl;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return functionBehind(ctx, decl.initializer);
  }
  return undefined;
}

function objectBehind(ctx: EmitContext, node: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) return objectBehind(ctx, node.expression);
  if (ts.isIdentifier(node)) {
    const decl = ctx.symbolAt(node)?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return objectBehind(ctx, decl.initializer);
  }
  return undefined;
}

function propertyKey(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** The call to defineTransforms that the entry exports by default, if that is what it exports. */
export function findTransformsCall(ctx: EmitContext, entry: ts.SourceFile): ts.CallExpression | undefined {
  const exported = entry.statements.find(ts.isExportAssignment);
  if (!exported || exported.isExportEquals) {
    ctx.report(diagnostics.noDefaultExport(ctx.span(exported ?? entry.statements[0] ?? entry)));
    return undefined;
  }
  const expr = exported.expression;
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) {
    const decl = ctx.symbolAt(expr.expression)?.valueDeclaration;
    if (decl && isApiFile(decl.getSourceFile().fileName) && expr.expression.text === "defineTransforms") return expr;
    const symbol = ctx.symbolAt(expr.expression);
    if (symbol?.getName() === "defineTransforms" && decl && isApiFile(decl.getSourceFile().fileName)) return expr;
  }
  ctx.report(diagnostics.noDefaultExport(ctx.span(expr)));
  return undefined;
}

export function readTransformsMap(ctx: EmitContext, call: ts.CallExpression): OperationHooks[] {
  const arg = call.arguments[0];
  const map = arg && objectBehind(ctx, arg);
  if (!map) {
    ctx.report(diagnostics.badTransformsMap(ctx.span(arg ?? call), "must be an object literal: defineTransforms({ OperationId: { ... } })"));
    return [];
  }
  const operations: OperationHooks[] = [];
  for (const property of map.properties) {
    const key = property.name && propertyKey(property.name);
    if (!ts.isPropertyAssignment(property) || key === undefined) {
      ctx.report(diagnostics.badTransformsMap(ctx.span(property), "entries must be `OperationId: { request?, response?, handle? }`"));
      continue;
    }
    const body = objectBehind(ctx, property.initializer);
    const isValue = ctx.repAt(property.initializer).cs === REP.transform.cs;
    if (!body && isValue) {
      operations.push({ operationId: key, node: property.name, hooks: {}, value: property.initializer });
      continue;
    }
    if (!body) {
      ctx.report(diagnostics.badTransformsMap(ctx.span(property.initializer), `entry '${key}' must be an object literal with request, response or handle`));
      continue;
    }
    const hooks: OperationHooks["hooks"] = {};
    // A hook that is not a function written or declared here (`handle: asBadRequest(getCard)`) makes the entry a value.
    let dynamic = false;
    for (const member of body.properties) {
      const name = member.name && propertyKey(member.name);
      if (!name || !HOOKS.includes(name as HookName)) {
        ctx.report(diagnostics.badTransformsMap(ctx.span(member), `entry '${key}' has '${name ?? member.getText()}'; only request, response and handle are hooks`));
        continue;
      }
      const fn = ts.isMethodDeclaration(member)
        ? member
        : ts.isPropertyAssignment(member)
          ? functionBehind(ctx, member.initializer)
          : ts.isShorthandPropertyAssignment(member)
            ? functionBehind(ctx, member.name)
            : undefined;
      if (!fn && isValue) {
        dynamic = true;
        continue;
      }
      if (!fn) {
        ctx.report(diagnostics.badTransformsMap(ctx.span(member), `hook '${name}' of '${key}' must be a function`));
        continue;
      }
      hooks[name as HookName] = fn;
    }
    if (dynamic) {
      operations.push({ operationId: key, node: property.name, hooks: {}, value: property.initializer });
      continue;
    }
    if (hooks.handle && (hooks.request || hooks.response)) ctx.report(diagnostics.handleWithHooks(ctx.span(property.name), key));
    operations.push({ operationId: key, node: property.name, hooks });
  }
  return operations;
}
