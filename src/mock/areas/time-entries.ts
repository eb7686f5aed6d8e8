// Time entries and the running timer (clockify.md 2.6). An entry without `end` is a running timer:
// its `end` and `duration` are null. A user has at most one running timer; starting another stops
// it. Durations are ISO-8601 with hours never rolled into days; times are UTC with a `Z`.

import { requireAdmin } from "../auth";
import { reply, type RequestContext } from "../context";
import { formatDuration } from "../duration";
import { errors } from "../errors";
import { inWorkspace, memberOf } from "../lookup";
import { readPaging } from "../paging";
import { costRateOf, hourlyRateOf, rateDto } from "../rates";
import { core } from "../router";
import type { CustomFieldValue, State, TimeEntryRecord, UserRecord } from "../state";
import { formatInstant, formatLocal, offsetSeconds, parseWallClock } from "../time";
import { entrySeconds } from "../tracked";
import { arrayOf, bool, CUSTOM_FIELD_VALUES, instant, obj, oneOf, str, type Infer } from "../validate";
import type { EventSubject } from "../webhooks";
import { projectSummaryDto } from "./projects";
import { tagsDto } from "./tags";
import { taskDto } from "./tasks";

export const timeZoneOf = (user: UserRecord | undefined) => user?.settings?.timeZone ?? "UTC";

const subjectOf = (e: TimeEntryRecord): EventSubject => ({ projectId: e.projectId, taskId: e.taskId, userId: e.userId, tagIds: e.tagIds });

function intervalDto(entry: TimeEntryRecord) {
  const seconds = entrySeconds(entry);
  return { start: entry.start, end: entry.end, duration: seconds === null ? null : formatDuration(seconds) };
}

/** The interval with the owner's zone, as webhook payloads and approval entries carry it. */
export function zonedIntervalDto(entry: TimeEntryRecord, timeZone: string) {
  const start = Date.parse(entry.start);
  const end = entry.end === null ? null : Date.parse(entry.end);
  return {
    ...intervalDto(entry),
    timeZone,
    offsetStart: offsetSeconds(start, timeZone),
    offsetEnd: end === null ? null : offsetSeconds(end, timeZone),
    zonedStart: formatLocal(start, timeZone),
    zonedEnd: end === null ? null : formatLocal(end, timeZone),
  };
}

function customFieldValuesDto(state: State, entry: TimeEntryRecord) {
  return entry.customFieldValues.map((v) => {
    const field = state.customFields.get(v.customFieldId);
    return { customFieldId: v.customFieldId, timeEntryId: entry.id, value: v.value, type: field?.type ?? "TXT", name: field?.name ?? "" };
  });
}

export function isLocked(state: State, entry: TimeEntryRecord): boolean {
  return entry.approvalRequestId !== null && state.approvalRequests.get(entry.approvalRequestId)?.state === "APPROVED";
}

/** TimeEntryDtoImplV1: what create, update and stop answer. */
export function timeEntryDto(state: State, entry: TimeEntryRecord) {
  return {
    id: entry.id,
    description: entry.description,
    // An entry without tags answers null, not [] (SOURCES.md: tagIds can be null): a client must cope.
    tagIds: entry.tagIds.length === 0 ? null : [...entry.tagIds],
    userId: entry.userId,
    billable: entry.billable,
    taskId: entry.taskId,
    projectId: entry.projectId,
    workspaceId: entry.workspaceId,
    timeInterval: intervalDto(entry),
    customFieldValues: customFieldValuesDto(state, entry),
    type: entry.type,
    kioskId: null,
    isLocked: isLocked(state, entry),
  };
}

/** TimeEntryWithRatesDtoV1 (lists and get); `hydrated=true` adds the project, task, tags and user. */
export function timeEntryWithRatesDto(state: State, entry: TimeEntryRecord, hydrated = false) {
  const dto = { ...timeEntryDto(state, entry), hourlyRate: rateDto(hourlyRateOf(state, entry)), costRate: rateDto(costRateOf(state, entry)) };
  return hydrated ? { ...dto, ...hydration(state, entry) } : dto;
}

