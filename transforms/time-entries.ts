import { isoDuration, type Res } from "csxc";

interface TimeInterval {
  start: string;
  end: string | null;
  duration: string | null;
}

interface TimeEntry {
  id: string;
  description: string;
  timeInterval: TimeInterval;
  durationSeconds?: number | null;
}

/** Seconds of a Clockify duration; null while the timer runs (Clockify sends no duration then). */
export function durationSeconds(entry: TimeEntry): number | null {
  const duration = entry.timeInterval.duration;
  if (duration === null) {
    return null;
  }
  return isoDuration.toSeconds(duration);
}

/** Adds `durationSeconds` beside each entry's ISO-8601 duration so flows can sum and compare. */
export async function addDurationSeconds(res: Res): Promise<void> {
  if (!res.ok) {
    return;
  }
  const entries = await res.json<TimeEntry[]>();
  for (const entry of entries) {
    entry.durationSeconds = durationSeconds(entry);
  }
  res.setJson(entries);
}
