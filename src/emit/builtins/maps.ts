// Map and Set: a runtime JsCollection (Collections.cs) with JS's insertion order and SameValueZero,
// held in JSON as a hosted value so that it can sit in objects and arrays like any value. keys(),
// values() and entries() give one-use iterators; for…of, spread and Array.from iterate both.

import { cs, type CsExpr } from "../cs-ast";
import { REP } from "../reps";
import { iterableText } from "../v8-text";
import type { BuiltinCall } from "./lowering";
import { TableBuilder, type BuiltinTable } from "./table";

const t = new TableBuilder();
const J = REP.json;

/** The collection the receiver holds, as `Js.Collection(receiver, "member")`. */
function collection(c: BuiltinCall, member: string): CsExpr {
  c.ctx.use("Collections");
  return cs.call("Js.Collection", [c.receiver(J), cs.str(member)]);
}

function call(c: BuiltinCall, member: string, fn: string, args: CsExpr[]): CsExpr {
  return cs.call(cs.member(collection(c, member), fn), args);
}

for (const [kind, isSet] of [["Map", false], ["Set", true]] as const) {
  t.construct(kind, (c) => {
    const source = c.args[0];
    const text = source ? iterableText(source, false) : undefined;
    const args = [cs.lit(isSet ? "true" : "false"), c.arg(0, J), text === undefined ? cs.null() : cs.str(text)];
    return c.helper("Collections", "Js.NewCollection", args, J);
  });
  t.method(`${kind}.has`, (c) => c.result(call(c, "has", "Has", [c.arg(0, J)]), REP.boolean));
  t.method(`${kind}.delete`, (c) => c.result(call(c, "delete", "Delete", [c.arg(0, J)]), REP.boolean));
  t.method(`${kind}.clear`, (c) => call(c, "clear", "Clear", []));
  t.property(`${kind}.size`, (c) => c.result(cs.member(collection(c, "size"), "Size"), REP.number));
  for (const [name, fn] of [["keys", "Keys"], ["values", "Values"], ["entries", "Entries"]]) {
    t.method(`${kind}.${name}`, (c) => c.helper("Collections", "Js.IteratorOf", [call(c, name, fn, [])], J));
  }
  t.method(`${kind}.forEach`, (c) => {
    if (c.args[0] && c.ctx.repAt(c.args[0]).inner?.kind === "task") return c.reject("'forEach' with an async callback", "use a for…of loop with await (forEach does not wait)");
    return call(c, "forEach", "ForEach", [c.callback(0, [J, J], REP.void)]);
  });
}

t.method("Map.get", (c) => c.result(call(c, "get", "Get", [c.arg(0, J)]), J));
t.method("Map.set", (c) => c.helper("Collections", "Js.MapSet", [c.receiver(J), c.arg(0, J), c.arg(1, J)], J));
t.method("Set.add", (c) => c.helper("Collections", "Js.SetAdd", [c.receiver(J), c.arg(0, J)], J));

export const mapBuiltins: BuiltinTable = t.table;