function hydration(state: State, entry: TimeEntryRecord) {
  const project = entry.projectId === null ? undefined : state.projects.get(entry.projectId);
  const task = entry.taskId === null ? undefined : state.tasks.get(entry.taskId);
  const user = state.users.get(entry.userId);
  return {
    project: project === undefined ? null : projectSummaryDto(state, project),
    task: task === undefined ? null : { ...taskDto(state, task), workspaceId: task.workspaceId },
    user: user === undefined ? null : { id: user.id, name: user.name, status: user.status },
    tags: tagsDto(state, entry.tagIds),
  };
}

/**
 * The entry as a webhook posts it: flat, hydrated, with the zoned interval; no `taskId`/`tagIds`
 * (the `task` and `tags` objects carry them). Keys as in the NEW_TIME_ENTRY payload recorded in
 * activepieces' Clockify piece (clockify.md 3.3).
 */
export function webhookTimeEntryDto(state: State, entry: TimeEntryRecord) {
  const project = entry.projectId === null ? undefined : state.projects.get(entry.projectId);
  const approval = entry.approvalRequestId === null ? undefined : state.approvalRequests.get(entry.approvalRequestId);
  const { project: projectDto, task, user, tags } = hydration(state, entry);
  return {
    id: entry.id,
    description: entry.description,
    userId: entry.userId,
    billable: entry.billable,
    projectId: entry.projectId,
    timeInterval: zonedIntervalDto(entry, timeZoneOf(state.users.get(entry.userId))),
    workspaceId: entry.workspaceId,
    isLocked: isLocked(state, entry),
    hourlyRate: rateDto(hourlyRateOf(state, entry)),
    costRate: rateDto(costRateOf(state, entry)),
    customFieldValues: customFieldValuesDto(state, entry),
    type: entry.type,
    kioskId: null,
    approvalStatus: approval?.state ?? null,
    projectCurrency: project?.hourlyRate?.currency ?? null,
    currentlyRunning: entry.end === null,
    project: projectDto,
    task,
    user,
    tags,
  };
}

const ENTRY_PARTS = {
  start: instant(),
  end: instant(),
  billable: bool(),
  description: str({ max: 3000 }),
  projectId: str(),
  taskId: str(),
  tagIds: arrayOf(str()),
  type: oneOf(["REGULAR", "BREAK"]),
  customFields: CUSTOM_FIELD_VALUES,
};

const CreateTimeEntry = obj(
  "CreateTimeEntryRequest",
  { ...ENTRY_PARTS, customAttributes: arrayOf(obj("CreateCustomAttributeRequest", { name: str({ min: 1 }), namespace: str({ min: 1 }), value: str({ min: 1 }) }, ["name", "namespace", "value"])) },
  ["start"],
);
const UpdateTimeEntry = obj("UpdateTimeEntryRequest", ENTRY_PARTS, ["start"]);
const StopTimer = obj("StopTimeEntryRequest", { end: instant() }, ["end"]);

type EntryBody = Infer<typeof UpdateTimeEntry>;
type EntryFields = Omit<TimeEntryRecord, "id" | "workspaceId" | "userId" | "approvalRequestId">;

/** An empty id means none, as clients commonly send it. */
const idOrNull = (id: string | undefined) => (id === undefined || id === "" ? null : id);

/** The entry a body describes, every reference checked against the workspace. Omitted fields take their defaults: PUT replaces. */
function entryFields(ctx: RequestContext, body: EntryBody): EntryFields {
  const ws = ctx.workspace;
  const projectId = idOrNull(body.projectId);
  const taskId = idOrNull(body.taskId);
  const project = projectId === null ? undefined : inWorkspace(ctx.state.projects, projectId, ws.id, "Project");
  if (taskId !== null) {
    const task = inWorkspace(ctx.state.tasks, taskId, ws.id, "Task");
    if (task.projectId !== projectId) throw errors.rejected("Task doesn't belong to Project");
  }
  const tagIds = [...new Set(body.tagIds ?? [])];
  for (const id of tagIds) inWorkspace(ctx.state.tags, id, ws.id, "Tag");
  const customFieldValues: CustomFieldValue[] = (body.customFields ?? []).map((v) => {
    inWorkspace(ctx.state.customFields, v.customFieldId, ws.id, "Custom field");
    return { customFieldId: v.customFieldId, value: v.value ?? null };
  });
  if (project === undefined && ws.settings.forceProjects) {
    // An archived project is accepted all the same (clockify.md 1.5, live).
    throw errors.rejected("Time entry couldn't be created. Project is either required field or given project is archived.");
  }
  if (body.end !== undefined && body.end < body.start) throw errors.rejected("Time entry end must be after its start");
  return {
    description: body.description ?? "",
    projectId,
    taskId,
    tagIds,
    // An entry is billable like its project unless the body says otherwise [inferred].
    billable: body.billable ?? project?.billable ?? false,
    type: body.type ?? "REGULAR",
    start: formatInstant(body.start),
    end: body.end === undefined ? null : formatInstant(body.end),
    customFieldValues,
  };
}

