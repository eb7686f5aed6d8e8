// The reports host's routes (`/v1/...` on reports.api.clockify.me): the detailed, summary and weekly
// reports, and shared reports (clockify.md 2.10). Shared reports are saved report requests: listed
// as `{reports, count}` with a camelCase `pageSize`, created with 200 (not 201), deleted with 204,
// and run by a bare `GET /v1/shared-reports/{id}` that needs no key when the report is public.

import { isAdmin } from "../auth";
import { reply, type RequestContext } from "../context";
import { errors } from "../errors";
import { inWorkspace } from "../lookup";
import { pageOf, readPaging } from "../paging";
import { reports } from "../router";
import { DetailedRequest, detailedReport, SummaryRequest, summaryReport, WeeklyRequest, weeklyReport, type ReportScope } from "../reports";
import type { SharedReportRecord, State } from "../state";
import { arrayOf, bool, obj, oneOf, parseBody, str } from "../validate";

const scopeOf = (ctx: RequestContext): ReportScope => ({ state: ctx.state, workspace: ctx.workspace, viewer: ctx.user });

const detailed = (ctx: RequestContext) => reply.ok(detailedReport(scopeOf(ctx), ctx.body(DetailedRequest)));
const summary = (ctx: RequestContext) => reply.ok(summaryReport(scopeOf(ctx), ctx.body(SummaryRequest)));
const weekly = (ctx: RequestContext) => reply.ok(weeklyReport(scopeOf(ctx), ctx.body(WeeklyRequest)));

const REPORT_TYPES = ["DETAILED", "SUMMARY", "WEEKLY"] as const;

function sharedReportDto(state: State, r: SharedReportRecord) {
  const named = (ids: readonly string[], lookup: (id: string) => { name: string } | undefined) => ids.map((id) => ({ id, name: lookup(id)?.name ?? "" }));
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    link: `https://app.clockify.me/shared/${r.id}`,
    isPublic: r.isPublic,
    fixedDate: r.fixedDate,
    reportAuthor: state.users.get(r.userId)?.name ?? "",
    visibleToUsers: named(r.visibleToUsers, (id) => state.users.get(id)),
    visibleToUserGroups: named(r.visibleToUserGroups, (id) => state.userGroups.get(id)),
  };
}

/** SharedReportV1: what create and update answer, the saved filter included. */
const savedReportDto = (r: SharedReportRecord) => ({
  id: r.id,
  workspaceId: r.workspaceId,
  userId: r.userId,
  name: r.name,
  type: r.type,
  isPublic: r.isPublic,
  fixedDate: r.fixedDate,
  filter: r.filter,
  visibleToUsers: [...r.visibleToUsers],
  visibleToUserGroups: [...r.visibleToUserGroups],
});

function canSee(state: State, r: SharedReportRecord, userId: string, admin: boolean): boolean {
  const inGroup = r.visibleToUserGroups.some((g) => state.userGroups.get(g)?.userIds.includes(userId));
  return admin || r.userId === userId || r.visibleToUsers.includes(userId) || inGroup;
}

function listSharedReports(ctx: RequestContext) {
  const filter = ctx.query.oneOf("sharedReportsFilter", ["ALL", "ALL_ADMIN", "CREATED_BY_ME", "SHARED_WITH_ME"], "SharedReportsFilter") ?? "ALL";
  const paging = readPaging(ctx.query, { sizeParam: "pageSize" });
  const me = ctx.user.id;
  const admin = isAdmin(ctx.member);
  const rows = ctx.state.sharedReports.where((r) => {
    if (r.workspaceId !== ctx.workspace.id) return false;
    switch (filter) {
      case "CREATED_BY_ME":
        return r.userId === me;
      case "SHARED_WITH_ME":
        return r.userId !== me && canSee(ctx.state, r, me, false);
      case "ALL_ADMIN":
        return canSee(ctx.state, r, me, admin);
      default:
        return canSee(ctx.state, r, me, false);
    }
  });
  const page = pageOf(rows, paging);
  return reply.ok({ reports: page.items.map((r) => sharedReportDto(ctx.state, r)), count: rows.length });
}

const SavedFilter = obj("ReportFilterV1", { dateRangeStart: str({ min: 1 }), dateRangeEnd: str({ min: 1 }) }, ["dateRangeStart", "dateRangeEnd"]);
const SHARING = { name: str({ min: 1 }), isPublic: bool(), fixedDate: bool(), visibleToUsers: arrayOf(str()), visibleToUserGroups: arrayOf(str()) };
const CreateShared = obj("SharedReportRequestV1", { ...SHARING, type: oneOf(REPORT_TYPES), filter: SavedFilter }, ["name", "type", "filter"]);
const UpdateShared = obj("UpdateSharedReportRequestV1", SHARING, ["name"]);

