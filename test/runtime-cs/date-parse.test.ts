// Date.parse, differentially: thousands of date texts go through a transform calling Date.parse, on
// node (TZ=UTC, as transforms run) and compiled by csxc on .NET (the verify harness, under tr-TR), all
// in one batch (test/support/parity.ts); the time values must be the same, NaN included. The families that HTTP connectors meet: ISO 8601 and its near misses,
// RFC 1123 / toUTCString() ("Tue, 01 Dec 2026 10:00:00 GMT") with zones and offsets, Date's
// toString() form, "2026-12-01 10:00:00", slashed dates; then malformed variants of all of them
// (truncated, characters inserted, deleted, replaced) and free token soup, which must be NaN (or the
// same time value) on both sides. The texts are drawn from fixed seeds, so a failure reproduces.

import fc from "fast-check";
import { parity, type InputGroup } from "../support/parity";
import { mutated, sample } from "./support/generators";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const ZONES = ["GMT", "UTC", "UT", "Z", "z", "gmt", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "+0000", "-0800", "+0530", "GMT+0100", "GMT-8", "GMT+05:30", "UTC+1", "+01:00", "-12", "GMT+1234", "XYZ", "CET", "GMTX"];
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Time values: the common range of an API (1970 to 2100), and anywhere in Date's range. */
const time = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 4102444800000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -8.64e15, max: 8.64e15 }) },
  { weight: 1, arbitrary: fc.integer({ min: -62198755200000, max: 253402300799999 }) },
);

/** toISOString() and what people write instead: no Z, a space, offsets, more or fewer digits. */
const iso = fc
  .tuple(time, fc.constantFrom("Z", "", "z", "+00:00", "+02:00", "-05:30", "+0530", "-0800", "+05", "+24:00", "-23:59", "+1:00", "+12:60"), fc.constantFrom("T", " ", "t", "TT", "  "), fc.integer({ min: 0, max: 12 }), fc.constantFrom("full", "minutes", "date", "month", "year", "seconds"))
  .map(([t, zone, sep, fraction, shape]) => {
    const text = new Date(t).toISOString();
    const [date, rest] = text.split("T");
    const clock = rest.slice(0, 8);
    const ms = (rest.slice(9, 12) + "987654321").slice(0, fraction);
    switch (shape) {
      case "date": return date;
      case "month": return date.slice(0, date.lastIndexOf("-"));
      case "year": return date.slice(0, date.indexOf("-", 1));
      case "minutes": return `${date}${sep}${clock.slice(0, 5)}${zone}`;
      case "seconds": return `${date}${sep}${clock}${zone}`;
      default: return `${date}${sep}${clock}${fraction ? "." + ms : "."}${zone}`;
    }
  });

/** Date-like fields, mostly in range, sometimes not (month 13, day 32, hour 24, minute 60). */
const fields = fc.record({
  year: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 300000 })),
  month: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 14 }) }),
  day: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 28 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 33 }) }),
  hour: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 23 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 25 }) }),
  minute: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 61 }) }),
  second: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 61 }) }),
  weekday: fc.integer({ min: 0, max: 6 }),
  padded: fc.boolean(),
});

/** RFC 1123 and RFC 2822 dates as in HTTP headers, with every zone and optional part. */
const rfc = fc
  .tuple(fields, fc.constantFrom(...ZONES), fc.constantFrom("weekday", "none", "comma-less"), fc.constantFrom("seconds", "minutes", "none"), fc.constantFrom("short", "full", "lower", "upper"))
  .map(([f, zone, weekday, clock, monthForm]) => {
    const month = monthForm === "full" ? FULL_MONTHS[(f.month + 11) % 12] : MONTHS[(f.month + 11) % 12];
    const name = monthForm === "lower" ? month.toLowerCase() : monthForm === "upper" ? month.toUpperCase() : month;
    const day = f.padded ? pad(f.day, 2) : String(f.day);
    const prefix = weekday === "weekday" ? `${WEEKDAYS[f.weekday]}, ` : weekday === "comma-less" ? `${WEEKDAYS[f.weekday]} ` : "";
    const hm = `${pad(f.hour, 2)}:${pad(f.minute, 2)}`;
    const at = clock === "seconds" ? ` ${hm}:${pad(f.second, 2)}` : clock === "minutes" ? ` ${hm}` : "";
    return `${prefix}${day} ${name} ${f.padded ? pad(f.year, 4) : f.year}${at} ${zone}`;
  });

/** toUTCString(), toString() and toISOString() of real time values (node runs in UTC, as transforms do). */
const printed = fc
  .tuple(time, fc.constantFrom("utc", "string", "string-offset"), fc.constantFrom("GMT+0530 (India Standard Time)", "GMT-0800 (Pacific Standard Time)", "GMT+0000", "GMT+0100 (Central European Standard Time)", "GMT+0000 (Coordinated Universal Time) (x)"))
  .map(([t, form, zone]) => {
    const d = new Date(t);
    if (form === "utc") return d.toUTCString();
    if (form === "string") return d.toString();
    return d.toString().replace(/GMT.*$/, zone);
  });

