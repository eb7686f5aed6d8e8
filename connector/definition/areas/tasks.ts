// Tasks.

import { bodyParam, queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { nameFilter, page, pageSize, projectId, sortColumn, sortOrder, strictName, taskId, workspaceId } from "../parameters";

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces/{workspace_id}/projects/{projectId}/tasks", {
    id: "ListTasks",
    summary: "List tasks",
    description: "Lists the tasks of a project: every one, page after page, unless Page names a single page.",
    parameters: [
      workspaceId,
      projectId,
      nameFilter("tasks"),
      strictName,
      queryParam("is-active", "boolean", "Active", "Only active (true) or only done (false) tasks."),
      sortColumn(["ID", "NAME"]),
      sortOrder,
      page,
      pageSize,
    ],
    response: ["200", "The tasks.", { type: "array", items: ref("Task") }],
  }),

  op("post", "/v1/workspaces/{workspace_id}/projects/{projectId}/tasks", {
    id: "CreateTask",
    summary: "Create a task",
    description: "Creates a task in a project. An estimate is an ISO-8601 duration such as PT2H.",
    parameters: [workspaceId, projectId, bodyParam(ref("CreateTaskRequest"), "Task", "The task to create.")],
    response: ["201", "The new task.", ref("Task")],
  }),

  op("get", "/v1/workspaces/{workspace_id}/projects/{projectId}/tasks/{taskId}", {
    id: "GetTask",
    summary: "Get a task",
    description: "Gets one task of a project.",
    parameters: [workspaceId, projectId, taskId],
    response: ["200", "The task.", ref("Task")],
  }),

  op("put", "/v1/workspaces/{workspace_id}/projects/{projectId}/tasks/{taskId}", {
    id: "UpdateTask",
    summary: "Update a task",
    description: "Updates a task of a project; the name is required. Set the status to DONE to finish it.",
    parameters: [workspaceId, projectId, taskId, bodyParam(ref("UpdateTaskRequest"), "Task", "The task's new values.")],
    response: ["200", "The updated task.", ref("Task")],
  }),

  op("delete", "/v1/workspaces/{workspace_id}/projects/{projectId}/tasks/{taskId}", {
    id: "DeleteTask",
    summary: "Delete a task",
    description: "Deletes a task. Clockify refuses to delete an active task: mark it DONE first with Update a task.",
    parameters: [workspaceId, projectId, taskId],
    response: ["200", "The deleted task.", ref("Task")],
  }),
];
