// Approval requests (clockify.md 2.9). Submitting a period attaches the owner's entries in it; an
// approved request locks them. The list takes only PENDING, APPROVED and WITHDRAWN_APPROVAL as
// `status`; `userId`, `start` and `end` parameters are ignored (live).

import { isAdmin, requireAdmin } from "../auth";
import { reply, type RequestContext } from "../context";
import { formatDuration } from "../duration";
import { errors } from "../errors";
import { inWorkspace, memberOf } from "../lookup";
import { readPaging, SORT_ORDERS, sortBy } from "../paging";
import { amountOf, costRateOf, hourlyRateOf, rateDto } from "../rates";
import { core } from "../router";
import type { ApprovalRequestRecord, State, TimeEntryRecord } from "../state";
import { DAY_MS, formatInstant, parseWallClock, wallClockToInstant } from "../time";
import { entrySeconds } from "../tracked";
import { obj, oneOf, str } from "../validate";
import { projectInfoDto } from "./projects";
import { tagsDto } from "./tags";
import { isLocked, timeZoneOf, zonedIntervalDto } from "./time-entries";

export function approvalRequestDto(state: State, r: ApprovalRequestRecord) {
  const owner = state.users.get(r.ownerId);
  const creator = state.users.get(r.creatorId);
  const updater = state.users.get(r.updatedBy);
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    dateRange: { start: r.start, end: r.end },
    owner: { userId: r.ownerId, userName: owner?.name ?? "", timeZone: timeZoneOf(owner), startOfWeek: owner?.settings?.weekStart ?? "MONDAY" },
    creator: { userId: r.creatorId, userEmail: creator?.email ?? "", userName: creator?.name ?? "" },
    status: { state: r.state, note: r.note, updatedBy: r.updatedBy, updatedByUserName: updater?.name ?? "", updatedAt: r.updatedAt },
    type: r.type,
  };
}

const entriesOf = (state: State, r: ApprovalRequestRecord) => state.timeEntries.where((e) => e.approvalRequestId === r.id);

/** An entry as approvals list it (TimeEntryInfoDto). */
function entryInfoDto(state: State, e: TimeEntryRecord) {
  const project = e.projectId === null ? undefined : state.projects.get(e.projectId);
  const task = e.taskId === null ? undefined : state.tasks.get(e.taskId);
  return {
    id: e.id,
    description: e.description,
    billable: e.billable,
    isLocked: isLocked(state, e),
    type: e.type,
    approvalRequestId: e.approvalRequestId,
    hourlyRate: rateDto(hourlyRateOf(state, e)),
    costRate: rateDto(costRateOf(state, e)),
    timeInterval: zonedIntervalDto(e, timeZoneOf(state.users.get(e.userId))),
    project: project === undefined ? null : projectInfoDto(state, project),
    task: task === undefined ? null : { id: task.id, name: task.name },
    tags: tagsDto(state, e.tagIds),
    customFieldValues: e.customFieldValues.map((v) => ({ customFieldId: v.customFieldId, timeEntryId: e.id, value: v.value, sourceType: "TIMEENTRY" })),
  };
}

/** ApprovalDetailsDtoV1: the request with its entries and totals (times ISO-8601, amounts in cents). */
function approvalDetailsDto(state: State, r: ApprovalRequestRecord) {
  const entries = entriesOf(state, r);
  const sum = (pick: (e: TimeEntryRecord, seconds: number) => number) => entries.reduce((total, e) => total + pick(e, entrySeconds(e) ?? 0), 0);
  const tracked = sum((_, s) => s);
  return {
    approvalRequest: approvalRequestDto(state, r),
    trackedTime: formatDuration(tracked),
    billableTime: formatDuration(sum((e, s) => (e.billable ? s : 0))),
    breakTime: formatDuration(sum((e, s) => (e.type === "BREAK" ? s : 0))),
    approvedTime: formatDuration(r.state === "APPROVED" ? tracked : 0),
    pendingTime: formatDuration(r.state === "PENDING" ? tracked : 0),
    billableAmount: sum((e, s) => (e.billable ? amountOf(hourlyRateOf(state, e), s) : 0)),
    costAmount: sum((e, s) => amountOf(costRateOf(state, e), s)),
    expenseTotal: 0,
    entries: entries.map((e) => entryInfoDto(state, e)),
    expenses: [],
  };
}

const APPROVAL_SORT = ["ID", "USER_ID", "START", "UPDATED_AT"] as const;