function createSharedReport(ctx: RequestContext) {
  const body = ctx.body(CreateShared);
  const raw = ctx.rawBody as { filter: Record<string, unknown> };
  const report = ctx.state.sharedReports.insert({
    id: ctx.newId(),
    workspaceId: ctx.workspace.id,
    userId: ctx.user.id,
    name: body.name,
    type: body.type,
    isPublic: body.isPublic ?? false,
    fixedDate: body.fixedDate ?? false,
    filter: raw.filter,
    visibleToUsers: body.visibleToUsers ?? [],
    visibleToUserGroups: body.visibleToUserGroups ?? [],
  });
  // Checked once saved: a filter that cannot run is refused now, not when the report is opened.
  runShared(ctx.state, report, new URLSearchParams());
  return reply.ok(savedReportDto(report));
}

function ownReport(ctx: RequestContext): SharedReportRecord {
  const report = inWorkspace(ctx.state.sharedReports, ctx.params.reportId, ctx.workspace.id, "Shared report");
  if (report.userId !== ctx.user.id && !isAdmin(ctx.member)) throw errors.accessDenied();
  return report;
}

function updateSharedReport(ctx: RequestContext) {
  const report = ownReport(ctx);
  const body = ctx.body(UpdateShared);
  const updated = ctx.state.sharedReports.replace({
    ...report,
    name: body.name,
    isPublic: body.isPublic ?? false,
    fixedDate: body.fixedDate ?? false,
    visibleToUsers: body.visibleToUsers ?? [],
    visibleToUserGroups: body.visibleToUserGroups ?? [],
  });
  return reply.ok(savedReportDto(updated));
}

function deleteSharedReport(ctx: RequestContext) {
  ctx.state.sharedReports.delete(ownReport(ctx).id);
  return reply.noContent();
}

/** Runs a saved report as its author sees it; query parameters may override the range and the page. */
function runShared(state: State, report: SharedReportRecord, params: URLSearchParams) {
  const workspace = state.workspaces.get(report.workspaceId);
  const author = state.users.get(report.userId);
  if (workspace === undefined || author === undefined) throw errors.notInWorkspace("Shared report");
  const scope: ReportScope = { state, workspace, viewer: author };
  const filter: Record<string, unknown> = { ...report.filter };
  for (const name of ["dateRangeStart", "dateRangeEnd", "sortOrder", "exportType"]) {
    const value = params.get(name);
    if (value !== null) filter[name] = value;
  }
  switch (report.type) {
    case "DETAILED": {
      const detailedFilter = { ...(filter.detailedFilter as object | undefined) } as Record<string, unknown>;
      for (const name of ["page", "pageSize"]) if (params.has(name)) detailedFilter[name] = Number(params.get(name));
      return detailedReport(scope, parseBody(DetailedRequest, { ...filter, detailedFilter }));
    }
    case "SUMMARY":
      return summaryReport(scope, parseBody(SummaryRequest, { summaryFilter: { groups: ["PROJECT"] }, ...filter }));
    case "WEEKLY":
      return weeklyReport(scope, parseBody(WeeklyRequest, { weeklyFilter: { group: "PROJECT", subgroup: "TIME" }, ...filter }));
  }
}

function openSharedReport(ctx: RequestContext) {
  const report = ctx.state.sharedReports.get(ctx.params.reportId);
  if (report === undefined) throw errors.notInWorkspace("Shared report");
  if (!report.isPublic) {
    if (ctx.caller === null) throw errors.noOrManyTokens();
    const member = ctx.state.workspaces.get(report.workspaceId)?.members.find((m) => m.userId === ctx.user.id && m.status === "ACTIVE");
    if (member === undefined || !canSee(ctx.state, report, ctx.user.id, isAdmin(member))) throw errors.accessDenied();
  }
  return reply.ok(runShared(ctx.state, report, ctx.query.params));
}

const REPORTS = "/workspaces/{workspaceId}/reports";
const SHARED = "/workspaces/{workspaceId}/shared-reports";

export const reportRoutes = [
  reports("POST", `${REPORTS}/detailed`, detailed, { body: "json" }),
  reports("POST", `${REPORTS}/summary`, summary, { body: "json" }),
  reports("POST", `${REPORTS}/weekly`, weekly, { body: "json" }),
  reports("GET", SHARED, listSharedReports),
  reports("POST", SHARED, createSharedReport, { body: "json" }),
  reports("PUT", `${SHARED}/{reportId}`, updateSharedReport, { body: "json" }),
  reports("DELETE", `${SHARED}/{reportId}`, deleteSharedReport),
  reports("GET", "/shared-reports/{reportId}", openSharedReport, { auth: "optional" }),
];
