// Time entries.

import { type Schema, bodyParam, dynamicValues, queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { hydrated, inWorkspace, page, pageSize, timeEntryId, userId, workspaceId } from "../parameters";

/** The filters of a user's time entry list, in both its shapes. */
const entryListParameters: Schema[] = [
  workspaceId,
  userId(),
  queryParam("start", "string", "Start", "Only entries that start at or after this date-time, such as 2024-01-01T00:00:00Z.", { format: "date-time" }),
  queryParam("end", "string", "End", "Only entries that start before this date-time, such as 2024-02-01T00:00:00Z.", { format: "date-time" }),
  queryParam("description", "string", "Description Contains", "Only entries whose description contains this text."),
  queryParam("project", "string", "Project", "Only entries of this project.", { "x-ms-dynamic-values": dynamicValues("GetProjects_v1", inWorkspace) }),
  queryParam("task", "string", "Task ID", "Only entries of this task."),
  queryParam("tags", "string", "Tag IDs", "Only entries with these tags (IDs separated by commas)."),
  queryParam("in-progress", "boolean", "Running Only", "Only the running entry (true)."),
  hydrated("project, task and tag"),
  page,
  pageSize,
];

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces/{workspace_id}/user/{user_id}/time-entries", {
    id: "GetTimeEntriesForUser_v1",
    summary: "List time entries for a user",
    description:
      "Lists a user's time entries: every one, page after page, unless Page names a single page. " +
      "Start and End are read as wall-clock times in the user's time zone. Each entry gets Duration in Seconds.",
    visibility: "important",
    parameters: entryListParameters,
    response: ["200", "The time entries.", { type: "array", items: ref("TimeEntryListItem") }],
  }),

  op("get", "/v1/paged/workspaces/{workspace_id}/user/{user_id}/time-entries", {
    id: "ListTimeEntriesPaged",
    summary: "List time entries for a user in pages",
    description:
      "Lists a user's time entries as pages for the flow's Pagination setting: each answer holds the entries read within the " +
      "platform's time limit and a link to the rest. Use it when a user has more entries than List time entries for a user can read at once.",
    parameters: entryListParameters,
    response: ["200", "A page of time entries and the link to the next.", ref("TimeEntryPage")],
    // The items are in `value`, the platform's default.
    extra: { "x-ms-pageable": { nextLinkName: "nextLink" } },
  }),

  op("post", "/v1/workspaces/{workspace_id}/user/{user_id}/time-entries", {
    id: "CreateTimeEntryForUser",
    summary: "Create a time entry for a user",
    description: "Creates a time entry for another user of the workspace (needs admin rights). Leave End empty to start their timer.",
    parameters: [workspaceId, userId(), bodyParam(ref("CreateTimeEntryRequest"), "Time Entry", "The time entry to create.")],
    response: ["201", "The new time entry.", ref("TimeEntry")],
  }),

  op("patch", "/v1/workspaces/{workspace_id}/user/{user_id}/time-entries", {
    id: "StopTimer",
    summary: "Stop the running timer",
    description: "Stops a user's running timer at End. Clockify answers 404 when no timer is running.",
    visibility: "important",
    parameters: [workspaceId, userId(), bodyParam(ref("StopTimerRequest"), "Stop", "When to stop the timer.")],
    response: ["200", "The stopped time entry.", ref("TimeEntry")],
  }),

  op("post", "/v1/workspaces/{workspace_id}/time-entries", {
    id: "CreateTimeEntry",
    summary: "Create a time entry",
    description: "Creates a time entry for the API key's user. Leave End empty to start a timer instead.",
    visibility: "important",
    parameters: [workspaceId, bodyParam(ref("CreateTimeEntryRequest"), "Time Entry", "The time entry to create.")],
    response: ["201", "The new time entry.", ref("TimeEntry")],
  }),

  op("get", "/v1/workspaces/{workspace_id}/time-entries/status/in-progress", {
    id: "ListRunningTimeEntries",
    summary: "List running timers",
    description: "Lists the running time entries of everyone in a workspace: every one, unless Page names a single page.",
    parameters: [
      workspaceId,
      page,
      queryParam("page-size", "integer", "Page Size", "Rows per request to Clockify, at most 1000 here; the connector reads every page.", { format: "int32", default: 10, "x-ms-visibility": "advanced" }),
    ],
    response: ["200", "The running time entries.", { type: "array", items: ref("TimeEntry") }],
  }),

  op("get", "/v1/workspaces/{workspace_id}/time-entries/{timeEntryId}", {
    id: "GetTimeEntry",
    summary: "Get a time entry",
    description: "Gets one time entry. An unknown ID, or one of another workspace, answers 404 with the ID in the message.",
    parameters: [workspaceId, timeEntryId, hydrated("project, task and tag")],
    response: ["200", "The time entry.", ref("TimeEntry")],
  }),

  op("put", "/v1/workspaces/{workspace_id}/time-entries/{timeEntryId}", {
    id: "UpdateTimeEntry",
    summary: "Update a time entry",
    description: "Replaces a time entry's values: Start is required and omitted fields are cleared.",
    parameters: [workspaceId, timeEntryId, bodyParam(ref("UpdateTimeEntryRequest"), "Time Entry", "The time entry's new values.")],
    response: ["200", "The updated time entry.", ref("TimeEntry")],
  }),

  op("delete", "/v1/workspaces/{workspace_id}/time-entries/{timeEntryId}", {
    id: "DeleteTimeEntry",
    summary: "Delete a time entry",
    description: "Deletes a time entry. Clockify answers 204 without a body.",
    parameters: [workspaceId, timeEntryId],
    response: ["204", "The time entry was deleted."],
  }),
];
