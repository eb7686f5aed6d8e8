// Where the mock deliberately differs from Clockify's official OpenAPI document, in one place.
// The spec test validates every answer against the official schemas *after* these corrections and
// also holds the answers to the document more strictly than it says itself: every property a
// schema lists must be present and no other property may appear (`STRICT` below), unless a
// correction here says otherwise. Each correction names why and where that is known from:
// SOURCES.md (beside the official document), reference/clockify.md sections, or "inferred" where
// the mock had to choose and no source settles it.

export type JsonSchema = { [key: string]: unknown };

export type Fix =
  /** The schema is an enum modelled as an object (`type: object` with a `oneOf` string enum): it is that string enum. */
  | { kind: "string-enum" }
  /** Every reference to this schema also accepts null. */
  | { kind: "nullable-refs" }
  /** The property's schema is replaced. */
  | { kind: "replace"; schema: JsonSchema }
  /** The property may be null. */
  | { kind: "nullable" }
  /** The property may be absent. */
  | { kind: "optional" }
  /** A property the document lacks (optional unless `required`). */
  | { kind: "add"; schema: JsonSchema; required?: boolean }
  /** The property's wire name differs. */
  | { kind: "rename"; to: string };

export interface Correction {
  /** "Schema" or "Schema.property" (a components.schemas name of the official document). */
  at: string;
  fix: Fix;
  why: string;
  source: string;
}

const anyValue: JsonSchema = {};
const nullableString: JsonSchema = { type: ["string", "null"] };

