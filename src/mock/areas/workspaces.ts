// The current user, workspaces, their users and user groups (clockify.md 2.1).

import { isAdmin, requireAdmin } from "../auth";
import { reply, type RequestContext } from "../context";
import { errors } from "../errors";
import { readPaging, SORT_ORDERS, sortBy } from "../paging";
import { rateDto } from "../rates";
import { core } from "../router";
import type { MemberRecord, Plan, Rate, State, UserGroupRecord, UserRecord, WorkspaceRecord } from "../state";

/** A user's settings as Clockify answers them: the seed's values over Clockify's defaults. */
function settingsDto(user: UserRecord) {
  const s = user.settings;
  if (s === null) return null;
  return {
    weekStart: s.weekStart ?? "MONDAY",
    timeZone: s.timeZone,
    timeFormat: s.timeFormat ?? "HOUR24",
    dateFormat: s.dateFormat ?? "DD/MM/YYYY",
    sendNewsletter: false,
    weeklyUpdates: false,
    longRunning: false,
    scheduledReports: true,
    approval: true,
    pto: true,
    alerts: true,
    reminders: true,
    timeTrackingManual: false,
    summaryReportSettings: { group: "PROJECT", subgroup: "CLIENT" },
    isCompactViewOn: false,
    dashboardSelection: "ME",
    dashboardViewType: "PROJECT",
    dashboardPinToTop: false,
    projectListCollapse: 50,
    collapseAllProjectLists: false,
    groupSimilarEntriesDisabled: false,
    myStartOfDay: "09:00",
    projectPickerTaskFilter: false,
    lang: s.lang ?? "EN",
    multiFactorEnabled: false,
    scheduling: true,
    onboarding: false,
    showOnlyWorkingDays: false,
    theme: "DEFAULT",
    invoiceReminders: false,
  };
}

/** MembershipDtoV1: a user's membership in a workspace, project or user group. */
export function membershipDto(userId: string, targetId: string, type: "WORKSPACE" | "PROJECT" | "USERGROUP", status: string, hourlyRate: Rate | null, costRate: Rate | null) {
  return { userId, targetId, membershipType: type, membershipStatus: status, hourlyRate: rateDto(hourlyRate), costRate: rateDto(costRate) };
}

type MembershipKind = "ALL" | "NONE" | "WORKSPACE" | "PROJECT" | "USERGROUP";

/** The memberships of a user in one workspace, of the kinds asked for. */
function membershipsIn(state: State, workspace: WorkspaceRecord, userId: string, kind: MembershipKind) {
  const out = [];
  const member = workspace.members.find((m) => m.userId === userId);
  if (member !== undefined && (kind === "ALL" || kind === "WORKSPACE")) {
    out.push(membershipDto(userId, workspace.id, "WORKSPACE", member.status, member.hourlyRate, member.costRate));
  }
  if (kind === "ALL" || kind === "PROJECT") {
    for (const p of state.projects.where((p) => p.workspaceId === workspace.id)) {
      const pm = p.members.find((m) => m.userId === userId);
      if (pm !== undefined) out.push(membershipDto(userId, p.id, "PROJECT", "ACTIVE", pm.hourlyRate, pm.costRate));
    }
  }
  if (kind === "ALL" || kind === "USERGROUP") {
    for (const g of state.userGroups.where((g) => g.workspaceId === workspace.id && g.userIds.includes(userId))) {
      out.push(membershipDto(userId, g.id, "USERGROUP", "ACTIVE", null, null));
    }
  }
  return out;
}

export function userDto(user: UserRecord, memberships: unknown[] = []) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships,
    profilePicture: user.profilePicture,
    activeWorkspace: user.activeWorkspace,
    defaultWorkspace: user.defaultWorkspace,
    settings: settingsDto(user),
    status: user.status,
    customFields: [],
  };
}

// Each plan has the features of the one below it and more.
const FREE = ["TIME_TRACKING", "UNLIMITED_REPORTS"];
const BASIC = [...FREE, "ADD_TIME_FOR_OTHERS", "ADMIN_PANEL", "BULK_EDIT", "HIDE_PAGES", "PROJECT_TEMPLATES"];
const STANDARD = [...BASIC, "APPROVAL", "INVOICING", "REQUIRED_FIELDS", "TIME_OFF"];
const PRO = [...STANDARD, "ALERTS", "CUSTOM_FIELDS", "EXPENSES", "LABOR_COST", "PROJECT_BUDGET", "SCHEDULING"];
const PLAN_FEATURES: Record<Plan, string[]> = { FREE, BASIC, STANDARD, PRO, ENTERPRISE: [...PRO, "AUDIT_LOG", "CUSTOM_SUBDOMAIN", "SSO"] };

