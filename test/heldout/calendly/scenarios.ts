// Scenarios of the Calendly-style multi-step connector against a fake Calendly API v2.

import { harness, type WireRequest } from "csxc/testing";
import transforms from "./transforms";
import { header, json, rawJson, text } from "../support";

const API = "https://api.calendly.com";
const ORG = `${API}/organizations/ORG-ÄÖ-1`;
const USER = `${API}/users/USR-42`;
const TOKENS = { good: "Bearer eyJ.good.token", expired: "Bearer eyJ.expired", noorg: "Bearer eyJ.noorg", html: "Bearer eyJ.html" };

const EVENTS = Array.from({ length: 7 }, (_, i) => ({
  uri: `${API}/scheduled_events/EV-${i + 1}`,
  name: ["Kick-off 🚀", "Café ☕ chat", "1:1 — Zoë", "Review", "Retro", "Demo", "Q&A <live>"][i],
  status: i === 4 ? "canceled" : "active",
  start_time: `2024-05-0${i + 1}T09:00:00.000000Z`,
  end_time: `2024-05-0${i + 1}T09:30:00.000000Z`,
  event_type: `${API}/event_types/ET-1`,
  ...(i === 2 ? {} : { location: { type: "zoom", join_url: `https://zoom.us/j/${9000000000 + i}` } }),
  invitees_counter: { total: i, active: i, limit: 1 },
  event_memberships: i === 6 ? [] : [{ user: USER }],
}));

function page(url: URL, items: unknown[], extra: Record<string, unknown> = {}) {
  const count = Number(url.searchParams.get("count") ?? "20");
  const start = Number(url.searchParams.get("page_token")?.replace("tok-", "") ?? "0");
  const slice = items.slice(start, start + count);
  let next: string | null = null;
  if (start + count < items.length) {
    const nextUrl = new URL(url.href);
    nextUrl.searchParams.set("page_token", `tok-${start + count}`);
    next = nextUrl.href;
  }
  return json(200, { collection: slice, pagination: { count: slice.length, next_page: next, previous_page: null, next_page_token: next ? `tok-${start + count}` : null, previous_page_token: null }, ...extra });
}

export function fakeCalendly() {
  const sent: WireRequest[] = [];
  const upstream = (req: WireRequest) => {
    sent.push(req);
    const url = new URL(req.url);
    const auth = header(req, "Authorization");
    if (auth === TOKENS.expired) return json(401, { title: "Unauthenticated", message: "The access token is expired" });
    if (auth !== TOKENS.good && auth !== TOKENS.noorg && auth !== TOKENS.html) return json(401, { title: "Unauthenticated", message: "The access token is invalid" });
    if (url.pathname === "/users/me") {
      if (auth === TOKENS.html) return text(200, "<html>Service temporarily unavailable</html>", "text/html");
      const resource: Record<string, unknown> = { uri: USER, name: "Zoë Müller", slug: "zoe", timezone: "Europe/Berlin", created_at: "2020-01-01T00:00:00.000000Z" };
      if (auth === TOKENS.good) resource.current_organization = ORG;
      return json(200, { resource });
    }
    if (url.pathname === "/scheduled_events") {
      const org = url.searchParams.get("organization");
      const user = url.searchParams.get("user");
      if (org !== ORG && user !== USER) return json(403, { title: "Permission Denied", message: "You do not have permission to access this resource." });
      if (url.searchParams.get("page_token") === "tok-4" && url.searchParams.get("status") === "flaky") return text(500, "");
      if (url.searchParams.get("status") === "none") return page(url, []);
      return page(url, EVENTS);
    }
    if (url.pathname === "/event_types") {
      if (url.searchParams.get("user") !== USER) return json(400, { title: "Invalid Argument", message: "user is required", details: [{ parameter: "user", message: "is required" }] });
      return rawJson(200, `{"collection":[{"uri":"${API}/event_types/ET-1","name":"30 Minute Meeting","duration":30,"pooling_type":null,"secret":false,"custom_questions":[],"position":1.0,"id_big":12345678901234567890}],"pagination":{"count":1,"next_page":null}}`);
    }
    const event = /^\/scheduled_events\/([^/]+)(\/invitees)?$/.exec(url.pathname);
    if (event) {
      const id = event[1];
      const found = EVENTS.find((e) => e.uri.endsWith(`/${id}`));
      if (!found) return json(404, { title: "Resource Not Found", message: "The server could not find the requested resource." });
      if (!event[2]) return json(200, { resource: found });
      if (id === "EV-5") return json(500, { title: "Internal Server Error" });
      const invitees = id === "EV-1" ? [] : [{ uri: `${found.uri}/invitees/INV-1`, email: "gäst@example.com", name: "Gäst", status: "active", questions_and_answers: [], tracking: { utm_source: null } }];
      return page(url, invitees);
    }
    return json(404, { title: "Resource Not Found", message: "No route" });
  };
  return { sent, upstream };
}

