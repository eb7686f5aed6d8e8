#!/usr/bin/env node
// Writes connector/apiDefinition.swagger.json, the Clockify connector's OpenAPI 2.0 definition.
//
//   node connector/tools/build-definition.mjs           write the file
//   node connector/tools/build-definition.mjs --check   exit 1 if the committed file differs
//
// The committed JSON is what csxc bundles; this script is how it is made. Schemas live in
// definitions.mjs with the list of deliberate differences from Clockify's official document.
//
// Two paths exist only in this connector and need the script (transforms/) to reach Clockify:
// - /reports/...  : operations of the reports host. The connector has one host
//   (api.clockify.me/api/v1), so they sit under /reports and the script sends
//   https://api.clockify.me/api/v1/reports/<rest> to https://reports.api.clockify.me/v1/<rest>.
// - /triggers/... : webhook trigger subscriptions. The script posts the body to
//   /workspaces/{workspaceId}/webhooks and answers 201 with a Location header that points at
//   DeleteWebhook's URL for the new webhook (Clockify sends no Location itself).

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFINITIONS } from "./definitions.mjs";
import { bodyParam, dynamicValues, formParam, object, pathParam, queryParam, ref, string, strings } from "./schema-dsl.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = join(here, "..", "apiDefinition.swagger.json");

export const REPORTS_PREFIX = "/reports";
export const REPORTS_BASE_URL = "https://reports.api.clockify.me/v1";
export const TRIGGERS_PREFIX = "/triggers";

// ------------------------------------------------------------------------------------------
// Parameters used by many operations

const inWorkspace = { workspaceId: { parameter: "workspaceId" } };

const workspaceId = pathParam("workspaceId", "Workspace", "The workspace to work in.", {
  dynamic: dynamicValues("ListWorkspaces"),
});
const userId = (description = "The user. The list needs workspace admin rights; others can enter their own ID from Get the current user.") =>
  pathParam("userId", "User", description, {
    dynamic: dynamicValues("ListUsers", { ...inWorkspace, "include-roles": { value: false } }),
  });
const clientId = pathParam("clientId", "Client", "The client.", { dynamic: dynamicValues("ListClients", inWorkspace) });
const projectId = pathParam("projectId", "Project", "The project.", { dynamic: dynamicValues("ListProjects", inWorkspace) });
const taskId = pathParam("taskId", "Task", "The task of the chosen project.", {
  dynamic: dynamicValues("ListTasks", { ...inWorkspace, projectId: { parameter: "projectId" } }),
});
const tagId = pathParam("tagId", "Tag", "The tag.", { dynamic: dynamicValues("ListTags", inWorkspace) });
const timeEntryId = pathParam("timeEntryId", "Time Entry ID", "The time entry's ID.");
const expenseId = pathParam("expenseId", "Expense", "The expense.", {
  dynamic: dynamicValues("ListExpenses", inWorkspace, { collection: "expenses/expenses", valueTitle: "notes" }),
});
const webhookId = pathParam("webhookId", "Webhook", "The webhook.", {
  dynamic: dynamicValues("ListWebhooks", inWorkspace, { collection: "webhooks" }),
});
const approvalRequestId = pathParam("approvalRequestId", "Approval Request ID", "The approval request's ID.");

const page = queryParam("page", "integer", "Page", "The page to return, from 1.", { format: "int32", default: 1, "x-ms-visibility": "advanced" });
const pageSize = queryParam("page-size", "integer", "Page Size", "Items per page: Clockify's default is 50; ask for more (up to 5000) or read further pages.", {
  format: "int32",
  default: 50,
  "x-ms-visibility": "advanced",
});
const sortOrder = queryParam("sort-order", "string", "Sort Order", "The sort direction.", { enum: ["ASCENDING", "DESCENDING"], "x-ms-visibility": "advanced" });
const sortColumn = (values, description = "What the list is sorted by.") =>
  queryParam("sort-column", "string", "Sort Column", description, { enum: values, "x-ms-visibility": "advanced" });
const nameFilter = (what) => queryParam("name", "string", "Name Contains", `Only ${what} whose name contains this text.`);
const strictName = queryParam("strict-name-search", "boolean", "Exact Name", "Match the name exactly instead of as a part.", { "x-ms-visibility": "advanced" });
const archivedFilter = (what) =>
  queryParam("archived", "boolean", "Archived", `True for archived ${what} only, false for active ${what} only; leave empty for both (Clockify then returns both).`);
const hydrated = (what) => queryParam("hydrated", "boolean", "Hydrated", `Include the full ${what} objects instead of IDs only.`, { "x-ms-visibility": "advanced" });

// ------------------------------------------------------------------------------------------
// Operations

const paths = {};