export function workspaceDto(workspace: WorkspaceRecord) {
  const s = workspace.settings;
  return {
    id: workspace.id,
    name: workspace.name,
    hourlyRate: rateDto(workspace.hourlyRate),
    costRate: rateDto(workspace.costRate),
    memberships: workspace.members.map((m) => membershipDto(m.userId, workspace.id, "WORKSPACE", m.status, m.hourlyRate, m.costRate)),
    workspaceSettings: {
      timeRoundingInReports: false,
      onlyAdminsSeeBillableRates: true,
      onlyAdminsCreateProject: true,
      onlyAdminsSeeDashboard: false,
      defaultBillableProjects: s.defaultBillableProjects ?? true,
      lockTimeEntries: null,
      lockTimeZone: null,
      round: { round: "Round to nearest", minutes: "15" },
      projectFavorites: true,
      canSeeTimeSheet: true,
      canSeeTracker: true,
      projectPickerSpecialFilter: false,
      forceProjects: s.forceProjects ?? false,
      forceTasks: false,
      forceTags: false,
      forceDescription: false,
      onlyAdminsSeeAllTimeEntries: false,
      onlyAdminsSeePublicProjectsEntries: false,
      trackTimeDownToSecond: true,
      projectGroupingLabel: "client",
      adminOnlyPages: [],
      automaticLock: null,
      onlyAdminsCreateTag: false,
      onlyAdminsCreateTask: true,
      timeTrackingMode: s.timeTrackingMode ?? "DEFAULT",
      isProjectPublicByDefault: s.isProjectPublicByDefault ?? true,
      multiFactorEnabled: false,
      numberFormat: "COMMA_PERIOD",
      currencyFormat: "CURRENCY_SPACE_VALUE",
      durationFormat: "FULL",
      activeBillableHours: false,
      onlyAdminsCanChangeBillableStatus: false,
      entityCreationPermissions: { whoCanCreateProjectsAndClients: "ADMINS", whoCanCreateTags: "EVERYONE", whoCanCreateTasks: "ADMINS" },
      projectLabel: "project",
      taskLabel: "task",
      workingDays: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
    },
    imageUrl: workspace.imageUrl,
    featureSubscriptionType: workspace.plan === "FREE" ? "FREE" : `${workspace.plan}_2021`,
    features: PLAN_FEATURES[workspace.plan],
    currencies: [{ id: workspace.currency.id, code: workspace.currency.code, isDefault: true }],
    subdomain: { enabled: false, name: null },
    // Every workspace belongs to a CAKE.com organization; the mock gives each its own.
    cakeOrganizationId: `${workspace.id.slice(0, 8)}cake${workspace.id.slice(12)}`,
  };
}

const ROLES = ["WORKSPACE_ADMIN", "OWNER", "TEAM_MANAGER", "PROJECT_MANAGER"] as const;

function workspacesOfCaller(state: State, user: UserRecord): Array<{ workspace: WorkspaceRecord; member: MemberRecord }> {
  return state.workspaces.all().flatMap((workspace) => {
    const member = workspace.members.find((m) => m.userId === user.id && m.status === "ACTIVE");
    return member === undefined ? [] : [{ workspace, member }];
  });
}

// GET /user — memberships only with include-memberships=true.
function getUser(ctx: RequestContext) {
  const include = ctx.query.bool("include-memberships") ?? false;
  const memberships = include ? workspacesOfCaller(ctx.state, ctx.user).flatMap(({ workspace }) => membershipsIn(ctx.state, workspace, ctx.user.id, "WORKSPACE")) : [];
  return reply.ok(userDto(ctx.user, memberships));
}

