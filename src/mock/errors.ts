// Clockify's error answers, as named factories. Every error body is `{"message": ..., "code": n}`
// with a numeric code (reference/clockify.md 1.5). Handlers throw a ClockifyError; the mock turns
// it into the answer, so no handler builds an error body by hand.

export class ClockifyError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Array<[string, string]> = [],
  ) {
    super(message);
  }

  get body(): { message: string; code: number } {
    return { message: this.message, code: this.code };
  }
}

/** The entity names Clockify uses in "… doesn't belong to Workspace". */
export type EntityName =
  | "Project"
  | "Client"
  | "Task"
  | "Tag"
  | "Time entry"
  | "User"
  | "Expense"
  | "Expense category"
  | "Custom field"
  | "Approval request"
  | "Webhook"
  | "User group"
  | "Shared report"
  | "File";

export const errors = {
  // 401: exactly one of X-Api-Key / X-Addon-Token (clockify.md 1.2, live 2026-08-08).
  noOrManyTokens: () => new ClockifyError(401, 1000, "Multiple or none auth tokens present"),
  unknownApiKey: () => new ClockifyError(401, 4003, "Api key does not exist"),
  invalidAddonToken: () => new ClockifyError(401, 4017, "Token is not valid"),

  // 403 for a role that may not do this (clockify-cli#301).
  accessDenied: () => new ClockifyError(403, 501, "Access Denied"),

  // Not-found is a 400, never a 404, whatever the reason (clockify.md 1.5).
  notInWorkspace: (entity: EntityName) => new ClockifyError(400, 501, `${entity} doesn't belong to Workspace`),

  // Spring's answers for requests that never reach a handler carry code 3000 (clockify.md 1.5).
  noRoute: (path: string) => new ClockifyError(404, 3000, `No static resource ${path.replace(/^\//, "")}.`),
  methodNotAllowed: (method: string, allow: string[]) =>
    new ClockifyError(405, 3000, `Request method '${method}' is not supported`, [["Allow", allow.join(", ")]]),
  badQueryParam: (name: string, javaType: string, detail: string) =>
    new ClockifyError(400, 3000, `Method parameter '${name}': Failed to convert value of type 'java.lang.String' to required type '${javaType}'; ${detail}`),
  unsupportedMediaType: (contentType: string) => new ClockifyError(415, 3000, `Content-Type '${contentType}' is not supported`),
  missingBody: () => new ClockifyError(400, 3000, "Required request body is missing"),
  unreadableBody: (detail: string) => new ClockifyError(400, 3000, `JSON parse error: ${detail}`),

  // Bean validation of a body or a parameter: code 501 and the validator's message (clockify.md 1.5).
  invalidField: (field: string, message: string) => new ClockifyError(400, 501, `${field}: ${message}`),
  /** A business rule refused the request: 400 code 501 with Clockify's own words. */
  rejected: (message: string) => new ClockifyError(400, 501, message),

  duplicateName: (entity: "Project" | "Client" | "Tag") => new ClockifyError(400, 501, `${entity} with this name already exists`),
  deleteActive: (entity: "project" | "client" | "task") => new ClockifyError(400, 501, `Cannot delete an active ${entity}`),
  noRunningTimer: () => new ClockifyError(404, 404, "Currently running time entry doesn't exist on this workspace for this user"),
  weeklyRange: () => new ClockifyError(400, 501, "Please select date range of exactly 7 days for weekly report"),

  internal: (detail: string) => new ClockifyError(500, 500, `Internal server error: ${detail}`),
};
