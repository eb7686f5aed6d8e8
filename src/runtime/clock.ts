// A pinned clock: while `withClock(now, fn)` runs, Date.now() and new Date() (no arguments) give
// `now`, as the .NET harness does for the same case (src/runtime/cs/Dates.cs reads "csxc.now").
// Code that signs with the time (an HMAC over a timestamp, AWS SigV4) then gives the same bytes on
// both sides. The global Date is replaced only while some pinned run is in progress; overlapping
// runs each see their own time (AsyncLocalStorage), and code outside any run sees the real clock.

import { AsyncLocalStorage } from "node:async_hooks";

const pinned = new AsyncLocalStorage<number>();
let active = 0;
let RealDate: DateConstructor | undefined;

function install(): void {
  const Real = (RealDate = globalThis.Date);
  class PinnedDate extends Real {
    constructor(...args: unknown[]) {
      const now = pinned.getStore();
      if (args.length === 0 && now !== undefined) super(now);
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return pinned.getStore() ?? Real.now();
    }
  }
  globalThis.Date = PinnedDate as DateConstructor;
}

/** Parses a case's `now` (an ISO 8601 time, or milliseconds since 1970) to milliseconds; NaN when it is neither. */
export function clockMillis(now: string | number): number {
  return typeof now === "number" ? now : Date.parse(now);
}

export async function withClock<T>(now: string | number | undefined, fn: () => Promise<T>): Promise<T> {
  if (now === undefined) return fn();
  const ms = clockMillis(now);
  if (Number.isNaN(ms)) throw new Error(`csxc: the clock "now" must be an ISO 8601 time such as 2026-01-01T00:00:00Z, got ${JSON.stringify(now)}`);
  if (active++ === 0) install();
  try {
    return await pinned.run(ms, fn);
  } finally {
    if (--active === 0 && RealDate) globalThis.Date = RealDate;
  }
}
