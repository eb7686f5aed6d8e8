// The connector's triggers: one row per Clockify webhook event a flow can start from. This table
// is the only place the events are written: the definition (connector/definition/areas/triggers.ts)
// makes one trigger operation per row, transforms/index.ts gives each row's operation the
// subscribe handler (test/transforms/triggers.test.ts checks both against this table), the tests
// subscribe to every row against the Clockify mock and make the mock fire the event.
// Pure data, so the script, the definition and the tests can all import it.

/** One trigger: Clockify's event, the operation that subscribes to it, and what the flow receives. */
export interface WebhookTrigger {
  /** The trigger's operationId. */
  operationId: string;
  /** Clockify's webhookEvent value. */
  event: string;
  /** The last segment of the trigger's path: /v1/triggers/workspaces/{workspace_id}/<slug>. */
  slug: string;
  /** The trigger's title in the designer ("When ..."). */
  summary: string;
  /** Completes "Starts the flow when ...". */
  what: string;
  /** The definition that describes what Clockify posts. */
  payload: string;
  /** Shown first in the designer's list of triggers. */
  important: boolean;
}

export const WEBHOOK_TRIGGERS: WebhookTrigger[] = [
  { operationId: "OnTimeEntryCreated", event: "NEW_TIME_ENTRY", slug: "new-time-entry", summary: "When a time entry is created", what: "a time entry is created with its end", payload: "TimeEntryEvent", important: true },
  { operationId: "OnTimerStarted", event: "NEW_TIMER_STARTED", slug: "timer-started", summary: "When a timer starts", what: "someone starts a timer", payload: "TimeEntryEvent", important: true },
  { operationId: "OnTimerStopped", event: "TIMER_STOPPED", slug: "timer-stopped", summary: "When a timer stops", what: "someone stops a running timer", payload: "TimeEntryEvent", important: true },
  { operationId: "OnTimeEntryUpdated", event: "TIME_ENTRY_UPDATED", slug: "time-entry-updated", summary: "When a time entry is updated", what: "a time entry is changed", payload: "TimeEntryEvent", important: false },
  { operationId: "OnTimeEntryDeleted", event: "TIME_ENTRY_DELETED", slug: "time-entry-deleted", summary: "When a time entry is deleted", what: "a time entry is deleted", payload: "TimeEntryEvent", important: false },
  { operationId: "OnProjectCreated", event: "NEW_PROJECT", slug: "new-project", summary: "When a project is created", what: "a project is created", payload: "Project", important: true },
  { operationId: "OnProjectUpdated", event: "PROJECT_UPDATED", slug: "project-updated", summary: "When a project is updated", what: "a project is changed", payload: "Project", important: false },
  { operationId: "OnProjectDeleted", event: "PROJECT_DELETED", slug: "project-deleted", summary: "When a project is deleted", what: "a project is deleted", payload: "Project", important: false },
  { operationId: "OnClientCreated", event: "NEW_CLIENT", slug: "new-client", summary: "When a client is created", what: "a client is created", payload: "Client", important: false },
  { operationId: "OnClientUpdated", event: "CLIENT_UPDATED", slug: "client-updated", summary: "When a client is updated", what: "a client is changed", payload: "Client", important: false },
  { operationId: "OnClientDeleted", event: "CLIENT_DELETED", slug: "client-deleted", summary: "When a client is deleted", what: "a client is deleted", payload: "Client", important: false },
  { operationId: "OnTaskCreated", event: "NEW_TASK", slug: "new-task", summary: "When a task is created", what: "a task is created", payload: "Task", important: false },
  { operationId: "OnTaskUpdated", event: "TASK_UPDATED", slug: "task-updated", summary: "When a task is updated", what: "a task is changed", payload: "Task", important: false },
  { operationId: "OnTaskDeleted", event: "TASK_DELETED", slug: "task-deleted", summary: "When a task is deleted", what: "a task is deleted", payload: "Task", important: false },
  { operationId: "OnTagCreated", event: "NEW_TAG", slug: "new-tag", summary: "When a tag is created", what: "a tag is created", payload: "Tag", important: false },
  { operationId: "OnTagUpdated", event: "TAG_UPDATED", slug: "tag-updated", summary: "When a tag is updated", what: "a tag is changed", payload: "Tag", important: false },
  { operationId: "OnTagDeleted", event: "TAG_DELETED", slug: "tag-deleted", summary: "When a tag is deleted", what: "a tag is deleted", payload: "Tag", important: false },
  { operationId: "OnExpenseCreated", event: "EXPENSE_CREATED", slug: "expense-created", summary: "When an expense is created", what: "an expense is created", payload: "Expense", important: false },
  { operationId: "OnExpenseUpdated", event: "EXPENSE_UPDATED", slug: "expense-updated", summary: "When an expense is updated", what: "an expense is changed", payload: "Expense", important: false },
  { operationId: "OnExpenseDeleted", event: "EXPENSE_DELETED", slug: "expense-deleted", summary: "When an expense is deleted", what: "an expense is deleted", payload: "Expense", important: false },
  { operationId: "OnApprovalRequested", event: "NEW_APPROVAL_REQUEST", slug: "approval-requested", summary: "When time is submitted for approval", what: "someone submits time for approval", payload: "ApprovalRequest", important: false },
  { operationId: "OnApprovalStatusUpdated", event: "APPROVAL_REQUEST_STATUS_UPDATED", slug: "approval-status-updated", summary: "When an approval request changes state", what: "an approval request is approved, rejected or withdrawn", payload: "ApprovalRequest", important: false },
];
