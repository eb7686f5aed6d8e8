// The reports host's reports, computed from the time entries (clockify.md 2.10). What sets them
// apart from the core host: ids are `_id`; durations are integer seconds; the date range is read as
// wall-clock time in `timeZone` (default: the caller's zone), a trailing Z notwithstanding; times in
// the answer carry that zone's offset; the detailed report pages inside its body
// (`detailedFilter.page`/`pageSize`, at most 1000) and sends no Last-Page header; the weekly report
// wants exactly 7 days. Amounts are in minor units (cents), like rates.

import { isAdmin } from "./auth";
import { errors } from "./errors";
import { SORT_ORDERS, type SortOrder } from "./paging";
import { amountOf, hourlyRateOf } from "./rates";
import type { State, TimeEntryRecord, UserRecord, WorkspaceRecord } from "./state";
import { DAY_MS, formatZoned, isTimeZone, localDate, parseWallClock, parseWallFields } from "./time";
import { entrySeconds } from "./tracked";
import { arrayOf, bool, int, obj, oneOf, str, type Infer } from "./validate";

const CONTAINS = oneOf(["CONTAINS", "DOES_NOT_CONTAIN", "CONTAINS_ONLY"]);
const IDS_FILTER = obj("ContainsFilterV1", { ids: arrayOf(str()), contains: CONTAINS, status: str() });
const TAGS_FILTER = obj("ContainsTagFilterV1", { ids: arrayOf(str()), contains: CONTAINS, status: str(), containedInTimeentry: CONTAINS });
const EXPORT_TYPES = ["JSON", "JSON_V1", "PDF", "CSV", "XLSX", "ZIP"] as const;
const DETAILED_SORT = ["ID", "DESCRIPTION", "USER", "DURATION", "DATE", "ZONED_DATE", "NATURAL", "USER_DATE"] as const;
const GROUPS = ["PROJECT", "CLIENT", "TASK", "TAG", "DATE", "USER", "USER_GROUP", "TIMEENTRY", "MONTH", "WEEK"] as const;
type Group = (typeof GROUPS)[number];

const DetailedFilter = obj("DetailedFilterV1", { page: int({ min: 1 }), pageSize: int({ min: 1, max: 1000 }), sortColumn: oneOf(DETAILED_SORT) });
const SummaryFilter = obj("SummaryFilterV1", {
  groups: arrayOf(oneOf(GROUPS)),
  sortColumn: oneOf(["GROUP", "DURATION", "AMOUNT", "EARNED", "COST", "PROFIT"]),
  summaryChartType: oneOf(["BILLABILITY", "PROJECT"]),
});
const WeeklyFilter = obj("WeeklyFilterV1", { group: oneOf(["USER", "PROJECT"]), subgroup: oneOf(["TIME"]) });

/**
 * The fields every report request shares (ReportFilterV1 of the official spec): each report type's
 * own filter is required by that type and type-checked in the others.
 */
const REPORT_PARTS = {
  dateRangeStart: str({ min: 1 }),
  dateRangeEnd: str({ min: 1 }),
  timeZone: str(),
  sortOrder: oneOf(SORT_ORDERS),
  exportType: oneOf(EXPORT_TYPES),
  amountShown: oneOf(["EARNED", "COST", "PROFIT", "HIDE_AMOUNT", "EXPORT"]),
  billable: bool(),
  description: str(),
  withoutDescription: bool(),
  rounding: bool(),
  users: IDS_FILTER,
  projects: IDS_FILTER,
  clients: IDS_FILTER,
  tasks: IDS_FILTER,
  tags: TAGS_FILTER,
  detailedFilter: DetailedFilter,
  summaryFilter: SummaryFilter,
  weeklyFilter: WeeklyFilter,
  // Accepted and checked for type; they do not change the mock's answer.
  userGroups: IDS_FILTER,
  currency: IDS_FILTER,
  amounts: arrayOf(str()),
  approvalState: oneOf(["APPROVED", "UNAPPROVED", "ALL"]),
  invoicingState: oneOf(["INVOICED", "UNINVOICED", "ALL"]),
  archived: bool(),
  attendanceFilter: obj("AttendanceFilterV1", { page: int({ min: 1 }), pageSize: int({ min: 1 }), groups: arrayOf(str()), hasTimeOff: bool() }),
  customFields: arrayOf(obj("CustomFieldFilterV1", { id: str() })),
  userCustomFields: arrayOf(obj("CustomFieldFilterV1", { id: str() })),
  dateRangeType: oneOf(["ABSOLUTE", "TODAY", "YESTERDAY", "THIS_WEEK", "LAST_WEEK", "PAST_TWO_WEEKS", "THIS_MONTH", "LAST_MONTH", "THIS_YEAR", "LAST_YEAR"]),
  dateFormat: str(),
  timeFormat: str(),
  userLocale: str(),
  weekStart: oneOf(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]),
  zoomLevel: oneOf(["WEEK", "MONTH", "YEAR"]),
};
const RANGE = ["dateRangeStart", "dateRangeEnd"] as const;