function responseOf(status, description, schema) {
  const r = { description };
  if (schema) r.schema = schema;
  return { [status]: r };
}

/**
 * One operation. `response` is [status, description, schema?]; a response without schema has no
 * body (Clockify answers 204, or 200 with an empty body).
 */
function op(method, path, spec) {
  const { id, summary, description, visibility = "advanced", parameters = [], response, consumes, extra = {} } = spec;
  paths[path] ??= {};
  if (paths[path][method]) throw new Error(`${method} ${path} defined twice`);
  const operation = {
    operationId: id,
    summary,
    description,
    "x-ms-visibility": visibility,
    parameters,
    responses: responseOf(...response),
    ...extra,
  };
  if (consumes) operation.consumes = consumes;
  if (!parameters.length) delete operation.parameters;
  paths[path][method] = operation;
}

// --- Workspaces and users ------------------------------------------------------------------

op("get", "/workspaces", {
  id: "ListWorkspaces",
  summary: "List workspaces",
  description: "Lists the workspaces the API key's user belongs to. Clockify returns all of them at once.",
  visibility: "important",
  parameters: [
    queryParam("roles", "string", "Roles", "Only workspaces where the user has this role.", {
      enum: ["WORKSPACE_ADMIN", "OWNER", "TEAM_MANAGER", "PROJECT_MANAGER"],
      "x-ms-visibility": "advanced",
    }),
  ],
  response: ["200", "The workspaces.", { type: "array", items: ref("Workspace") }],
});

op("get", "/workspaces/{workspaceId}", {
  id: "GetWorkspace",
  summary: "Get a workspace",
  description: "Gets one workspace with its settings, rates and memberships.",
  parameters: [workspaceId],
  response: ["200", "The workspace.", ref("Workspace")],
});

op("get", "/user", {
  id: "GetCurrentUser",
  summary: "Get the current user",
  description: "Gets the user who owns the API key, with their ID, time zone and active workspace.",
  visibility: "important",
  parameters: [
    queryParam("include-memberships", "boolean", "Include Memberships", "Include the user's memberships.", { "x-ms-visibility": "advanced" }),
  ],
  response: ["200", "The current user.", ref("User")],
});

op("get", "/workspaces/{workspaceId}/users", {
  id: "ListUsers",
  summary: "List workspace users",
  description: "Lists the users of a workspace. Needs workspace admin rights (others get 403).",
  parameters: [
    workspaceId,
    queryParam("email", "string", "Email", "Only the user with this email address."),
    queryParam("name", "string", "Name Contains", "Only users whose name contains this text."),
    queryParam("status", "string", "Status", "Only users with this membership status.", { enum: ["PENDING", "ACTIVE", "DECLINED", "INACTIVE", "ALL"] }),
    queryParam("project-id", "string", "Project ID", "Only members of this project.", { "x-ms-visibility": "advanced" }),
    queryParam("memberships", "string", "Memberships", "Which memberships to include with each user.", {
      enum: ["ALL", "NONE", "WORKSPACE", "PROJECT", "USERGROUP"],
      "x-ms-visibility": "advanced",
    }),
    queryParam("include-roles", "boolean", "Include Roles", "Whether to include the users' roles; the connector always asks for none.", {
      required: true,
      default: false,
      "x-ms-visibility": "internal",
    }),
    sortColumn(["ID", "EMAIL", "NAME", "NAME_LOWERCASE", "ACCESS", "HOURLYRATE", "COSTRATE"]),
    sortOrder,
    page,
    pageSize,
  ],
  response: ["200", "The users.", { type: "array", items: ref("User") }],
});

op("get", "/workspaces/{workspaceId}/user-groups", {
  id: "ListUserGroups",
  summary: "List user groups",
  description: "Lists the user groups of a workspace.",
  parameters: [
    workspaceId,
    nameFilter("groups"),
    queryParam("project-id", "string", "Project ID", "Only groups that are members of this project.", { "x-ms-visibility": "advanced" }),
    sortColumn(["ID", "NAME"]),
    sortOrder,
    page,
    pageSize,
  ],
  response: ["200", "The user groups.", { type: "array", items: ref("UserGroup") }],
});

// --- Clients -------------------------------------------------------------------------------

op("get", "/workspaces/{workspaceId}/clients", {
  id: "ListClients",
  summary: "List clients",
  description: "Lists the clients of a workspace, 50 per page unless Page Size says otherwise.",
  parameters: [workspaceId, nameFilter("clients"), archivedFilter("clients"), sortColumn(["NAME"]), sortOrder, page, pageSize],
  response: ["200", "The clients.", { type: "array", items: ref("Client") }],
});

