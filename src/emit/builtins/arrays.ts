// Array built-ins on JArray: callbacks become C# lambdas taking (element as JToken, index as
// double) and converting to the declared types inside; sort is stable; includes finds NaN.

import { ts } from "ts-morph";
import { cs, type CsExpr } from "../cs-ast";
import { REP, type Rep } from "../reps";
import { spreadOf } from "../v8-text";
import { isLastUseOfFreshArray } from "./moved";
import { BuiltinCall, ITEM_PARAMS, NUM_OPT, STR_OPT } from "./lowering";
import { TableBuilder, type BuiltinTable } from "./table";

const t = new TableBuilder();

const J = REP.json;
const N = REP.number;

/** `arr.name(args…)` → `Js.Fn(arr, args…)`. */
function arrayHelper(name: string, fn: string, params: Rep[], returns: Rep): void {
  t.helperMethod(`Array.${name}`, "Arrays", fn, J, params, returns);
}

/** The items from `from` on, for a `params JToken[]` helper; spread arguments are expanded. */
function items(c: BuiltinCall, from: number): CsExpr[] {
  if (!c.hasSpread(from)) return c.rest(from, J);
  return [cs.call(cs.member(c.restArray(from), "ToArray"), [])];
}

/** Whether the callback argument returns a promise: only Promise.all can wait for those. */
function isAsync(c: BuiltinCall, i: number): boolean {
  const node = c.args[i];
  return !!node && c.ctx.repAt(node).inner?.kind === "task";
}

/** A test callback `(element, index) => …`: its result is used for its truthiness. */
function predicate(c: BuiltinCall, i: number): CsExpr {
  const node = c.args[i];
  const returns = node ? c.ctx.repAt(node).inner : undefined;
  if (returns?.cs === "bool") return c.callback(i, ITEM_PARAMS, REP.boolean);
  c.ctx.use("Arrays");
  return cs.call("Js.Pred", [c.callback(i, ITEM_PARAMS, J)]);
}

function withCallback(name: string, fn: string, returns: Rep, lower: (c: BuiltinCall) => CsExpr): void {
  t.method(`Array.${name}`, (c) => {
    if (isAsync(c, 0)) return c.reject(`'${name}' with an async callback`, name === "map" ? "await Promise.all(arr.map(async …)), or a for…of loop with await" : "use a for…of loop with await");
    return c.helper("Arrays", fn, [c.receiver(J), lower(c)], returns);
  });
}

t.property("Array.length", (c) => c.helper("Arrays", "Js.Length", [c.receiver(J)], N));

t.method("Array.push", (c) => {
  // `rows.push(...page)` of an array nothing reads afterwards moves its items, uncopied (moved.ts).
  const only = c.args.length === 1 ? c.args[0] : undefined;
  if (only && ts.isSpreadElement(only) && isLastUseOfFreshArray(only.expression, c.ctx)) return c.helper("Arrays", "Js.PushMove", [c.receiver(J), spreadOf(only.expression, c.ctx, c.walk)], N);
  return c.helper("Arrays", "Js.Push", [c.receiver(J), ...items(c, 0)], N);
});
t.method("Array.unshift", (c) => c.helper("Arrays", "Js.Unshift", [c.receiver(J), ...items(c, 0)], N));
arrayHelper("pop", "Js.Pop", [], J);
arrayHelper("shift", "Js.Shift", [], J);
arrayHelper("at", "Js.At", [N], J);

withCallback("map", "Js.Map", J, (c) => c.callback(0, ITEM_PARAMS, J));
withCallback("flatMap", "Js.FlatMap", J, (c) => c.callback(0, ITEM_PARAMS, J));
t.method("Array.filter", (c) => {
  if (isAsync(c, 0)) return c.reject("'filter' with an async callback", "use a for…of loop with await");
  // Kept items move, uncopied, out of an array nothing reads afterwards (moved.ts).
  const fn = isLastUseOfFreshArray(c.receiverNode!, c.ctx) ? "Js.FilterMove" : "Js.Filter";
  return c.helper("Arrays", fn, [c.receiver(J), predicate(c, 0)], J);
});
withCallback("find", "Js.Find", J, (c) => predicate(c, 0));
withCallback("findIndex", "Js.FindIndex", N, (c) => predicate(c, 0));
withCallback("some", "Js.Some", REP.boolean, (c) => predicate(c, 0));
withCallback("every", "Js.Every", REP.boolean, (c) => predicate(c, 0));
t.method("Array.forEach", (c) => {
  if (isAsync(c, 0)) return c.reject("'forEach' with an async callback", "use a for…of loop with await (forEach does not wait)");
  c.ctx.use("Arrays");
  return cs.call("Js.ForEach", [c.receiver(J), c.callback(0, ITEM_PARAMS, REP.void)]);
});