export const DetailedRequest = obj("DetailedReportFilterV1", REPORT_PARTS, [...RANGE, "detailedFilter"]);
export const SummaryRequest = obj("SummaryReportFilterV1", REPORT_PARTS, [...RANGE, "summaryFilter"]);
export const WeeklyRequest = obj("WeeklyReportFilterV1", REPORT_PARTS, [...RANGE, "weeklyFilter"]);

type Common = { [K in keyof typeof REPORT_PARTS]?: Infer<(typeof REPORT_PARTS)[K]> } & { dateRangeStart: string; dateRangeEnd: string };

/** Whose report it is: the viewer sees everyone's entries as an admin, else only their own. */
export interface ReportScope {
  state: State;
  workspace: WorkspaceRecord;
  viewer: UserRecord;
}

interface Selection {
  entries: TimeEntryRecord[];
  timeZone: string;
  start: number;
  end: number;
  /** The range's length in wall-clock terms (a day is a day across a daylight-saving change). */
  span: number;
  order: SortOrder | undefined;
}

function idsMatch(filter: Infer<typeof IDS_FILTER> | undefined, ids: ReadonlyArray<string | null>): boolean {
  if (filter?.ids === undefined || filter.ids.length === 0) return true;
  const wanted = filter.ids;
  const present = ids.filter((id): id is string => id !== null);
  switch (filter.contains ?? "CONTAINS") {
    case "DOES_NOT_CONTAIN":
      return !present.some((id) => wanted.includes(id));
    case "CONTAINS_ONLY":
      return present.length > 0 && present.every((id) => wanted.includes(id));
    default:
      return present.some((id) => wanted.includes(id));
  }
}

/** The finished entries a report covers, with its zone and range. */
function select(scope: ReportScope, body: Common, options: { freePlanLimit: boolean }): Selection {
  const { state, workspace, viewer } = scope;
  const timeZone = body.timeZone ?? viewer.settings?.timeZone ?? "UTC";
  if (!isTimeZone(timeZone)) throw errors.invalidField("timeZone", `Unknown time zone ${timeZone}`);
  if (body.exportType !== undefined && body.exportType !== "JSON" && body.exportType !== "JSON_V1") {
    throw errors.rejected(`The Clockify mock answers reports as JSON only; exportType ${body.exportType} is not served`);
  }
  const start = parseWallClock(body.dateRangeStart, timeZone);
  const end = parseWallClock(body.dateRangeEnd, timeZone);
  if (start === undefined) throw errors.invalidField("dateRangeStart", "must be a date-time such as 2024-01-01T00:00:00");
  if (end === undefined) throw errors.invalidField("dateRangeEnd", "must be a date-time such as 2024-01-31T23:59:59.999");
  if (end < start) throw errors.rejected("Date range end must be after its start");
  const span = (parseWallFields(body.dateRangeEnd) as number) - (parseWallFields(body.dateRangeStart) as number);
  // The Free plan reports at most 31 days (clockify.md 2.10); the wording of the refusal is not recorded.
  if (options.freePlanLimit && workspace.plan === "FREE" && span > 31 * DAY_MS) throw errors.rejected("Date range can't be longer than 31 days on the Free plan");

  const member = workspace.members.find((m) => m.userId === viewer.id);
  const everyone = member !== undefined && isAdmin(member);
  const description = body.description?.toLowerCase();
  const entries = state.timeEntries.where((e) => {
    if (e.workspaceId !== workspace.id || e.end === null || (!everyone && e.userId !== viewer.id)) return false;
    const at = Date.parse(e.start);
    const clientId = e.projectId === null ? null : (state.projects.get(e.projectId)?.clientId ?? null);
    return (
      at >= start &&
      at <= end &&
      (body.billable === undefined || e.billable === body.billable) &&
      (description === undefined || e.description.toLowerCase().includes(description)) &&
      (!body.withoutDescription || e.description === "") &&
      idsMatch(body.users, [e.userId]) &&
      idsMatch(body.projects, [e.projectId]) &&
      idsMatch(body.clients, [clientId]) &&
      idsMatch(body.tasks, [e.taskId]) &&
      idsMatch(body.tags, e.tagIds)
    );
  });
  return { entries, timeZone, start, end, span, order: body.sortOrder };
}