op("post", "/workspaces/{workspaceId}/clients", {
  id: "CreateClient",
  summary: "Create a client",
  description: "Creates a client in a workspace. Clockify rejects a name that another client already has.",
  parameters: [workspaceId, bodyParam(ref("CreateClientRequest"), "Client", "The client to create.")],
  response: ["201", "The new client.", ref("Client")],
});

op("get", "/workspaces/{workspaceId}/clients/{clientId}", {
  id: "GetClient",
  summary: "Get a client",
  description: "Gets one client. An unknown ID answers 400, not 404.",
  parameters: [workspaceId, clientId],
  response: ["200", "The client.", ref("Client")],
});

op("put", "/workspaces/{workspaceId}/clients/{clientId}", {
  id: "UpdateClient",
  summary: "Update a client",
  description: "Replaces a client's values; omitted CC emails are cleared. Can archive the client's projects too.",
  parameters: [
    workspaceId,
    clientId,
    queryParam("archive-projects", "boolean", "Archive Projects", "When archiving the client, archive its projects too.", { "x-ms-visibility": "advanced" }),
    queryParam("mark-tasks-as-done", "boolean", "Mark Tasks Done", "When archiving projects, mark their tasks done.", { "x-ms-visibility": "advanced" }),
    bodyParam(ref("UpdateClientRequest"), "Client", "The client's new values."),
  ],
  response: ["200", "The updated client.", ref("Client")],
});

op("delete", "/workspaces/{workspaceId}/clients/{clientId}", {
  id: "DeleteClient",
  summary: "Delete a client",
  description: "Deletes a client. Clockify refuses to delete an active client: archive it first with Update a client.",
  parameters: [workspaceId, clientId],
  response: ["200", "The deleted client.", ref("Client")],
});

// --- Projects ------------------------------------------------------------------------------

op("get", "/workspaces/{workspaceId}/projects", {
  id: "ListProjects",
  summary: "List projects",
  description: "Lists the projects of a workspace, 50 per page unless Page Size says otherwise.",
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
  response: ["200", "The projects.", { type: "array", items: ref("Project") }],
});

op("post", "/workspaces/{workspaceId}/projects", {
  id: "CreateProject",
  summary: "Create a project",
  description: "Creates a project in a workspace. Rates are in cents; an estimate is an ISO-8601 duration such as PT10H.",
  parameters: [workspaceId, bodyParam(ref("CreateProjectRequest"), "Project", "The project to create.")],
  response: ["201", "The new project.", ref("Project")],
});

op("get", "/workspaces/{workspaceId}/projects/{projectId}", {
  id: "GetProject",
  summary: "Get a project",
  description: "Gets one project. An unknown ID answers 400, not 404.",
  parameters: [workspaceId, projectId, hydrated("membership, estimate and custom field")],
  response: ["200", "The project.", ref("Project")],
});

op("put", "/workspaces/{workspaceId}/projects/{projectId}", {
  id: "UpdateProject",
  summary: "Update a project",
  description: "Updates a project. Omitted Public and Billable become false; other omitted values are kept.",
  parameters: [workspaceId, projectId, bodyParam(ref("UpdateProjectRequest"), "Project", "The project's new values.")],
  response: ["200", "The updated project.", ref("Project")],
});

op("delete", "/workspaces/{workspaceId}/projects/{projectId}", {
  id: "DeleteProject",
  summary: "Delete a project",
  description: "Deletes a project. Clockify refuses to delete an active project: archive it first with Update a project.",
  parameters: [workspaceId, projectId],
  response: ["200", "The deleted project.", ref("Project")],
});

// --- Tasks ---------------------------------------------------------------------------------

op("get", "/workspaces/{workspaceId}/projects/{projectId}/tasks", {
  id: "ListTasks",
  summary: "List tasks",
  description: "Lists the tasks of a project, 50 per page unless Page Size says otherwise.",
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
});

op("post", "/workspaces/{workspaceId}/projects/{projectId}/tasks", {
  id: "CreateTask",
  summary: "Create a task",
  description: "Creates a task in a project. An estimate is an ISO-8601 duration such as PT2H.",
  parameters: [workspaceId, projectId, bodyParam(ref("CreateTaskRequest"), "Task", "The task to create.")],
  response: ["201", "The new task.", ref("Task")],
});

op("get", "/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}", {
  id: "GetTask",
  summary: "Get a task",
  description: "Gets one task of a project.",
  parameters: [workspaceId, projectId, taskId],
  response: ["200", "The task.", ref("Task")],
});

op("put", "/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}", {
  id: "UpdateTask",
  summary: "Update a task",
  description: "Updates a task of a project; the name is required. Set the status to DONE to finish it.",
  parameters: [workspaceId, projectId, taskId, bodyParam(ref("UpdateTaskRequest"), "Task", "The task's new values.")],
  response: ["200", "The updated task.", ref("Task")],
});

