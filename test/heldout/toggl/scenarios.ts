// Scenarios of the Toggl Track-style null scrubber against a fake Toggl API v9.

import { harness, type WireRequest } from "csxc/testing";
import transforms from "./transforms";
import { json, noBody, rawJson, text } from "../support";

const API = "https://api.track.toggl.com/api/v9";
const AUTH = { Authorization: "Basic dG9rZW4xMjM0OmFwaV90b2tlbg==" };

const ME = `{"id":6234567,"api_token":null,"email":"zoë@example.com","fullname":"Zoë 🚀 Brontë","timezone":"Europe/Berlin",
"default_workspace_id":3456789,"beginning_of_week":1,"image_url":null,"created_at":"2021-04-01T10:00:00+00:00",
"updated_at":"2024-01-02T03:04:05.000000Z","openid_email":null,"openid_enabled":false,"country_id":null,"has_password":true,
"at":null,"intercom_hash":null,"authorization_updated_at":"2024-01-02T03:04:05.123456Z"}`;

const ENTRIES = `[
{"id":3300000001,"workspace_id":3456789,"project_id":null,"task_id":null,"billable":false,"start":"2024-03-01T08:00:00+00:00",
 "stop":"2024-03-01T09:30:00+00:00","duration":5400,"description":"Planning — Q2 📈","tags":null,"tag_ids":null,"duronly":true,
 "at":"2024-03-01T09:30:01+00:00","server_deleted_at":null,"user_id":6234567,"uid":6234567,"wid":3456789,"pid":null},
{"id":9007199254740993,"workspace_id":3456789,"project_id":198765432,"task_id":null,"billable":null,"start":"2024-03-01T10:00:00Z",
 "stop":null,"duration":-1709287200,"description":null,"tags":["deep work","ünïcödé"],"tag_ids":[11,null,13],"duronly":null,
 "at":"2024-03-01T10:00:00+00:00","server_deleted_at":null,"user_id":6234567,"shared_with":null,"rate":1.0,"amount":1e21,"ratio":0.1}
]`;

const PROJECTS = `[{"id":198765432,"workspace_id":3456789,"client_id":null,"name":"Website\\u2028relaunch \\"2024\\"","is_private":null,"active":null,
"at":"2024-02-01T00:00:00+00:00","created_at":"2024-01-01T00:00:00+00:00","server_deleted_at":null,"color":null,"billable":null,
"template":null,"auto_estimates":null,"estimated_hours":null,"estimated_seconds":null,"rate":null,"rate_last_updated":null,"currency":null,
"recurring":false,"recurring_parameters":null,"fixed_fee":null,"actual_hours":12,"actual_seconds":43200,"wid":3456789,"cid":null,
"custom":{"nested":[[null,1],[]],"deeper":{"archived_at":null,"level":{"count":null}}},"1":"integer-like key","0":null}]`;

export function fakeToggl() {
  const sent: WireRequest[] = [];
  let running = false;
  const upstream = (req: WireRequest) => {
    sent.push(req);
    const url = new URL(req.url);
    const path = url.pathname.replace("/api/v9", "");
    if (!req.headers.some(([n, v]) => n.toLowerCase() === "authorization" && v === AUTH.Authorization)) return text(403, "Incorrect username and/or password");
    if (req.method === "GET" && path === "/me") return rawJson(200, ME);
    if (req.method === "GET" && path === "/me/time_entries") return url.searchParams.get("since") === "0" ? rawJson(200, "[]") : rawJson(200, ENTRIES);
    if (req.method === "GET" && path === "/me/time_entries/current") {
      const answer = running ? rawJson(200, '{"id":3300000003,"workspace_id":3456789,"project_id":null,"stop":null,"duration":-1709290800,"description":"","tags":[]}') : rawJson(200, "null");
      running = !running;
      return answer;
    }
    if (req.method === "GET" && /^\/workspaces\/\d+\/projects$/.test(path)) return rawJson(200, PROJECTS);
    if (req.method === "GET" && path === "/workspaces/3456789/tags") return rawJson(200, "[null,{\"id\":1,\"name\":null,\"at\":null}]");
    if (req.method === "DELETE") return noBody(200, [["Content-Type", "application/json"]]);
    if (req.method === "GET" && path === "/me/features") return text(200, "<!doctype html><p>maintenance</p>", "application/json");
    if (req.method === "GET" && path === "/me/location") return rawJson(200, '"DE"');
    if (req.method === "GET" && path === "/me/preferences") return text(200, "pg_time_zone_name=Europe/Berlin", "text/plain");
    if (req.method === "POST" && path === "/workspaces/3456789/time_entries") return json(400, "Invalid project_id");
    return json(429, { error: "Too many requests", retry_after: null });
  };
  return { sent, upstream, setRunning: (r: boolean) => (running = r) };
}

