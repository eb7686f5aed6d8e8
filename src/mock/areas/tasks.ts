// Tasks of a project (clockify.md 2.4). A task is deleted only once it is DONE.

import { requireAdmin } from "../auth";
import { reply, type RequestContext } from "../context";
import { formatDuration, parseDuration } from "../duration";
import { errors } from "../errors";
import { memberOf, nameFilter } from "../lookup";
import { readPaging, SORT_ORDERS, sortBy } from "../paging";
import { rateDto } from "../rates";
import { core } from "../router";
import type { State, TaskRecord } from "../state";
import { trackedSecondsBy } from "../tracked";
import { arrayOf, bool, ID, int, obj, oneOf, str } from "../validate";
import { projectOf } from "./projects";

const taskSeconds = (state: State, workspaceId: string) => trackedSecondsBy(state, workspaceId, (e) => e.taskId);

/** TaskDtoV1. `assigneeId` is the deprecated single assignee: the first one, or null. */
export function taskDto(state: State, task: TaskRecord, tracked = taskSeconds(state, task.workspaceId)) {
  return {
    id: task.id,
    name: task.name,
    projectId: task.projectId,
    assigneeId: task.assigneeIds[0] ?? null,
    assigneeIds: [...task.assigneeIds],
    userGroupIds: [...task.userGroupIds],
    estimate: task.estimate,
    status: task.status,
    duration: formatDuration(tracked.get(task.id) ?? 0),
    billable: task.billable,
    hourlyRate: rateDto(task.hourlyRate),
    costRate: rateDto(task.costRate),
    budgetEstimate: 0,
  };
}

function taskOf(ctx: RequestContext): TaskRecord {
  const project = projectOf(ctx);
  const task = ctx.state.tasks.get(ctx.params.taskId);
  if (task === undefined || task.projectId !== project.id) throw errors.notInWorkspace("Task");
  return task;
}

function listTasks(ctx: RequestContext) {
  const project = projectOf(ctx);
  const q = ctx.query;
  const byName = nameFilter(q);
  const active = q.bool("is-active");
  const column = q.oneOf("sort-column", ["ID", "NAME"], "TaskSort") ?? "ID";
  const order = q.oneOf("sort-order", SORT_ORDERS, "SortOrder");
  const paging = readPaging(q);
  const rows = ctx.state.tasks.where((t) => t.projectId === project.id && byName(t.name) && (active === undefined || (t.status === "ACTIVE") === active));
  const tracked = taskSeconds(ctx.state, ctx.workspace.id);
  return reply.page(sortBy(rows, (t) => (column === "NAME" ? t.name : t.id), order), paging, (t) => taskDto(ctx.state, t, tracked));
}

const TASK_PARTS = {
  name: str({ min: 1, max: 1000 }),
  // `assigneeId` is the deprecated single assignee; `assigneeIds` wins when both come.
  assigneeId: ID,
  assigneeIds: arrayOf(ID),
  userGroupIds: arrayOf(ID),
  estimate: str(),
  status: oneOf(["ACTIVE", "DONE", "ALL"]),
  billable: bool(),
  budgetEstimate: int({ min: 0 }),
};

const CreateTask = obj("TaskRequestV1", { ...TASK_PARTS, id: str() }, ["name"]);
const UpdateTask = obj("UpdateTaskRequest", TASK_PARTS, ["name"]);

function checked(ctx: RequestContext, body: { assigneeId?: string; assigneeIds?: string[]; estimate?: string; status?: string }) {
  const assigneeIds = body.assigneeIds ?? (body.assigneeId === undefined ? [] : [body.assigneeId]);
  for (const id of assigneeIds) memberOf(ctx.workspace, id);
  if (body.estimate !== undefined && parseDuration(body.estimate) === undefined) throw errors.invalidField("estimate", "must be an ISO-8601 duration such as PT1H30M");
  return {
    assigneeIds,
    estimate: body.estimate ?? "PT0S",
    status: body.status === "DONE" ? ("DONE" as const) : ("ACTIVE" as const),
  };
}

function createTask(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const project = projectOf(ctx);
  const body = ctx.body(CreateTask);
  const task = ctx.state.tasks.insert({
    id: ctx.newId(),
    workspaceId: ctx.workspace.id,
    projectId: project.id,
    name: body.name,
    userGroupIds: body.userGroupIds ?? [],
    billable: body.billable ?? project.billable,
    hourlyRate: null,
    costRate: null,
    ...checked(ctx, body),
  });
  const dto = taskDto(ctx.state, task);
  ctx.emit("NEW_TASK", () => dto, { projectId: project.id, taskId: task.id });
  return reply.created(dto);
}

function getTask(ctx: RequestContext) {
  return reply.ok(taskDto(ctx.state, taskOf(ctx)));
}

/** A replacing PUT: `name` is required; what else the body omits goes back to its default. */
function updateTask(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const task = taskOf(ctx);
  const body = ctx.body(UpdateTask);
  const updated = ctx.state.tasks.replace({
    ...task,
    name: body.name,
    userGroupIds: body.userGroupIds ?? [],
    billable: body.billable ?? task.billable,
    ...checked(ctx, body),
  });
  const dto = taskDto(ctx.state, updated);
  ctx.emit("TASK_UPDATED", () => dto, { projectId: task.projectId, taskId: task.id });
  return reply.ok(dto);
}

function deleteTask(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const task = taskOf(ctx);
  if (task.status !== "DONE") throw errors.deleteActive("task");
  const dto = taskDto(ctx.state, task);
  ctx.state.tasks.delete(task.id);
  ctx.emit("TASK_DELETED", () => dto, { projectId: task.projectId, taskId: task.id });
  return reply.ok(dto);
}

const TASK = "/workspaces/{workspaceId}/projects/{projectId}/tasks";

export const taskRoutes = [
  core("GET", TASK, listTasks),
  core("POST", TASK, createTask, { body: "json" }),
  core("GET", `${TASK}/{taskId}`, getTask),
  core("PUT", `${TASK}/{taskId}`, updateTask, { body: "json" }),
  core("DELETE", `${TASK}/{taskId}`, deleteTask),
];
