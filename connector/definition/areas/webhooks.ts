// Webhooks.

import { bodyParam, queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { webhookId, workspaceId } from "../parameters";

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces/{workspace_id}/webhooks", {
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
  }),

  op("post", "/v1/workspaces/{workspace_id}/webhooks", {
    id: "CreateWebhook",
    summary: "Create a webhook",
    description: "Registers a webhook that posts an event to a URL. Plans limit how many webhooks a workspace may have.",
    parameters: [workspaceId, bodyParam(ref("CreateWebhookRequest"), "Webhook", "The webhook to register.")],
    response: ["201", "The new webhook.", ref("Webhook")],
  }),

  op("get", "/v1/workspaces/{workspace_id}/webhooks/{webhookId}", {
    id: "GetWebhook",
    summary: "Get a webhook",
    description: "Gets one webhook with its signing token.",
    parameters: [workspaceId, webhookId],
    response: ["200", "The webhook.", ref("Webhook")],
  }),

  op("delete", "/v1/workspaces/{workspace_id}/webhooks/{webhookId}", {
    id: "DeleteWebhook",
    summary: "Delete a webhook",
    description: "Deletes a webhook. The triggers of this connector use it to unsubscribe when a flow is turned off or deleted.",
    parameters: [workspaceId, webhookId],
    response: ["200", "The webhook was deleted."],
  }),
];