for (const [name, fn] of [["reduce", "Js.Reduce"], ["reduceRight", "Js.ReduceRight"]]) {
  t.method(`Array.${name}`, (c) => {
    if (isAsync(c, 0)) return c.reject(`'${name}' with an async callback`, "use a for…of loop with await");
    const reducer = c.callback(0, [J, J, N], J);
    return c.helper("Arrays", fn, [c.receiver(J), reducer, ...c.optional(1, J)], J);
  });
}

arrayHelper("join", "Js.Join", [STR_OPT], REP.string);
arrayHelper("includes", "Js.Includes", [J, NUM_OPT], REP.boolean);
arrayHelper("indexOf", "Js.IndexOf", [J, NUM_OPT], N);
arrayHelper("lastIndexOf", "Js.LastIndexOf", [J, NUM_OPT], N);
arrayHelper("slice", "Js.Slice", [NUM_OPT, NUM_OPT], J);
arrayHelper("reverse", "Js.Reverse", [], J);
arrayHelper("flat", "Js.Flat", [NUM_OPT], J);
arrayHelper("fill", "Js.Fill", [J, NUM_OPT, NUM_OPT], J);
arrayHelper("entries", "Js.ArrayEntries", [], J);
arrayHelper("keys", "Js.ArrayKeys", [], J);
arrayHelper("values", "Js.Slice", [], J);
t.method("Array.concat", (c) => c.helper("Arrays", "Js.Concat", [c.receiver(J), ...items(c, 0)], J));
t.method("Array.toString", (c) => c.helper("Values", "Js.ToStr", [c.receiver(J)], REP.string));

t.method("Array.splice", (c) => {
  if (c.count === 0) return c.helper("Arrays", "Js.Splice", [c.receiver(J), cs.lit("0d"), cs.lit("0d")], J);
  if (c.count === 1) return c.helper("Arrays", "Js.Splice", [c.receiver(J), c.arg(0, N)], J);
  return c.helper("Arrays", "Js.Splice", [c.receiver(J), c.arg(0, N), c.arg(1, NUM_OPT), ...items(c, 2)], J);
});

t.method("Array.sort", (c) => {
  const given = c.count > 0 && !(ts.isIdentifier(c.args[0]) && c.args[0].text === "undefined");
  const compare = given ? [c.callback(0, [J, J], N)] : [];
  return c.helper("Arrays", "Js.Sort", [c.receiver(J), ...compare], J);
});

t.statics("Array.isArray", (c) => c.helper("Arrays", "Js.IsArray", [c.arg(0, J)], REP.boolean));
t.statics("Array.of", (c) => {
  c.ctx.use("Values");
  return c.result(c.hasSpread() ? c.restArray(0) : cs.call("Js.Arr", c.count ? c.rest(0, J) : [cs.lit("new JToken[0]")]), J);
});
t.statics("Array.from", (c) => {
  const map = c.count > 1 ? [c.callback(1, ITEM_PARAMS, J)] : [];
  return c.helper("Arrays", "Js.From", [c.arg(0, J), ...map], J);
});

const NEW_ARRAY = "create arrays with literals ([]), or Array.from({ length: n }, (_, i) => …)";
t.statics("Array", (c) => c.reject("'Array(…)'", NEW_ARRAY));
t.construct("Array", (c) => c.reject("'new Array(…)'", NEW_ARRAY));
t.rejected("method", ["Array.toLocaleString"], "it depends on the culture; use join()");
t.rejected("method", ["Array.copyWithin"], "copy the items with slice and splice");

export const arrayBuiltins: BuiltinTable = t.table;
