// Registering webhooks (clockify.md 3.1). Each user sees and manages only the webhooks they made;
// the list is an envelope `{webhooks, workspaceWebhookCount}` without paging. Delivery is in
// ../webhooks.ts.

import { reply, type RequestContext } from "../context";
import { ClockifyError, errors } from "../errors";
import { webhookToken } from "../ids";
import { inWorkspace, memberOf } from "../lookup";
import { core } from "../router";
import type { WebhookRecord } from "../state";
import { arrayOf, obj, oneOf, str, type Infer } from "../validate";
import { TRIGGER_SOURCE_TYPES, WEBHOOK_EVENTS } from "../webhooks";

export const webhookDto = (w: WebhookRecord) => ({
  id: w.id,
  workspaceId: w.workspaceId,
  userId: w.userId,
  name: w.name,
  url: w.url,
  webhookEvent: w.webhookEvent,
  triggerSource: [...w.triggerSource],
  triggerSourceType: w.triggerSourceType,
  authToken: w.authToken,
  enabled: w.enabled,
  deliveryEnabled: w.enabled,
  planEnabled: true,
});

function listWebhooks(ctx: RequestContext) {
  const type = ctx.query.oneOf("type", ["USER_CREATED", "SYSTEM", "ADDON"], "WebhookType");
  // Live Clockify answers 500 to type=SYSTEM (clockify.md 3.1); the body is not recorded anywhere.
  if (type === "SYSTEM") throw new ClockifyError(500, 500, "Internal server error");
  const all = ctx.state.webhooks.where((w) => w.workspaceId === ctx.workspace.id);
  const mine = type === "ADDON" ? [] : all.filter((w) => w.userId === ctx.user.id);
  return reply.ok({ webhooks: mine.map(webhookDto), workspaceWebhookCount: all.length });
}

const WEBHOOK_PARTS = {
  name: str({ min: 2, max: 30 }),
  url: str({ min: 1 }),
  webhookEvent: oneOf(WEBHOOK_EVENTS),
  triggerSource: arrayOf(str()),
  triggerSourceType: oneOf(TRIGGER_SOURCE_TYPES),
};
const REQUIRED = ["url", "webhookEvent", "triggerSource", "triggerSourceType"] as const;
const CreateWebhook = obj("CreateWebhookRequestV1", WEBHOOK_PARTS, REQUIRED);
const UpdateWebhook = obj("UpdateWebhookRequestV1", WEBHOOK_PARTS, REQUIRED);

/** The URL must be absolute http(s); each trigger source must exist in the workspace. */
function checkTarget(ctx: RequestContext, body: Infer<typeof CreateWebhook>) {
  let url: URL | undefined;
  try {
    url = new URL(body.url);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) throw errors.invalidField("url", "must be a valid URL");
  const ws = ctx.workspace;
  for (const id of body.triggerSource) {
    switch (body.triggerSourceType) {
      case "WORKSPACE_ID":
        if (id !== ws.id) throw errors.accessDenied();
        break;
      case "PROJECT_ID":
        inWorkspace(ctx.state.projects, id, ws.id, "Project");
        break;
      case "TASK_ID":
        inWorkspace(ctx.state.tasks, id, ws.id, "Task");
        break;
      case "TAG_ID":
        inWorkspace(ctx.state.tags, id, ws.id, "Tag");
        break;
      case "USER_ID":
        memberOf(ws, id);
        break;
      case "EXPENSE_ID":
        inWorkspace(ctx.state.expenses, id, ws.id, "Expense");
        break;
    }
  }
}

function createWebhook(ctx: RequestContext) {
  const body = ctx.body(CreateWebhook);
  // With an API key a name is required, and its absence gets this misleading answer (clockify.md 3.1, live).
  if (body.name === undefined) throw errors.rejected("Webhook already exists");
  checkTarget(ctx, body);
  const id = ctx.newId();
  const webhook = ctx.state.webhooks.insert({
    id,
    workspaceId: ctx.workspace.id,
    userId: ctx.user.id,
    name: body.name,
    url: body.url,
    webhookEvent: body.webhookEvent,
    triggerSource: body.triggerSource,
    triggerSourceType: body.triggerSourceType,
    authToken: webhookToken(id, ctx.workspace.id, 0),
    tokenGeneration: 0,
    enabled: true,
  });
  return reply.created(webhookDto(webhook));
}

function webhookOf(ctx: RequestContext): WebhookRecord {
  const webhook = inWorkspace(ctx.state.webhooks, ctx.params.webhookId, ctx.workspace.id, "Webhook");
  if (webhook.userId !== ctx.user.id) throw errors.notInWorkspace("Webhook");
  return webhook;
}

function getWebhook(ctx: RequestContext) {
  return reply.ok(webhookDto(webhookOf(ctx)));
}

function updateWebhook(ctx: RequestContext) {
  const webhook = webhookOf(ctx);
  const body = ctx.body(UpdateWebhook);
  checkTarget(ctx, body);
  const updated = ctx.state.webhooks.replace({
    ...webhook,
    name: body.name ?? webhook.name,
    url: body.url,
    webhookEvent: body.webhookEvent,
    triggerSource: body.triggerSource,
    triggerSourceType: body.triggerSourceType,
  });
  return reply.ok(webhookDto(updated));
}

// 200 with no body (official spec).
function deleteWebhook(ctx: RequestContext) {
  ctx.state.webhooks.delete(webhookOf(ctx).id);
  return reply.empty();
}

// A new token; the old one stops signing deliveries (clockify.md 3.1, live).
function regenerateToken(ctx: RequestContext) {
  const webhook = webhookOf(ctx);
  const generation = webhook.tokenGeneration + 1;
  const updated = ctx.state.webhooks.replace({ ...webhook, tokenGeneration: generation, authToken: webhookToken(webhook.id, webhook.workspaceId, generation) });
  return reply.ok(webhookDto(updated));
}

const WEBHOOKS = "/workspaces/{workspaceId}/webhooks";

export const webhookRoutes = [
  core("GET", WEBHOOKS, listWebhooks),
  core("POST", WEBHOOKS, createWebhook, { body: "json" }),
  core("GET", `${WEBHOOKS}/{webhookId}`, getWebhook),
  core("PUT", `${WEBHOOKS}/{webhookId}`, updateWebhook, { body: "json" }),
  core("DELETE", `${WEBHOOKS}/{webhookId}`, deleteWebhook),
  core("PATCH", `${WEBHOOKS}/{webhookId}/token`, regenerateToken, { body: "optional-json" }),
];
