// The small pieces the mock stands on: durations, wall-clock time, route specificity.

import { formatDuration, parseDuration } from "../../src/mock/duration";
import { formatInstant, formatZoned, parseInstant, parseWallClock, wallClockToInstant } from "../../src/mock/time";
import { fixture } from "./support";

test("durations: hours are not rolled into days; zero is PT0S", () => {
  expect([0, 59, 3600, 5400, 90061, 2020408].map(formatDuration)).toEqual(["PT0S", "PT59S", "PT1H", "PT1H30M", "PT25H1M1S", "PT561H13M28S"]);
  expect(["PT1H30M", "PT0S", "P1DT1H", "PT", "1h"].map(parseDuration)).toEqual([5400, 0, 90000, undefined, undefined]);
});

test("instants: offsets and fractions accepted, UTC with Z written; impossible dates refused", () => {
  expect(formatInstant(parseInstant("2026-03-29T02:30:00.9+02:00")!)).toBe("2026-03-29T00:30:00Z");
  expect(parseInstant("2026-02-30T00:00:00Z")).toBeUndefined();
  expect(parseInstant("2026-02-01T00:00:00")).toBeUndefined(); // the core host wants an offset
});

test("wall-clock time in a zone, across daylight saving", () => {
  // Europe/Belgrade: UTC+1 in winter, UTC+2 in summer (from 2026-03-29 02:00 local).
  expect(formatInstant(parseWallClock("2026-01-15T00:00:00Z", "Europe/Belgrade")!)).toBe("2026-01-14T23:00:00Z");
  expect(formatInstant(parseWallClock("2026-07-15T00:00:00", "Europe/Belgrade")!)).toBe("2026-07-14T22:00:00Z");
  expect(formatInstant(wallClockToInstant(Date.UTC(2026, 2, 29, 2, 30), "Europe/Belgrade"))).toBe("2026-03-29T01:30:00Z"); // in the gap: forward
  expect(formatZoned(Date.parse("2026-08-07T22:15:00Z"), "America/Los_Angeles")).toBe("2026-08-07T15:15:00-07:00");
  expect(formatZoned(Date.parse("2026-08-07T22:15:00Z"), "UTC")).toBe("2026-08-07T22:15:00Z");
});

test("a literal path segment beats a parameter, per method, as Spring picks handlers", async () => {
  const { client, ws } = fixture();
  expect((await client.get(ws("/expenses/categories"))).json.categories.length).toBeGreaterThan(0);
  // No DELETE is mapped to /expenses/categories, so "categories" is taken as an expense id.
  expect((await client.delete(ws("/expenses/categories"))).json).toEqual({ message: "Expense doesn't belong to Workspace", code: 501 });
});
