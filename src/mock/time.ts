// Instants and wall-clock time. The core host answers in UTC with a `Z` and no fraction
// ("2025-06-16T07:05:00Z"); the reports host and some filters read times as wall-clock in a time
// zone (clockify.md 2.6, 2.10). Time zones are IANA names resolved with Intl.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

interface Parsed {
  /** The fields read as if they were UTC. */
  wallMs: number;
  /** Minutes east of UTC when the text carries an offset or Z; undefined for a bare date-time. */
  offsetMinutes: number | undefined;
}

function parseFields(text: string): Parsed | undefined {
  const m = INSTANT.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const wallMs = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s ?? 0), ms);
  if (new Date(wallMs).getUTCDate() !== day) return undefined; // 2026-02-30
  let offsetMinutes: number | undefined;
  if (zone === "Z") offsetMinutes = 0;
  else if (zone !== undefined) {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return { wallMs, offsetMinutes };
}

/** An instant written with `Z` or an offset (what the core host accepts), in epoch ms; undefined if malformed. */
export function parseInstant(text: string): number | undefined {
  const parsed = parseFields(text);
  if (parsed === undefined || parsed.offsetMinutes === undefined) return undefined;
  return parsed.wallMs - parsed.offsetMinutes * 60_000;
}

/**
 * A date-time read as wall-clock time in `timeZone`, ignoring any `Z` or offset it carries: the
 * reports host and the time-entry list filters read "2026-08-01T00:00:00Z" as midnight in the
 * user's zone (clockify.md 2.6 and 2.10, live 2026-08-08).
 */
export function parseWallClock(text: string, timeZone: string): number | undefined {
  const wall = parseWallFields(text);
  return wall === undefined ? undefined : wallClockToInstant(wall, timeZone);
}

/** The date-time's fields read as if they were UTC, any `Z` or offset ignored (for spans in calendar terms). */
export function parseWallFields(text: string): number | undefined {
  return parseFields(text)?.wallMs;
}

/** "2025-06-16T07:05:00Z": seconds precision, UTC. */
export function formatInstant(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

/** "2025-06-16" in UTC. */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

// Zone offsets change only at transitions, which fall on quarter hours: remember each quarter's
// offset (Intl is slow, and reports ask for thousands). Cleared when large, for long-running servers.
const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;

/** Seconds east of UTC that `timeZone` is at instant `ms`. */
export function offsetSeconds(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 100_000) offsets.clear();
    offset = computeOffset(Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

function computeOffset(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(Math.floor(ms / 1000) * 1000))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 1000);
}

/** The instant whose wall-clock time in `timeZone` is `wallMs` (fields read as UTC). */
export function wallClockToInstant(wallMs: number, timeZone: string): number {
  // Two refinements settle every zone, daylight-saving gaps included (a gap resolves forward).
  let guess = wallMs - offsetSeconds(wallMs, timeZone) * 1000;
  guess = wallMs - offsetSeconds(guess, timeZone) * 1000;
  return guess;
}

/** "2026-08-07T15:15:00-07:00" (or "…Z" at offset zero), as Java's ISO_OFFSET_DATE_TIME writes it. */
export function formatZoned(ms: number, timeZone: string): string {
  const offset = offsetSeconds(ms, timeZone);
  const local = formatLocal(ms, timeZone);
  if (offset === 0) return `${local}Z`;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 3600)).padStart(2, "0");
  const mm = String(Math.floor((abs % 3600) / 60)).padStart(2, "0");
  return `${local}${sign}${hh}:${mm}`;
}

/** "2025-06-16T12:35:00": wall-clock time in `timeZone`, without an offset. */
export function formatLocal(ms: number, timeZone: string): string {
  return formatInstant(ms + offsetSeconds(ms, timeZone) * 1000).slice(0, 19);
}

/** The calendar day ("2026-08-07") of instant `ms` in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  return formatLocal(ms, timeZone).slice(0, 10);
}

export const DAY_MS = 86_400_000;
