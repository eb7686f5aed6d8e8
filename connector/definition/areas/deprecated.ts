// The five operations version 1.1.1 already marked deprecated: they call Clockify's pre-v1 API
// (https://api.clockify.me/api/workspaces/...), which Clockify calls deprecated and prone to
// change. They stay, unchanged, so that flows built on them keep running; their descriptions say
// which operation replaces each.

import type { Schema } from "../dsl";
import { op, type Method, type OperationSpec } from "../operation";
import { described, publishedOperation } from "../published";

/** A deprecated operation of 1.1.1: its path, parameters and answer as published, with a clearer description. */
function carriedOver(operationId: string, replacement: string): OperationSpec {
  const { path, method, operation } = publishedOperation(operationId);
  const parameters = (operation.parameters as Schema[]).map((p) => {
    // The workspace drop-down used the deprecated GetWorkspaces; the values are the same.
    if (p.name === "workspace_id") return { ...p, description: "The workspace to work in.", "x-ms-dynamic-values": { parameters: {}, ...(p["x-ms-dynamic-values"] as Schema), operationId: "GetWorkspaces_v1" } };
    return { ...p, description: typeof p.description === "string" && p.description.trim().endsWith(".") ? p.description.trim() : `The ${String(p["x-ms-summary"] ?? p.name).toLowerCase()} to filter by.` };
  });
  const [status, response] = Object.entries(operation.responses as Record<string, Schema>).find(([code]) => /^2\d\d$/.test(code))!;
  return op(method as Method, path, {
    id: operationId,
    summary: operation.summary,
    description: `Deprecated: calls Clockify's old API. Use ${replacement} instead, which answers the same and reads every page.`,
    parameters,
    response: [status, "The answer, as version 1.1.1 described it.", described(response.schema as Schema, "As version 1.1.1 of the connector described it.")],
    deprecated: true,
  });
}

export const operations: OperationSpec[] = [
  carriedOver("GetAllUsers", "List workspace users (GetAllUsers_v1)"),
  carriedOver("GetClients", "List clients (GetClients_v1)"),
  carriedOver("GetProjects", "List projects (GetProjects_v1)"),
  carriedOver("GetTimeEntriesForUser", "List time entries for a user (GetTimeEntriesForUser_v1)"),
  carriedOver("GetWorkspaces", "List workspaces (GetWorkspaces_v1)"),
];
