import type { Ctx, Json, Req, Res } from "csxc";
import { sendChecked } from "./errors";

// Reports live on their own host, and a connector has one. The swagger puts every reports-host
// operation under /v1/reports on the core host; this swaps that prefix for the reports host. It
// works from the URL, not the operationId, so one function serves every such operation.
const CORE_REPORTS_PREFIX = "https://api.clockify.me/api/v1/reports/";
const REPORTS_HOST = "https://reports.api.clockify.me/v1/";

/** Sends a request aimed at `…/api/v1/reports/…` to the reports host; leaves others alone. */
export function routeToReportsHost(req: Req): void {
  if (req.url.startsWith(CORE_REPORTS_PREFIX)) {
    req.url = REPORTS_HOST + req.url.slice(CORE_REPORTS_PREFIX.length);
  }
}

/** `handle` of a reports-host operation: routed there, with Clockify's errors made clear. */
export async function onReportsHost(req: Req, ctx: Ctx): Promise<Res> {
  routeToReportsHost(req);
  return sendChecked(req, ctx);
}

interface DetailedReport {
  timeentries?: Json[];
  timeEntries?: Json[];
}

/**
 * `handle` of ReportDetailed: Clockify spells the entries' key `timeentries` or `timeEntries`
 * (reference: the official document says timeEntries, live answers say timeentries); a flow gets
 * `timeEntries` always.
 */
export async function detailedReport(req: Req, ctx: Ctx): Promise<Res> {
  const res = await onReportsHost(req, ctx);
  if (!res.ok) {
    return res;
  }
  const report = await res.json<DetailedReport>();
  if (report.timeentries !== undefined) {
    report.timeEntries = report.timeentries;
    delete report.timeentries;
    res.setJson(report);
  }
  return res;
}