/** Stops the user's running timer (other than `exceptId`) at `atMs`; it fires TIMER_STOPPED. */
function stopRunning(ctx: RequestContext, userId: string, atMs: number, exceptId?: string): TimeEntryRecord | undefined {
  const running = ctx.state.timeEntries.find((e) => e.workspaceId === ctx.workspace.id && e.userId === userId && e.end === null && e.id !== exceptId);
  if (running === undefined) return undefined;
  const stopped = ctx.state.timeEntries.replace({ ...running, end: formatInstant(Math.max(atMs, Date.parse(running.start))) });
  ctx.emit("TIMER_STOPPED", () => webhookTimeEntryDto(ctx.state, stopped), subjectOf(stopped));
  return stopped;
}

/** A caller may act on their own entries; on someone else's only as an admin. */
function checkOwner(ctx: RequestContext, userId: string) {
  if (userId !== ctx.user.id) requireAdmin(ctx.member);
}

function create(ctx: RequestContext, userId: string) {
  checkOwner(ctx, userId);
  memberOf(ctx.workspace, userId);
  const fields = entryFields(ctx, ctx.body(CreateTimeEntry));
  if (fields.end === null) stopRunning(ctx, userId, Date.parse(fields.start));
  const entry = ctx.state.timeEntries.insert({ id: ctx.newId(), workspaceId: ctx.workspace.id, userId, approvalRequestId: null, ...fields });
  // A timer start is NEW_TIMER_STARTED; an entry made with its end is NEW_TIME_ENTRY [inferred from the event names].
  ctx.emit(entry.end === null ? "NEW_TIMER_STARTED" : "NEW_TIME_ENTRY", () => webhookTimeEntryDto(ctx.state, entry), subjectOf(entry));
  return reply.created(timeEntryDto(ctx.state, entry));
}

const createTimeEntry = (ctx: RequestContext) => create(ctx, ctx.user.id);
const createTimeEntryForUser = (ctx: RequestContext) => create(ctx, ctx.params.userId);

function entryOf(ctx: RequestContext): TimeEntryRecord {
  const entry = inWorkspace(ctx.state.timeEntries, ctx.params.timeEntryId, ctx.workspace.id, "Time entry");
  checkOwner(ctx, entry.userId);
  return entry;
}

function getTimeEntry(ctx: RequestContext) {
  const hydrated = ctx.query.bool("hydrated") ?? false;
  return reply.ok(timeEntryWithRatesDto(ctx.state, entryOf(ctx), hydrated));
}

/** A replacing PUT: `start` is required, and leaving out `end` makes the entry a running timer again. */
function updateTimeEntry(ctx: RequestContext) {
  const entry = entryOf(ctx);
  const fields = entryFields(ctx, ctx.body(UpdateTimeEntry));
  if (fields.end === null) stopRunning(ctx, entry.userId, Date.parse(fields.start), entry.id);
  const updated = ctx.state.timeEntries.replace({ ...entry, ...fields });
  ctx.emit("TIME_ENTRY_UPDATED", () => webhookTimeEntryDto(ctx.state, updated), subjectOf(updated));
  return reply.ok(timeEntryDto(ctx.state, updated));
}

// 204 without a body (clockify.md 2.6, live).
function deleteTimeEntry(ctx: RequestContext) {
  const entry = entryOf(ctx);
  ctx.state.timeEntries.delete(entry.id);
  ctx.emit("TIME_ENTRY_DELETED", () => webhookTimeEntryDto(ctx.state, entry), subjectOf(entry));
  return reply.noContent();
}

