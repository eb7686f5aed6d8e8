// Done when: the jest harness uses the mock as its upstream. The connector's own transforms run
// against it here, as a transform author's test would.

import { harness } from "../../src/testing";
import transforms from "../../transforms/index";
import { createClockifyMock } from "../../src/mock";

const NOW = new Date("2026-11-02T10:00:00Z");

test("harness(transforms, { upstream: createClockifyMock() }) runs operations against the mock", async () => {
  const mock = createClockifyMock({ now: () => NOW });
  const h = harness(transforms, { upstream: mock, record: false });
  const alice = mock.state.users.all()[0];
  const acme = mock.state.workspaces.all()[0];
  const headers = { "X-Api-Key": mock.apiKey };

  const list = await h.run("GetTimeEntriesForUser_v1", {
    method: "GET",
    url: `https://api.clockify.me/api/v1/workspaces/${acme.id}/user/${alice.id}/time-entries?page=1&page-size=5`,
    headers,
  });
  expect(list.status).toBe(200);
  expect(list.header("Last-Page")).toBe("false");
  const entries = list.json<Array<{ timeInterval: { duration: string | null }; durationSeconds: number | null }>>();
  expect(entries).toHaveLength(5);
  for (const e of entries) expect(e.durationSeconds).toBeGreaterThan(0);

  // An operation without its own transform is forwarded unchanged; Clockify's not-found comes back as a 404 naming the id.
  const missing = await h.run("GetProject", { method: "GET", url: `https://api.clockify.me/api/v1/workspaces/${acme.id}/projects/nope`, headers });
  expect(missing.status).toBe(404);
  expect(missing.json()).toMatchObject({ message: expect.stringMatching(/^Project nope was not found in workspace /), clockifyCode: 501 });

  const created = await h.run("CreateTag", {
    method: "POST",
    url: `https://api.clockify.me/api/v1/workspaces/${acme.id}/tags`,
    headers: { ...headers, "Content-Type": "application/json" },
    body: { name: "from-the-harness" },
  });
  expect(created.status).toBe(201);
  expect(mock.state.tags.find((t) => t.name === "from-the-harness")).toBeDefined();
});