op("delete", "/workspaces/{workspaceId}/projects/{projectId}/tasks/{taskId}", {
  id: "DeleteTask",
  summary: "Delete a task",
  description: "Deletes a task. Clockify refuses to delete an active task: mark it DONE first with Update a task.",
  parameters: [workspaceId, projectId, taskId],
  response: ["200", "The deleted task.", ref("Task")],
});

// --- Tags ----------------------------------------------------------------------------------

op("get", "/workspaces/{workspaceId}/tags", {
  id: "ListTags",
  summary: "List tags",
  description: "Lists the tags of a workspace, 50 per page unless Page Size says otherwise.",
  parameters: [workspaceId, nameFilter("tags"), strictName, archivedFilter("tags"), sortColumn(["ID", "NAME"]), sortOrder, page, pageSize],
  response: ["200", "The tags.", { type: "array", items: ref("Tag") }],
});

op("post", "/workspaces/{workspaceId}/tags", {
  id: "CreateTag",
  summary: "Create a tag",
  description: "Creates a tag in a workspace. Clockify rejects a name that another tag already has.",
  parameters: [workspaceId, bodyParam(ref("CreateTagRequest"), "Tag", "The tag to create.")],
  response: ["201", "The new tag.", ref("Tag")],
});

op("get", "/workspaces/{workspaceId}/tags/{tagId}", {
  id: "GetTag",
  summary: "Get a tag",
  description: "Gets one tag.",
  parameters: [workspaceId, tagId],
  response: ["200", "The tag.", ref("Tag")],
});

op("put", "/workspaces/{workspaceId}/tags/{tagId}", {
  id: "UpdateTag",
  summary: "Update a tag",
  description: "Replaces a tag's values. An omitted Archived becomes false, so send it to keep a tag archived.",
  parameters: [workspaceId, tagId, bodyParam(ref("UpdateTagRequest"), "Tag", "The tag's new values.")],
  response: ["200", "The updated tag.", ref("Tag")],
});

op("delete", "/workspaces/{workspaceId}/tags/{tagId}", {
  id: "DeleteTag",
  summary: "Delete a tag",
  description: "Deletes a tag.",
  parameters: [workspaceId, tagId],
  response: ["200", "The deleted tag.", ref("Tag")],
});

// --- Time entries --------------------------------------------------------------------------

op("get", "/workspaces/{workspaceId}/user/{userId}/time-entries", {
  id: "GetTimeEntries",
  summary: "List time entries for a user",
  description:
    "Lists a user's time entries, 50 per page unless Page Size says otherwise. " +
    "Start and End are read as wall-clock times in the user's time zone. Each entry gets Duration in Seconds.",
  visibility: "important",
  parameters: [
    workspaceId,
    userId(),
    queryParam("start", "string", "Start", "Only entries that start at or after this date-time, such as 2024-01-01T00:00:00Z.", { format: "date-time" }),
    queryParam("end", "string", "End", "Only entries that start before this date-time, such as 2024-02-01T00:00:00Z.", { format: "date-time" }),
    queryParam("description", "string", "Description Contains", "Only entries whose description contains this text."),
    queryParam("project", "string", "Project", "Only entries of this project.", { "x-ms-dynamic-values": dynamicValues("ListProjects", inWorkspace) }),
    queryParam("task", "string", "Task ID", "Only entries of this task."),
    queryParam("tags", "string", "Tag IDs", "Only entries with these tags (IDs separated by commas)."),
    queryParam("in-progress", "boolean", "Running Only", "Only the running entry (true)."),
    hydrated("project, task and tag"),
    page,
    pageSize,
  ],
  response: ["200", "The time entries.", { type: "array", items: ref("TimeEntryListItem") }],
});

op("post", "/workspaces/{workspaceId}/user/{userId}/time-entries", {
  id: "CreateTimeEntryForUser",
  summary: "Create a time entry for a user",
  description: "Creates a time entry for another user of the workspace (needs admin rights). Leave End empty to start their timer.",
  parameters: [workspaceId, userId(), bodyParam(ref("CreateTimeEntryRequest"), "Time Entry", "The time entry to create.")],
  response: ["201", "The new time entry.", ref("TimeEntry")],
});

op("patch", "/workspaces/{workspaceId}/user/{userId}/time-entries", {
  id: "StopTimer",
  summary: "Stop the running timer",
  description: "Stops a user's running timer at End. Clockify answers 404 when no timer is running.",
  visibility: "important",
  parameters: [workspaceId, userId(), bodyParam(ref("StopTimerRequest"), "Stop", "When to stop the timer.")],
  response: ["200", "The stopped time entry.", ref("TimeEntry")],
});

