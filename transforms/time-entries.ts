import { isoDuration, type Ctx, type Json, type Req, type Res } from "csxc";
import { addCustomFieldsByName, type EntryOutput } from "./custom-fields";
import { sendChecked } from "./errors";
import { everyRowOf, pagesWithNextLink } from "./paging";

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

/** Every entry read, each with what the connector adds. */
function withAdditions(rows: Json[]): Json[] {
  for (const row of rows) {
    addToEntry(row as unknown as TimeEntry);
  }
  return rows;
}

/** `handle` of GetTimeEntriesForUser_v1: every entry (or the one page asked for), each with durationSeconds and its custom fields by name. */
export async function everyTimeEntry(req: Req, ctx: Ctx): Promise<Res> {
  if (req.query.has("page")) {
    const res = await sendChecked(req, ctx);
    await addDurationSeconds(res);
    return res;
  }
  return everyRowOf(req, ctx, null, withAdditions);
}

// ListTimeEntriesPaged sits at /v1/paged/workspaces/…/time-entries: Clockify's path with "/paged"
// in front, so it can answer in the platform's paging shape beside GetTimeEntriesForUser_v1.
const PAGED = "/v1/paged/";

/** `handle` of ListTimeEntriesPaged: `{ value, nextLink }` pages a flow's Pagination setting follows. */
export async function timeEntryPages(req: Req, ctx: Ctx): Promise<Res> {
  const at = req.path.indexOf(PAGED);
  const clockifyPath = at < 0 ? req.path : req.path.slice(0, at) + "/v1/" + req.path.slice(at + PAGED.length);
  return pagesWithNextLink(req, ctx, clockifyPath, (row) => addToEntry(row as unknown as TimeEntry));
}
