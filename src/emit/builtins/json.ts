// JSON.parse and JSON.stringify: the text is read and written by the Json runtime (Js.ParseJson,
// Js.Stringify); indentation and Dates are handled here.

import { ts } from "ts-morph";
import { cs, type CsExpr } from "../cs-ast";
import { REP } from "../reps";
import { toJsString } from "../visitors/literals";
import { BuiltinCall } from "./lowering";
import { TableBuilder, type BuiltinTable } from "./table";

const t = new TableBuilder();

t.statics("JSON.parse", (c) => {
  if (c.count > 1) return c.reject("'JSON.parse' with a reviver", "parse, then change the result with map or a loop");
  return c.helper("Json", "Js.ParseJson", [textArgument(c)], REP.json);
});

/**
 * The first argument as JSON.parse and Date.parse read it, String(argument): undefined (also a
 * missing argument) is "undefined", null is "null", a number its digits.
 */
export function textArgument(c: BuiltinCall): CsExpr {
  const node = c.args[0];
  if (!node) return cs.str("undefined");
  if (ts.isSpreadElement(node)) return c.arg(0, REP.string);
  return toJsString(c.ctx, node, c.walk);
}

t.statics("JSON.stringify", (c) => {
  const replacer = c.args[1];
  if (replacer && replacer.kind !== ts.SyntaxKind.NullKeyword && !(ts.isIdentifier(replacer) && replacer.text === "undefined")) {
    return c.reject("'JSON.stringify' with a replacer", "build the object to write first (map, object literals), then stringify it with null as the replacer");
  }
  const value = stringifiable(c);
  if (c.count < 3) return c.helper("Json", "Js.Stringify", [value], REP.string);
  c.ctx.use("JsonIndent");
  const space = c.args[2];
  const rep = c.ctx.repAt(space);
  const gap = cs.call("Js.Gap", [rep.kind === "number" || rep.kind === "string" ? c.arg(2, rep.kind === "number" ? REP.number : REP.string) : c.arg(2, REP.json)]);
  return c.result(cs.call("Js.StringifyIndented", [value, gap]), REP.string);
});

/** The value to write as JSON; a Date is written as its toJSON() gives it (the ISO text, or null). */
function stringifiable(c: BuiltinCall): CsExpr {
  const node = c.args[0];
  if (node && c.ctx.repAt(node).cs === "JsDate") {
    c.ctx.use("Dates");
    return cs.call("Js.DateToJson", [c.walk.expr(node)]);
  }
  return c.arg(0, REP.json);
}

t.rejected("static", ["JSON.rawJSON", "JSON.isRawJSON"], "write the value as a number or a string");

export const jsonBuiltins: BuiltinTable = t.table;
