// Workspaces and users.

import { queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { nameFilter, page, pageSize, sortColumn, sortOrder, workspaceId } from "../parameters";

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces", {
    id: "GetWorkspaces_v1",
    summary: "List workspaces",
    description: "Lists every workspace the API key's user belongs to.",
    visibility: "important",
    parameters: [
      queryParam("roles", "string", "Roles", "Only workspaces where the user has this role.", {
        enum: ["WORKSPACE_ADMIN", "OWNER", "TEAM_MANAGER", "PROJECT_MANAGER"],
        "x-ms-visibility": "advanced",
      }),
    ],
    response: ["200", "The workspaces.", { type: "array", items: ref("Workspace") }],
  }),

  op("get", "/v1/workspaces/{workspace_id}", {
    id: "GetWorkspace",
    summary: "Get a workspace",
    description: "Gets one workspace with its settings, rates and memberships.",
    parameters: [workspaceId],
    response: ["200", "The workspace.", ref("Workspace")],
  }),

  op("get", "/v1/user", {
    id: "GetCurrentUser",
    summary: "Get the current user",
    description: "Gets the user who owns the API key, with their ID, time zone and active workspace.",
    visibility: "important",
    parameters: [
      queryParam("include-memberships", "boolean", "Include Memberships", "Include the user's memberships.", { "x-ms-visibility": "advanced" }),
    ],
    response: ["200", "The current user.", ref("User")],
  }),

  op("get", "/v1/workspaces/{workspace_id}/users", {
    id: "GetAllUsers_v1",
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
      queryParam("include-roles", "boolean", "Include Roles", "Whether to include the users' roles; drop-downs ask for none.", {
        default: false,
        "x-ms-visibility": "advanced",
      }),
      sortColumn(["ID", "EMAIL", "NAME", "NAME_LOWERCASE", "ACCESS", "HOURLYRATE", "COSTRATE"]),
      sortOrder,
      page,
      pageSize,
    ],
    response: ["200", "The users.", { type: "array", items: ref("User") }],
  }),

  op("get", "/v1/workspaces/{workspace_id}/user-groups", {
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
  }),
];