op("post", "/workspaces/{workspaceId}/time-entries", {
  id: "CreateTimeEntry",
  summary: "Create a time entry",
  description: "Creates a time entry for the API key's user. Leave End empty to start a timer instead.",
  visibility: "important",
  parameters: [workspaceId, bodyParam(ref("CreateTimeEntryRequest"), "Time Entry", "The time entry to create.")],
  response: ["201", "The new time entry.", ref("TimeEntry")],
});

op("get", "/workspaces/{workspaceId}/time-entries/status/in-progress", {
  id: "ListRunningTimeEntries",
  summary: "List running timers",
  description: "Lists the running time entries of everyone in a workspace, 10 per page unless Page Size says otherwise.",
  parameters: [
    workspaceId,
    page,
    queryParam("page-size", "integer", "Page Size", "Items per page: Clockify's default is 10 here, at most 1000.", { format: "int32", default: 10, "x-ms-visibility": "advanced" }),
  ],
  response: ["200", "The running time entries.", { type: "array", items: ref("TimeEntry") }],
});

op("get", "/workspaces/{workspaceId}/time-entries/{timeEntryId}", {
  id: "GetTimeEntry",
  summary: "Get a time entry",
  description: "Gets one time entry. An unknown ID answers 400, not 404.",
  parameters: [workspaceId, timeEntryId, hydrated("project, task and tag")],
  response: ["200", "The time entry.", ref("TimeEntry")],
});

op("put", "/workspaces/{workspaceId}/time-entries/{timeEntryId}", {
  id: "UpdateTimeEntry",
  summary: "Update a time entry",
  description: "Replaces a time entry's values: Start is required and omitted fields are cleared.",
  parameters: [workspaceId, timeEntryId, bodyParam(ref("UpdateTimeEntryRequest"), "Time Entry", "The time entry's new values.")],
  response: ["200", "The updated time entry.", ref("TimeEntry")],
});

op("delete", "/workspaces/{workspaceId}/time-entries/{timeEntryId}", {
  id: "DeleteTimeEntry",
  summary: "Delete a time entry",
  description: "Deletes a time entry. Clockify answers 204 without a body.",
  parameters: [workspaceId, timeEntryId],
  response: ["204", "The time entry was deleted."],
});

// --- Expenses ------------------------------------------------------------------------------

op("get", "/workspaces/{workspaceId}/expenses", {
  id: "ListExpenses",
  summary: "List expenses",
  description: "Lists the expenses of a workspace with daily and weekly totals. Clockify ignores date filters here.",
  parameters: [
    workspaceId,
    queryParam("user-id", "string", "User", "Only expenses of this user.", {
      "x-ms-dynamic-values": dynamicValues("ListUsers", { ...inWorkspace, "include-roles": { value: false } }),
    }),
    page,
    pageSize,
  ],
  response: ["200", "The expenses and totals.", ref("ExpenseList")],
});

op("post", "/workspaces/{workspaceId}/expenses", {
  id: "CreateExpense",
  summary: "Create an expense",
  description: "Creates an expense with its receipt, sent as multipart form data. The amount is in major units (12.5 means 12.50).",
  consumes: ["multipart/form-data"],
  parameters: [
    workspaceId,
    formParam("userId", "string", "User", "The user the expense belongs to.", {
      required: true,
      "x-ms-visibility": "important",
      "x-ms-dynamic-values": dynamicValues("ListUsers", { ...inWorkspace, "include-roles": { value: false } }),
    }),
    formParam("projectId", "string", "Project", "The expense's project.", {
      required: true,
      "x-ms-visibility": "important",
      "x-ms-dynamic-values": dynamicValues("ListProjects", inWorkspace),
    }),
    formParam("categoryId", "string", "Category", "The expense's category.", {
      required: true,
      "x-ms-visibility": "important",
      "x-ms-dynamic-values": dynamicValues("ListExpenseCategories", inWorkspace, { collection: "categories" }),
    }),
    formParam("date", "string", "Date", "The expense's date-time, such as 2024-01-31T00:00:00Z.", { required: true, format: "date-time", "x-ms-visibility": "important" }),
    formParam("amount", "number", "Amount", "The amount in major units: 12.5 means 12.50.", { required: true, format: "double", "x-ms-visibility": "important" }),
    formParam("file", "file", "Receipt", "The receipt file.", { required: true, "x-ms-visibility": "important" }),
    formParam("notes", "string", "Notes", "Notes about the expense, at most 3000 characters."),
    formParam("taskId", "string", "Task ID", "The expense's task."),
    formParam("billable", "boolean", "Billable", "Whether the expense is billable."),
  ],
  response: ["201", "The new expense.", ref("Expense")],
});

op("get", "/workspaces/{workspaceId}/expenses/{expenseId}", {
  id: "GetExpense",
  summary: "Get an expense",
  description: "Gets one expense. Its total is in cents.",
  parameters: [workspaceId, expenseId],
  response: ["200", "The expense.", ref("Expense")],
});