/** "2026-12-01 10:00:00" and its relatives: one-digit parts, slashes, a zone after it. */
const spaced = fc
  .tuple(fields, fc.constantFrom("-", "/"), fc.constantFrom("ymd", "mdy", "dmy"), fc.constantFrom("", " Z", "Z", " GMT", " UTC", " +0200", "+02:00", " -0500", " PM", " am", ".5", ".123", " (UTC)"), fc.constantFrom("seconds", "minutes", "none", "hour"))
  .map(([f, sep, order, suffix, clock]) => {
    const two = (n: number) => (f.padded ? pad(n, 2) : String(n));
    const y = f.padded ? pad(f.year, 4) : String(f.year);
    const date = order === "ymd" ? `${y}${sep}${two(f.month)}${sep}${two(f.day)}` : order === "mdy" ? `${two(f.month)}${sep}${two(f.day)}${sep}${y}` : `${two(f.day)}${sep}${two(f.month)}${sep}${y}`;
    const hm = `${two(f.hour)}:${two(f.minute)}`;
    const at = clock === "seconds" ? ` ${hm}:${two(f.second)}` : clock === "minutes" ? ` ${hm}` : clock === "hour" ? ` ${two(f.hour)}:` : "";
    return `${date}${at}${suffix}`;
  });

const wellFormed = fc.oneof(iso, rfc, printed, spaced);

/** Characters that mean something to a date reader, and a few that do not. */
const DATE_CHARS = [..."0123456789 :-+.,/()TZtzGMUCESPDampJanFebDecx\t\u00a0\u2028\u3000\u0000é"];
const malformed = mutated(wellFormed, fc.constantFrom(...DATE_CHARS));

/** Free sequences of the tokens V8's legacy reader knows: numbers, words, signs, colons, parentheses. */
const token = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map(String),
  fc.integer({ min: 0, max: 9999 }).map((n) => pad(n, 4)),
  fc.constantFrom("0", "00", "000000", "2020", "12", "31", "24", "1234567890123", "+002020", "-000001"),
  fc.constantFrom(...MONTHS, ...FULL_MONTHS.slice(0, 3), ...WEEKDAYS, "AM", "pm", "T", "Z", "GMT", "UTC", "UT", "EST", "PDT", "foo", "a", "Ja", "Tues", "Sept"),
  fc.constantFrom(" ", " ", " ", ":", "::", "-", "+", ".", ",", "/", "(", ")", "(x)", "(a(b)c)", "\t", "T"),
);
const soup = fc.array(token, { minLength: 1, maxLength: 9 }).map((tokens) => tokens.join(""));

/** Bare numbers, which V8 reads as a month (a missing year is 2001), a year, or nothing. */
const bare = fc.oneof(fc.integer({ min: 0, max: 100000 }).map(String), fc.constantFrom("10", "1", "0", "12", "13", "31", "32", "49", "50", "99", "100", "999", "2020", "02020", "-1", "+1", "1.5", " 10 ", "10 2020"));

const HAND_PICKED = [
  "Tue, 01 Dec 2026 10:00:00 GMT", "Tue Dec 01 2026 10:00:00 GMT+0000 (Coordinated Universal Time)", "2026-12-01 10:00:00", "2026-12-01T10:00:00", "2026-12-01",
  "10", "Jan 5", "December 17, 1995 03:24:00", "1995-12-17T03:24:00Z", "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
  "2020-01-01T10:00:00.0001234567891Z", "2020-01-01T24:00:00Z", "2020-01-01T24:00:01Z", "2020-01-01 24:00", "-000000-01-01T00:00:00Z", "+275760-09-13T00:00:00.000Z",
  "+275760-09-13T00:00:00.001Z", "-271821-04-20T00:00:00.000Z", "-271821-04-19T23:59:59.999Z", "Sat, 13 Sep 275760 00:00:00 GMT", "Jan 1 2020 12:00 GMT+123456789:",
  "Jan 1 2020 10:00 GMT+999999:", "2020-01-01\u00002x", "", " ", "undefined", "null", "garbage", "2020-13-01", "2020-02-30", "2020-02-32", "Jan 1 2020 13:00 PM",
  "12/31/1999 23:59:59", "1999/12/31", "31/12/1999", "2020-06-15 +01:00 10:00", "Thu, 01 Jan 1970 00:00:00 GMT-0000", "Thu, 01 Jan 1970 00:00:00 +0000 (UTC)",
  "Jan 1 2020" + " ".repeat(20000), "(".repeat(20000) + "Jan 1 2020", "Jan 1 2020 " + "x".repeat(20000), "Jan 1 2020 " + "1".repeat(50), `2020-01-01T00:00:00.${"9".repeat(40)}Z`,
];

const EXPR = "Date.parse(x)";

const GROUPS: InputGroup[] = [
  { name: "hand-picked texts", inputs: HAND_PICKED, expr: EXPR },
  { name: "ISO 8601 and its near misses", inputs: sample(iso, 2000, 11), expr: EXPR },
  { name: "RFC 1123 and RFC 2822 dates with zones", inputs: sample(rfc, 2500, 12), expr: EXPR },
  { name: "toUTCString(), toString() and toISOString() output", inputs: sample(printed, 1500, 13), expr: EXPR },
  { name: '"2026-12-01 10:00:00", slashes and one-digit fields', inputs: sample(spaced, 2000, 14), expr: EXPR },
  { name: "malformed variants of all of these", inputs: sample(malformed, 5000, 15), expr: EXPR },
  { name: "token soup", inputs: sample(soup, 3000, 16), expr: EXPR },
  { name: "bare numbers", inputs: sample(bare, 300, 17), expr: EXPR },
];

test("the texts are varied: many are dates, many are NaN (TZ=UTC, as on the platform)", () => {
  expect(new Date(0).getTimezoneOffset()).toBe(0);
  const texts = GROUPS.flatMap((g) => g.inputs);
  const nan = texts.filter((t) => Number.isNaN(Date.parse(t))).length;
  expect(nan).toBeGreaterThan(2000);
  expect(texts.length - nan).toBeGreaterThan(8000);
});

parity("Date.parse: the C# runtime answers what V8 answers", GROUPS, { most: 25 });
