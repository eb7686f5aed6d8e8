import type { Ctx, Json, Req, Res } from "csxc";

// Clockify answers an id it does not find in the workspace (wrong, deleted, or another
// workspace's) with 400 {"message": "Project doesn't belong to Workspace", "code": 501}. A flow
// author reads that as a bad request; it is a not-found. The connector answers 404 and names the
// id. Every other error passes through with Clockify's own message and code.

const NOT_IN_WORKSPACE = " doesn't belong to Workspace";

/** The path segment before an entity's id, per the entity name in Clockify's message. */
const COLLECTIONS: { [entity: string]: string } = {
  "Project": "projects",
  "Client": "clients",
  "Task": "tasks",
  "Tag": "tags",
  "Time entry": "time-entries",
  "User": "user",
  "Expense": "expenses",
  "Expense category": "categories",
  "Custom field": "custom-fields",
  "Approval request": "approval-requests",
  "Webhook": "webhooks",
  "User group": "user-groups",
};

/** The field of a request body that holds an entity's id: "Time entry" -> timeEntryId. */
function idField(entity: string): string {
  const words = entity.toLowerCase().split(" ");
  let out = words[0];
  for (let i = 1; i < words.length; i++) {
    out += words[i].charAt(0).toUpperCase() + words[i].slice(1);
  }
  return out + "Id";
}

/** The id a request names for `entity`: from its path (…/projects/{id}) or its JSON body. */
function idOf(entity: string, path: string, body: string): string | null {
  const collection = COLLECTIONS[entity];
  if (collection !== undefined) {
    const segments = path.split("/");
    // The last match: /projects/{p}/tasks/{t} names the task for "Task".
    for (let i = segments.length - 2; i >= 0; i--) {
      if (segments[i] === collection && segments[i + 1] !== "") {
        return decodeURIComponent(segments[i + 1]);
      }
    }
  }
  if (body.startsWith("{")) {
    const fields = JSON.parse(body) as { [key: string]: Json };
    const value = fields[idField(entity)];
    if (typeof value === "string") {
      return value;
    }
  }
  return null;
}

/** The workspace of a Clockify path …/workspaces/{id}/…, or null. */
function workspaceOf(path: string): string | null {
  const segments = path.split("/");
  const at = segments.indexOf("workspaces");
  return at >= 0 && at + 1 < segments.length ? decodeURIComponent(segments[at + 1]) : null;
}

interface ClockifyError {
  message?: string;
  code?: number;
}

/** Rewrites Clockify's "doesn't belong to Workspace" into a 404 that names the id; leaves other answers alone. */
export async function explainNotFound(res: Res, path: string, body: string): Promise<void> {
  if (res.status !== 400) {
    return;
  }
  const text = await res.text();
  if (!text.startsWith("{")) {
    return;
  }
  const error = JSON.parse(text) as ClockifyError;
  const message = error.message ?? "";
  if (error.code !== 501 || !message.endsWith(NOT_IN_WORKSPACE)) {
    return;
  }
  const entity = message.slice(0, message.length - NOT_IN_WORKSPACE.length);
  const id = idOf(entity, path, body);
  const workspace = workspaceOf(path);
  const what = id === null ? `The ${entity.toLowerCase()} given` : `${entity} ${id}`;
  const where = workspace === null ? "this workspace" : `workspace ${workspace}`;
  res.status = 404;
  res.setJson({ message: `${what} was not found in ${where}: it does not exist, was deleted, or is in another workspace. (Clockify: ${message})`, code: 404, clockifyCode: 501 });
}

/** Sends `req` to Clockify; a "doesn't belong to Workspace" answer comes back as a 404 naming the id. */
export async function sendChecked(req: Req, ctx: Ctx): Promise<Res> {
  // Only a JSON body can name the id; a multipart one (an expense's receipt) is left unread.
  const type = req.headers.get("Content-Type") ?? "";
  const body = type.indexOf("json") >= 0 ? await req.text() : "";
  const path = req.path;
  const res = await ctx.send(req);
  await explainNotFound(res, path, body);
  return res;
}

/** `handle` of an operation that needs nothing but Clockify's errors made clear. */
export async function forward(req: Req, ctx: Ctx): Promise<Res> {
  return sendChecked(req, ctx);
}
