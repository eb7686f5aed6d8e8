// Money. Rates are `{amount, currency}` with the amount in minor units (cents), or null when none is
// set (clockify.md 2.11). A time entry's rate is the most specific one set: task, the user's rate on
// the project, the project, the user's rate in the workspace, the workspace [inferred from Clockify's
// documented rate hierarchy; a workspace rate of 0 counts as none, as in a fresh workspace].

import type { Rate, State, TimeEntryRecord } from "./state";

export const rateDto = (rate: Rate | null) => (rate === null ? null : { amount: rate.amount, currency: rate.currency });

function resolve(state: State, entry: TimeEntryRecord, kind: "hourlyRate" | "costRate"): Rate | null {
  const workspace = state.workspaces.get(entry.workspaceId);
  const project = entry.projectId === null ? undefined : state.projects.get(entry.projectId);
  const task = entry.taskId === null ? undefined : state.tasks.get(entry.taskId);
  const candidates = [
    task?.[kind],
    project?.members.find((m) => m.userId === entry.userId)?.[kind],
    project?.[kind],
    workspace?.members.find((m) => m.userId === entry.userId)?.[kind],
    workspace?.[kind],
  ];
  return candidates.find((r): r is Rate => r !== undefined && r !== null && r.amount > 0) ?? null;
}

export const hourlyRateOf = (state: State, entry: TimeEntryRecord) => resolve(state, entry, "hourlyRate");
export const costRateOf = (state: State, entry: TimeEntryRecord) => resolve(state, entry, "costRate");

/** What `seconds` at `rate` come to, in minor units. */
export function amountOf(rate: Rate | null, seconds: number): number {
  return rate === null ? 0 : Math.round((rate.amount * seconds) / 3600);
}
