// Projects (clockify.md 2.3).

import { isAdmin, requireAdmin } from "../auth";
import { reply, type RequestContext } from "../context";
import { formatDuration, parseDuration } from "../duration";
import { errors } from "../errors";
import { archivedFilter, inWorkspace, memberOf, nameFilter, sameName } from "../lookup";
import { readPaging, SORT_ORDERS, sortBy } from "../paging";
import { rateDto } from "../rates";
import { core } from "../router";
import type { ProjectMember, ProjectRecord, Rate, State, WorkspaceRecord } from "../state";
import { trackedSecondsBy } from "../tracked";
import { anyJson, arrayOf, bool, COLOR, ID, int, obj, oneOf, RATE_REQUEST, str, type Infer } from "../validate";
import { clientNameOf } from "./clients";
import { CUSTOM_FIELD_STATUSES, customFieldDto, customFieldsMatching } from "./custom-fields";
import { membershipDto } from "./workspaces";

export const projectSeconds = (state: State, workspaceId: string) => trackedSecondsBy(state, workspaceId, (e) => e.projectId);

/** ProjectDtoV1 with the `clientId`/`clientName` the live API sends; also the create/update/delete answer. */
export function projectDto(state: State, project: ProjectRecord, tracked = projectSeconds(state, project.workspaceId)) {
  return {
    id: project.id,
    name: project.name,
    hourlyRate: rateDto(project.hourlyRate),
    costRate: rateDto(project.costRate),
    clientId: project.clientId ?? "",
    clientName: clientNameOf(state, project.clientId),
    workspaceId: project.workspaceId,
    billable: project.billable,
    memberships: project.members.map((m) => membershipDto(m.userId, project.id, "PROJECT", "ACTIVE", m.hourlyRate, m.costRate)),
    color: project.color,
    estimate: { ...project.estimate },
    archived: project.archived,
    duration: formatDuration(tracked.get(project.id) ?? 0),
    note: project.note,
    template: project.template,
    public: project.isPublic,
    timeEstimate: { estimate: "PT0S", type: "AUTO", resetOption: null, active: false, includeNonBillable: true },
    budgetEstimate: null,
  };
}

/** ProjectInfoDto: the short form expenses and approval entries carry. */
export function projectInfoDto(state: State, project: ProjectRecord) {
  return { id: project.id, name: project.name, color: project.color, clientId: project.clientId ?? "", clientName: clientNameOf(state, project.clientId) };
}

/** The project inside a hydrated time entry or a webhook payload (activepieces' recorded NEW_TIME_ENTRY sample). */
export function projectSummaryDto(state: State, project: ProjectRecord) {
  return {
    name: project.name,
    clientId: project.clientId ?? "",
    workspaceId: project.workspaceId,
    billable: project.billable,
    estimate: { ...project.estimate },
    color: project.color,
    archived: project.archived,
    clientName: clientNameOf(state, project.clientId),
    duration: formatDuration(projectSeconds(state, project.workspaceId).get(project.id) ?? 0),
    note: project.note,
    activeEstimate: "NONE",
    timeEstimate: { includeNonBillable: true, estimate: 0, type: "AUTO", resetOption: null },
    budgetEstimate: null,
    id: project.id,
    public: project.isPublic,
    template: project.template,
  };
}

const PROJECT_SORT = ["ID", "NAME", "CLIENT_NAME", "DURATION", "BUDGET", "PROGRESS"] as const;

function listProjects(ctx: RequestContext) {
  const q = ctx.query;
  const byName = nameFilter(q);
  const byArchived = archivedFilter(q);
  const billable = q.bool("billable");
  const isTemplate = q.bool("is-template");
  const clients = q.list("clients");
  const containsClient = q.bool("contains-client") ?? true;
  const clientStatus = q.oneOf("client-status", ["ACTIVE", "ARCHIVED", "ALL"], "ClientStatus") ?? "ALL";
  const users = q.list("users");
  const containsUser = q.bool("contains-user") ?? true;
  const access = q.oneOf("access", ["PUBLIC", "PRIVATE"], "ProjectAccess");
  const column = q.oneOf("sort-column", PROJECT_SORT, "ProjectSort") ?? "NAME";
  const order = q.oneOf("sort-order", SORT_ORDERS, "SortOrder");
  q.bool("hydrated"); // accepted; the hydrated extras are not modelled
  const paging = readPaging(q);

  const tracked = projectSeconds(ctx.state, ctx.workspace.id);
  const clientArchived = (id: string | null) => (id === null ? undefined : ctx.state.clients.get(id)?.archived);
  const visible = (p: ProjectRecord) => p.isPublic || isAdmin(ctx.member) || p.members.some((m) => m.userId === ctx.user.id);
  const rows = ctx.state.projects.where(
    (p) =>
      p.workspaceId === ctx.workspace.id &&
      visible(p) &&
      byName(p.name) &&
      byArchived(p.archived) &&
      (billable === undefined || p.billable === billable) &&
      (isTemplate === undefined || p.template === isTemplate) &&
      (clients.length === 0 || (p.clientId !== null && clients.includes(p.clientId)) === containsClient) &&
      (clientStatus === "ALL" || clientArchived(p.clientId) === (clientStatus === "ARCHIVED")) &&
      (users.length === 0 || p.members.some((m) => users.includes(m.userId)) === containsUser) &&
      (access === undefined || p.isPublic === (access === "PUBLIC")),
  );
  const key = (p: ProjectRecord): string | number => {
    switch (column) {
      case "ID":
        return p.id;
      case "CLIENT_NAME":
        return clientNameOf(ctx.state, p.clientId);
      case "DURATION":
        return tracked.get(p.id) ?? 0;
      default:
        return p.name;
    }
  };
  return reply.page(sortBy(rows, key, order), paging, (p) => projectDto(ctx.state, p, tracked));
}

