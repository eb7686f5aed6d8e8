// Functions: top-level ones become private static methods of Script, nested ones C# local
// functions (which capture variables as JS closures do).

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { awaitsIn, cs, dotted, type CsExpr, type CsMethod, type CsParam, type CsStmt } from "../cs-ast";
import type { EmitContext } from "../context";
import { someNode } from "../ts-walk";
import { REP, taskRep, withUndefined, type Rep } from "../reps";
import { constFunction, returnsMaybeUndefined, widen } from "../maybe-undefined";
import { bindName } from "./destructuring";
import type { StatementVisitor, Walk } from "./types";
import { hoistVars } from "./vars";

export type FunctionLike = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression;

function isAsync(node: FunctionLike): boolean {
  return !!ts.getCombinedModifierFlags(node as ts.Declaration) && (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
}

export function signatureReturn(node: FunctionLike, ctx: EmitContext): Rep {
  const signature = ctx.checker.getSignatureFromDeclaration(node);
  const rep = signature ? ctx.repOfType(signature.getReturnType()) : REP.void;
  // A declared function (or a const's) that returns a read past the end returns it as maybe-undefined (maybe-undefined.ts).
  const named = ts.isFunctionDeclaration(node) || (!ts.isMethodDeclaration(node) && constFunction(node.parent) === node);
  return named && !rep.nullish && ["string", "number", "boolean"].includes(rep.kind) && returnsMaybeUndefined(node as ts.FunctionDeclaration, ctx) ? widen(rep) : rep;
}

/** The representation a parameter is passed in: with `undefined` added when it has a default. */
export function parameterRep(p: ts.ParameterDeclaration, ctx: EmitContext): Rep {
  if (p.dotDotDotToken) return REP.json;
  const rep = ctx.declaredRep(p);
  return p.initializer ? withUndefined(rep) : rep;
}

/**
 * C# parameters for TS parameters, and the statements that bind them: defaults (applied when the
 * argument is undefined), destructuring, and conversion when `csReps` (the representations a caller
 * passes, e.g. JToken for array elements) differ from the declared ones. Parameters beyond the
 * declared ones are unused; declared ones beyond `csReps` start undefined.
 */
export function bindParameters(
  declared: readonly ts.ParameterDeclaration[],
  ctx: EmitContext,
  walk: Walk,
  csReps?: Rep[],
): { params: CsParam[]; prologue: CsStmt[] } {
  const params: CsParam[] = [];
  const prologue: CsStmt[] = [];
  const count = csReps ? csReps.length : declared.length;
  for (let i = 0; i < Math.max(count, declared.length); i++) {
    const p = declared[i] as ts.ParameterDeclaration | undefined;
    if (!p) {
      params.push({ type: csReps![i].cs, name: ctx.temp("unused") });
      continue;
    }
    if (p.dotDotDotToken && i !== declared.length - 1) ctx.unsupported(p, "a rest parameter that is not the last", "put it last");
    const local = p.dotDotDotToken ? REP.json : ctx.declaredRep(p);
    if (i >= count) {
      // The caller passes nothing here: the parameter is undefined, or its default.
      const value = p.initializer ? walk.exprAs(p.initializer, local) : ctx.undefinedOf(local);
      prologue.push(...bindName(p.name, { expr: value, rep: local, node: p, text: null }, ctx, walk, p));
      continue;
    }
    const passed = csReps?.[i] ?? parameterRep(p, ctx);
    if (ts.isIdentifier(p.name) && !p.initializer && passed.cs === local.cs) {
      params.push({ type: passed.cs, name: ctx.declare(p.name.text, ctx.checker.getSymbolAtLocation(p.name)) });
      continue;
    }
    const raw = ts.isIdentifier(p.name) ? ctx.derived(p.name.text, "arg") : ctx.temp("p");
    params.push({ type: passed.cs, name: raw });
    const converted = ctx.coerce(cs.name(raw), passed, local, p);
    const value: CsExpr = p.initializer
      ? { kind: "conditional", test: cs.bin("==", cs.name(raw), cs.null()), whenTrue: walk.exprAs(p.initializer, local), whenFalse: converted }
      : converted;
    prologue.push(...bindName(p.name, { expr: value, rep: local, node: p, text: null }, ctx, walk, p));
  }
  return { params, prologue };
}

/** Parameters and body of a function as a C# method; the caller decides name and modifiers. */
export function methodParts(
  node: FunctionLike,
  ctx: EmitContext,
  walk: Walk,
  options: { nested: boolean; forceAsync?: boolean; paramNames?: string[]; paramReps?: Rep[]; returns?: Rep } = { nested: false },
): Pick<CsMethod, "params" | "body" | "returnType"> & { isAsync: boolean } {
  if ((node as ts.FunctionDeclaration).asteriskToken) {
    ctx.report(diagnostics.generatorNotSupported(ctx.span(node)));
  }
  let returns = options.returns ?? signatureReturn(node, ctx);
  const async = isAsync(node) || !!options.forceAsync;
  if (async && returns.kind !== "task") returns = taskRep(returns);
  return ctx.withMethod(
    { isAsync: async, returns },
    () => {
      const { params, prologue } = bindParameters(node.parameters, ctx, walk, options.paramReps);
      let body: CsStmt[];
      if (!node.body) body = [];
      else if (ts.isBlock(node.body)) {
        body = [...hoistVars(node.body, ctx), ...walk.block(node.body.statements)];
        // JS returns undefined from a function that runs off its end; C# refuses to compile one
        // whose end it can reach (CS0161), even where TypeScript proved it cannot (a switch over
        // every member of a union): the end returns undefined as JS would.
        const inner = async ? returns.inner ?? REP.void : returns;
        if (inner.kind !== "void" && !endsInJump(body)) body.push({ kind: "return", value: ctx.undefinedOf(inner) });
      }
      else {
        const inner = async ? returns.inner ?? REP.void : returns;
        const value = returnedValue(node.body, inner, ctx, walk);
        body = inner.kind === "void" ? [{ kind: "expr", expr: asStatement(value) }] : [{ kind: "return", value }];
      }
      body.unshift(...prologue);
      if (async && !awaitsIn(body)) {
        // Keeps C# from warning that an async method runs synchronously (CS1998).
        body.unshift({ kind: "expr", expr: cs.awaitTask(dotted("Task.CompletedTask")) });
      }
      return { params, body, returnType: returns.cs, isAsync: async };
    },
    options.nested,
  );
}

/** Whether C# sees that `body` never reaches its end: it ends in return or throw on every branch. */
function endsInJump(body: CsStmt[]): boolean {
  const last = [...body].reverse().find((st) => st.kind !== "comment");
  if (!last) return false;
  switch (last.kind) {
    case "return":
    case "throw":
      return true;
    case "block":
      return endsInJump(last.body);
    case "if":
      return last.else !== undefined && endsInJump(last.then) && endsInJump(last.else);
    case "try":
      return endsInJump(last.body) && (last.handler === undefined || endsInJump(last.handler));
    case "switch":
      return last.sections.some((sec) => sec.labels.includes("default")) && last.sections.every((sec) => endsInJump(sec.body));
    default:
      return false;
  }
}

/**
 * The C# of a returned value, in `returns` (the result the function's C# method gives: the Task's
 * result in an async one). An async function that returns a promise resolves with that promise's
 * result (JS adopts it), so C# awaits it; without await, a `Promise<void>` would not be waited for.
 */
export function returnedValue(node: ts.Expression, returns: Rep, ctx: EmitContext, walk: Walk): CsExpr {
  const rep = ctx.repAt(node);
  if (!ctx.frame?.isAsync || rep.kind !== "task") return returns.kind === "void" ? walk.expr(node) : walk.exprAs(node, returns);
  if (insideTry(node)) return ctx.report(diagnostics.promiseReturnedInTry(ctx.span(node)));
  const awaited = cs.awaitTask(walk.expr(node));
  return returns.kind === "void" ? awaited : ctx.coerce(awaited, rep.inner ?? REP.void, returns, node);
}

/**
 * Whether `node` is where awaiting changes what a try statement sees: in its `try` block (the
 * catch would see the rejection) or in a `catch` before a `finally` (which would run later).
 */
function insideTry(node: ts.Node): boolean {
  for (let n: ts.Node = node; n.parent && !ts.isFunctionLike(n); n = n.parent) {
    const parent = n.parent;
    if (ts.isTryStatement(parent) && (n === parent.tryBlock || (n === parent.catchClause && parent.finallyBlock))) return true;
  }
  return false;
}

/** C# accepts only calls, assignments, increments, awaits and `new` as statements. */
export function asStatement(expr: CsExpr): CsExpr {
  const ok = ["call", "assign", "await", "new", "postfix"].includes(expr.kind) || (expr.kind === "unary" && (expr.op === "++" || expr.op === "--"));
  return ok ? expr : cs.assign(cs.name("_"), expr);
}

export function containsAwait(node: ts.Node): boolean {
  return someNode(node, (n) => ts.isAwaitExpression(n) || (ts.isForOfStatement(n) && !!n.awaitModifier), (n) => !ts.isFunctionLike(n) || n === node);
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
