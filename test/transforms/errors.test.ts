// Clockify's "<Entity> doesn't belong to Workspace" (400, code 501) reaches a flow as a 404 that
// names the id; every other error passes through with Clockify's own message and code.
import { fixture } from "../mock/support";
import { API_KEY, CORE, connector, json } from "./support";

const NOW = new Date("2026-11-02T10:00:00Z");

function setup() {
  const f = fixture({ now: () => NOW });
  const h = connector(f.mock);
  const headers = { "X-Api-Key": f.mock.apiKey };
  return { f, h, headers, ws: `${CORE}/workspaces/${f.acme.id}` };
}

const sentence = (what: string, ws: string, clockify: string) =>
  `${what} was not found in workspace ${ws}: it does not exist, was deleted, or is in another workspace. (Clockify: ${clockify})`;

test("another workspace's project in the path: 404 naming the project", async () => {
  const { f, h, headers, ws } = setup();
  const foreign = f.state.projects.find((p) => p.workspaceId === f.other.id)!;
  const res = await h.run("GetProject", { method: "GET", url: `${ws}/projects/${foreign.id}`, headers });
  expect(res.status).toBe(404);
  expect(res.json()).toEqual({ message: sentence(`Project ${foreign.id}`, f.acme.id, "Project doesn't belong to Workspace"), code: 404, clockifyCode: 501 });
});

test("a task under a real project: the message names the task, not the project", async () => {
  const { f, h, headers, ws } = setup();
  const project = f.project("Website Redesign");
  const res = await h.run("GetTask", { method: "GET", url: `${ws}/projects/${project.id}/tasks/0000000000000000000000aa`, headers });
  expect(res.status).toBe(404);
  expect(res.json<{ message: string }>().message).toBe(sentence("Task 0000000000000000000000aa", f.acme.id, "Task doesn't belong to Workspace"));
});

test("an id in the JSON body is named too", async () => {
  const { f, h, headers, ws } = setup();
  const foreign = f.state.projects.find((p) => p.workspaceId === f.other.id)!;
  const res = await h.run("CreateTimeEntry", {
    method: "POST",
    url: `${ws}/time-entries`,
    headers: { ...headers, "Content-Type": "application/json" },
    body: { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z", projectId: foreign.id },
  });
  expect(res.status).toBe(404);
  expect(res.json<{ message: string }>().message).toBe(sentence(`Project ${foreign.id}`, f.acme.id, "Project doesn't belong to Workspace"));
});

test("a list reading every page turns the same answer into the same 404", async () => {
  const { f, h, headers, ws } = setup();
  const res = await h.run("ListTasks", { method: "GET", url: `${ws}/projects/0000000000000000000000bb/tasks`, headers });
  expect(res.status).toBe(404);
  expect(res.json<{ message: string }>().message).toBe(sentence("Project 0000000000000000000000bb", f.acme.id, "Project doesn't belong to Workspace"));
});

test("other errors pass through with Clockify's message and code", async () => {
  const { f, h, headers, ws } = setup();
  const active = f.project("Website Redesign");
  const refused = await h.run("DeleteProject", { method: "DELETE", url: `${ws}/projects/${active.id}`, headers });
  expect(refused.status).toBe(400);
  expect(refused.json()).toEqual({ message: "Cannot delete an active project", code: 501 });
  const denied = await h.run("GetProject", { method: "GET", url: `${ws}/projects/${active.id}`, headers: { "X-Api-Key": API_KEY } });
  expect(denied.status).toBe(401);
  expect(denied.json()).toEqual({ message: "Api key does not exist", code: 4003 });
});

test("a 400 that is not JSON, or not Clockify's not-found, is left as it is", async () => {
  const text = await connector(() => ({ status: 400, headers: [["Content-Type", "text/plain"]], body: new Uint8Array(Buffer.from("Bad Request")) })).run("GetTag", {
    method: "GET",
    url: `${CORE}/workspaces/ws1/tags/t1`,
    headers: { "X-Api-Key": API_KEY },
  });
  expect([text.status, text.text()]).toEqual([400, "Bad Request"]);
  const other = await connector(() => json(400, { message: "Project with this name already exists", code: 501 })).run("CreateProject", {
    method: "POST",
    url: `${CORE}/workspaces/ws1/projects`,
    headers: { "X-Api-Key": API_KEY, "Content-Type": "application/json" },
    body: { name: "Dup" },
  });
  expect(other.status).toBe(400);
  expect(other.json()).toEqual({ message: "Project with this name already exists", code: 501 });
});
