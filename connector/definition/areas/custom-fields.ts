// Custom fields.

import { type Schema, bodyParam, queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { nameFilter, projectId, workspaceId } from "../parameters";

const customFieldFilters: Schema[] = [
  queryParam("status", "string", "Status", "Only fields with this status.", { enum: ["INACTIVE", "VISIBLE", "INVISIBLE"] }),
  queryParam("entity-type", "string", "Entity Type", "Only fields of time entries (TIMEENTRY) or users (USER).", { enum: ["TIMEENTRY", "USER"] }),
];

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces/{workspace_id}/custom-fields", {
    id: "ListCustomFields",
    summary: "List custom fields",
    description: "Lists the custom fields of a workspace, all at once. Custom fields need a paid plan.",
    parameters: [workspaceId, nameFilter("fields"), ...customFieldFilters],
    response: ["200", "The custom fields.", { type: "array", items: ref("CustomField") }],
  }),

  op("get", "/v1/workspaces/{workspace_id}/projects/{projectId}/custom-fields", {
    id: "ListProjectCustomFields",
    summary: "List custom fields of a project",
    description: "Lists the custom fields of a project with the project's default values.",
    parameters: [workspaceId, projectId, ...customFieldFilters],
    response: ["200", "The project's custom fields.", { type: "array", items: ref("CustomField") }],
  }),

  op("patch", "/v1/workspaces/{workspace_id}/projects/{projectId}/custom-fields", {
    id: "SetProjectCustomFields",
    summary: "Set custom field values of a project",
    description: "Sets the project's default values of the workspace's time entry custom fields, each field a typed input; the project's new time entries start with them. The connector's script updates each field filled in and answers the project's custom fields.",
    parameters: [workspaceId, projectId, bodyParam(ref("ProjectCustomFieldsRequest"), "Values", "The custom field values to set.")],
    response: ["200", "The project's custom fields after the change.", { type: "array", items: ref("CustomField") }],
  }),

  op("get", "/v1/schemas/workspaces/{workspace_id}/time-entry-custom-fields", {
    id: "GetTimeEntryCustomFieldSchema",
    summary: "Get the custom field schema",
    description: "Describes the workspace's time entry custom fields as a JSON schema, for the designer's typed custom field inputs and outputs. Made by the connector's script from the field definitions.",
    visibility: "internal",
    parameters: [
      workspaceId,
      queryParam("keys", "string", "Keys", "Whether the schema's properties are the fields' IDs (inputs) or names (outputs).", { enum: ["id", "name"], default: "id" }),
    ],
    response: ["200", "The schema.", ref("CustomFieldSchema")],
  }),
];