function listApprovalRequests(ctx: RequestContext) {
  const q = ctx.query;
  const status = q.oneOf("status", ["PENDING", "APPROVED", "WITHDRAWN_APPROVAL"], "ApprovalStatus");
  const column = q.oneOf("sort-column", APPROVAL_SORT, "ApprovalSort") ?? "START";
  const order = q.oneOf("sort-order", SORT_ORDERS, "SortOrder");
  const types = q.list("types");
  const paging = readPaging(q);
  const rows = ctx.state.approvalRequests.where(
    (r) =>
      r.workspaceId === ctx.workspace.id &&
      (isAdmin(ctx.member) || r.ownerId === ctx.user.id) &&
      (status === undefined || r.state === status) &&
      (types.length === 0 || types.includes(r.type)),
  );
  const key = (r: ApprovalRequestRecord) => (column === "ID" ? r.id : column === "USER_ID" ? r.ownerId : column === "UPDATED_AT" ? r.updatedAt : r.start);
  return reply.page(sortBy(rows, key, order), paging, (r) => approvalDetailsDto(ctx.state, r));
}

const CreateApproval = obj(
  "CreateApprovalRequest",
  { periodStart: str({ min: 1 }), period: oneOf(["WEEKLY", "SEMI_MONTHLY", "MONTHLY"]), type: oneOf(["TIMESHEET", "EXPENSE", "TIMESHEET_AND_EXPENSE"]) },
  ["periodStart"],
);

/** The period that starts at `periodStart` (wall-clock in the owner's zone), as [start, end] instants. */
function periodOf(periodStart: number, period: "WEEKLY" | "SEMI_MONTHLY" | "MONTHLY", timeZone: string): [number, number] {
  const d = new Date(periodStart);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  let endWall: number;
  if (period === "WEEKLY") endWall = periodStart + 7 * DAY_MS;
  else if (period === "MONTHLY") endWall = Date.UTC(y, m + 1, 1);
  else endWall = d.getUTCDate() <= 15 ? Date.UTC(y, m, 16) : Date.UTC(y, m + 1, 1);
  return [wallClockToInstant(periodStart, timeZone), wallClockToInstant(endWall, timeZone) - 1000];
}

function submit(ctx: RequestContext, ownerId: string) {
  const body = ctx.body(CreateApproval);
  const owner = ctx.state.users.get(ownerId);
  const zone = timeZoneOf(owner);
  const startMs = parseWallClock(body.periodStart, "UTC");
  if (startMs === undefined) throw errors.invalidField("periodStart", "must be a date-time such as 2024-01-01T00:00:00Z");
  const [start, end] = periodOf(startMs, body.period ?? "WEEKLY", zone);
  const request = ctx.state.approvalRequests.insert({
    id: ctx.newId(),
    workspaceId: ctx.workspace.id,
    ownerId,
    creatorId: ctx.user.id,
    start: formatInstant(start),
    end: formatInstant(end),
    type: "TIMESHEET",
    state: "PENDING",
    note: "",
    updatedBy: ctx.user.id,
    updatedAt: formatInstant(ctx.nowMs),
  });
  for (const e of ctx.state.timeEntries.where((e) => e.workspaceId === ctx.workspace.id && e.userId === ownerId && e.end !== null && Date.parse(e.start) >= start && Date.parse(e.start) <= end)) {
    ctx.state.timeEntries.replace({ ...e, approvalRequestId: request.id });
  }
  const dto = approvalRequestDto(ctx.state, request);
  ctx.emit("NEW_APPROVAL_REQUEST", () => dto, { userId: ownerId });
  return reply.created(dto);
}

const submitApprovalRequest = (ctx: RequestContext) => submit(ctx, ctx.user.id);

function submitForUser(ctx: RequestContext) {
  requireAdmin(ctx.member);
  memberOf(ctx.workspace, ctx.params.userId);
  return submit(ctx, ctx.params.userId);
}

const UpdateApproval = obj("UpdateApprovalRequest", { state: oneOf(["PENDING", "APPROVED", "WITHDRAWN_SUBMISSION", "WITHDRAWN_APPROVAL", "REJECTED"]), note: str() }, ["state"]);

function updateApprovalRequest(ctx: RequestContext) {
  const request = inWorkspace(ctx.state.approvalRequests, ctx.params.approvalRequestId, ctx.workspace.id, "Approval request");
  const body = ctx.body(UpdateApproval);
  // Owners withdraw their own submissions; deciding is for admins.
  if (!(body.state === "WITHDRAWN_SUBMISSION" && request.ownerId === ctx.user.id)) requireAdmin(ctx.member);
  const updated = ctx.state.approvalRequests.replace({ ...request, state: body.state, note: body.note ?? "", updatedBy: ctx.user.id, updatedAt: formatInstant(ctx.nowMs) });
  const dto = approvalRequestDto(ctx.state, updated);
  ctx.emit("APPROVAL_REQUEST_STATUS_UPDATED", () => dto, { userId: request.ownerId });
  return reply.ok(dto);
}

const APPROVALS = "/workspaces/{workspaceId}/approval-requests";

export const approvalRoutes = [
  core("GET", APPROVALS, listApprovalRequests),
  core("POST", APPROVALS, submitApprovalRequest, { body: "json" }),
  core("POST", `${APPROVALS}/users/{userId}`, submitForUser, { body: "json" }),
  core("PATCH", `${APPROVALS}/{approvalRequestId}`, updateApprovalRequest, { body: "json" }),
];