export const CORRECTIONS: Correction[] = [
  // Enums the document models as objects are plain strings on the wire.
  ...["AccountStatus", "TaskStatus", "CustomFieldType", "WebhookEventType", "WebhookEventTriggerSourceType", "EntityCreationPermission", "Feature"].map(
    (at): Correction => ({ at, fix: { kind: "string-enum" }, why: "an enum modelled as an object; the wire carries the string", source: "SOURCES.md (AccountStatus, TaskStatus); clockify.md 2.11" }),
  ),
  { at: "FeaturePlan", fix: { kind: "replace", schema: { type: "string" } }, why: "a self-referencing object in the document; the wire carries a plan name such as STANDARD_2021 (the document's own example)", source: "SOURCES.md (FeaturePlan self-ref, eXpl0it3r copy)" },
  { at: "WorkspaceDtoV1.features", fix: { kind: "replace", schema: { type: "array", items: { $ref: "#/components/schemas/Feature" } } }, why: "a list of features, not one", source: "clockify.md 2.1 (features[])" },
  { at: "WorkspaceSettingsDtoV1.adminOnlyPages", fix: { kind: "replace", schema: { type: "array", items: { type: "string", enum: ["PROJECT", "TEAM", "REPORTS"] } } }, why: "a list of pages, not one", source: "SOURCES.md (eXpl0it3r copy: adminOnlyPages enum -> array)" },
  ...["lockTimeEntries", "lockTimeZone", "automaticLock"].map(
    (p): Correction => ({ at: `WorkspaceSettingsDtoV1.${p}`, fix: { kind: "nullable" }, why: "null while the workspace has no lock", source: "inferred (unset settings are null, as GET /users' settings in clockify.md 2.1)" }),
  ),

  { at: "WorkspaceSubdomainDtoV1.name", fix: { kind: "nullable" }, why: "null while the workspace has no subdomain", source: "inferred" },

  // Money: a rate object may be null.
  ...["RateDtoV1", "HourlyRateDtoV1", "RateDto"].map(
    (at): Correction => ({ at, fix: { kind: "nullable-refs" }, why: "a rate is null when none is set", source: "clockify.md 2.11; activepieces' recorded webhook payload (hourlyRate: null)" }),
  ),

  // Users.
  { at: "UserDtoV1.settings", fix: { kind: "nullable" }, why: "null for users who never set theirs (invited users)", source: "clockify.md 2.1 (live)" },
  { at: "UserDtoV1.roles", fix: { kind: "add", schema: { type: "array", items: { type: "object" } } }, why: "present with include-roles=true, which the document offers without modelling", source: "official spec (include-roles parameter); shape inferred" },

  // Time entries.
  { at: "TimeIntervalDtoV1.end", fix: { kind: "nullable" }, why: "null while the timer runs", source: "SOURCES.md (knpkv patch)" },
  { at: "TimeIntervalDtoV1.duration", fix: { kind: "nullable" }, why: "null while the timer runs; otherwise ISO-8601 (\"PT1H30M\"), not the example's milliseconds", source: "SOURCES.md; clockify.md 2.6, 2.11" },
  ...["TimeEntryDtoImplV1", "TimeEntryWithRatesDtoV1"].flatMap((s): Correction[] =>
    ["projectId", "taskId", "kioskId", "tagIds"].map((p) => ({ at: `${s}.${p}`, fix: { kind: "nullable" }, why: "null when the entry has none", source: "SOURCES.md (knpkv patch)" })),
  ),
  ...["project", "task", "user"].map(
    (p): Correction => ({ at: `TimeEntryWithRatesDtoV1.${p}`, fix: { kind: "add", schema: { type: ["object", "null"] } }, why: "added by hydrated=true", source: "clockify.md 2.6 (hydrated)" }),
  ),
  { at: "TimeEntryWithRatesDtoV1.tags", fix: { kind: "add", schema: { type: "array", items: { $ref: "#/components/schemas/TagDtoV1" } } }, why: "added by hydrated=true", source: "clockify.md 2.6 (hydrated)" },
  { at: "CustomFieldValueDtoV1.value", fix: { kind: "replace", schema: anyValue }, why: "text, number, boolean or list, by the field's type", source: "clockify.md 2.8" },
  { at: "CustomFieldValueDto.value", fix: { kind: "replace", schema: anyValue }, why: "text, number, boolean or list, by the field's type", source: "clockify.md 2.8" },

  // Projects and tasks.
  { at: "ProjectDtoV1.clientId", fix: { kind: "add", schema: { type: "string" }, required: true }, why: "sent by the list and get; \"\" for a project without client", source: "clockify.md 2.3; activepieces' recorded payload (clientId: \"\")" },
  { at: "ProjectDtoV1.clientName", fix: { kind: "add", schema: { type: "string" }, required: true }, why: "sent by the list and get", source: "clockify.md 2.3" },
  ...["isPublic", "isTemplate", "estimateReset"].map(
    (p): Correction => ({ at: `ProjectDtoImplV1.${p}`, fix: { kind: "optional" }, why: "the read keys are `public` and `template`; isPublic is the write key", source: "clockify.md 2.3" }),
  ),
  ...["ProjectDtoV1", "ProjectDtoImplV1"].map(
    (s): Correction => ({ at: `${s}.budgetEstimate`, fix: { kind: "nullable" }, why: "null without a budget", source: "clockify.md 2.3 (budgetEstimate|null)" }),
  ),
  { at: "TimeEstimateDto.resetOption", fix: { kind: "nullable" }, why: "null for an estimate that does not reset", source: "activepieces' recorded payload (resetOption: null)" },
  { at: "TaskDtoV1.assigneeId", fix: { kind: "nullable" }, why: "the deprecated single assignee; null without assignees", source: "inferred" },

  // Custom fields.
  { at: "CustomFieldDtoV1.workspaceDefaultValue", fix: { kind: "replace", schema: anyValue }, why: "a value of the field's type, or null", source: "clockify.md 2.8" },
  { at: "CustomFieldDefaultValuesDtoV1.value", fix: { kind: "replace", schema: anyValue }, why: "a value of the field's type", source: "clockify.md 2.8" },

  // Expenses.
  { at: "ExpenseDtoV1.taskId", fix: { kind: "nullable" }, why: "null for an expense without task", source: "inferred (as time entries, SOURCES.md)" },
  { at: "ExpenseHydratedDtoV1.task", fix: { kind: "nullable" }, why: "null for an expense without task", source: "inferred (as time entries, SOURCES.md)" },

  // Approvals.
  { at: "TimeEntryInfoDto.task", fix: { kind: "nullable" }, why: "null for an entry without task", source: "SOURCES.md (taskId can be null)" },
  { at: "TimeEntryInfoDto.project", fix: { kind: "nullable" }, why: "null for an entry without project", source: "SOURCES.md (projectId can be null)" },
  ...["zonedStart", "zonedEnd"].map(
    (p): Correction => ({ at: `TimeIntervalDto.${p}`, fix: { kind: "replace", schema: nullableString }, why: "wall-clock time without offset (\"2025-06-16T12:35:00\"), not an RFC 3339 date-time", source: "activepieces' recorded webhook payload" }),
  ),
  ...["end", "offsetEnd", "duration"].map(
    (p): Correction => ({ at: `TimeIntervalDto.${p}`, fix: { kind: "nullable" }, why: "null while the timer runs", source: "SOURCES.md" }),
  ),

  // Reports.
  { at: "TimeEntryDetailedReportDto.timeentries", fix: { kind: "add", schema: { type: "array", items: { $ref: "#/components/schemas/TimeEntryDto" } } }, why: "Clockify answers with timeentries (or timeEntries)", source: "clockify.md 2.10" },
  { at: "TimeEntryDetailedReportDto.timeEntries", fix: { kind: "optional" }, why: "Clockify answers with timeentries (or timeEntries)", source: "clockify.md 2.10" },
  { at: "TimeEntryDto.get_id", fix: { kind: "rename", to: "_id" }, why: "the wire key is _id", source: "SOURCES.md (report TimeEntryDto get_id)" },
  { at: "TimeEntryDto.approvalRequestId", fix: { kind: "nullable" }, why: "null for an entry not submitted for approval", source: "inferred" },
  { at: "TimeEntryReportTotals.id", fix: { kind: "rename", to: "_id" }, why: "the wire key is _id", source: "clockify.md 2.10" },
  { at: "TimeEntryReportTotals.totalAmount", fix: { kind: "add", schema: { type: "number" }, required: true }, why: "sent beside amounts", source: "clockify.md 2.10" },
  { at: "GroupOneDto.id", fix: { kind: "rename", to: "_id" }, why: "the wire key is _id", source: "clockify.md 2.10" },
  ...["children", "clientName", "days"].map(
    (p): Correction => ({ at: `GroupOneDto.${p}`, fix: { kind: "optional" }, why: "present only where the report has them (sub-groups, project groups, weekly rows)", source: "clockify.md 2.10" }),
  ),
  { at: "TimeEntrySummaryReportDto.chart", fix: { kind: "optional" }, why: "the mock draws no chart (README: not modelled)", source: "mock limitation" },
  { at: "SharedReportV1.filter", fix: { kind: "replace", schema: { type: "object" } }, why: "the saved report request, echoed as it was posted", source: "inferred" },
];
