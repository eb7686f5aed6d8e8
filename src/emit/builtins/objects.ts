// Object's static functions on JSON values, in JS's key order.

import { cs } from "../cs-ast";
import { REP } from "../reps";
import { toJsString } from "../visitors/literals";
import { TableBuilder, type BuiltinTable } from "./table";

const t = new TableBuilder();

const J = REP.json;

t.statics("Object.keys", (c) => c.helper("Objects", "Js.Keys", [c.arg(0, J)], J));
t.statics("Object.values", (c) => c.helper("Objects", "Js.Values", [c.arg(0, J)], J));
t.statics("Object.entries", (c) => c.helper("Objects", "Js.Entries", [c.arg(0, J)], J));
t.statics("Object.fromEntries", (c) => c.helper("Objects", "Js.FromEntries", [c.arg(0, J)], J));
t.statics("Object.assign", (c) => {
  if (c.hasSpread(1)) return c.helper("Objects", "Js.Assign", [c.arg(0, J), cs.call(cs.member(c.restArray(1), "ToArray"), [])], J);
  return c.helper("Objects", "Js.Assign", [c.arg(0, J), ...c.rest(1, J)], J);
});
t.statics("Object.hasOwn", (c) => c.helper("Objects", "Js.HasOwn", [c.arg(0, J), c.args[1] ? toJsString(c.ctx, c.args[1], c.walk) : cs.str("undefined")], REP.boolean));
t.statics("Object.is", (c) => c.helper("Objects", "Js.SameValue", [c.arg(0, J), c.arg(1, J)], REP.boolean));
// Freezing changes nothing that TypeScript lets the code observe: the result is Readonly<T>.
t.statics("Object.freeze", (c) => c.result(c.arg(0, c.ctx.repAt(c.node)), c.ctx.repAt(c.node)));

t.rejected("static", ["Object.defineProperty", "Object.defineProperties", "Object.getOwnPropertyDescriptor", "Object.getOwnPropertyDescriptors"], "objects are plain JSON: assign the property");
t.rejected("static", ["Object.getOwnPropertyNames", "Object.getOwnPropertySymbols"], "use Object.keys(o)");
t.rejected("static", ["Object.seal", "Object.preventExtensions", "Object.isFrozen", "Object.isSealed", "Object.isExtensible"], "objects are plain JSON; declare them Readonly<T> or as const instead");
t.rejected("static", ["Object.groupBy"], "group with a for…of loop into an object");
t.rejected("method", ["Object.hasOwnProperty"], "use Object.hasOwn(o, key)");
t.rejected("method", ["Object.toString"], "objects print as [object Object]; use JSON.stringify(o)");

export const objectBuiltins: BuiltinTable = t.table;
