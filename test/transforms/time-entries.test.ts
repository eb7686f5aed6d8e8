// GetTimeEntries against the Clockify mock: every entry gains durationSeconds, null while running.
import { createClockifyMock } from "csxc/testing";
import { API_KEY, CORE, connector } from "./support";

const NOW = new Date("2026-11-02T10:00:00Z");

interface Entry {
  id: string;
  timeInterval: { start: string; end: string | null; duration: string | null };
  durationSeconds: number | null;
}

function setup() {
  const mock = createClockifyMock({ now: () => NOW });
  const workspace = mock.state.workspaces.all()[0];
  const user = mock.state.users.all()[0];
  const h = connector(mock);
  const list = (query = "") =>
    h.run("GetTimeEntriesForUser_v1", { method: "GET", url: `${CORE}/workspaces/${workspace.id}/user/${user.id}/time-entries${query}`, headers: { "X-Api-Key": mock.apiKey } });
  return { mock, workspace, user, h, list };
}

/** The oracle: seconds between start and end, from the timestamps rather than the ISO duration. */
const elapsed = (e: Entry) => (Date.parse(e.timeInterval.end!) - Date.parse(e.timeInterval.start)) / 1000;

test("every listed entry gets durationSeconds equal to its end minus its start", async () => {
  const { mock, workspace, user, list } = setup();
  const res = await list("?page-size=200");
  expect(res.status).toBe(200);
  const entries = res.json<Entry[]>();
  // Every entry of the user, read 200 at a time until a short page.
  const all = mock.state.timeEntries.where((e) => e.workspaceId === workspace.id && e.userId === user.id);
  expect(all.length).toBeGreaterThan(200);
  expect(entries.map((e) => e.id).sort()).toEqual(all.map((e) => e.id).sort());
  expect(res.sent.length).toBe(Math.ceil(all.length / 200));
  for (const e of entries) expect(e.durationSeconds).toBe(elapsed(e));
  expect(res.header("Last-Page")).toBe("true");
});

test("a flow that names its page gets that page only, as in version 1.1.1", async () => {
  const { list } = setup();
  const res = await list("?page=2&page-size=50");
  expect(res.status).toBe(200);
  expect(res.json<Entry[]>()).toHaveLength(50);
  expect(res.sent).toHaveLength(1);
  expect(res.header("Last-Page")).toBe("false");
  for (const e of res.json<Entry[]>()) expect(e.durationSeconds).toBe(elapsed(e));
});

test("a duration over a day stays in hours (PT26H15M) and converts to 94500 seconds", async () => {
  const { mock, workspace, h } = setup();
  // The seed's release weekend: one entry of 26h15m. Found through the state, asked for through
  // the API with a window around it, so the recorded case stays small.
  const long = mock.state.timeEntries.find((e) => e.description === "Release weekend on-call")!;
  const res = await h.run("GetTimeEntriesForUser_v1", {
    method: "GET",
    url: `${CORE}/workspaces/${workspace.id}/user/${long.userId}/time-entries?start=2026-09-26T00:00:00Z&end=2026-09-28T00:00:00Z&page-size=5`,
    headers: { "X-Api-Key": mock.apiKey },
  });
  const entry = res.json<Entry[]>().find((e) => e.id === long.id)!;
  expect(entry.timeInterval.duration).toBe("PT26H15M");
  expect(entry.durationSeconds).toBe(94500);
});

test("a running timer has a null duration, and so a null durationSeconds", async () => {
  const { mock, h, workspace, list } = setup();
  const started = await h.run("CreateTimeEntry", {
    method: "POST",
    url: `${CORE}/workspaces/${workspace.id}/time-entries`,
    headers: { "X-Api-Key": mock.apiKey, "Content-Type": "application/json" },
    body: { start: "2026-11-02T09:30:00Z", description: "Timer from a flow" },
  });
  expect(started.status).toBe(201);
  const res = await list("?in-progress=true");
  const entries = res.json<Entry[]>();
  expect(entries).toHaveLength(1);
  expect(entries[0].timeInterval.duration).toBeNull();
  expect(entries[0].durationSeconds).toBeNull();
});

test("a user outside the workspace is a 404 that names the user", async () => {
  const { mock, workspace } = setup();
  const h = connector(mock);
  const res = await h.run("GetTimeEntriesForUser_v1", {
    method: "GET",
    url: `${CORE}/workspaces/${workspace.id}/user/000000000000000000000bad/time-entries`,
    headers: { "X-Api-Key": mock.apiKey },
  });
  expect(res.status).toBe(404);
  expect(res.json<{ code: number; message: string }>()).toMatchObject({ code: 404, clockifyCode: 501 });
  expect(res.json<{ message: string }>().message).toBe(
    `User 000000000000000000000bad was not found in workspace ${workspace.id}: it does not exist, was deleted, or is in another workspace. (Clockify: User doesn't belong to Workspace)`,
  );
});

test("a wrong API key answers Clockify's 401, with the key kept out of the recorded case", async () => {
  const { workspace, user, h } = setup();
  const res = await h.run("GetTimeEntriesForUser_v1", {
    method: "GET",
    url: `${CORE}/workspaces/${workspace.id}/user/${user.id}/time-entries`,
    headers: { "X-Api-Key": API_KEY },
  });
  expect(res.status).toBe(401);
  expect(res.json()).toEqual({ message: "Api key does not exist", code: 4003 });
});