// PATCH /user/{userId}/time-entries {end}: 404 code 404 when no timer runs (clockify.md 1.5).
function stopTimer(ctx: RequestContext) {
  const userId = ctx.params.userId;
  checkOwner(ctx, userId);
  memberOf(ctx.workspace, userId);
  const { end } = ctx.body(StopTimer);
  const running = ctx.state.timeEntries.find((e) => e.workspaceId === ctx.workspace.id && e.userId === userId && e.end === null);
  if (running === undefined) throw errors.noRunningTimer();
  if (end < Date.parse(running.start)) throw errors.rejected("Time entry end must be after its start");
  const stopped = stopRunning(ctx, userId, end) ?? running;
  return reply.ok(timeEntryDto(ctx.state, stopped));
}

/** A query date-time as stored entries write theirs, so filters compare text (the stored format sorts as time does). */
function queryInstant(ctx: RequestContext, name: string, timeZone: string): string | undefined {
  const text = ctx.query.str(name);
  if (text === undefined) return undefined;
  const ms = parseWallClock(text, timeZone);
  if (ms === undefined) throw errors.badQueryParam(name, "java.time.Instant", `Text '${text}' could not be parsed`);
  return formatInstant(ms);
}

/**
 * A user's entries, most recent first. `start`/`end` are read as wall-clock times in the caller's
 * time zone whatever offset they carry, so `…T00:00:00Z` means local midnight (clockify.md 2.6,
 * live 2026-08-08); `start` keeps entries starting at or after it, `end` those starting before it.
 */
function listUserTimeEntries(ctx: RequestContext) {
  const userId = ctx.params.userId;
  checkOwner(ctx, userId);
  memberOf(ctx.workspace, userId);
  const q = ctx.query;
  const zone = timeZoneOf(ctx.user);
  const from = queryInstant(ctx, "start", zone);
  const to = queryInstant(ctx, "end", zone);
  const description = q.str("description")?.toLowerCase();
  const project = q.str("project");
  const task = q.str("task");
  const tags = q.list("tags");
  const projectRequired = q.bool("project-required") ?? false;
  const taskRequired = q.bool("task-required") ?? false;
  const inProgress = q.bool("in-progress");
  const hydrated = q.bool("hydrated") ?? false;
  const paging = readPaging(q);
  const rows = ctx.state.timeEntries
    .where(
      (e) =>
        e.workspaceId === ctx.workspace.id &&
        e.userId === userId &&
        (from === undefined || e.start >= from) &&
        (to === undefined || e.start < to) &&
        (description === undefined || e.description.toLowerCase().includes(description)) &&
        (project === undefined || e.projectId === project) &&
        (task === undefined || e.taskId === task) &&
        (tags.length === 0 || e.tagIds.some((t) => tags.includes(t))) &&
        (!projectRequired || e.projectId !== null) &&
        (!taskRequired || e.taskId !== null) &&
        (inProgress === undefined || (e.end === null) === inProgress),
    )
    .sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : a.id < b.id ? 1 : -1));
  return reply.page(rows, paging, (e) => timeEntryWithRatesDto(ctx.state, e, hydrated));
}

// Every running timer of the workspace; page-size defaults to 10, at most 1000 (official spec).
function listRunning(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const paging = readPaging(ctx.query, { defaultSize: 10, maxSize: 1000 });
  const rows = ctx.state.timeEntries.where((e) => e.workspaceId === ctx.workspace.id && e.end === null);
  return reply.page(rows, paging, (e) => timeEntryWithRatesDto(ctx.state, e));
}

const USER_ENTRIES = "/workspaces/{workspaceId}/user/{userId}/time-entries";

export const timeEntryRoutes = [
  core("POST", "/workspaces/{workspaceId}/time-entries", createTimeEntry, { body: "json" }),
  core("GET", "/workspaces/{workspaceId}/time-entries/status/in-progress", listRunning),
  core("GET", "/workspaces/{workspaceId}/time-entries/{timeEntryId}", getTimeEntry),
  core("PUT", "/workspaces/{workspaceId}/time-entries/{timeEntryId}", updateTimeEntry, { body: "json" }),
  core("DELETE", "/workspaces/{workspaceId}/time-entries/{timeEntryId}", deleteTimeEntry),
  core("GET", USER_ENTRIES, listUserTimeEntries),
  core("POST", USER_ENTRIES, createTimeEntryForUser, { body: "json" }),
  core("PATCH", USER_ENTRIES, stopTimer, { body: "json" }),
];
