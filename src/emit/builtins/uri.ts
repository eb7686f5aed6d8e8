// encodeURIComponent, decodeURIComponent, encodeURI and decodeURI with JS's character sets and
// errors (.NET's Uri.EscapeDataString escapes !'()* and differs between versions).

import { cs } from "../cs-ast";
import { REP } from "../reps";
import { toJsString } from "../visitors/literals";
import { TableBuilder, type BuiltinTable } from "./table";

const t = new TableBuilder();

for (const [name, fn] of [
  ["encodeURIComponent", "Js.EncodeURIComponent"],
  ["decodeURIComponent", "Js.DecodeURIComponent"],
  ["encodeURI", "Js.EncodeURI"],
  ["decodeURI", "Js.DecodeURI"],
]) {
  // The argument is converted with String(), as JS does (encodeURIComponent(5) is "5").
  t.statics(name, (c) => c.helper("UriCoding", fn, [c.args[0] ? toJsString(c.ctx, c.args[0], c.walk) : cs.str("undefined")], REP.string));
}

export const uriBuiltins: BuiltinTable = t.table;
