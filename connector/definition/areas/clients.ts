// Clients.

import { bodyParam, queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { archivedFilter, clientId, nameFilter, page, pageSize, sortColumn, sortOrder, workspaceId } from "../parameters";

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces/{workspace_id}/clients", {
    id: "GetClients_v1",
    summary: "List clients",
    description: "Lists the clients of a workspace: every one, page after page, unless Page names a single page.",
    parameters: [workspaceId, nameFilter("clients"), archivedFilter("clients"), sortColumn(["NAME"]), sortOrder, page, pageSize],
    response: ["200", "The clients.", { type: "array", items: ref("Client") }],
  }),

  op("post", "/v1/workspaces/{workspace_id}/clients", {
    id: "CreateClient",
    summary: "Create a client",
    description: "Creates a client in a workspace. Clockify rejects a name that another client already has.",
    parameters: [workspaceId, bodyParam(ref("CreateClientRequest"), "Client", "The client to create.")],
    response: ["201", "The new client.", ref("Client")],
  }),

  op("get", "/v1/workspaces/{workspace_id}/clients/{clientId}", {
    id: "GetClient",
    summary: "Get a client",
    description: "Gets one client. An unknown ID, or one of another workspace, answers 404 with the ID in the message.",
    parameters: [workspaceId, clientId],
    response: ["200", "The client.", ref("Client")],
  }),

  op("put", "/v1/workspaces/{workspace_id}/clients/{clientId}", {
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
  }),

  op("delete", "/v1/workspaces/{workspace_id}/clients/{clientId}", {
    id: "DeleteClient",
    summary: "Delete a client",
    description: "Deletes a client. Clockify refuses to delete an active client: archive it first with Update a client.",
    parameters: [workspaceId, clientId],
    response: ["200", "The deleted client.", ref("Client")],
  }),
];
