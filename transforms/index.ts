import { defineTransforms } from "csxc";
import { routeToReportsHost } from "./reports";
import { addDurationSeconds } from "./time-entries";
import { subscribe } from "./triggers";

export default defineTransforms({
  // Every operation without its own entry, the reports-host ones among them.
  "*": { request: routeToReportsHost },

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
