import { defineTransforms, type Ctx, type Req, type Res } from "csxc";
import { forward } from "./errors";
import { createExpense, updateExpense } from "./expenses";
import { everyCategory, everyExpense, everyRow } from "./paging";
import { customFieldSchema, oneTimeEntry, setProjectCustomFields } from "./custom-fields";
import { detailedReport, onReportsHost } from "./reports";
import { everyTimeEntry, timeEntryPages } from "./time-entries";
import { subscribe } from "./triggers";
import { WEBHOOK_TRIGGERS } from "./webhook-events";

/** Every other operation: a trigger of transforms/webhook-events.ts subscribes; the rest go to Clockify as they are, with its errors made clear. */
async function otherwise(req: Req, ctx: Ctx): Promise<Res> {
  if (WEBHOOK_TRIGGERS.some((t) => t.operationId === ctx.operationId)) {
    return subscribe(req, ctx);
  }
  return forward(req, ctx);
}

export default defineTransforms({
  // Lists: every row, page after page (transforms/paging.ts). Workspaces and custom fields are not
  // here: Clockify answers those whole and ignores paging, so "*" forwards them.
  GetAllUsers_v1: { handle: everyRow },
  ListUserGroups: { handle: everyRow },
  GetClients_v1: { handle: everyRow },
  GetProjects_v1: { handle: everyRow },
  ListTasks: { handle: everyRow },
  ListTags: { handle: everyRow },
  ListRunningTimeEntries: { handle: everyRow },
  ListApprovalRequests: { handle: everyRow },
  ListExpenses: { handle: everyExpense },
  ListExpenseCategories: { handle: everyCategory },
  GetTimeEntriesForUser_v1: { handle: everyTimeEntry },
  ListTimeEntriesPaged: { handle: timeEntryPages },

  // One time entry in and out: custom fields typed by input, by name in the answer.
  CreateTimeEntry: { handle: oneTimeEntry },
  CreateTimeEntryForUser: { handle: oneTimeEntry },
  UpdateTimeEntry: { handle: oneTimeEntry },
  GetTimeEntry: { handle: oneTimeEntry },
  StopTimer: { handle: oneTimeEntry },
  GetTimeEntryCustomFieldSchema: { handle: customFieldSchema },
  SetProjectCustomFields: { handle: setProjectCustomFields },

  // Expenses: JSON from the flow, multipart to Clockify.
  CreateExpense: { handle: createExpense },
  UpdateExpense: { handle: updateExpense },

  // The operations the swagger puts under /v1/reports (test/transforms/reports.test.ts checks
  // this list against it) run on Clockify's reports host.
  ReportDetailed: { handle: detailedReport },
  ReportSummary: { handle: onReportsHost },
  ReportWeekly: { handle: onReportsHost },
  ListSharedReports: { handle: onReportsHost },

  "*": { handle: otherwise },
});