// GET /workspaces — the whole collection, paging ignored, no Last-Page (clockify.md 1.4).
function listWorkspaces(ctx: RequestContext) {
  const roles = ctx.query.list("roles");
  const unknown = roles.find((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown !== undefined) throw errors.badQueryParam("roles", "Role", `No enum constant Role.${unknown}`);
  const rows = workspacesOfCaller(ctx.state, ctx.user).filter(({ member }) => roles.length === 0 || member.roles.some((r) => roles.includes(r)));
  return reply.ok(rows.map(({ workspace }) => workspaceDto(workspace)));
}

function getWorkspace(ctx: RequestContext) {
  return reply.ok(workspaceDto(ctx.workspace));
}

const USER_SORT = ["ID", "EMAIL", "NAME", "NAME_LOWERCASE", "ACCESS", "HOURLYRATE", "COSTRATE"] as const;
const MEMBERSHIP_KINDS = ["ALL", "NONE", "WORKSPACE", "PROJECT", "USERGROUP"] as const;

// GET /workspaces/{id}/users — admins only (403 otherwise, clockify-cli#301).
function listUsers(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const q = ctx.query;
  const email = q.str("email")?.toLowerCase();
  const name = q.str("name")?.toLowerCase();
  const status = q.oneOf("status", ["PENDING", "ACTIVE", "DECLINED", "INACTIVE", "ALL"], "MembershipStatus");
  const projectId = q.str("project-id");
  const kind = q.oneOf("memberships", MEMBERSHIP_KINDS, "MembershipType") ?? "NONE";
  const column = q.oneOf("sort-column", USER_SORT, "UserSort") ?? "EMAIL";
  const order = q.oneOf("sort-order", SORT_ORDERS, "SortOrder");
  const includeRoles = q.bool("include-roles") ?? false;
  const paging = readPaging(q);
  const project = projectId === undefined ? undefined : ctx.state.projects.get(projectId);

  const ws = ctx.workspace;
  const rows = ws.members
    .filter((m) => status === undefined || status === "ALL" || m.status === status)
    .filter((m) => project === undefined || project.members.some((pm) => pm.userId === m.userId))
    .map((m) => ({ member: m, user: ctx.state.users.get(m.userId) }))
    .filter((r): r is { member: MemberRecord; user: UserRecord } => r.user !== undefined)
    .filter((r) => (email === undefined || r.user.email.toLowerCase().includes(email)) && (name === undefined || r.user.name.toLowerCase().includes(name)))
    .map((r) => ({ ...r, id: r.user.id }));
  const key = (r: (typeof rows)[number]): string | number => {
    switch (column) {
      case "ID":
        return r.id;
      case "NAME":
      case "NAME_LOWERCASE":
        return r.user.name;
      case "ACCESS":
        return isAdmin(r.member) ? 0 : 1;
      case "HOURLYRATE":
        return r.member.hourlyRate?.amount ?? 0;
      case "COSTRATE":
        return r.member.costRate?.amount ?? 0;
      default:
        return r.user.email;
    }
  };
  return reply.page(sortBy(rows, key, order), paging, (r) => {
    const dto: Record<string, unknown> = userDto(r.user, kind === "NONE" ? [] : membershipsIn(ctx.state, ws, r.user.id, kind));
    if (includeRoles) dto.roles = r.member.roles.map((role) => ({ role, entities: [], source: null }));
    return dto;
  });
}

function userGroupDto(group: UserGroupRecord) {
  return { id: group.id, name: group.name, workspaceId: group.workspaceId, userIds: [...group.userIds], teamManagers: [] as Array<{ id: string; name: string }> };
}

function listUserGroups(ctx: RequestContext) {
  const q = ctx.query;
  const name = q.str("name")?.toLowerCase();
  const projectId = q.str("project-id");
  const column = q.oneOf("sort-column", ["ID", "NAME"], "UserGroupSort") ?? "NAME";
  const order = q.oneOf("sort-order", SORT_ORDERS, "SortOrder");
  const paging = readPaging(q);
  const project = projectId === undefined ? undefined : ctx.state.projects.get(projectId);
  const groups = ctx.state.userGroups
    .where((g) => g.workspaceId === ctx.workspace.id)
    .filter((g) => name === undefined || g.name.toLowerCase().includes(name))
    .filter((g) => project === undefined || g.userIds.some((u) => project.members.some((m) => m.userId === u)));
  return reply.page(sortBy(groups, (g) => (column === "ID" ? g.id : g.name), order), paging, userGroupDto);
}

export const workspaceRoutes = [
  core("GET", "/user", getUser),
  core("GET", "/workspaces", listWorkspaces),
  core("GET", "/workspaces/{workspaceId}", getWorkspace),
  core("GET", "/workspaces/{workspaceId}/users", listUsers),
  core("GET", "/workspaces/{workspaceId}/user-groups", listUserGroups),
];
