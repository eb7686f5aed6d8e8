import { HttpError, type Ctx, type Req, type Res } from "csxc";

// A trigger is a Clockify webhook. The platform posts the subscription to
// /triggers/workspaces/{workspaceId}/<event>; Clockify registers webhooks at
// /workspaces/{workspaceId}/webhooks and answers 200 with no Location. The platform needs 201 and a
// Location it can DELETE when the flow is turned off, so the script supplies both.

const TRIGGERS = "/triggers/workspaces/";

interface Webhook {
  id: string;
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
  req.path = req.path.slice(0, req.path.indexOf(TRIGGERS)) + `/workspaces/${workspaceId}/webhooks`;
  const res = await ctx.send(req);
  if (!res.ok) {
    return res;
  }
  const webhook = await res.json<Webhook>();
  res.status = 201;
  res.headers.set("Location", deleteLocation(ctx.originalUrl, workspaceId, webhook.id));
  return res;
}