const ESTIMATE = obj("EstimateRequest", { estimate: str(), type: oneOf(["AUTO", "MANUAL"]) });

// What a create and an update share. The rates stay out: an update checks `archived` before them,
// and the first bad field in this order is the one reported.
const PROJECT_PARTS = {
  name: str({ min: 2, max: 250 }),
  clientId: str(),
  isPublic: bool(),
  billable: bool(),
  color: COLOR,
  note: str({ max: 16384 }),
};

const CreateProject = obj(
  "ProjectRequest",
  {
    ...PROJECT_PARTS,
    hourlyRate: RATE_REQUEST,
    costRate: RATE_REQUEST,
    estimate: ESTIMATE,
    memberships: arrayOf(obj("MembershipRequest", { userId: ID, hourlyRate: RATE_REQUEST, costRate: RATE_REQUEST }, ["userId"])),
    tasks: arrayOf(obj("TaskRequest", { name: str({ min: 1, max: 1000 }), assigneeIds: arrayOf(ID), billable: bool(), budgetEstimate: int({ min: 0 }) }, ["name"])),
  },
  ["name"],
);

// Clockify's project palette; a new project without a color gets one by its position.
const PALETTE = ["#03A9F4", "#009688", "#4CAF50", "#8BC34A", "#CDDC39", "#FFC107", "#FF9800", "#FF5722", "#E91E63", "#9C27B0", "#673AB7", "#3F51B5"];

const toRate = (workspace: WorkspaceRecord, rate: { amount: number } | undefined): Rate | null =>
  rate === undefined ? null : { amount: rate.amount, currency: workspace.currency.code };

function checkEstimate(estimate: Infer<typeof ESTIMATE> | undefined) {
  if (estimate?.estimate !== undefined && parseDuration(estimate.estimate) === undefined) throw errors.invalidField("estimate.estimate", "must be an ISO-8601 duration such as PT1H30M");
  return { estimate: estimate?.estimate ?? "PT0S", type: estimate?.type ?? "AUTO" };
}

function checkClient(ctx: RequestContext, clientId: string | undefined): string | null {
  // An empty clientId means "no client", as Clockify itself writes it.
  if (clientId === undefined || clientId === "") return null;
  return inWorkspace(ctx.state.clients, clientId, ctx.workspace.id, "Client").id;
}

/** Project names are unique per client (the same name may exist under another client) [inferred]. */
function refuseDuplicate(ctx: RequestContext, name: string, clientId: string | null, exceptId?: string) {
  const clash = ctx.state.projects.find((p) => p.workspaceId === ctx.workspace.id && p.id !== exceptId && p.clientId === clientId && sameName(p.name, name));
  if (clash !== undefined) throw errors.duplicateName("Project");
}

function createProject(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const body = ctx.body(CreateProject);
  const ws = ctx.workspace;
  const clientId = checkClient(ctx, body.clientId);
  refuseDuplicate(ctx, body.name, clientId);
  // The creator is the only member unless the body names the members.
  const memberships: NonNullable<typeof body.memberships> = body.memberships ?? [{ userId: ctx.user.id }];
  const members: ProjectMember[] = memberships.map((m) => {
    memberOf(ws, m.userId);
    return { userId: m.userId, hourlyRate: toRate(ws, m.hourlyRate), costRate: toRate(ws, m.costRate) };
  });
  const count = ctx.state.projects.where((p) => p.workspaceId === ws.id).length;
  const project = ctx.state.projects.insert({
    id: ctx.newId(),
    workspaceId: ws.id,
    name: body.name.trim(),
    clientId,
    color: body.color ?? PALETTE[count % PALETTE.length],
    billable: body.billable ?? ws.settings.defaultBillableProjects ?? true,
    archived: false,
    isPublic: body.isPublic ?? ws.settings.isProjectPublicByDefault ?? true,
    template: false,
    note: body.note ?? "",
    hourlyRate: toRate(ws, body.hourlyRate),
    costRate: toRate(ws, body.costRate),
    members,
    estimate: checkEstimate(body.estimate),
  });
  for (const t of body.tasks ?? []) {
    ctx.state.tasks.insert({
      id: ctx.newId(),
      workspaceId: ws.id,
      projectId: project.id,
      name: t.name,
      assigneeIds: t.assigneeIds ?? [],
      userGroupIds: [],
      estimate: "PT0S",
      status: "ACTIVE",
      billable: t.billable ?? project.billable,
      hourlyRate: null,
      costRate: null,
    });
  }
  const dto = projectDto(ctx.state, project);
  ctx.emit("NEW_PROJECT", () => dto, { projectId: project.id });
  return reply.created(dto);
}

