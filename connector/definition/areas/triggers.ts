// Triggers: webhook subscriptions, made by the script (transforms/triggers.ts). One operation per
// row of transforms/webhook-events.ts. The platform posts the subscription to
// /v1/triggers/workspaces/{workspace_id}/<slug>; the script registers the webhook at Clockify's
// /v1/workspaces/{workspace_id}/webhooks and answers 201 with a Location that points at
// DeleteWebhook's URL for the new webhook (Clockify sends no Location itself).

import { WEBHOOK_TRIGGERS, type WebhookTrigger } from "../../../transforms/webhook-events";
import { bodyParam, object, ref, string, strings } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { workspaceId } from "../parameters";

export const TRIGGERS = "/v1/triggers";

/** What the designer calls the payload of each kind of event. */
const PAYLOAD_NAMES: { [definition: string]: string } = {
  TimeEntryEvent: "time entry",
  Project: "project",
  Client: "client",
  Task: "task",
  Tag: "tag",
  Expense: "expense",
  ApprovalRequest: "approval request",
};

function trigger(t: WebhookTrigger): OperationSpec {
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
    triggerSource: strings("Trigger Sources", "Empty: the whole workspace.", { default: [], "x-ms-visibility": "internal" }),
  }, { required: ["name", "url", "webhookEvent", "triggerSourceType", "triggerSource"] });
  return op("post", `${TRIGGERS}/workspaces/{workspace_id}/${t.slug}`, {
    id: t.operationId,
    summary: t.summary,
    description: `Starts the flow when ${t.what} in the chosen workspace. The connector registers a Clockify webhook for ${t.event} and deletes it when the flow is removed.`,
    visibility: t.important ? "important" : "advanced",
    parameters: [workspaceId, bodyParam(subscription, "Subscription", "The webhook to register; filled in by the connector.")],
    response: ["201", "The subscription was created; the Location header points at the webhook to delete.", ref("Webhook")],
    extra: {
      "x-ms-trigger": "single",
      "x-ms-trigger-hint": `To see it work, make Clockify fire ${t.event} in the chosen workspace.`,
    },
    pathExtra: {
      "x-ms-notification-content": {
        description: `The ${PAYLOAD_NAMES[t.payload]} Clockify sent with the event.`,
        schema: ref(t.payload),
      },
    },
  });
}

export const operations: OperationSpec[] = WEBHOOK_TRIGGERS.map(trigger);
