// JSON, Date and Promise.all built-ins, run on node and on .NET.
import { parity } from "../support/parity";

/** Calendar arithmetic on random fields and time values, from a fixed seed. */
const RANDOM_DATES = (() => {
  let seed = 5;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  return Array.from({ length: 80 }, (_, i) => {
    if (i % 2 === 0) return `Date.UTC(${next(4000) - 1000}, ${next(30) - 5}, ${next(70) - 20}, ${next(30)}, ${next(70)}, ${next(70)}, ${next(1500)})`;
    const t = (next(2) ? -1 : 1) * next(2 ** 31) * next(2 ** 17);
    return `[new Date(${t}).toISOString(), new Date(${t}).getUTCDay(), new Date(${t}).toUTCString(), Date.parse(new Date(${t}).toISOString())]`;
  });
})();

parity("JSON, Date and Promise built-ins", [
  { name: "random dates", exprs: RANDOM_DATES },
  {
    name: "JSON.stringify with indentation and Dates",
    exprs: ["JSON.stringify({ a: [1, { b: 2 }], e: [], o: {} }, null, 2)", 'JSON.stringify({ a: 1 }, null, "\\t")', "JSON.stringify([1, [2]], null, 1)", 'JSON.stringify({ b: 1, 2: 2 }, null, 20)', 'JSON.stringify([1], null, "abcdefghijklmn")', "JSON.stringify([1, 2], null, 0)",
      'JSON.stringify({ "q\\"k": "v\\n" }, null, 2)', "JSON.stringify(new Date(0))", "JSON.stringify(new Date(0 / 0))", "JSON.stringify(5)", "JSON.stringify({ a: undefined, b: 1 })", 'JSON.parse(\'{"z":1,"10":2,"9":3}\')', "JSON.parse(\"[1, 2.5, \\\"x\\\"]\")"],
  },
  {
    name: "Date.UTC, Date.parse, new Date",
    exprs: ["Date.UTC(2020, 0, 1)", "Date.UTC(2020, 12, 1)", "Date.UTC(2020, 1, 30)", "Date.UTC(2020, 0, 1, 12, 30, 15, 250)", "Date.UTC(99, 0)", "Date.UTC(2020, -1, 1)", "Date.UTC(2020, 0, 0)", "Date.UTC(2020, 0, 1, 25)", "Date.UTC(0 / 0)", "Date.UTC(275760, 8, 14)", "Date.UTC(-1, 0, 1)", "Date.UTC(2020.7, 0.9, 1.5)",
      'Date.parse("2020-01-01T00:00:00.123Z")', 'Date.parse("2020-01-01T00:00:00.1234Z")', 'Date.parse("2020-01-01T00:00:00+02:00")', 'Date.parse("2020-01-01T00:00Z")', 'Date.parse("garbage")', 'Date.parse("2020-13-01")', 'Date.parse("2020-02-30")', 'Date.parse("2020-02-32")',
      'Date.parse("Tue, 01 Jan 2020 00:00:00 GMT")', 'Date.parse("01 Jan 2020 10:00 GMT")', 'Date.parse("Wed Jan 01 2020 10:00:00 GMT+0200 (Eastern European Standard Time)")', 'Date.parse("2020-01-01 10:00:00")', 'Date.parse("2020-1-5")', 'Date.parse("2020/01/02 10:00")', 'Date.parse("1/2/2020")',
      'Date.parse("2020")', 'Date.parse("2020-06")', 'Date.parse("+002020-01-01")', 'Date.parse("-000001-01-01T00:00:00Z")', 'Date.parse("2020-01-01T24:00:00Z")', 'Date.parse("2020-01-01T24:00:01Z")', 'Date.parse("2020-01-01t10:00:00z")', 'Date.parse("2020-01-01T10:00:00+0530")', 'Date.parse(" 2020-01-01 ")', 'Date.parse("2020-01-01T10:00:00.5")'],
  },
  {
    name: "Date getters, setters and text",
    exprs: ["new Date(0).toISOString()", "new Date(-1).toISOString()", "new Date(1.9).getTime()", "new Date(8.64e15).toISOString()", "new Date(-62198755200000).toISOString()", "new Date(8.64e15 + 1).getTime()", 'new Date("2020-01-01").getTime()', 'new Date("2020-01-01T10:00:00").getTime()',
      'new Date("2020-06-15T12:30:45.5Z").toISOString()', 'new Date("2021-03-04T05:06:07.089Z").getUTCFullYear()', 'new Date("2021-03-04T05:06:07.089Z").getUTCMonth()', 'new Date("2021-03-04T05:06:07.089Z").getUTCDate()', 'new Date("2021-03-04T05:06:07.089Z").getUTCDay()', 'new Date("2021-03-04T05:06:07.089Z").getUTCHours()',
      'new Date("2021-03-04T05:06:07.089Z").getUTCMinutes()', 'new Date("2021-03-04T05:06:07.089Z").getUTCSeconds()', 'new Date("2021-03-04T05:06:07.089Z").getUTCMilliseconds()', 'new Date("1969-12-31T23:59:59.999Z").getUTCDay()', 'new Date(-1e14).getUTCFullYear()', 'new Date(0 / 0).getUTCDate()',
      "new Date(Date.UTC(2024, 1, 29)).toISOString()", 'new Date("nope").toISOString()', "new Date(0 / 0).toISOString()", 'new Date("2020-02-28T00:00:00Z").toUTCString()', "new Date(-62198755200000).toUTCString()", "new Date(0 / 0).toUTCString()", "new Date(2020, 1, 3, 4).toISOString()",
      '(() => { const d = new Date("2020-01-31T10:00:00Z"); d.setUTCMonth(1); return d.toISOString(); })()', '(() => { const d = new Date("2020-01-31T10:00:00Z"); const t = d.setUTCDate(d.getUTCDate() + 1); return [t, d.toISOString()]; })()',
      '(() => { const d = new Date("2020-01-31T10:00:00Z"); d.setUTCHours(25, 61); return d.toISOString(); })()', '(() => { const d = new Date("2020-01-31T10:00:00Z"); d.setUTCFullYear(2021, 0); return d.toISOString(); })()', '(() => { const d = new Date(0); d.setTime(86400000); return d.getUTCDate(); })()',
      'new Date(new Date(5).getTime() + 1).getTime()', 'new Date(new Date(5)).getTime()', "Date.now() > 1.6e12", 'new Date("2020-01-01T00:00:00Z").getHours()', 'new Date(0).getTimezoneOffset()'],
  },
  {
    name: "Promise.all",
    declarations: `async function delay(v: string): Promise<string> { return v; }
async function num(v: number): Promise<number> { return v; }
async function flag(v: boolean): Promise<boolean> { return v; }
async function json(v: Json): Promise<Json> { return v; }
async function nothing(): Promise<void> { return; }`,
    async: true,
    exprs: ['await Promise.all([delay("a"), delay("b"), delay("c")])', "await Promise.all([] as Promise<number>[])", 'await Promise.all([num(1), delay("x"), flag(true), json(null)])', "(await Promise.all([nothing(), nothing()])).length", "await Promise.all([1, 2, 3].map(async (n) => n * 2))",
      'await Promise.all(["a", "b"].map(async (s, i) => { const v = await delay(s); return v + i; }))', "await Promise.all([1, 2].map((n) => json({ n: n })))", "(await Promise.all([json([1]), json({ a: 2 })]))",
      "await Promise.resolve(5)", 'await Promise.all([num(1), (async (): Promise<number> => { throw new Error("boom"); })()])'],
  },
]);
