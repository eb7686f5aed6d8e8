// Object's static functions on JSON values, in JS's key order.

import { cs } from "../cs-ast";
import { REP } from "../reps";
import { toJsString } from "../visitors/literals";
import { rejected, statics } from "./lowering";

const J = REP.json;

statics("Object.keys", (c) => c.helper("Objects", "Js.Keys", [c.arg(0, J)], J));
statics("Object.values", (c) => c.helper("Objects", "Js.Values", [c.arg(0, J)], J));
statics("Object.entries", (c) => c.helper("Objects", "Js.Entries", [c.arg(0, J)], J));
statics("Object.fromEntries", (c) => c.helper("Objects", "Js.FromEntries", [c.arg(0, J)], J));
statics("Object.assign", (c) => {
  if (c.hasSpread(1)) return c.helper("Objects", "Js.Assign", [c.arg(0, J), cs.call(cs.member(c.restArray(1), "ToArray"), [])], J);
  return c.helper("Objects", "Js.Assign", [c.arg(0, J), ...c.rest(1, J)], J);
});
statics("Object.hasOwn", (c) => c.helper("Objects", "Js.HasOwn", [c.arg(0, J), c.args[1] ? toJsString(c.ctx, c.args[1], c.walk) : cs.str("undefined")], REP.boolean));
statics("Object.is", (c) => c.helper("Objects", "Js.SameValue", [c.arg(0, J), c.arg(1, J)], REP.boolean));
// Freezing changes nothing that TypeScript lets the code observe: the result is Readonly<T>.
statics("Object.freeze", (c) => c.result(c.arg(0, c.ctx.repAt(c.node)), c.ctx.repAt(c.node)));

rejected("static", ["Object.defineProperty", "Object.defineProperties", "Object.getOwnPropertyDescriptor", "Object.getOwnPropertyDescriptors"], "objects are plain JSON: assign the property");
rejected("static", ["Object.getOwnPropertyNames", "Object.getOwnPropertySymbols"], "use Object.keys(o)");
rejected("static", ["Object.seal", "Object.preventExtensions", "Object.isFrozen", "Object.isSealed", "Object.isExtensible"], "objects are plain JSON; declare them Readonly<T> or as const instead");
rejected("static", ["Object.groupBy"], "group with a for…of loop into an object");
rejected("method", ["Object.hasOwnProperty"], "use Object.hasOwn(o, key)");
rejected("method", ["Object.toString"], "objects print as [object Object]; use JSON.stringify(o)");
