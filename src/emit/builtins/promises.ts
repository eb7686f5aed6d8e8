// Promise.all over an array literal of promises or over arr.map(async …): Task.WhenAll, results in
// order. The rest of Promise (then, catch, race, new Promise) is rejected: await says it plainly.

import { ts } from "ts-morph";
import { cs, type CsExpr } from "../cs-ast";
import { REP, taskRep, type Rep } from "../reps";
import { valueKind } from "./kinds";
import { BuiltinCall, ITEM_PARAMS } from "./lowering";
import { TableBuilder, type BuiltinTable } from "./table";

const t = new TableBuilder();

/** Whether the value a promise gives can be put in a JSON array. */
function jsonable(rep: Rep | undefined): boolean {
  return !!rep && (["string", "number", "boolean", "json", "void"].includes(rep.kind) || rep.cs === "CsxRes" || rep.cs === "CsxReq");
}

function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node)) node = node.expression;
  return node;
}

const NOT_JSON = "await them one by one in a for…of loop, or map each to JSON inside the async callback";

/** One element of the array literal: a task, as a task of JSON. */
function element(c: BuiltinCall, node: ts.Expression): CsExpr {
  const rep = c.ctx.repAt(node);
  if (rep.kind !== "task") return c.ctx.unsupported(node, "a value that is not a promise in Promise.all", "pass promises (calls of async functions)");
  if (!jsonable(rep.inner)) return c.ctx.unsupported(node, `Promise.all over promises of ${rep.inner?.cs}`, NOT_JSON);
  const task = c.walk.expr(node);
  return rep.inner!.kind === "json" ? task : cs.call("Js.AsJson", [task]);
}

t.statics("Promise.all", (c) => {
  c.ctx.use("Promises");
  const arg = c.args[0] && unwrap(c.args[0]);
  const all = (tasks: CsExpr[]) => c.result(cs.call("Js.All", tasks), taskRep(REP.json));
  if (arg && ts.isArrayLiteralExpression(arg)) {
    if (arg.elements.some(ts.isSpreadElement)) return c.reject("'Promise.all' with spread elements", "use arr.map(async …)");
    return all(arg.elements.length ? arg.elements.map((e) => element(c, e)) : [cs.lit("new Task<JToken>[0]")]);
  }
  if (arg && ts.isCallExpression(arg) && ts.isPropertyAccessExpression(arg.expression) && arg.expression.name.text === "map" && valueKind(arg.expression.expression, c.ctx) === "Array") {
    const map = new BuiltinCall(arg, c.ctx, c.walk, arg.expression.expression);
    const returns = map.args[0] ? c.ctx.repAt(map.args[0]).inner : undefined;
    if (returns?.kind !== "task") return c.reject("'Promise.all' over a map whose callback does not return a promise", "write the callback as async (x) => …");
    if (!jsonable(returns.inner)) return c.ctx.unsupported(arg, `Promise.all over promises of ${returns.inner?.cs}`, NOT_JSON);
    return all([cs.call("Js.MapTasks", [map.receiver(REP.json), map.callback(0, ITEM_PARAMS, returns)])]);
  }
  // Any other array of promises (`const ps = ids.map(...)`, then `Promise.all(ps)`): its elements are held as tasks of JSON.
  if (arg && c.ctx.repAt(arg).kind === "json") {
    c.ctx.use("Hosts");
    return c.result(cs.call("Js.AllOf", [c.walk.exprAs(arg, REP.json)]), taskRep(REP.json));
  }
  return c.reject("'Promise.all' over this expression", "pass an array literal of promises, or arr.map(async (x) => …)");
});

t.statics("Promise.resolve", (c) => {
  const rep = c.ctx.repAt(c.node);
  const inner = rep.inner ?? REP.void;
  if (inner.kind === "void") return c.result(cs.member(cs.name("Task"), "CompletedTask"), rep);
  return c.result(cs.call("Task.FromResult", [c.arg(0, inner)], [inner.cs]), rep);
});

const AWAIT = "use async functions with await, and try/catch for errors";
t.rejected("static", ["Promise.race", "Promise.any", "Promise.allSettled", "Promise.reject", "Promise.withResolvers"], AWAIT);
t.rejected("method", ["Object.then", "Object.catch", "Object.finally"], AWAIT);
t.construct("Promise", (c) => c.reject("'new Promise'", AWAIT));

export const promiseBuiltins: BuiltinTable = t.table;