export function togglScenarios(record: string): void {
  const setUp = () => {
    const toggl = fakeToggl();
    return { toggl, h: harness(transforms, { upstream: toggl.upstream, record }) };
  };
  const get = (h: ReturnType<typeof setUp>["h"], operationId: string, path: string) => h.run(operationId, { method: "GET", url: `${API}${path}`, headers: AUTH });

  test("the profile: nulls become defaults by key, dates without a value are removed", async () => {
    const { toggl, h } = setUp();
    const res = await get(h, "GetMe", "/me");
    expect(toggl.sent[0].url).toBe(`${API}/me`);
    expect(res.status).toBe(200);
    const me = res.json<Record<string, unknown>>();
    expect(me).toMatchObject({ api_token: "", image_url: "", openid_email: "", country_id: 0, fullname: "Zoë 🚀 Brontë" });
    expect("at" in me).toBe(false);
    expect(res.logs).toEqual([{ level: "info", message: "GetMe: replaced or removed 6 nulls" }]);
  });

  test("a list of time entries is wrapped as { value } and its items scrubbed; big ids stay numbers", async () => {
    const { h } = setUp();
    const res = await get(h, "ListTimeEntries", "/me/time_entries?start_date=2024-03-01&end_date=2024-03-02");
    const body = res.json<{ value: Array<Record<string, unknown>> }>();
    expect(body.value).toHaveLength(2);
    expect(body.value[0]).toMatchObject({ project_id: 0, task_id: 0, tags: [], tag_ids: [], pid: 0 });
    expect("server_deleted_at" in body.value[0]).toBe(false);
    expect(body.value[1]).toMatchObject({ id: 9007199254740992, billable: false, description: "", stop: "", tag_ids: [11, 0, 13], duronly: false, rate: 1, amount: 1e21 });
    expect(res.text()).toContain('"amount":1e+21');
    expect(res.text()).toContain('"shared_with":""');
  });

  test("an empty list is { value: [] }, and nothing is logged", async () => {
    const { h } = setUp();
    const res = await get(h, "ListTimeEntries", "/me/time_entries?since=0");
    expect(res.json()).toEqual({ value: [] });
    expect(res.logs).toEqual([]);
  });

  test("no running timer: the bare null becomes an empty object; a running one is scrubbed", async () => {
    const { h } = setUp();
    const idle = await get(h, "GetCurrentTimeEntry", "/me/time_entries/current");
    expect(idle.json()).toEqual({});
    expect(idle.logs).toEqual([{ level: "info", message: "GetCurrentTimeEntry: replaced or removed 1 null" }]);
    const busy = await get(h, "GetCurrentTimeEntry", "/me/time_entries/current");
    expect(busy.json()).toEqual({ id: 3300000003, workspace_id: 3456789, project_id: 0, stop: "", duration: -1709290800, description: "", tags: [] });
  });

  test("projects: nested arrays and objects, escapes, integer-like keys", async () => {
    const { h } = setUp();
    const res = await get(h, "ListProjects", "/workspaces/3456789/projects?active=both");
    const [project] = res.json<{ value: Array<Record<string, unknown>> }>().value;
    expect(project).toMatchObject({ client_id: 0, is_private: false, active: true, color: "#000000", billable: false, estimated_hours: 0, estimated_seconds: 0, rate: 0, currency: "", cid: 0, "0": "" });
    expect(project.name).toBe('Website\u2028relaunch "2024"');
    expect(project.custom).toEqual({ nested: [["", 1], []], deeper: { level: { count: 0 } } });
    expect(Object.keys(project).slice(0, 3)).toEqual(["0", "1", "id"]);
  });

  test("nulls in a top-level array are filled as text", async () => {
    const { h } = setUp();
    const res = await get(h, "ListTags", "/workspaces/3456789/tags");
    expect(res.json()).toEqual({ value: ["", { id: 1, name: "" }] });
  });

  test("a bare JSON string is passed on as it is", async () => {
    const { h } = setUp();
    const res = await get(h, "GetLocation", "/me/location");
    expect(res.json()).toBe("DE");
  });

  test("errors, empty bodies and non-JSON answers are left alone", async () => {
    const { h } = setUp();
    const denied = await h.run("GetMe", { method: "GET", url: `${API}/me`, headers: { Authorization: "Basic bm9wZTpub3Bl" } });
    expect(denied.status).toBe(403);
    expect(denied.text()).toBe("Incorrect username and/or password");
    const limited = await get(h, "GetWorkspace", "/workspaces/1");
    expect(limited.status).toBe(429);
    expect(limited.json()).toEqual({ error: "Too many requests", retry_after: null });
    const bad = await h.run("CreateTimeEntry", { method: "POST", url: `${API}/workspaces/3456789/time_entries`, headers: { ...AUTH, "Content-Type": "application/json" }, body: { project_id: -1, created_with: "Power Automate", start: "2024-03-01T00:00:00Z", duration: 60, workspace_id: 3456789 } });
    expect(bad.status).toBe(400);
    expect(bad.json()).toBe("Invalid project_id");
    const deleted = await h.run("DeleteTimeEntry", { method: "DELETE", url: `${API}/workspaces/3456789/time_entries/3300000001`, headers: AUTH });
    expect(deleted.status).toBe(200);
    expect(deleted.text()).toBe("");
    const plain = await get(h, "GetPreferences", "/me/preferences");
    expect(plain.text()).toBe("pg_time_zone_name=Europe/Berlin");
  });

  test("JSON that is not JSON is passed on with a warning", async () => {
    const { h } = setUp();
    const res = await get(h, "GetFeatures", "/me/features");
    expect(res.text()).toBe("<!doctype html><p>maintenance</p>");
    expect(res.logs).toEqual([{ level: "warn", message: "GetFeatures: the answer says JSON but is not; passed on unchanged" }]);
  });
}
