// Seeds: the default one is realistic and the same on every run; a seed file may be short, takes
// Clockify's defaults for what it leaves out, and is refused with a message naming the record at fault.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createClockifyMock, defaultSeed, SeedError, type Seed } from "../../src/mock";
import { clientOf } from "./support";

describe("the default seed", () => {
  const seed = defaultSeed();

  test("is deterministic", () => {
    expect(JSON.stringify(defaultSeed())).toBe(JSON.stringify(seed));
    const a = createClockifyMock();
    const b = createClockifyMock();
    expect(a.state.timeEntries.all()).toEqual(b.state.timeEntries.all());
    expect(a.apiKey).toBe(b.apiKey);
  });

  test("is realistic: several workspaces and users, months of entries, archived and active items", () => {
    expect(seed.workspaces.length).toBeGreaterThanOrEqual(3);
    expect(seed.users.length).toBeGreaterThanOrEqual(6);
    const entries = seed.timeEntries ?? [];
    expect(entries.length).toBeGreaterThan(300);
    const starts = entries.map((e) => e.start as string).sort();
    const months = new Set(starts.map((s) => s.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(6);
    expect(entries.filter((e) => e.end === null)).toHaveLength(1);
    for (const kind of ["projects", "clients", "tags"] as const) {
      const rows = (seed[kind] ?? []) as Array<{ archived?: boolean }>;
      expect(rows.some((r) => r.archived)).toBe(true);
      expect(rows.some((r) => !r.archived)).toBe(true);
    }
    expect(new Set((seed.approvalRequests ?? []).map((r) => r.state))).toEqual(new Set(["APPROVED", "PENDING", "WITHDRAWN_APPROVAL"]));
    expect(seed.expenses?.length).toBeGreaterThan(10);
    expect(seed.sharedReports?.some((r) => r.isPublic)).toBe(true);
  });

  test("every id is a 24-digit hex ObjectId and unique", () => {
    const ids = Object.values(seed).flatMap((rows: Array<{ id: string }>) => rows.map((r) => r.id));
    expect(ids.every((id) => /^[0-9a-f]{24}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a copy may be changed without touching the next mock", () => {
    const copy = defaultSeed();
    copy.users[0] = { ...copy.users[0], name: "Changed" };
    expect(createClockifyMock().state.users.all()[0].name).toBe("Alice Moreau");
  });
});

describe("seed files", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-mock-seed-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  };

  const MINIMAL: Seed = {
    users: [{ id: "650000000000000000000001", name: "Solo", email: "solo@example.com", apiKey: "solo-key", settings: { timeZone: "UTC" } }],
    workspaces: [{ id: "650000000000000000000002", name: "Solo", members: [{ userId: "650000000000000000000001", roles: ["OWNER"] }] }],
    projects: [{ id: "650000000000000000000003", workspaceId: "650000000000000000000002", name: "Only project" }],
    timeEntries: [{ id: "650000000000000000000004", userId: "650000000000000000000001", projectId: "650000000000000000000003", start: "2026-03-02T09:00:00+01:00", end: "2026-03-02T17:30:00+01:00" }],
  };

  test("a short seed file works, its gaps filled with defaults", async () => {
    const mock = createClockifyMock({ seed: write("minimal.json", MINIMAL) });
    expect(mock.apiKey).toBe("solo-key");
    const c = clientOf(mock);
    const user = (await c.get("/user")).json;
    expect([user.defaultWorkspace, user.status]).toEqual(["650000000000000000000002", "ACTIVE"]);
    const entries = (await c.get("/workspaces/650000000000000000000002/user/650000000000000000000001/time-entries")).json;
    expect(entries[0].timeInterval).toEqual({ start: "2026-03-02T08:00:00Z", end: "2026-03-02T16:30:00Z", duration: "PT8H30M" });
    expect(entries[0].billable).toBe(true); // the project's default
    expect((await c.get("/workspaces/650000000000000000000002/projects")).json[0]).toMatchObject({ name: "Only project", clientId: "", archived: false });
  });

  test.each([
    ["not JSON", "{ users: ", /is not JSON/],
    ["no users", { workspaces: [] }, /needs `users` and `workspaces` arrays/],
    ["a missing id", { users: [{ name: "x" }], workspaces: [] }, /seed\.users\[0\] needs a string id/],
    ["a duplicate id", { users: [MINIMAL.users[0], MINIMAL.users[0]], workspaces: [] }, /id 650000000000000000000001 appears twice/],
    ["a dangling reference", { ...MINIMAL, projects: [{ id: "650000000000000000000003", workspaceId: "nope" }] }, /seed\.projects\[0\]\.workspaceId names workspace nope/],
    ["a bad date", { ...MINIMAL, timeEntries: [{ ...MINIMAL.timeEntries![0], start: "yesterday" }] }, /seed\.timeEntries\[0\]\.start must be a date-time/],
  ])("%s is refused", (_what, content, message) => {
    const file = write("bad.json", content);
    expect(() => createClockifyMock({ seed: file })).toThrow(SeedError);
    expect(() => createClockifyMock({ seed: file })).toThrow(message);
  });

  test("a missing file is refused", () => {
    expect(() => createClockifyMock({ seed: path.join(dir, "absent.json") })).toThrow(/cannot read the seed file/);
  });
});
