// Projects.

import { bodyParam, queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { archivedFilter, hydrated, nameFilter, page, pageSize, projectId, sortColumn, sortOrder, strictName, workspaceId } from "../parameters";

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces/{workspace_id}/projects", {
    id: "GetProjects_v1",
    summary: "List projects",
    description: "Lists the projects of a workspace: every one, page after page, unless Page names a single page.",
    visibility: "important",
    parameters: [
      workspaceId,
      nameFilter("projects"),
      strictName,
      archivedFilter("projects"),
      queryParam("billable", "boolean", "Billable", "Only billable (true) or only non-billable (false) projects."),
      queryParam("clients", "string", "Client IDs", "Only projects of these clients (IDs separated by commas)."),
      queryParam("users", "string", "User IDs", "Only projects with these members (IDs separated by commas).", { "x-ms-visibility": "advanced" }),
      queryParam("is-template", "boolean", "Templates", "Only templates (true) or only regular projects (false).", { "x-ms-visibility": "advanced" }),
      hydrated("membership, estimate and custom field"),
      sortColumn(["ID", "NAME", "CLIENT_NAME", "DURATION", "BUDGET", "PROGRESS"]),
      sortOrder,
      page,
      pageSize,
    ],
    response: ["200", "The projects.", { type: "array", items: ref("ProjectListItem") }],
  }),

  op("post", "/v1/workspaces/{workspace_id}/projects", {
    id: "CreateProject",
    summary: "Create a project",
    description: "Creates a project in a workspace. Rates are in cents; an estimate is an ISO-8601 duration such as PT10H.",
    parameters: [workspaceId, bodyParam(ref("CreateProjectRequest"), "Project", "The project to create.")],
    response: ["201", "The new project.", ref("Project")],
  }),

  op("get", "/v1/workspaces/{workspace_id}/projects/{projectId}", {
    id: "GetProject",
    summary: "Get a project",
    description: "Gets one project. An unknown ID, or one of another workspace, answers 404 with the ID in the message.",
    parameters: [workspaceId, projectId, hydrated("membership, estimate and custom field")],
    response: ["200", "The project.", ref("Project")],
  }),

  op("put", "/v1/workspaces/{workspace_id}/projects/{projectId}", {
    id: "UpdateProject",
    summary: "Update a project",
    description: "Updates a project. Omitted Public and Billable become false; other omitted values are kept.",
    parameters: [workspaceId, projectId, bodyParam(ref("UpdateProjectRequest"), "Project", "The project's new values.")],
    response: ["200", "The updated project.", ref("Project")],
  }),

  op("delete", "/v1/workspaces/{workspace_id}/projects/{projectId}", {
    id: "DeleteProject",
    summary: "Delete a project",
    description: "Deletes a project. Clockify refuses to delete an active project: archive it first with Update a project.",
    parameters: [workspaceId, projectId],
    response: ["200", "The deleted project.", ref("Project")],
  }),
];
