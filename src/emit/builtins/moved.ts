// When an array can give its items away. Newtonsoft.Json gives a token one parent, so adding an
// item of one JArray to another copies it whole (Js.Filter does, for every kept item). When nothing
// can read the source array afterwards, its items can move instead: JS's reference semantics kept
// (the item in the result is the very object the code saw) and no copy made. That holds for a fresh
// array (`(await res.json()).filter(…)`) and for a local variable whose only use is this one,
// initialized with a fresh array and read neither in a loop nor in a closure that could run again.

import { ts } from "ts-morph";
import type { EmitContext } from "../context";
import { walkTree } from "../ts-walk";

/** Array methods whose result is a new array of items held by nothing else. */
const FRESH_ARRAY_METHODS = new Set(["map", "filter", "slice", "concat", "flat", "flatMap"]);

function unwrap(node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

/** An expression that makes a new array nothing else holds: `await res.json()`, `JSON.parse(…)`, `[…]`, `a.map(…)`. */
function isFresh(node: ts.Expression, ctx: EmitContext): boolean {
  const e = unwrap(node);
  if (ts.isArrayLiteralExpression(e)) return true;
  const call = ts.isAwaitExpression(e) ? unwrap(e.expression) : e;
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
  const name = call.expression.name.text;
  const owner = unwrap(call.expression.expression);
  if (name === "parse" && ts.isIdentifier(owner) && owner.text === "JSON") return isDefaultLib(ctx.symbolAt(owner)?.valueDeclaration);
  if (name === "json" && ts.isAwaitExpression(e)) return isMessageJson(call, ctx);
  if (FRESH_ARRAY_METHODS.has(name)) return ctx.checker.isArrayType(ctx.checker.getTypeAtLocation(owner));
  return false;
}

/** Declared by TypeScript's own lib (the global JSON, not a user's). */
function isDefaultLib(decl: ts.Node | undefined): boolean {
  return !!decl && /[\\/]lib\.[\w.]*d\.ts$/.test(decl.getSourceFile().fileName);
}

/** `req.json()` / `res.json()` of the authoring API: each call parses the body anew. */
function isMessageJson(call: ts.CallExpression, ctx: EmitContext): boolean {
  const decl = ctx.checker.getResolvedSignature(call)?.getDeclaration();
  if (!decl) return false;
  const owner = decl.parent;
  return ts.isInterfaceDeclaration(owner) && ["Message", "Req", "Res"].includes(owner.name.text) && /[\\/]runtime[\\/]api\.(d\.)?ts$/.test(decl.getSourceFile().fileName);
}

/** Whether `receiver` is an array that nothing can read after this call. */
export function isLastUseOfFreshArray(receiver: ts.Expression, ctx: EmitContext): boolean {
  const e = unwrap(receiver);
  if (!ts.isIdentifier(e)) return isFresh(e, ctx);
  const symbol = ctx.symbolAt(e);
  const decl = symbol?.valueDeclaration;
  if (!symbol || !decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !decl.initializer) return false;
  if (!ts.isVariableDeclarationList(decl.parent) || !ts.isVariableStatement(decl.parent.parent)) return false;
  if (!isFresh(decl.initializer, ctx)) return false;
  const scope = decl.parent.parent.parent;
  let fn: ts.Node | undefined = scope;
  while (fn && !ts.isFunctionLike(fn)) fn = fn.parent;
  if (!ts.isBlock(scope) || !fn) return false;
  // Between the use and the declaration's block: no loop that repeats it, no function that may run it later.
  for (let n: ts.Node = e.parent; n !== scope; n = n.parent) {
    if (!n || ts.isFunctionLike(n) || ts.isIterationStatement(n, false)) return false;
  }
  // The only reference in the function (a reassignment would be another).
  let uses = 0;
  walkTree(fn, (n) => {
    if (ts.isIdentifier(n) && n !== decl.name && n.text === e.text && ctx.symbolAt(n) === symbol) uses++;
    return uses > 1 ? "stop" : true;
  });
  return uses === 1;
}
