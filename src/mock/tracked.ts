// Tracked time, summed from time entries. A running entry has no duration yet and counts nothing.

import type { State, TimeEntryRecord } from "./state";

// Records never change (an update replaces the row), so an entry's seconds can be remembered.
const seconds = new WeakMap<TimeEntryRecord, number>();

/** Seconds of a finished entry; null while it runs. */
export function entrySeconds(entry: TimeEntryRecord): number | null {
  if (entry.end === null) return null;
  let s = seconds.get(entry);
  if (s === undefined) {
    s = Math.max(0, (Date.parse(entry.end) - Date.parse(entry.start)) / 1000);
    seconds.set(entry, s);
  }
  return s;
}

/** Seconds tracked per key (a project id, a task id…) over the finished entries of a workspace. */
export function trackedSecondsBy(state: State, workspaceId: string, key: (entry: TimeEntryRecord) => string | null): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of state.timeEntries.all()) {
    const k = entry.workspaceId === workspaceId ? key(entry) : null;
    const seconds = entrySeconds(entry);
    if (k !== null && seconds !== null) totals.set(k, (totals.get(k) ?? 0) + seconds);
  }
  return totals;
}