export function calendlyScenarios(record: string): void {
  const setUp = () => {
    const calendly = fakeCalendly();
    return { calendly, h: harness(transforms, { upstream: calendly.upstream, record }) };
  };

  test("looks up the organization, injects it, and follows next_page links into one list", async () => {
    const { calendly, h } = setUp();
    const res = await h.run("ListScheduledEvents", { method: "GET", url: `${API}/scheduled_events?count=3&min_start_time=2024-05-01T00:00:00Z`, headers: { Authorization: TOKENS.good } });
    expect(res.status).toBe(200);
    expect(calendly.sent.map((r) => r.url)).toEqual([
      `${API}/users/me`,
      `${API}/scheduled_events?count=3&min_start_time=2024-05-01T00:00:00Z&organization=${encodeURIComponent(ORG)}`,
      `${API}/scheduled_events?count=3&min_start_time=2024-05-01T00%3A00%3A00Z&organization=${encodeURIComponent(ORG)}&page_token=tok-3`,
      `${API}/scheduled_events?count=3&min_start_time=2024-05-01T00%3A00%3A00Z&organization=${encodeURIComponent(ORG)}&page_token=tok-6`,
    ]);
    expect(calendly.sent.every((r) => header(r, "Authorization") === TOKENS.good)).toBe(true);
    const body = res.json<{ collection: Array<{ name: string }>; pagination: unknown }>();
    expect(body.collection.map((e) => e.name)).toEqual(EVENTS.map((e) => e.name));
    expect(body.pagination).toEqual({ count: 7, next_page: null, pages: 3 });
    expect(res.logs).toEqual([{ level: "info", message: "users/me lookup: ok" }]);
  });

  test("stops at the page cap and hands the rest over as next_page", async () => {
    const { calendly, h } = setUp();
    const res = await h.run("ListScheduledEvents", { method: "GET", url: `${API}/scheduled_events?count=1&organization=${encodeURIComponent(ORG)}`, headers: { Authorization: TOKENS.good } });
    expect(calendly.sent).toHaveLength(5);
    const body = res.json<{ collection: unknown[]; pagination: { count: number; next_page: string; pages: number } }>();
    expect(body.collection).toHaveLength(5);
    expect(body.pagination.next_page).toContain("page_token=tok-5");
    expect(res.logs).toEqual([{ level: "warn", message: "stopped after 5 pages; the rest is at pagination.next_page" }]);
  });

  test("a user given in the query means no lookup; the default count is 100; an empty list", async () => {
    const { calendly, h } = setUp();
    const res = await h.run("ListScheduledEvents", { method: "GET", url: `${API}/scheduled_events?user=${encodeURIComponent(USER)}&status=none`, headers: { Authorization: TOKENS.good } });
    expect(calendly.sent.map((r) => r.url)).toEqual([`${API}/scheduled_events?user=${encodeURIComponent(USER)}&status=none&count=100`]);
    expect(res.json()).toEqual({ collection: [], pagination: { count: 0, next_page: null, pages: 1 } });
  });

  test("a failing first page is passed on; a failing later page is a 502", async () => {
    const { h } = setUp();
    const denied = await h.run("ListScheduledEvents", { method: "GET", url: `${API}/scheduled_events?organization=${encodeURIComponent(`${API}/organizations/OTHER`)}`, headers: { Authorization: TOKENS.good } });
    expect(denied.status).toBe(403);
    expect(denied.json()).toEqual({ title: "Permission Denied", message: "You do not have permission to access this resource." });
    const flaky = await h.run("ListScheduledEvents", { method: "GET", url: `${API}/scheduled_events?count=2&status=flaky`, headers: { Authorization: TOKENS.good } });
    expect(flaky.status).toBe(502);
    expect(flaky.json()).toEqual({ message: "page 3 of the scheduled events failed with 500: " });
  });

  test.each([
    ["an expired token", TOKENS.expired, "Calendly did not say who you are: users/me answered 401 (The access token is expired)"],
    ["a user without an organization", TOKENS.noorg, "Calendly's users/me answer could not be used: the answer has no resource.current_organization"],
    ["an HTML answer", TOKENS.html, "Calendly's users/me answer could not be used: json(): the body is not valid JSON"],
  ])("the lookup fails with %s: a clear 502, nothing else sent, the lookup logged", async (_name, token, message) => {
    const { calendly, h } = setUp();
    const res = await h.run("ListScheduledEvents", { method: "GET", url: `${API}/scheduled_events`, headers: { Authorization: token } });
    expect(res.status).toBe(502);
    expect(res.json()).toEqual({ message });
    expect(calendly.sent).toHaveLength(1);
    expect(res.logs).toEqual([{ level: "info", message: "users/me lookup: failed" }]);
  });

  test("event types get the user injected by a request hook; the answer is passed on as is", async () => {
    const { calendly, h } = setUp();
    const res = await h.run("ListEventTypes", { method: "GET", url: `${API}/event_types?active=true`, headers: { Authorization: TOKENS.good } });
    expect(calendly.sent[1].url).toBe(`${API}/event_types?active=true&user=${encodeURIComponent(USER)}`);
    expect(res.status).toBe(200);
    expect(res.text()).toContain('"position":1.0,"id_big":12345678901234567890');
  });

  test("an event and its invitees are read together", async () => {
    const { calendly, h } = setUp();
    const res = await h.run("GetEventWithInvitees", { method: "GET", url: `${API}/x/event?uuid=EV-3`, headers: { Authorization: TOKENS.good } });
    expect(calendly.sent.map((r) => r.url)).toEqual([`${API}/scheduled_events/EV-3`, `${API}/scheduled_events/EV-3/invitees?count=100&sort=created_at:asc`]);
    const body = res.json<{ name: string; location?: unknown; invitees: Array<{ email: string }>; invitee_count: number }>();
    expect(body.name).toBe("1:1 — Zoë");
    expect(body.location).toBeUndefined();
    expect(body.invitees[0].email).toBe("gäst@example.com");
    expect(body.invitee_count).toBe(1);
  });

  test("an event without invitees", async () => {
    const { h } = setUp();
    const res = await h.run("GetEventWithInvitees", { method: "GET", url: `${API}/x/event?uuid=EV-1`, headers: { Authorization: TOKENS.good } });
    expect(res.json<{ invitees: unknown[]; invitee_count: number }>()).toMatchObject({ invitees: [], invitee_count: 0 });
  });

  test.each([
    // both lookups fail alike; which of two different failures Promise.all reports is a race (docs/language.md)
    ["a missing event", "EV-404", 404, "scheduled event EV-404 was not found"],
    ["failing invitees", "EV-5", 502, "reading the invitees of EV-5 failed with 500: Internal Server Error"],
    ["a bad uuid", "../users/me", 400, "uuid must be the id of a scheduled event, got '../users/me'"],
  ])("%s", async (_name, uuid, status, message) => {
    const { h } = setUp();
    const res = await h.run("GetEventWithInvitees", { method: "GET", url: `${API}/x/event?uuid=${encodeURIComponent(uuid)}`, headers: { Authorization: TOKENS.good } });
    expect(res.status).toBe(status);
    expect(res.json()).toEqual({ message });
  });
}
