import { isoDuration, type Ctx, type Req, type Res } from "csxc";
import { addCustomFieldsByName, type EntryOutput } from "./custom-fields";
import { everyRow, pagesWithNextLink } from "./paging";

interface TimeInterval {
  start: string;
  end: string | null;
  duration: string | null;
}

interface TimeEntry extends EntryOutput {
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

/** What the connector adds to each listed entry: `durationSeconds` beside the ISO-8601 duration, so flows can sum and compare, and the custom fields by name. */
function addToEntry(entry: TimeEntry): void {
  entry.durationSeconds = durationSeconds(entry);
  addCustomFieldsByName(entry);
}

/** Adds durationSeconds and customFieldsByName to every entry of a list answer. */
export async function addDurationSeconds(res: Res): Promise<void> {
  if (!res.ok) {
    return;
  }
  const entries = await res.json<TimeEntry[]>();
  for (const entry of entries) {
    addToEntry(entry);
  }
  res.setJson(entries);
}

/** `handle` of GetTimeEntriesForUser_v1: every entry (or the one page asked for), each with durationSeconds and its custom fields by name. */
export async function everyTimeEntry(req: Req, ctx: Ctx): Promise<Res> {
  const res = await everyRow(req, ctx);
  await addDurationSeconds(res);
  return res;
}

// ListTimeEntriesPaged sits at /v1/paged/workspaces/…/time-entries: Clockify's path with "/paged"
// in front, so it can answer in the platform's paging shape beside GetTimeEntriesForUser_v1.
const PAGED = "/v1/paged/";

/** `handle` of ListTimeEntriesPaged: `{ value, nextLink }` pages a flow's Pagination setting follows. */
export async function timeEntryPages(req: Req, ctx: Ctx): Promise<Res> {
  const at = req.path.indexOf(PAGED);
  const clockifyPath = at < 0 ? req.path : req.path.slice(0, at) + "/v1/" + req.path.slice(at + PAGED.length);
  const res = await pagesWithNextLink(req, ctx, clockifyPath);
  if (!res.ok) {
    return res;
  }
  const page = await res.json<{ value: TimeEntry[]; nextLink?: string }>();
  for (const entry of page.value) {
    addToEntry(entry);
  }
  res.setJson(page);
  return res;
}