op("delete", "/workspaces/{workspaceId}/expenses/{expenseId}", {
  id: "DeleteExpense",
  summary: "Delete an expense",
  description: "Deletes an expense. Clockify answers 200 with an empty body.",
  parameters: [workspaceId, expenseId],
  response: ["200", "The expense was deleted."],
});

op("get", "/workspaces/{workspaceId}/expenses/categories", {
  id: "ListExpenseCategories",
  summary: "List expense categories",
  description: "Lists the expense categories of a workspace.",
  parameters: [workspaceId, nameFilter("categories"), archivedFilter("categories"), sortColumn(["NAME"]), sortOrder, page, pageSize],
  response: ["200", "The expense categories.", ref("ExpenseCategoryList")],
});

op("post", "/workspaces/{workspaceId}/expenses/categories", {
  id: "CreateExpenseCategory",
  summary: "Create an expense category",
  description: "Creates an expense category. A unit price is in cents.",
  parameters: [workspaceId, bodyParam(ref("CreateExpenseCategoryRequest"), "Category", "The category to create.")],
  response: ["201", "The new category.", ref("ExpenseCategory")],
});

// --- Custom fields -------------------------------------------------------------------------

const customFieldFilters = [
  queryParam("status", "string", "Status", "Only fields with this status.", { enum: ["INACTIVE", "VISIBLE", "INVISIBLE"] }),
  queryParam("entity-type", "string", "Entity Type", "Only fields of time entries (TIMEENTRY) or users (USER).", { enum: ["TIMEENTRY", "USER"] }),
];

op("get", "/workspaces/{workspaceId}/custom-fields", {
  id: "ListCustomFields",
  summary: "List custom fields",
  description: "Lists the custom fields of a workspace, all at once. Custom fields need a paid plan.",
  parameters: [workspaceId, nameFilter("fields"), ...customFieldFilters],
  response: ["200", "The custom fields.", { type: "array", items: ref("CustomField") }],
});

op("get", "/workspaces/{workspaceId}/projects/{projectId}/custom-fields", {
  id: "ListProjectCustomFields",
  summary: "List custom fields of a project",
  description: "Lists the custom fields of a project with the project's default values.",
  parameters: [workspaceId, projectId, ...customFieldFilters],
  response: ["200", "The project's custom fields.", { type: "array", items: ref("CustomField") }],
});

// --- Approval requests ---------------------------------------------------------------------

op("get", "/workspaces/{workspaceId}/approval-requests", {
  id: "ListApprovalRequests",
  summary: "List approval requests",
  description: "Lists approval requests of a workspace with the time and amounts they cover.",
  parameters: [
    workspaceId,
    queryParam("status", "string", "Status", "Only requests in this state.", { enum: ["PENDING", "APPROVED", "WITHDRAWN_APPROVAL"] }),
    queryParam("types", "string", "Types", "Only requests of this kind.", { enum: ["TIMESHEET", "EXPENSE", "TIMESHEET_AND_EXPENSE"], "x-ms-visibility": "advanced" }),
    sortColumn(["ID", "USER_ID", "START", "UPDATED_AT"]),
    sortOrder,
    page,
    pageSize,
  ],
  response: ["200", "The approval requests.", { type: "array", items: ref("ApprovalRequestDetails") }],
});

op("post", "/workspaces/{workspaceId}/approval-requests", {
  id: "SubmitApprovalRequest",
  summary: "Submit for approval",
  description: "Submits the API key's user's time for a period for approval.",
  parameters: [workspaceId, bodyParam(ref("CreateApprovalRequestRequest"), "Period", "The period to submit.")],
  response: ["201", "The new approval request.", ref("ApprovalRequest")],
});

op("patch", "/workspaces/{workspaceId}/approval-requests/{approvalRequestId}", {
  id: "UpdateApprovalRequest",
  summary: "Approve or reject a request",
  description: "Changes the state of an approval request: approve, reject or withdraw it.",
  parameters: [workspaceId, approvalRequestId, bodyParam(ref("UpdateApprovalRequestRequest"), "Decision", "The new state.")],
  response: ["200", "The updated approval request.", ref("ApprovalRequest")],
});

// --- Reports (reports host, rewritten by the script) ---------------------------------------

const reportsHostNote = " Runs on Clockify's reports host: the connector's script forwards it there.";

op("post", `${REPORTS_PREFIX}/workspaces/{workspaceId}/reports/detailed`, {
  id: "ReportDetailed",
  summary: "Run a detailed report",
  description: "Generates a detailed report: every time entry in the range with totals. Durations are in seconds." + reportsHostNote,
  visibility: "important",
  parameters: [workspaceId, bodyParam(ref("DetailedReportRequest"), "Filter", "What the report covers.")],
  response: ["200", "The detailed report.", ref("DetailedReport")],
});

