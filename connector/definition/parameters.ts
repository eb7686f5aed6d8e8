// Parameters used by many operations. The workspace and user path parameters are named
// `workspace_id` and `user_id` as in version 1.1.1 of the connector: its operations keep their
// parameters, and two path templates that differ only in a parameter's name would be the same path.

import { type DynamicParameters, type Schema, dynamicValues, pathParam, queryParam } from "./dsl";

export const inWorkspace: DynamicParameters = { workspace_id: { parameter: "workspace_id" } };
/** What a users drop-down passes to GetAllUsers_v1. */
export const usersOfWorkspace: DynamicParameters = { ...inWorkspace, "include-roles": { value: false } };

export const workspaceId = pathParam("workspace_id", "Workspace", "The workspace to work in.", {
  dynamic: dynamicValues("GetWorkspaces_v1"),
});
export const userId = (description = "The user. The list needs workspace admin rights; others can enter their own ID from Get the current user."): Schema =>
  pathParam("user_id", "User", description, { dynamic: dynamicValues("GetAllUsers_v1", usersOfWorkspace) });
export const clientId = pathParam("clientId", "Client", "The client.", { dynamic: dynamicValues("GetClients_v1", inWorkspace) });
export const projectId = pathParam("projectId", "Project", "The project.", { dynamic: dynamicValues("GetProjects_v1", inWorkspace) });
export const taskId = pathParam("taskId", "Task", "The task of the chosen project.", {
  dynamic: dynamicValues("ListTasks", { ...inWorkspace, projectId: { parameter: "projectId" } }),
});
export const tagId = pathParam("tagId", "Tag", "The tag.", { dynamic: dynamicValues("ListTags", inWorkspace) });
export const timeEntryId = pathParam("timeEntryId", "Time Entry ID", "The time entry's ID.");
export const expenseId = pathParam("expenseId", "Expense", "The expense.", {
  dynamic: dynamicValues("ListExpenses", inWorkspace, { collection: "expenses/expenses", valueTitle: "notes" }),
});
export const webhookId = pathParam("webhookId", "Webhook", "The webhook.", {
  dynamic: dynamicValues("ListWebhooks", inWorkspace, { collection: "webhooks" }),
});
export const approvalRequestId = pathParam("approvalRequestId", "Approval Request ID", "The approval request's ID.");

export const page = queryParam("page", "integer", "Page", "The first page to return, from 1; the connector reads every page from there on.", {
  format: "int32",
  default: 1,
  "x-ms-visibility": "advanced",
});
export const pageSize = queryParam("page-size", "integer", "Page Size", "Rows per request to Clockify (up to 5000); the connector reads every page, so this only tunes speed.", {
  format: "int32",
  default: 50,
  "x-ms-visibility": "advanced",
});
export const sortOrder = queryParam("sort-order", "string", "Sort Order", "The sort direction.", { enum: ["ASCENDING", "DESCENDING"], "x-ms-visibility": "advanced" });
export const sortColumn = (values: string[], description = "What the list is sorted by."): Schema =>
  queryParam("sort-column", "string", "Sort Column", description, { enum: values, "x-ms-visibility": "advanced" });
export const nameFilter = (what: string): Schema => queryParam("name", "string", "Name Contains", `Only ${what} whose name contains this text.`);
export const strictName = queryParam("strict-name-search", "boolean", "Exact Name", "Match the name exactly instead of as a part.", { "x-ms-visibility": "advanced" });
export const archivedFilter = (what: string): Schema =>
  queryParam("archived", "boolean", "Archived", `True for archived ${what} only, false for active ${what} only; leave empty for both (Clockify then returns both).`);
export const hydrated = (what: string): Schema =>
  queryParam("hydrated", "boolean", "Hydrated", `Include the full ${what} objects instead of IDs only.`, { "x-ms-visibility": "advanced" });
