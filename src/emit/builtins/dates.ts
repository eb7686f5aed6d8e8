// The Date subset: a Date is a JsDate holding its time value (src/runtime/cs/Dates.cs). Transforms
// run in UTC on both sides, so the local-time getters and setters are the UTC ones.

import { cs, type CsExpr } from "../cs-ast";
import { REP, type Rep } from "../reps";
import { textArgument } from "./json";
import { BuiltinCall } from "./lowering";
import { TableBuilder, type BuiltinTable } from "./table";

const t = new TableBuilder();

const N = REP.number;
const DATE: Rep = { kind: "api", cs: "JsDate" };

t.statics("Date.now", (c) => c.helper("Dates", "Js.DateNow", [], N));
t.statics("Date.parse", (c) => c.helper("Dates", "Js.DateParse", [textArgument(c)], N));
t.statics("Date.UTC", (c) => c.helper("Dates", "Js.DateUtc", [c.arg(0, N), ...c.args.slice(1).map((_, i) => c.arg(i + 1, N))], N));
t.statics("Date", (c) => c.reject("'Date()' without new", "use new Date().toISOString() or Date.now()"));

/** The time value `new Date(…)` starts from. */
function timeOf(c: BuiltinCall): CsExpr {
  if (c.count === 0) return cs.call("Js.DateNow");
  if (c.count > 1) return cs.call("Js.DateUtc", [c.arg(0, N), ...c.args.slice(1).map((_, i) => c.arg(i + 1, N))]);
  const node = c.args[0];
  const rep = c.ctx.repAt(node);
  if (rep.cs === "JsDate") return cs.member(c.walk.expr(node), "Time");
  if (rep.cs === "double") return c.walk.expr(node);
  if (rep.cs === "string" && !rep.nullish) return cs.call("Js.DateParse", [c.walk.expr(node)]);
  if (rep.cs === "string") {
    // A string that may be absent (`JSON.stringify(x)`, a read past the end): JS's new Date(undefined)
    // is an invalid date, new Date(null) the epoch.
    const { bind, value } = c.ctx.bindOnce(c.walk.expr(node), rep);
    const test = cs.bin("!=", value, cs.null());
    const absent = cs.lit(rep.nullish === "null" ? "0d" : "double.NaN");
    return { kind: "conditional", test: bind ? cs.bin("&&", bind, test) : test, whenTrue: cs.call("Js.DateParse", [value]), whenFalse: absent };
  }
  return c.ctx.unsupported(node, `new Date of a ${rep.cs}`, "pass a number of milliseconds or an ISO 8601 string");
}

t.construct("Date", (c) => {
  c.ctx.use("Dates");
  return c.result(cs.newObj("JsDate", [timeOf(c)]), DATE);
});

const time = (c: BuiltinCall) => c.result(cs.member(c.receiver(DATE), "Time"), N);
t.method("Date.getTime", time);
t.method("Date.valueOf", time);
t.method("Date.toISOString", (c) => c.helper("Dates", "Js.ToIsoString", [c.receiver(DATE)], REP.string));
t.method("Date.toJSON", (c) => c.helper("Dates", "Js.DateToJson", [c.receiver(DATE)], REP.json));
t.method("Date.toUTCString", (c) => c.helper("Dates", "Js.ToUtcString", [c.receiver(DATE)], REP.string));
t.method("Date.getTimezoneOffset", (c) => c.result(cs.lit("0d"), N));

const FIELDS = ["FullYear", "Month", "Date", "Day", "Hours", "Minutes", "Seconds", "Milliseconds"];
FIELDS.forEach((field, index) => {
  for (const prefix of ["getUTC", "get"]) {
    t.method(`Date.${prefix}${field}`, (c) => c.helper("Dates", "Js.DateField", [c.receiver(DATE), cs.lit(String(index))], N));
  }
});

// setUTCFullYear(y, m?, d?), setUTCMonth(m, d?), …, setUTCMilliseconds(ms): the fields from the
// first one named, in the order year, month, day, hours, minutes, seconds, ms.
const SETTERS = ["FullYear", "Month", "Date", "Hours", "Minutes", "Seconds", "Milliseconds"];
SETTERS.forEach((field, index) => {
  for (const prefix of ["setUTC", "set"]) {
    t.method(`Date.${prefix}${field}`, (c) => c.helper("Dates", "Js.SetDateFields", [c.receiver(DATE), cs.lit(String(index)), ...c.args.map((_, i) => c.arg(i, N))], N));
  }
});
t.method("Date.setTime", (c) => c.helper("Dates", "Js.SetTime", [c.receiver(DATE), c.arg(0, N)], N));

t.rejected("method", ["Date.toString", "Date.toDateString", "Date.toTimeString", "Date.toLocaleString", "Date.toLocaleDateString", "Date.toLocaleTimeString", "Date.toGMTString"],
  "the text depends on the time zone and the culture; use toISOString() or toUTCString()");
t.rejected("method", ["Date.getYear", "Date.setYear"], "use getUTCFullYear() and setUTCFullYear()");

export const dateBuiltins: BuiltinTable = t.table;
