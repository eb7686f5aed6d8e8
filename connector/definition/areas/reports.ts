// Reports (reports host, rewritten by the script).

import { bodyParam, queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { workspaceId } from "../parameters";

/** Where the reports-host operations sit: the script sends …/api/v1/reports/<rest> to reports.api.clockify.me/v1/<rest>. */
export const REPORTS = "/v1/reports";
export const REPORTS_BASE_URL = "https://reports.api.clockify.me/v1";

const reportsHostNote = " Runs on Clockify's reports host: the connector's script forwards it there.";

export const operations: OperationSpec[] = [
  op("post", `${REPORTS}/workspaces/{workspace_id}/reports/detailed`, {
    id: "ReportDetailed",
    summary: "Run a detailed report",
    description: "Generates a detailed report: every time entry in the range with totals. Durations are in seconds." + reportsHostNote,
    visibility: "important",
    parameters: [workspaceId, bodyParam(ref("DetailedReportRequest"), "Filter", "What the report covers.")],
    response: ["200", "The detailed report.", ref("DetailedReport")],
  }),

  op("post", `${REPORTS}/workspaces/{workspace_id}/reports/summary`, {
    id: "ReportSummary",
    summary: "Run a summary report",
    description: "Generates a summary report: time and amounts grouped by up to three levels. Durations are in seconds." + reportsHostNote,
    visibility: "important",
    parameters: [workspaceId, bodyParam(ref("SummaryReportRequest"), "Filter", "What the report covers and how it groups.")],
    response: ["200", "The summary report.", ref("SummaryReport")],
  }),

  op("post", `${REPORTS}/workspaces/{workspace_id}/reports/weekly`, {
    id: "ReportWeekly",
    summary: "Run a weekly report",
    description: "Generates a weekly report for a range of exactly 7 days, per user or per project. Durations are in seconds." + reportsHostNote,
    parameters: [workspaceId, bodyParam(ref("WeeklyReportRequest"), "Filter", "What the report covers.")],
    response: ["200", "The weekly report.", ref("WeeklyReport")],
  }),

  op("get", `${REPORTS}/workspaces/{workspace_id}/shared-reports`, {
    id: "ListSharedReports",
    summary: "List shared reports",
    description: "Lists the workspace's saved, shareable reports." + reportsHostNote,
    parameters: [
      workspaceId,
      queryParam("sharedReportsFilter", "string", "Which Reports", "Which shared reports to list.", { enum: ["ALL", "ALL_ADMIN", "CREATED_BY_ME", "SHARED_WITH_ME"] }),
      queryParam("page", "integer", "Page", "The page to return, from 1.", { format: "int32", default: 1, "x-ms-visibility": "advanced" }),
      queryParam("pageSize", "integer", "Page Size", "Items per page, 50 by default.", { format: "int32", default: 50, "x-ms-visibility": "advanced" }),
    ],
    response: ["200", "The shared reports.", ref("SharedReportList")],
  }),
];
