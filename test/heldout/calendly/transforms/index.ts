import { defineTransforms, HttpError, type Ctx, type Json, type Req, type Res } from "csxc";
import { API, currentUser, errorDetail, getJson } from "./lookup";

// Calendly: list operations need `organization` or `user` in the query, which a flow author
// should not have to look up; the script asks users/me. ListScheduledEvents also follows the
// pages (up to a cap) so that a flow gets one list; GetEventWithInvitees reads an event and its
// invitees at once.

const MAX_PAGES = 5;

interface Page {
  collection: Json[];
  pagination: { count: number; next_page: string | null; next_page_token?: string | null };
}

async function listScheduledEvents(req: Req, ctx: Ctx): Promise<Res> {
  if (!req.query.has("organization") && !req.query.has("user")) {
    const me = await currentUser(ctx);
    req.query.set("organization", me.current_organization);
  }
  if (!req.query.has("count")) req.query.set("count", "100");

  const events: Json[] = [];
  let next: string | null = null;
  let pages = 0;
  let request = req;
  while (true) {
    const res = await ctx.send(request);
    pages++;
    if (!res.ok) {
      if (pages === 1) return res;
      throw new HttpError(502, `page ${pages} of the scheduled events failed with ${res.status}: ${await errorDetail(res)}`);
    }
    const page = await res.json<Page>();
    events.push(...(page.collection ?? []));
    next = page.pagination?.next_page ?? null;
    if (next === null || next === "") break;
    if (pages >= MAX_PAGES) {
      ctx.log.warn(`stopped after ${MAX_PAGES} pages; the rest is at pagination.next_page`);
      break;
    }
    request = ctx.newRequest("GET", next);
  }
  return ctx.respond(200, { collection: events, pagination: { count: events.length, next_page: next === "" ? null : next, pages: pages } });
}

async function addUser(req: Req, ctx: Ctx): Promise<void> {
  if (req.query.has("user") || req.query.has("organization")) return;
  const me = await currentUser(ctx);
  req.query.set("user", me.uri);
}

interface Event {
  resource: { uri: string; name: string; [key: string]: Json };
}

async function getEventWithInvitees(req: Req, ctx: Ctx): Promise<Res> {
  const uuid = req.query.get("uuid") ?? "";
  if (!/^[A-Za-z0-9-]+$/.test(uuid)) throw new HttpError(400, `uuid must be the id of a scheduled event, got '${uuid}'`);
  const eventUrl = `${API}/scheduled_events/${uuid}`;
  const [event, invitees] = await Promise.all([
    getJson<Event>(ctx, eventUrl, `scheduled event ${uuid}`),
    getJson<Page>(ctx, `${eventUrl}/invitees?count=100&sort=created_at:asc`, `the invitees of ${uuid}`),
  ]);
  const list = invitees.collection ?? [];
  return ctx.respond(200, { ...event.resource, invitees: list, invitee_count: list.length });
}

export default defineTransforms({
  ListScheduledEvents: { handle: listScheduledEvents },
  ListEventTypes: { request: addUser },
  GetEventWithInvitees: { handle: getEventWithInvitees },
});