op("post", `${REPORTS_PREFIX}/workspaces/{workspaceId}/reports/summary`, {
  id: "ReportSummary",
  summary: "Run a summary report",
  description: "Generates a summary report: time and amounts grouped by up to three levels. Durations are in seconds." + reportsHostNote,
  visibility: "important",
  parameters: [workspaceId, bodyParam(ref("SummaryReportRequest"), "Filter", "What the report covers and how it groups.")],
  response: ["200", "The summary report.", ref("SummaryReport")],
});

op("post", `${REPORTS_PREFIX}/workspaces/{workspaceId}/reports/weekly`, {
  id: "ReportWeekly",
  summary: "Run a weekly report",
  description: "Generates a weekly report for a range of exactly 7 days, per user or per project. Durations are in seconds." + reportsHostNote,
  parameters: [workspaceId, bodyParam(ref("WeeklyReportRequest"), "Filter", "What the report covers.")],
  response: ["200", "The weekly report.", ref("WeeklyReport")],
});

op("get", `${REPORTS_PREFIX}/workspaces/{workspaceId}/shared-reports`, {
  id: "ListSharedReports",
  summary: "List shared reports",
  description: "Lists the workspace's saved, shareable reports." + reportsHostNote,
  parameters: [
    workspaceId,
    queryParam("sharedReportsFilter", "string", "Which Reports", "Which shared reports to list.", { enum: ["ALL", "ALL_ADMIN", "CREATED_BY_ME", "SHARED_WITH_ME"] }),
    queryParam("page", "integer", "Page", "The page to return, from 1.", { format: "int32", default: 1, "x-ms-visibility": "advanced" }),
    queryParam("pageSize", "integer", "Page Size", "Items per page, 50 by default.", { format: "int32", default: 50, "x-ms-visibility": "advanced" }),
  ],
  response: ["200", "The shared reports.", ref("SharedReportList")],
});

// --- Webhooks ------------------------------------------------------------------------------

op("get", "/workspaces/{workspaceId}/webhooks", {
  id: "ListWebhooks",
  summary: "List webhooks",
  description: "Lists the webhooks registered in a workspace, with their signing tokens.",
  parameters: [
    workspaceId,
    queryParam("type", "string", "Type", "Only webhooks of this kind (Clockify currently fails with SYSTEM).", {
      enum: ["USER_CREATED", "ADDON"],
      "x-ms-visibility": "advanced",
    }),
  ],
  response: ["200", "The webhooks.", ref("WebhookList")],
});

op("post", "/workspaces/{workspaceId}/webhooks", {
  id: "CreateWebhook",
  summary: "Create a webhook",
  description: "Registers a webhook that posts an event to a URL. Plans limit how many webhooks a workspace may have.",
  parameters: [workspaceId, bodyParam(ref("CreateWebhookRequest"), "Webhook", "The webhook to register.")],
  response: ["201", "The new webhook.", ref("Webhook")],
});

op("get", "/workspaces/{workspaceId}/webhooks/{webhookId}", {
  id: "GetWebhook",
  summary: "Get a webhook",
  description: "Gets one webhook with its signing token.",
  parameters: [workspaceId, webhookId],
  response: ["200", "The webhook.", ref("Webhook")],
});

op("delete", "/workspaces/{workspaceId}/webhooks/{webhookId}", {
  id: "DeleteWebhook",
  summary: "Delete a webhook",
  description: "Deletes a webhook. The triggers of this connector use it to unsubscribe when a flow is turned off or deleted.",
  parameters: [workspaceId, webhookId],
  response: ["200", "The webhook was deleted."],
});

// --- Triggers (webhook subscriptions, made by the script) ----------------------------------

export const TRIGGERS = [
  { id: "OnTimeEntryCreated", event: "NEW_TIME_ENTRY", slug: "new-time-entry", summary: "When a time entry is created", payload: "TimeEntryEvent", what: "a time entry is created" },
  { id: "OnTimerStarted", event: "NEW_TIMER_STARTED", slug: "timer-started", summary: "When a timer starts", payload: "TimeEntryEvent", what: "someone starts a timer" },
  { id: "OnTimerStopped", event: "TIMER_STOPPED", slug: "timer-stopped", summary: "When a timer stops", payload: "TimeEntryEvent", what: "someone stops a running timer" },
  { id: "OnTimeEntryUpdated", event: "TIME_ENTRY_UPDATED", slug: "time-entry-updated", summary: "When a time entry is updated", payload: "TimeEntryEvent", what: "a time entry is changed" },
  { id: "OnTimeEntryDeleted", event: "TIME_ENTRY_DELETED", slug: "time-entry-deleted", summary: "When a time entry is deleted", payload: "TimeEntryEvent", what: "a time entry is deleted" },
  { id: "OnProjectCreated", event: "NEW_PROJECT", slug: "new-project", summary: "When a project is created", payload: "Project", what: "a project is created" },
  { id: "OnClientCreated", event: "NEW_CLIENT", slug: "new-client", summary: "When a client is created", payload: "Client", what: "a client is created" },
  { id: "OnTaskCreated", event: "NEW_TASK", slug: "new-task", summary: "When a task is created", payload: "Task", what: "a task is created" },
];

