import type { Req } from "csxc";

// Reports live on their own host, and a connector has one. The swagger puts every reports-host
// operation under /reports on the core host; this swaps that prefix for the reports host. It
// works from the URL, not the operationId, so one function serves every such operation.
const CORE_REPORTS_PREFIX = "https://api.clockify.me/api/v1/reports/";
const REPORTS_HOST = "https://reports.api.clockify.me/v1/";

/** Sends a request aimed at `…/api/v1/reports/…` to the reports host; leaves others alone. */
export function routeToReportsHost(req: Req): void {
  if (req.url.startsWith(CORE_REPORTS_PREFIX)) {
    req.url = REPORTS_HOST + req.url.slice(CORE_REPORTS_PREFIX.length);
  }
}
