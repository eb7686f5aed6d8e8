import * as fs from "node:fs";
import type { WireRequest } from "csxc/testing";
import transforms from "../../transforms";
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

test("operations without a transform are forwarded to the core host untouched", async () => {
  const { sent, upstream } = recorder();
  await connector(upstream).run("ListProjects", { method: "GET", url: `${CORE}/workspaces/ws1/projects?archived=false&page-size=5`, headers: { "X-Api-Key": API_KEY } });
  expect(sent[0].url).toBe(`${CORE}/workspaces/ws1/projects?archived=false&page-size=5`);
});

test("a path that only starts like the reports prefix is left alone", async () => {
  const { sent, upstream } = recorder();
  await connector(upstream).run("ListSharedReports", { method: "GET", url: `${CORE}/reportsx/workspaces/ws1`, headers: { "X-Api-Key": API_KEY } });
  expect(sent[0].url).toBe(`${CORE}/reportsx/workspaces/ws1`);
});

test("every operation the swagger puts under /reports has the reports-host transform", () => {
  const swagger = JSON.parse(fs.readFileSync(SWAGGER, "utf8")) as { paths: Record<string, Record<string, { operationId?: string }>> };
  const underReports = Object.entries(swagger.paths)
    .filter(([p]) => p.startsWith("/reports/"))
    .flatMap(([, ops]) => Object.values(ops).map((op) => op.operationId));
  expect(underReports.length).toBeGreaterThanOrEqual(4);
  for (const id of underReports) expect(transforms).toHaveProperty([id!, "request"]);
});
