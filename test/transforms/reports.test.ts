import * as fs from "node:fs";
import { createClockifyMock, type WireRequest } from "csxc/testing";
import transforms from "../../transforms";
import { detailedReport, onReportsHost } from "../../transforms/reports";
import { API_KEY, CORE, SWAGGER, connector, json } from "./support";

const REPORTS = "https://reports.api.clockify.me/v1";

function recorder() {
  const sent: WireRequest[] = [];
  const upstream = (req: WireRequest) => {
    sent.push(req);
    return json(200, { totals: [], timeentries: [] });
  };
  return { sent, upstream };
}

const RANGE = { dateRangeStart: "2026-11-01T00:00:00Z", dateRangeEnd: "2026-11-30T23:59:59Z", detailedFilter: { page: 1, pageSize: 50 } };

test.each([
  ["ReportDetailed", "POST", "/workspaces/ws1/reports/detailed"],
  ["ReportSummary", "POST", "/workspaces/ws1/reports/summary"],
  ["ReportWeekly", "POST", "/workspaces/ws1/reports/weekly"],
  ["ListSharedReports", "GET", "/workspaces/ws1/shared-reports?page=2&pageSize=20"],
])("%s goes to the reports host with its query and body unchanged", async (operationId, method, path) => {
  const { sent, upstream } = recorder();
  const body = method === "POST" ? RANGE : undefined;
  const res = await connector(upstream).run(operationId, {
    method,
    url: `${CORE}/reports${path}`,
    headers: { "X-Api-Key": API_KEY, ...(body ? { "Content-Type": "application/json" } : {}) },
    body,
  });
  expect(res.status).toBe(200);
  expect(sent).toHaveLength(1);
  expect(sent[0].url).toBe(`${REPORTS}${path}`);
  expect(sent[0].method).toBe(method);
  if (body) expect(JSON.parse(Buffer.from(sent[0].body!).toString("utf8"))).toEqual(RANGE);
  expect(sent[0].headers.find(([n]) => n.toLowerCase() === "x-api-key")?.[1]).toBe(API_KEY);
});

test("operations without a transform of their own are forwarded to the core host untouched", async () => {
  const { sent, upstream } = recorder();
  await connector(upstream).run("GetProject", { method: "GET", url: `${CORE}/workspaces/ws1/projects/p1?hydrated=true`, headers: { "X-Api-Key": API_KEY } });
  expect(sent).toHaveLength(1);
  expect(sent[0].url).toBe(`${CORE}/workspaces/ws1/projects/p1?hydrated=true`);
});

test("a path that only starts like the reports prefix is left alone", async () => {
  const { sent, upstream } = recorder();
  await connector(upstream).run("ListSharedReports", { method: "GET", url: `${CORE}/reportsx/workspaces/ws1`, headers: { "X-Api-Key": API_KEY } });
  expect(sent[0].url).toBe(`${CORE}/reportsx/workspaces/ws1`);
});

test("every operation the swagger puts under /reports has the reports-host transform", () => {
  const swagger = JSON.parse(fs.readFileSync(SWAGGER, "utf8")) as { paths: Record<string, Record<string, { operationId?: string }>> };
  const underReports = Object.entries(swagger.paths)
    .filter(([p]) => p.startsWith("/v1/reports/"))
    .flatMap(([, ops]) => Object.values(ops).map((op) => op.operationId));
  expect(underReports.length).toBeGreaterThanOrEqual(4);
  // detailedReport goes through onReportsHost too (and renames the entries' key).
  const handles: unknown[] = [onReportsHost, detailedReport];
  for (const id of underReports) expect([id, handles.includes((transforms as Record<string, { handle?: unknown }>)[id!].handle)]).toEqual([id, true]);
});

test.each([["timeentries"], ["timeEntries"]])("the detailed report's entries arrive as timeEntries whichever key Clockify uses (%s)", async (key) => {
  const entries = [{ _id: "e1", timeInterval: { duration: 60 } }];
  const res = await connector(() => json(200, { totals: [], [key]: entries })).run("ReportDetailed", {
    method: "POST",
    url: `${CORE}/reports/workspaces/ws1/reports/detailed`,
    headers: { "X-Api-Key": API_KEY, "Content-Type": "application/json" },
    body: RANGE,
  });
  expect(res.json()).toEqual({ totals: [], timeEntries: entries });
});

describe("against the Clockify mock", () => {
  test("the detailed report answers from the reports host, paged inside its body, durations in seconds", async () => {
    const mock = createClockifyMock({ now: () => new Date("2026-11-02T10:00:00Z") });
    const workspace = mock.state.workspaces.all()[0];
    const res = await connector(mock).run("ReportDetailed", {
      method: "POST",
      url: `${CORE}/reports/workspaces/${workspace.id}/reports/detailed`,
      headers: { "X-Api-Key": mock.apiKey, "Content-Type": "application/json" },
      body: { dateRangeStart: "2026-10-01T00:00:00Z", dateRangeEnd: "2026-10-07T23:59:59Z", detailedFilter: { page: 1, pageSize: 5 } },
    });
    expect(res.status).toBe(200);
    expect(res.sent[0].url).toBe(`${REPORTS}/workspaces/${workspace.id}/reports/detailed`);
    const body = res.json<{ totals: Array<{ totalTime: number }>; timeEntries: Array<{ _id: string; timeInterval: { duration: number } }> }>();
    expect(Object.keys(body)).not.toContain("timeentries");
    expect(body.timeEntries.length).toBe(5);
    for (const e of body.timeEntries) {
      expect(typeof e._id).toBe("string");
      expect(Number.isInteger(e.timeInterval.duration)).toBe(true);
    }
    expect(body.totals[0].totalTime).toBeGreaterThan(0);
  });

  test("without the transform the same call would reach the core host and get Clockify's 404", async () => {
    const mock = createClockifyMock();
    const workspace = mock.state.workspaces.all()[0];
    const direct = await mock.upstream({
      method: "POST",
      url: `${CORE}/reports/workspaces/${workspace.id}/reports/summary`,
      headers: [["X-Api-Key", mock.apiKey], ["Content-Type", "application/json"]],
      body: new Uint8Array(Buffer.from("{}")),
    });
    expect(direct.status).toBe(404);
  });
});
