import { isoDuration, type Res } from "csxc";

// The bench's GetTimeEntries response transform, written as a connector author would: reshape each
// entry, read its ISO-8601 duration, keep the billable ones, sort by a computed key (project, then
// longest first) and total the hours per project.

interface TimeEntry {
  id: string;
  description: string;
  userId: string;
  projectId: string | null;
  billable: boolean;
  tagIds: string[];
  hourlyRate: { amount: number; currency: string } | null;
  timeInterval: { start: string; end: string | null; duration: string | null };
}

interface Row {
  id: string;
  description: string;
  project: string;
  start: string;
  seconds: number;
  hours: number;
  amount: number;
  tags: number;
}

interface ProjectTotal {
  project: string;
  entries: number;
  hours: number;
  amount: number;
}

function toRow(entry: TimeEntry): Row {
  const duration = entry.timeInterval.duration;
  const seconds = duration === null ? 0 : isoDuration.toSeconds(duration);
  const hours = seconds / 3600;
  const rate = entry.hourlyRate === null ? 0 : entry.hourlyRate.amount / 100;
  return {
    id: entry.id,
    description: entry.description.trim(),
    project: entry.projectId ?? "(none)",
    start: entry.timeInterval.start,
    seconds: seconds,
    hours: Math.round(hours * 100) / 100,
    amount: hours * rate,
    tags: entry.tagIds.length,
  };
}

export async function summarizeTimeEntries(res: Res): Promise<void> {
  if (!res.ok) {
    return;
  }
  const entries = await res.json<TimeEntry[]>();
  const billable = entries.filter((e) => e.billable && e.timeInterval.end !== null);
  const rows = billable.map(toRow);
  rows.sort((a, b) => (a.project < b.project ? -1 : a.project > b.project ? 1 : b.seconds - a.seconds));
  const totals: Record<string, ProjectTotal> = {};
  for (const row of rows) {
    let total = totals[row.project];
    if (total === undefined) {
      total = { project: row.project, entries: 0, hours: 0, amount: 0 };
      totals[row.project] = total;
    }
    total.entries += 1;
    total.hours += row.seconds / 3600;
    total.amount += row.amount;
  }
  res.setJson({ count: rows.length, rows: rows, totals: Object.values(totals) });
}