for (const t of TRIGGERS) {
  const path = `${TRIGGERS_PREFIX}/workspaces/{workspaceId}/${t.slug}`;
  const subscription = object("Subscription", "The webhook Clockify registers for this trigger; every value is filled in by the connector.", {
    name: string("Webhook Name", "The name of the webhook in Clockify (2 to 30 characters).", {
      default: `Flow ${t.slug.replace(/-/g, " ")}`,
      "x-ms-visibility": "internal",
    }),
    url: string("Callback URL", "The flow's callback address.", { "x-ms-notification-url": true, "x-ms-visibility": "internal" }),
    webhookEvent: string("Event", "The Clockify event.", { enum: [t.event], default: t.event, "x-ms-visibility": "internal" }),
    triggerSourceType: string("Trigger Source Type", "The whole workspace fires the trigger.", {
      enum: ["WORKSPACE_ID"],
      default: "WORKSPACE_ID",
      "x-ms-visibility": "internal",
    }),
    triggerSource: strings("Trigger Sources", "Empty: the whole workspace (the script may fill in the workspace ID).", {
      default: [],
      "x-ms-visibility": "internal",
    }),
  }, { required: ["name", "url", "webhookEvent", "triggerSourceType", "triggerSource"] });
  op("post", path, {
    id: t.id,
    summary: t.summary,
    description: `Starts the flow when ${t.what} in the chosen workspace. The connector registers a Clockify webhook for ${t.event} and deletes it when the flow is removed.`,
    visibility: t.event === "NEW_TIME_ENTRY" || t.event === "TIMER_STOPPED" ? "important" : "advanced",
    parameters: [workspaceId, bodyParam(subscription, "Subscription", "The webhook to register; filled in by the connector.")],
    response: ["201", "The subscription was created; the Location header points at the webhook to delete."],
    extra: {
      "x-ms-trigger": "single",
      "x-ms-trigger-hint": `To see it work, make Clockify fire ${t.event} in the chosen workspace.`,
    },
  });
  paths[path]["x-ms-notification-content"] = {
    description: `The ${t.payload === "TimeEntryEvent" ? "time entry" : t.payload.toLowerCase()} Clockify sent with the event.`,
    schema: ref(t.payload),
  };
}

// ------------------------------------------------------------------------------------------
// The document

export function buildDocument() {
  return {
    swagger: "2.0",
    info: {
      title: "Clockify",
      description:
        "Clockify is a time tracker and timesheet app. Track time against projects, tasks and clients, " +
        "start and stop timers, log expenses, run detailed, summary and weekly reports, and start flows " +
        "when time entries, projects, clients or tasks change.",
      version: "1.0.0",
      contact: { name: "csxc", url: "https://docs.clockify.me/" },
    },
    host: "api.clockify.me",
    basePath: "/api/v1",
    schemes: ["https"],
    consumes: ["application/json"],
    produces: ["application/json"],
    paths,
    definitions: DEFINITIONS,
    parameters: {},
    responses: {},
    securityDefinitions: { api_key: { type: "apiKey", in: "header", name: "X-Api-Key" } },
    security: [{ api_key: [] }],
    tags: [],
    "x-ms-connector-metadata": [
      { propertyName: "Website", propertyValue: "https://clockify.me" },
      { propertyName: "Privacy policy", propertyValue: "https://clockify.me/privacy" },
      { propertyName: "Categories", propertyValue: "Productivity;Business Management" },
    ],
  };
}

/** ASCII-only JSON (paconn reads it with the locale's encoding), two-space indent, final newline. */
export function serialize(document) {
  return JSON.stringify(document, null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}

function main() {
  const text = serialize(buildDocument());
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(OUTPUT, "utf8");
    } catch {
      // missing: reported below
    }
    if (current !== text) {
      console.error(`${OUTPUT} is out of date: run node connector/tools/build-definition.mjs`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date.`);
    return;
  }
  writeFileSync(OUTPUT, text);
  const count = Object.values(paths).reduce((n, item) => n + Object.keys(item).filter((k) => !k.startsWith("x-")).length, 0);
  console.log(`wrote ${OUTPUT}: ${count} operations, ${Object.keys(DEFINITIONS).length} definitions`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
