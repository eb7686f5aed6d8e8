import { defineTransforms } from "csxc";
import { routeToReportsHost } from "./reports";
import { addDurationSeconds } from "./time-entries";
import { subscribe } from "./triggers";

export default defineTransforms({
  // The operations the swagger puts under /reports (test/transforms/reports.test.ts checks this
  // list against it). Only operations named here run the script at all, so the others never pay
  // for it nor risk the platform's script errors.
  ReportDetailed: { request: routeToReportsHost },
  ReportSummary: { request: routeToReportsHost },
  ReportWeekly: { request: routeToReportsHost },
  ListSharedReports: { request: routeToReportsHost },

  GetTimeEntries: { response: addDurationSeconds },

  OnTimeEntryCreated: { handle: subscribe },
  OnTimerStarted: { handle: subscribe },
  OnTimerStopped: { handle: subscribe },
  OnTimeEntryUpdated: { handle: subscribe },
  OnTimeEntryDeleted: { handle: subscribe },
  OnProjectCreated: { handle: subscribe },
  OnClientCreated: { handle: subscribe },
  OnTaskCreated: { handle: subscribe },
});
