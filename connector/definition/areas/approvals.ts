// Approval requests.

import { bodyParam, queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { approvalRequestId, page, pageSize, sortColumn, sortOrder, workspaceId } from "../parameters";

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces/{workspace_id}/approval-requests", {
    id: "ListApprovalRequests",
    summary: "List approval requests",
    description: "Lists approval requests of a workspace with the time and amounts they cover.",
    parameters: [
      workspaceId,
      queryParam("status", "string", "Status", "Only requests in this state.", { enum: ["PENDING", "APPROVED", "WITHDRAWN_APPROVAL"] }),
      queryParam("types", "string", "Types", "Only requests of this kind.", { enum: ["TIMESHEET", "EXPENSE", "TIMESHEET_AND_EXPENSE"], "x-ms-visibility": "advanced" }),
      sortColumn(["ID", "USER_ID", "START", "UPDATED_AT"]),
      sortOrder,
      page,
      pageSize,
    ],
    response: ["200", "The approval requests.", { type: "array", items: ref("ApprovalRequestDetails") }],
  }),

  op("post", "/v1/workspaces/{workspace_id}/approval-requests", {
    id: "SubmitApprovalRequest",
    summary: "Submit for approval",
    description: "Submits the API key's user's time for a period for approval.",
    parameters: [workspaceId, bodyParam(ref("CreateApprovalRequestRequest"), "Period", "The period to submit.")],
    response: ["201", "The new approval request.", ref("ApprovalRequest")],
  }),

  op("patch", "/v1/workspaces/{workspace_id}/approval-requests/{approvalRequestId}", {
    id: "UpdateApprovalRequest",
    summary: "Approve or reject a request",
    description: "Changes the state of an approval request: approve, reject or withdraw it.",
    parameters: [workspaceId, approvalRequestId, bodyParam(ref("UpdateApprovalRequestRequest"), "Decision", "The new state.")],
    response: ["200", "The updated approval request.", ref("ApprovalRequest")],
  }),
];
