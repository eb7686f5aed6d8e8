import { HttpError, type Ctx, type Req, type Res } from "csxc";
import { sendChecked } from "./errors";
import { WEBHOOK_TRIGGERS } from "./webhook-events";

// A trigger is a Clockify webhook. The platform posts the subscription to
// /v1/triggers/workspaces/{workspaceId}/<slug>; Clockify registers webhooks at
// /v1/workspaces/{workspaceId}/webhooks and answers 201 Created with the webhook but no Location.
// The platform needs a Location it can DELETE when the flow is turned off, so the script supplies
// it (and makes sure the answer is 201 whatever success status Clockify sends).

const TRIGGERS = "/triggers/workspaces/";

interface Webhook {
  id: string;
}

interface Subscription {
  webhookEvent?: string;
}

/** The workspace of a trigger path `…/triggers/workspaces/{id}/<event>`, or null. */
function workspaceOf(path: string): string | null {
  const at = path.indexOf(TRIGGERS);
  if (at < 0) {
    return null;
  }
  const rest = path.slice(at + TRIGGERS.length).split("/");
  return rest.length === 2 && rest[0] !== "" ? rest[0] : null;
}

/** Where the platform reaches DeleteWebhook for `webhookId`: the connector's own URL, not Clockify's. */
function deleteLocation(originalUrl: string, workspaceId: string, webhookId: string): string {
  const base = originalUrl.split("?")[0];
  const at = base.indexOf(TRIGGERS);
  return `${base.slice(0, at)}/workspaces/${workspaceId}/webhooks/${encodeURIComponent(webhookId)}`;
}

/** Registers the trigger's webhook in Clockify and answers as the platform expects of a subscription. */
export async function subscribe(req: Req, ctx: Ctx): Promise<Res> {
  const workspaceId = workspaceOf(req.path);
  if (workspaceId === null) {
    throw new HttpError(400, `${ctx.operationId}: expected a path like /triggers/workspaces/{workspaceId}/<event>, got ${req.path}`);
  }
  // The event is the trigger's, whatever the body says: the table is the one place it is written.
  const trigger = WEBHOOK_TRIGGERS.find((t) => t.operationId === ctx.operationId);
  if (trigger === undefined) {
    throw new HttpError(400, `${ctx.operationId} is not one of the connector's triggers`);
  }
  const subscription = await req.json<Subscription>();
  if (subscription.webhookEvent !== trigger.event) {
    subscription.webhookEvent = trigger.event;
    req.setJson(subscription);
  }
  req.path = req.path.slice(0, req.path.indexOf(TRIGGERS)) + `/workspaces/${workspaceId}/webhooks`;
  const res = await sendChecked(req, ctx);
  if (!res.ok) {
    return res;
  }
  const webhook = await res.json<Webhook>();
  res.status = 201;
  res.headers.set("Location", deleteLocation(ctx.originalUrl, workspaceId, webhook.id));
  return res;
}
