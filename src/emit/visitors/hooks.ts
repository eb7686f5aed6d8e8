// Hook objects as values (issue 11): an object whose properties are among request, response and
// handle, each a function (the authoring API's `Transform`), is held as the runtime's CsxTransform
// (src/runtime/cs/Transforms.cs), whose delegate fields the router calls. Each hook is stored in
// the one delegate type the router calls, `(req|res, ctx) => Task` or `(req, ctx) => Task<CsxRes>`,
// whatever parameters it declares and whether it is async.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { funcRep, HOOK_NAMES, REP, taskRep, type Rep } from "../reps";
import { methodParts } from "./functions";
import type { Walk } from "./types";

type Hook = (typeof HOOK_NAMES)[number];

const api = (name: string): Rep => ({ kind: "api", cs: name });
const RES = api("CsxRes");

/** What the router passes to each hook, and what it awaits from it. */
function hookSignature(hook: Hook): { params: Rep[]; result: Rep } {
  return { params: [hook === "response" ? RES : api("CsxReq"), api("CsxCtx")], result: hook === "handle" ? RES : REP.void };
}

const FIELDS: Record<Hook, string> = { request: "Request", response: "Response", handle: "Handle" };

/** `{ request(req) { … }, response: unwrap }` as `new CsxTransform { Request = …, Response = … }`. */
export function hookObject(node: ts.ObjectLiteralExpression, ctx: EmitContext, walk: Walk): CsExpr {
  ctx.use("Transforms");
  const init: CsExpr[] = [];
  for (const property of node.properties) {
    const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
    if (!name || !(HOOK_NAMES as readonly string[]).includes(name)) {
      init.push(ctx.report(diagnostics.functionAsData(ctx.span(property))));
      continue;
    }
    const hook = name as Hook;
    const value = ts.isMethodDeclaration(property)
      ? hookLambda(property, hook, ctx, walk)
      : ts.isPropertyAssignment(property)
        ? hookValue(property.initializer, hook, ctx, walk)
        : ts.isShorthandPropertyAssignment(property)
          ? hookValue(property.name, hook, ctx, walk)
          : ctx.report(diagnostics.functionAsData(ctx.span(property)));
    init.push(cs.assign(cs.name(FIELDS[hook]), value));
  }
  return { kind: "new", type: "CsxTransform", args: [], init };
}

function skipParens(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression;
  return node;
}

/** A hook written in place (a method, an arrow, a function expression): an async lambda of the router's delegate type. */
function hookLambda(fn: ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression, hook: Hook, ctx: EmitContext, walk: Walk): CsExpr {
  const { params: reps, result } = hookSignature(hook);
  const parts = methodParts(fn, ctx, walk, { nested: true, forceAsync: true, paramReps: reps.slice(0, fn.parameters.length), returns: result });
  // Parameters the hook does not declare still come: they get names of their own.
  const params = reps.map((rep, i) => parts.params[i] ?? { type: rep.cs, name: ctx.temp("unused") });
  params.forEach((p, i) => (p.type = reps[i].cs));
  return { kind: "lambda", params, body: parts.body, isAsync: true };
}

/** A hook given as a value (`response: unwrap`, `handle: asBadRequest(getCard)`). */
function hookValue(node: ts.Expression, hook: Hook, ctx: EmitContext, walk: Walk): CsExpr {
  const inner = skipParens(node);
  if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return hookLambda(inner, hook, ctx, walk);
  const { params, result } = hookSignature(hook);
  const target = funcRep(params, taskRep(result));
  const rep = ctx.repAt(node);
  if (rep.kind !== "func") return ctx.report(diagnostics.badTransformsMap(ctx.span(node), `hook '${hook}' must be a function`));
  const value = walk.expr(node);
  if ((rep.inner ?? REP.void).kind === "task") return ctx.coerce(value, rep, target, node);
  // A hook that does not return a promise: called, and its result (if any) given as a finished task.
  ctx.use("Transforms");
  const sync = funcRep(params, result);
  const adapted = ctx.coerce(value, rep, sync, node);
  return hook === "handle" ? cs.call("CsxTransform.SyncHandle", [adapted]) : cs.call("CsxTransform.SyncHook", [adapted], [params[0].cs]);
}