interface Tally {
  seconds: number;
  billableSeconds: number;
  amount: number;
  count: number;
}

function tally(state: State, entries: readonly TimeEntryRecord[]): Tally {
  const t: Tally = { seconds: 0, billableSeconds: 0, amount: 0, count: entries.length };
  for (const e of entries) {
    const s = entrySeconds(e) ?? 0;
    t.seconds += s;
    if (e.billable) {
      t.billableSeconds += s;
      t.amount += amountOf(hourlyRateOf(state, e), s);
    }
  }
  return t;
}

function totalsDto(state: State, entries: readonly TimeEntryRecord[]) {
  if (entries.length === 0) return [];
  const t = tally(state, entries);
  return [
    {
      _id: "",
      totalTime: t.seconds,
      totalBillableTime: t.billableSeconds,
      entriesCount: t.count,
      totalAmount: t.amount,
      amounts: [{ type: "EARNED", value: t.amount }],
    },
  ];
}

function names(state: State, e: TimeEntryRecord) {
  const project = e.projectId === null ? undefined : state.projects.get(e.projectId);
  const client = project?.clientId == null ? undefined : state.clients.get(project.clientId);
  const task = e.taskId === null ? undefined : state.tasks.get(e.taskId);
  const user = state.users.get(e.userId);
  return { project, client, task, user };
}

export function detailedReport(scope: ReportScope, body: Infer<typeof DetailedRequest>) {
  const { state } = scope;
  const sel = select(scope, body, { freePlanLimit: true });
  const page = body.detailedFilter.page ?? 1;
  const pageSize = body.detailedFilter.pageSize ?? 50;
  const column = body.detailedFilter.sortColumn ?? "DATE";
  const sign = (sel.order ?? "DESCENDING") === "ASCENDING" ? 1 : -1;
  const key = (e: TimeEntryRecord): string | number => {
    switch (column) {
      case "ID":
        return e.id;
      case "DESCRIPTION":
        return e.description.toLowerCase();
      case "USER":
        return (state.users.get(e.userId)?.name ?? "").toLowerCase();
      case "DURATION":
        return entrySeconds(e) ?? 0;
      default:
        return e.start;
    }
  };
  const sorted = [...sel.entries].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1) * sign;
  });
  const rows = sorted.slice((page - 1) * pageSize, page * pageSize);
  return {
    totals: totalsDto(state, sel.entries),
    timeentries: rows.map((e) => {
      const { project, client, task, user } = names(state, e);
      return {
        _id: e.id,
        description: e.description,
        userId: e.userId,
        userName: user?.name ?? "",
        userEmail: user?.email ?? "",
        billable: e.billable,
        projectId: e.projectId ?? "",
        projectName: project?.name ?? "",
        projectColor: project?.color ?? "",
        clientId: client?.id ?? "",
        clientName: client?.name ?? "",
        taskId: e.taskId ?? "",
        taskName: task?.name ?? "",
        tags: e.tagIds.map((id) => ({ id, name: state.tags.get(id)?.name ?? "" })),
        approvalRequestId: e.approvalRequestId,
        locked: e.approvalRequestId !== null && state.approvalRequests.get(e.approvalRequestId)?.state === "APPROVED",
        timeInterval: {
          start: formatZoned(Date.parse(e.start), sel.timeZone),
          end: formatZoned(Date.parse(e.end as string), sel.timeZone),
          duration: entrySeconds(e) ?? 0,
        },
      };
    }),
  };
}

interface GroupKey {
  id: string;
  name: string;
  clientName?: string;
}

/** The groups an entry falls in (an entry with several tags is in each tag's group). */
function groupKeys(state: State, e: TimeEntryRecord, group: Group, timeZone: string): GroupKey[] {
  const { project, client, task, user } = names(state, e);
  const day = localDate(Date.parse(e.start), timeZone);
  switch (group) {
    case "PROJECT":
      return [{ id: project?.id ?? "", name: project?.name ?? "Without project", clientName: client?.name ?? "" }];
    case "CLIENT":
      return [{ id: client?.id ?? "", name: client?.name ?? "Without client" }];
    case "TASK":
      return [{ id: task?.id ?? "", name: task?.name ?? "Without task" }];
    case "USER":
      return [{ id: e.userId, name: user?.name ?? "" }];
    case "USER_GROUP": {
      const groups = state.userGroups.where((g) => g.workspaceId === e.workspaceId && g.userIds.includes(e.userId));
      return groups.length === 0 ? [{ id: "", name: "Without group" }] : groups.map((g) => ({ id: g.id, name: g.name }));
    }
    case "TAG":
      return e.tagIds.length === 0 ? [{ id: "", name: "Without tag" }] : e.tagIds.map((id) => ({ id, name: state.tags.get(id)?.name ?? "" }));
    case "DATE":
      return [{ id: day, name: day }];
    case "MONTH":
      return [{ id: day.slice(0, 7), name: day.slice(0, 7) }];
    case "WEEK": {
      const ms = Date.parse(`${day}T00:00:00Z`);
      const monday = localDate(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS, "UTC");
      return [{ id: monday, name: monday }];
    }
    case "TIMEENTRY":
      return [{ id: e.description, name: e.description === "" ? "(Without description)" : e.description }];
  }
}

