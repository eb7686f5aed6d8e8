// The fields a record takes when nobody gives them, for the records made in more than one place:
// loaded from a seed (seed.ts), generated (default-seed.ts) or created through the API (areas/).
// One list each, so that a seeded record cannot drift from a created one. Functions, not constants,
// so that no two records share an array or object.

import type { ExpenseRecord, ProjectRecord } from "./state";

export const projectDefaults = (): Omit<ProjectRecord, "id" | "workspaceId"> => ({
  name: "",
  clientId: null,
  color: "#03A9F4",
  billable: true,
  archived: false,
  isPublic: true,
  template: false,
  note: "",
  hourlyRate: null,
  costRate: null,
  members: [],
  estimate: { estimate: "PT0S", type: "AUTO" },
});

/** All but what an expense cannot do without: its owner, project, category and date. */
export const expenseDefaults = (): Omit<ExpenseRecord, "id" | "workspaceId" | "userId" | "projectId" | "categoryId" | "date"> => ({
  taskId: null,
  notes: "",
  quantity: 0,
  total: 0,
  billable: false,
  fileId: "",
  fileName: "",
});