export function projectOf(ctx: RequestContext): ProjectRecord {
  return inWorkspace(ctx.state.projects, ctx.params.projectId, ctx.workspace.id, "Project");
}

function getProject(ctx: RequestContext) {
  ctx.query.bool("hydrated");
  return reply.ok(projectDto(ctx.state, projectOf(ctx)));
}

const UpdateProject = obj("UpdateProjectRequest", {
  ...PROJECT_PARTS,
  archived: bool(),
  hourlyRate: RATE_REQUEST,
  costRate: RATE_REQUEST,
});

/**
 * Omitted `color`, `note`, `archived`, `clientId` and rates are kept; omitted `isPublic` and
 * `billable` fall back to false (clockify.md 2.3, live, partly unconfirmed).
 */
function updateProject(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const project = projectOf(ctx);
  const body = ctx.body(UpdateProject);
  const clientId = body.clientId === undefined ? project.clientId : checkClient(ctx, body.clientId);
  const name = body.name?.trim() ?? project.name;
  refuseDuplicate(ctx, name, clientId, project.id);
  const updated = ctx.state.projects.replace({
    ...project,
    name,
    clientId,
    isPublic: body.isPublic ?? false,
    billable: body.billable ?? false,
    color: body.color ?? project.color,
    note: body.note ?? project.note,
    archived: body.archived ?? project.archived,
    hourlyRate: body.hourlyRate === undefined ? project.hourlyRate : toRate(ctx.workspace, body.hourlyRate),
    costRate: body.costRate === undefined ? project.costRate : toRate(ctx.workspace, body.costRate),
  });
  const dto = projectDto(ctx.state, updated);
  ctx.emit("PROJECT_UPDATED", () => dto, { projectId: project.id });
  return reply.ok(dto);
}

// Only an archived project may be deleted (no archive endpoint exists: PUT archived=true first).
function deleteProject(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const project = projectOf(ctx);
  if (!project.archived) throw errors.deleteActive("project");
  const dto = projectDto(ctx.state, project);
  ctx.state.projects.delete(project.id);
  for (const task of ctx.state.tasks.where((t) => t.projectId === project.id)) ctx.state.tasks.delete(task.id);
  ctx.emit("PROJECT_DELETED", () => dto, { projectId: project.id });
  return reply.ok(dto);
}

// The workspace's custom fields as they apply to the project; unpaginated, no Last-Page (clockify.md 1.4).
function listProjectCustomFields(ctx: RequestContext) {
  const project = projectOf(ctx);
  return reply.ok(customFieldsMatching(ctx).map((f) => customFieldDto(f, project.id)));
}

const ProjectDefaultValue = obj("CustomFieldProjectDefaultValuesRequest", { defaultValue: anyJson(), status: oneOf(CUSTOM_FIELD_STATUSES) }, []);

// PATCH …/projects/{projectId}/custom-fields/{customFieldId}: the project's own default value and
// status of a workspace field; what the body leaves out keeps the project's (or else the field's) current one.
function setProjectCustomField(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const project = projectOf(ctx);
  const field = inWorkspace(ctx.state.customFields, ctx.params.customFieldId, ctx.workspace.id, "Custom field");
  const body = ctx.body(ProjectDefaultValue);
  const current = field.projectDefaultValues.find((d) => d.projectId === project.id);
  const updated = ctx.state.customFields.replace({
    ...field,
    projectDefaultValues: [
      ...field.projectDefaultValues.filter((d) => d.projectId !== project.id),
      { projectId: project.id, value: body.defaultValue !== undefined ? body.defaultValue : (current?.value ?? field.workspaceDefaultValue), status: body.status ?? current?.status ?? field.status },
    ],
  });
  return reply.ok(customFieldDto(updated, project.id));
}

export const projectRoutes = [
  core("GET", "/workspaces/{workspaceId}/projects", listProjects),
  core("POST", "/workspaces/{workspaceId}/projects", createProject, { body: "json" }),
  core("GET", "/workspaces/{workspaceId}/projects/{projectId}", getProject),
  core("PUT", "/workspaces/{workspaceId}/projects/{projectId}", updateProject, { body: "json" }),
  core("DELETE", "/workspaces/{workspaceId}/projects/{projectId}", deleteProject),
  core("GET", "/workspaces/{workspaceId}/projects/{projectId}/custom-fields", listProjectCustomFields),
  core("PATCH", "/workspaces/{workspaceId}/projects/{projectId}/custom-fields/{customFieldId}", setProjectCustomField, { body: "json" }),
];