interface GroupNode {
  _id: string;
  name: string;
  nameLowerCase: string;
  duration: number;
  amount: number;
  clientName?: string;
  children?: GroupNode[];
}

function groupBy(state: State, entries: readonly TimeEntryRecord[], groups: readonly Group[], sel: Selection, sortColumn: string): GroupNode[] {
  const [group, ...rest] = groups;
  const buckets = new Map<string, { key: GroupKey; entries: TimeEntryRecord[] }>();
  for (const e of entries) {
    for (const key of groupKeys(state, e, group, sel.timeZone)) {
      const bucket = buckets.get(key.id) ?? { key, entries: [] };
      bucket.entries.push(e);
      buckets.set(key.id, bucket);
    }
  }
  const nodes = [...buckets.values()].map(({ key, entries: inGroup }) => {
    const t = tally(state, inGroup);
    const node: GroupNode = { _id: key.id, name: key.name, nameLowerCase: key.name.toLowerCase(), duration: t.seconds, amount: t.amount };
    if (key.clientName !== undefined) node.clientName = key.clientName;
    if (rest.length > 0) node.children = groupBy(state, inGroup, rest, sel, sortColumn);
    return node;
  });
  const sign = (sel.order ?? "ASCENDING") === "ASCENDING" ? 1 : -1;
  const key = (n: GroupNode) => (sortColumn === "DURATION" ? n.duration : sortColumn === "GROUP" ? n.nameLowerCase : n.amount);
  return nodes.sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : a._id < b._id ? -1 : 1));
}

export function summaryReport(scope: ReportScope, body: Infer<typeof SummaryRequest>) {
  const groups = body.summaryFilter.groups ?? [];
  if (groups.length < 1 || groups.length > 3) throw errors.invalidField("summaryFilter.groups", "size must be between 1 and 3");
  const sel = select(scope, body, { freePlanLimit: true });
  return {
    totals: totalsDto(scope.state, sel.entries),
    groupOne: groupBy(scope.state, sel.entries, groups, sel, body.summaryFilter.sortColumn ?? "GROUP"),
  };
}

/**
 * Exactly 7 days: the inclusive (…T23:59:59, .999) and exclusive (next T00:00:00) ends both pass;
 * anything else is refused, and the Free plan's 31-day ceiling does not apply (clockify.md 2.10, live).
 */
export function weeklyReport(scope: ReportScope, body: Infer<typeof WeeklyRequest>) {
  const { state } = scope;
  const group = body.weeklyFilter.group;
  if (group === undefined) throw errors.invalidField("weeklyFilter.group", "must not be null");
  const sel = select(scope, body, { freePlanLimit: false });
  if (sel.span < 7 * DAY_MS - 1000 || sel.span > 7 * DAY_MS) throw errors.weeklyRange();
  const days = Array.from({ length: 7 }, (_, i) => localDate(sel.start + i * DAY_MS + DAY_MS / 2, sel.timeZone));
  const byDay = (entries: readonly TimeEntryRecord[]) =>
    days.map((date) => {
      const t = tally(
        state,
        entries.filter((e) => localDate(Date.parse(e.start), sel.timeZone) === date),
      );
      return { date, duration: t.seconds, amount: t.amount };
    });
  const rows = groupBy(state, sel.entries, [group], sel, "GROUP").map((node) => {
    const inGroup = sel.entries.filter((e) => groupKeys(state, e, group, sel.timeZone).some((k) => k.id === node._id));
    return { ...node, days: byDay(inGroup) };
  });
  return {
    totals: totalsDto(state, sel.entries),
    groupOne: rows,
    totalsByDay: byDay(sel.entries),
    decimalFormat: false,
    trackTimeDownToSeconds: true,
    includeUsersWithoutTime: false,
    usersWithoutTime: [],
  };
}
