// The `definitions` of the Clockify connector's swagger.
//
// Every definition names the schema of Clockify's official OpenAPI document it is derived from
// (`SOURCE`), keeps Clockify's own field names, and differs from that schema only where
// `CORRECTIONS` says so. `compare-official.ts` checks both claims against `official-fields.json`
// (the field names and types of those official schemas, extracted from the official document).
//
// Facts used below (reference/clockify.md, SOURCES.md beside the official document):
// - IDs are 24-hex-digit strings; date-times are UTC `yyyy-MM-ddTHH:mm:ssZ` on the core host.
// - Durations on the core host are ISO-8601 strings ("PT1H30M", hours never folded into days,
//   "PT0S"), null while a timer runs. The reports host sends integer seconds instead.
// - Money: `{amount, currency}` with amount in minor units (cents); a rate object may be null.
//   An expense's `amount` on create is in major units while its `total` comes back in cents.
// - Enums are plain upper-snake strings; the official document models some as objects.

import { type Schema, any, array, boolean, dateTime, dynamicValues, int64, integer, nullable, number, object, ref, string, strings } from "./dsl";
// Clockify's own lists of webhook events and trigger source types, kept with the mock that implements them.
import { inWorkspace } from "./parameters";
import { described, publishedOperation } from "./published";
import { TRIGGER_SOURCE_TYPES, WEBHOOK_EVENTS } from "../../src/mock/webhooks";

const DURATION_NOTE = "An ISO-8601 duration such as PT1H30M (hours are never folded into days).";
const WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

/** Where each definition comes from: a schema of the official document, or a note when none models it. */
export const SOURCE: { [name: string]: string | null } = {};
/** The definitions, in the order they are written. */
export const DEFINITIONS: { [name: string]: Schema } = {};

function define(name: string, source: string | null, schema: Schema): void {
  if (DEFINITIONS[name]) throw new Error(`definition ${name} defined twice`);
  SOURCE[name] = source;
  DEFINITIONS[name] = schema;
}

/**
 * Every place where the connector deliberately differs from the official document.
 * `at` is `Definition.property` (or `Definition.property.nested`); the comparison tool accepts a
 * difference from the official schema only at a listed place.
 */
export const CORRECTIONS: Array<{ at: string; official: string; actual: string; source: string }> = [
  { at: "TimeInterval.duration", official: "string with examples like \"8000\" (read as milliseconds)", actual: "ISO-8601 duration string (\"PT1H30M\"); null while the timer runs", source: "SOURCES.md; reference/clockify.md 2.6 and 2.11" },
  { at: "TimeInterval.end", official: "always a date-time", actual: "null while the timer runs", source: "SOURCES.md (knpkv patch)" },
  { at: "TimeEntry.projectId", official: "string", actual: "string or null", source: "SOURCES.md (knpkv patch)" },
  { at: "TimeEntry.taskId", official: "string", actual: "string or null", source: "SOURCES.md (knpkv patch)" },
  { at: "TimeEntry.kioskId", official: "string", actual: "string or null", source: "SOURCES.md (knpkv patch)" },
  { at: "TimeEntry.tagIds", official: "array", actual: "array or null", source: "SOURCES.md (knpkv patch)" },
  { at: "TimeEntry.customFieldValues.value", official: "type object", actual: "text, number, boolean or list depending on the field type", source: "reference/clockify.md 2.8 (field types)" },
  { at: "TimeEntryListItem.customFieldValues.value", official: "type object", actual: "text, number, boolean or list depending on the field type", source: "reference/clockify.md 2.8 (field types)" },
  { at: "TimeEntry.customFieldsByName", official: "absent", actual: "added by the connector's script (transforms/custom-fields.ts): the custom field values by field name, typed through x-ms-dynamic-schema", source: "transforms/index.ts" },
  { at: "TimeEntryListItem.customFieldsByName", official: "absent", actual: "added by the connector's script, as for TimeEntry", source: "transforms/index.ts" },
  { at: "CreateTimeEntryRequest.customFieldInputs", official: "absent", actual: "read by the connector's script, which sends the values as customFields", source: "transforms/custom-fields.ts" },
  { at: "UpdateTimeEntryRequest.customFieldInputs", official: "absent", actual: "read by the connector's script, which sends the values as customFields", source: "transforms/custom-fields.ts" },
  { at: "TimeEntryListItem.durationSeconds", official: "absent", actual: "added by the connector's script (transforms/time-entries.ts): seconds of timeInterval.duration, null while running", source: "transforms/index.ts" },
  { at: "TimeEntryListItem.project", official: "absent from TimeEntryWithRatesDtoV1", actual: "present when hydrated=true", source: "reference/clockify.md 2.6 (hydrated)" },
  { at: "TimeEntryListItem.task", official: "absent from TimeEntryWithRatesDtoV1", actual: "present when hydrated=true", source: "reference/clockify.md 2.6 (hydrated)" },
  { at: "TimeEntryListItem.tags", official: "absent from TimeEntryWithRatesDtoV1", actual: "present when hydrated=true", source: "reference/clockify.md 2.6 (hydrated)" },
  { at: "CreateTimeEntryRequest.start", official: "optional", actual: "required (Clockify needs a start; omit end to start a timer)", source: "reference/clockify.md 2.6 (knpkv patches start required)" },
  { at: "CreateTimeEntryRequest.customFields.value", official: "type object", actual: "text, number, boolean or list depending on the field type", source: "reference/clockify.md 2.8" },
  { at: "UpdateTimeEntryRequest.customFields.value", official: "type object", actual: "text, number, boolean or list depending on the field type", source: "reference/clockify.md 2.8" },
  { at: "User.status", official: "AccountStatus modelled as an object", actual: "plain string such as ACTIVE", source: "SOURCES.md (AccountStatus)" },
  { at: "User.settings", official: "always an object", actual: "null when unset in workspace user lists", source: "reference/clockify.md 2.1" },
  { at: "User.customFields.value", official: "type object", actual: "text, number, boolean or list depending on the field type", source: "reference/clockify.md 2.8" },
  { at: "User.customFields.customFieldType", official: "CustomFieldType modelled as an object", actual: "plain string", source: "SOURCES.md (enums are strings)" },
  { at: "Workspace.featureSubscriptionType", official: "FeaturePlan object (self-referencing)", actual: "plain string such as STANDARD_2021", source: "SOURCES.md (FeaturePlan self-ref, eXpl0it3r copy)" },
  { at: "Workspace.features", official: "Feature modelled as an object", actual: "array of strings", source: "reference/clockify.md 2.1 (features[])" },
  { at: "WorkspaceSettings.adminOnlyPages", official: "single enum string", actual: "array of strings", source: "SOURCES.md (eXpl0it3r copy: adminOnlyPages enum -> array)" },
  { at: "Project.duration", official: "described as milliseconds", actual: "ISO-8601 duration string or null", source: "reference/clockify.md 2.3" },
  { at: "ProjectListItem.workspaceSettings", official: "absent", actual: "never sent; kept from version 1.1.1 of the connector, whose List projects listed it", source: "connector/published-1.1.1" },
  { at: "ProjectListItem.imageUrl", official: "absent", actual: "never sent; kept from version 1.1.1", source: "connector/published-1.1.1" },
  { at: "ProjectListItem.onSubdomain", official: "absent", actual: "never sent; kept from version 1.1.1", source: "connector/published-1.1.1" },
  { at: "Project.clientId", official: "string", actual: "string or null (project without client)", source: "reference/clockify.md 2.3" },
  { at: "Task.status", official: "TaskStatus modelled as an object", actual: "plain string ACTIVE or DONE", source: "SOURCES.md (TaskStatus)" },
  { at: "Task.estimate", official: "string", actual: "ISO-8601 duration string or null", source: "reference/clockify.md 2.4" },
  { at: "Task.duration", official: "string", actual: "ISO-8601 duration string or null", source: "reference/clockify.md 2.4" },
  { at: "CreateClientRequest.name", official: "optional", actual: "required (a client needs a name)", source: "reference/clockify.md 2.2 (name up to 100 chars)" },
  { at: "CreateTagRequest.name", official: "optional", actual: "required (a tag needs a name)", source: "reference/clockify.md 2.5" },
  { at: "CreateWebhookRequest.name", official: "optional", actual: "required with X-Api-Key (missing name answers 400)", source: "reference/clockify.md 3.1" },
  { at: "Expense.total", official: "number, unit unstated", actual: "minor units (cents), while the amount sent on create is in major units", source: "reference/clockify.md 2.7 and 2.11" },
  { at: "CustomField.workspaceDefaultValue", official: "type object", actual: "value whose type depends on the field type", source: "reference/clockify.md 2.8" },
  { at: "CustomField.projectDefaultValues.value", official: "type object", actual: "value whose type depends on the field type", source: "reference/clockify.md 2.8" },
  { at: "Webhook.webhookEvent", official: "WebhookEventType modelled as an object", actual: "plain string", source: "SOURCES.md (enums are strings)" },
  { at: "Webhook.triggerSourceType", official: "WebhookEventTriggerSourceType modelled as an object", actual: "plain string", source: "SOURCES.md (enums are strings)" },
  { at: "ReportTotals._id", official: "named id", actual: "the wire key is _id", source: "reference/clockify.md 2.10" },
  { at: "ReportTotals.totalAmount", official: "absent", actual: "sent beside amounts", source: "reference/clockify.md 2.10" },
  { at: "DetailedReportEntry._id", official: "named get_id", actual: "the wire key is _id", source: "SOURCES.md (report TimeEntryDto get_id)" },
  { at: "DetailedReportEntry.timeInterval.duration", official: "integer (documented generically)", actual: "integer seconds on the reports host", source: "reference/clockify.md 2.10 and 2.11" },
  { at: "SummaryGroupOne._id", official: "named id", actual: "the wire key is _id", source: "reference/clockify.md 2.10" },
  { at: "SummaryGroupOne.children", official: "recursive GroupOneDto", actual: "unrolled to three levels (Clockify allows at most 3 groups; swagger refs may not loop)", source: "reference/clockify.md 2.10; connector-tooling.md 3.4 (SchemaRefLoopNotAllowed)" },
  { at: "SummaryGroupTwo._id", official: "named id", actual: "the wire key is _id", source: "reference/clockify.md 2.10" },
  { at: "SummaryGroupTwo.children", official: "recursive GroupOneDto", actual: "unrolled to three levels", source: "connector-tooling.md 3.4 (SchemaRefLoopNotAllowed)" },
  { at: "SummaryGroupThree._id", official: "named id", actual: "the wire key is _id", source: "reference/clockify.md 2.10" },
  { at: "WeeklyReportGroup._id", official: "named id", actual: "the wire key is _id", source: "reference/clockify.md 2.10" },
  { at: "DetailedReportRequest.exportType", official: "JSON, JSON_V1, PDF, CSV, XLSX, ZIP", actual: "only JSON: the connector describes JSON answers", source: "connector design" },
  { at: "SummaryReportRequest.exportType", official: "JSON, JSON_V1, PDF, CSV, XLSX, ZIP", actual: "only JSON: the connector describes JSON answers", source: "connector design" },
  { at: "WeeklyReportRequest.exportType", official: "JSON, JSON_V1, PDF, CSV, XLSX, ZIP", actual: "only JSON: the connector describes JSON answers", source: "connector design" },
  { at: "WeeklyReportRequest.weeklyFilter.group", official: "free string", actual: "USER or PROJECT", source: "reference/clockify.md 2.10" },
  { at: "WeeklyReportRequest.weeklyFilter.subgroup", official: "free string", actual: "always TIME", source: "reference/clockify.md 2.10" },
];

// ------------------------------------------------------------------------------------------
// Shared pieces

define("Rate", "RateDtoV1", object("Rate", "A billable or cost rate. Clockify sends null instead of this object when no rate is set.", {
  amount: integer("Amount in Cents", "The amount in the currency's minor units: 10500 means 105.00."),
  currency: string("Currency", "The currency code, such as USD."),
}));

define("RateRequest", "HourlyRateRequestV1", object("Rate", "A rate to set, in the currency's minor units.", {
  amount: integer("Amount in Cents", "The amount in the currency's minor units: 10500 means 105.00."),
  since: dateTime("Since", "The date-time from which the rate applies; leave empty to apply it to all entries."),
}, { required: ["amount"] }));

define("Membership", "MembershipDtoV1", object("Membership", "A user's membership in a workspace, project or user group.", {
  userId: string("User ID", "The member's user ID."),
  targetId: string("Target ID", "The ID of the workspace, project or group the membership is in."),
  membershipType: string("Membership Type", "What the membership is in.", { enum: ["WORKSPACE", "PROJECT", "USERGROUP"] }),
  membershipStatus: string("Membership Status", "The membership's status.", { enum: ["PENDING", "ACTIVE", "DECLINED", "INACTIVE", "ALL"] }),
  hourlyRate: ref("Rate"),
  costRate: ref("Rate"),
}));

const customFieldValueInput = object("Custom Field", "A value for one of the workspace's custom fields.", {
  customFieldId: string("Custom Field", "The custom field.", {
    "x-ms-dynamic-values": dynamicValues("ListCustomFields", { ...inWorkspace, "entity-type": { value: "TIMEENTRY" } }),
  }),
  sourceType: string("Source Type", "Where the value comes from.", { enum: ["WORKSPACE", "PROJECT", "TIMEENTRY"] }),
  value: any("Value", "The value: text, a number, a boolean or a list, as the field's type requires."),
}, { required: ["customFieldId"] });

// ------------------------------------------------------------------------------------------
// Workspaces and users

define("WorkspaceSettings", "WorkspaceSettingsDtoV1", object("Workspace Settings", "The workspace's settings (a selection of the fields Clockify sends).", {
  timeRoundingInReports: boolean("Rounding in Reports", "Whether reports round time."),
  onlyAdminsSeeBillableRates: boolean("Only Admins See Rates", "Whether only admins see billable rates."),
  onlyAdminsCreateProject: boolean("Only Admins Create Projects", "Whether only admins may create projects."),
  onlyAdminsCreateTag: boolean("Only Admins Create Tags", "Whether only admins may create tags."),
  onlyAdminsCreateTask: boolean("Only Admins Create Tasks", "Whether only admins may create tasks."),
  onlyAdminsSeeAllTimeEntries: boolean("Only Admins See All Entries", "Whether only admins see everyone's time entries."),
  onlyAdminsSeeDashboard: boolean("Only Admins See Dashboard", "Whether only admins see the team dashboard."),
  defaultBillableProjects: boolean("Projects Billable by Default", "Whether new projects are billable by default."),
  isProjectPublicByDefault: boolean("Projects Public by Default", "Whether new projects are public by default."),
  forceProjects: boolean("Project Required", "Whether every time entry needs a project."),
  forceTasks: boolean("Task Required", "Whether every time entry needs a task."),
  forceTags: boolean("Tag Required", "Whether every time entry needs a tag."),
  forceDescription: boolean("Description Required", "Whether every time entry needs a description."),
  trackTimeDownToSecond: boolean("Track Seconds", "Whether time is tracked to the second."),
  lockTimeEntries: nullable(dateTime("Entries Locked Before", "Time entries before this date-time are locked; null when nothing is locked.")),
  timeTrackingMode: string("Time Tracking Mode", "How members may track time.", { enum: ["DEFAULT", "STOPWATCH_ONLY"] }),
  durationFormat: string("Duration Format", "How durations are displayed.", { enum: ["FULL", "COMPACT", "DECIMAL"] }),
  adminOnlyPages: strings("Admin Only Pages", "Pages only admins see, such as PROJECT, TEAM or REPORTS."),
  workingDays: strings("Working Days", "The workspace's working days, such as MONDAY."),
}));

define("Workspace", "WorkspaceDtoV1", object("Workspace", "A Clockify workspace.", {
  id: string("Workspace ID", "The workspace's ID."),
  name: string("Workspace Name", "The workspace's name."),
  hourlyRate: ref("Rate"),
  costRate: ref("Rate"),
  memberships: array("Memberships", "The workspace's memberships.", ref("Membership")),
  workspaceSettings: ref("WorkspaceSettings"),
  imageUrl: string("Image URL", "The URL of the workspace's image."),
  featureSubscriptionType: string("Subscription Plan", "The workspace's plan, such as STANDARD_2021."),
  features: strings("Features", "The features the workspace's plan includes, such as APPROVAL."),
  currencies: array("Currencies", "The workspace's currencies.", object("Currency", "A currency of the workspace.", {
    id: string("Currency ID", "The currency's ID."),
    code: string("Currency Code", "The currency code, such as USD."),
    isDefault: boolean("Is Default", "Whether this is the workspace's default currency."),
  })),
  subdomain: object("Subdomain", "The workspace's own subdomain, when it has one.", {
    enabled: boolean("Subdomain Enabled", "Whether the workspace uses its own subdomain."),
    name: string("Subdomain Name", "The subdomain's name."),
  }),
  cakeOrganizationId: string("Organization ID", "The ID of the CAKE.com organization that owns the workspace."),
}));

define("UserSettings", "UserSettingsDtoV1", object("User Settings", "The user's settings (a selection); null in workspace user lists when the user never set them.", {
  weekStart: string("Week Start", "The first day of the user's week.", { enum: WEEKDAYS }),
  timeZone: string("Time Zone", "The user's time zone, such as Europe/Belgrade. Clockify reads list filters as wall-clock times in it."),
  timeFormat: string("Time Format", "The user's clock format.", { enum: ["HOUR12", "HOUR24"] }),
  dateFormat: string("Date Format", "The user's date format, such as MM/DD/YYYY."),
  lang: string("Language", "The user's interface language."),
  theme: string("Theme", "The user's interface theme.", { enum: ["DARK", "DEFAULT"] }),
  myStartOfDay: string("Start of Day", "The time the user's day starts, such as 09:00."),
  dashboardSelection: string("Dashboard Selection", "Whose data the dashboard shows.", { enum: ["ME", "TEAM"] }),
  summaryReportSettings: object("Summary Report Settings", "The user's default grouping for summary reports.", {
    group: string("Group", "The first grouping."),
    subgroup: string("Subgroup", "The second grouping."),
  }),
}));

define("User", "UserDtoV1", object("User", "A Clockify user.", {
  id: string("User ID", "The user's ID."),
  email: string("Email", "The user's email address."),
  name: string("Name", "The user's name."),
  profilePicture: string("Profile Picture", "The URL of the user's picture."),
  activeWorkspace: string("Active Workspace ID", "The ID of the workspace the user has open."),
  defaultWorkspace: string("Default Workspace ID", "The ID of the user's default workspace."),
  status: string("Status", "The account's status, such as ACTIVE, PENDING_EMAIL_VERIFICATION, NOT_REGISTERED or LIMITED."),
  memberships: array("Memberships", "The user's memberships (filled only when asked for).", ref("Membership")),
  settings: ref("UserSettings"),
  customFields: array("Custom Fields", "The user's values for user custom fields.", object("User Custom Field", "A user custom field value.", {
    customFieldId: string("Custom Field ID", "The custom field's ID."),
    customFieldName: string("Custom Field Name", "The custom field's name."),
    customFieldType: string("Custom Field Type", "The custom field's type, such as TXT or NUMBER."),
    userId: string("User ID", "The user's ID."),
    value: any("Value", "The value: text, a number, a boolean or a list, as the field's type requires."),
  })),
}));

define("UserGroup", "UserGroupDtoV1", object("User Group", "A group of users in a workspace.", {
  id: string("Group ID", "The group's ID."),
  name: string("Group Name", "The group's name."),
  workspaceId: string("Workspace ID", "The ID of the group's workspace."),
  userIds: strings("User IDs", "The IDs of the group's members."),
}));

// ------------------------------------------------------------------------------------------
// Clients

define("Client", "ClientWithCurrencyDtoV1", object("Client", "A client of the workspace.", {
  id: string("Client ID", "The client's ID."),
  name: string("Client Name", "The client's name."),
  email: nullable(string("Email", "The client's email address.")),
  address: nullable(string("Address", "The client's address.")),
  note: nullable(string("Note", "A note about the client.")),
  archived: boolean("Archived", "Whether the client is archived."),
  workspaceId: string("Workspace ID", "The ID of the client's workspace."),
  currencyId: nullable(string("Currency ID", "The ID of the client's currency.")),
  currencyCode: nullable(string("Currency Code", "The client's currency code, such as USD.")),
  ccEmails: nullable(strings("CC Emails", "Addresses copied on the client's invoices.")),
}));

define("CreateClientRequest", "CreateClientRequestV1", object("New Client", "The client to create.", {
  name: string("Client Name", "The client's name, at most 100 characters.", { maxLength: 100, "x-ms-visibility": "important" }),
  email: string("Email", "The client's email address.", { format: "email" }),
  address: string("Address", "The client's address, at most 3000 characters.", { maxLength: 3000 }),
  note: string("Note", "A note about the client, at most 3000 characters.", { maxLength: 3000 }),
}, { required: ["name"] }));

define("UpdateClientRequest", "UpdateClientRequestV1", object("Client Update", "The client's new values. Clockify replaces the client: omitted CC emails are cleared.", {
  name: string("Client Name", "The client's name, at most 100 characters.", { maxLength: 100, "x-ms-visibility": "important" }),
  email: string("Email", "The client's email address.", { format: "email" }),
  address: string("Address", "The client's address, at most 3000 characters.", { maxLength: 3000 }),
  note: string("Note", "A note about the client, at most 3000 characters.", { maxLength: 3000 }),
  archived: boolean("Archived", "Whether the client is archived. Archive a client before deleting it."),
  currencyId: string("Currency ID", "The ID of the client's currency."),
  ccEmails: strings("CC Emails", "Up to three addresses copied on the client's invoices.", { maxItems: 3 }),
}));

// ------------------------------------------------------------------------------------------
// Projects and tasks

define("Project", "ProjectDtoImplV1", object("Project", "A project of the workspace.", {
  id: string("Project ID", "The project's ID."),
  name: string("Project Name", "The project's name."),
  workspaceId: string("Workspace ID", "The ID of the project's workspace."),
  clientId: nullable(string("Client ID", "The ID of the project's client; empty or null when it has none.")),
  clientName: string("Client Name", "The name of the project's client."),
  color: string("Color", "The project's color, such as #03A9F4."),
  billable: boolean("Billable", "Whether time on the project is billable by default."),
  archived: boolean("Archived", "Whether the project is archived."),
  public: boolean("Public", "Whether every workspace member may track time on the project. Clockify reads this as isPublic when writing."),
  template: boolean("Template", "Whether the project is a template."),
  note: string("Note", "The project's note."),
  duration: nullable(string("Duration", `The time tracked on the project. ${DURATION_NOTE}`)),
  hourlyRate: ref("Rate"),
  costRate: ref("Rate"),
  memberships: array("Memberships", "The project's members.", ref("Membership")),
  estimate: object("Estimate", "The project's time estimate (older form).", {
    estimate: string("Estimate", DURATION_NOTE),
    type: string("Estimate Type", "Whether the estimate is set by hand or summed from tasks.", { enum: ["AUTO", "MANUAL"] }),
  }),
  timeEstimate: object("Time Estimate", "The project's time estimate.", {
    estimate: string("Estimate", DURATION_NOTE),
    type: string("Estimate Type", "Whether the estimate is set by hand or summed from tasks.", { enum: ["AUTO", "MANUAL"] }),
    resetOption: nullable(string("Reset Option", "How often the estimate starts over, or null.", { enum: ["WEEKLY", "MONTHLY", "YEARLY"] })),
    active: boolean("Active", "Whether the estimate is in use."),
    includeNonBillable: boolean("Include Non Billable", "Whether non-billable time counts toward the estimate."),
  }),
  budgetEstimate: nullable(object("Budget Estimate", "The project's budget estimate, or null.", {
    estimate: int64("Budget in Cents", "The budget in the currency's minor units."),
    type: string("Estimate Type", "Whether the budget is set by hand or summed from tasks.", { enum: ["AUTO", "MANUAL"] }),
    resetOption: nullable(string("Reset Option", "How often the budget starts over, or null.", { enum: ["WEEKLY", "MONTHLY", "YEARLY"] })),
    active: boolean("Active", "Whether the budget is in use."),
    includeExpenses: boolean("Include Expenses", "Whether expenses count toward the budget."),
  })),
}));

// Version 1.1.1 described List projects with three workspace fields Clockify never sends for a
// project; the next version of a connector may not drop a response field, so they stay, marked.
const V1_PROJECT_ITEM = ((publishedOperation("GetProjects_v1").operation.responses["200"].schema as Schema).items as { properties: { [key: string]: Schema } }).properties;
const fromVersion1 = (name: string): Schema => ({
  ...described(V1_PROJECT_ITEM[name], "Kept from version 1.1.1 of this connector."),
  description: "Not sent by Clockify for a project: kept because version 1.1.1 of this connector listed it.",
});
define("ProjectListItem", "ProjectDtoImplV1", {
  ...DEFINITIONS.Project,
  description: "A project of the workspace, as List projects returns it.",
  properties: {
    ...(DEFINITIONS.Project.properties as Schema),
    workspaceSettings: fromVersion1("workspaceSettings"),
    imageUrl: fromVersion1("imageUrl"),
    onSubdomain: fromVersion1("onSubdomain"),
  },
});

const projectWriteFields = {
  name: string("Project Name", "The project's name, 2 to 250 characters.", { minLength: 2, maxLength: 250, "x-ms-visibility": "important" }),
  clientId: string("Client ID", "The ID of the project's client.", { "x-ms-dynamic-values": dynamicValues("GetClients_v1", inWorkspace) }),
  isPublic: boolean("Public", "Whether every workspace member may track time on the project."),
  billable: boolean("Billable", "Whether time on the project is billable by default."),
  color: string("Color", "The project's color as #RRGGBB, such as #03A9F4.", { pattern: "^#[0-9a-fA-F]{6}$" }),
  note: string("Note", "The project's note, at most 16384 characters.", { maxLength: 16384 }),
  hourlyRate: ref("RateRequest"),
  costRate: ref("RateRequest"),
};

define("CreateProjectRequest", "ProjectRequest", object("New Project", "The project to create.", {
  ...projectWriteFields,
  estimate: object("Estimate", "The project's time estimate.", {
    estimate: string("Estimate", DURATION_NOTE),
    type: string("Estimate Type", "Whether the estimate is set by hand or summed from tasks.", { enum: ["AUTO", "MANUAL"] }),
  }),
}, { required: ["name"] }));

define("UpdateProjectRequest", "UpdateProjectRequest", object("Project Update", "The project's new values. Clockify keeps omitted color, note, client and rates, but resets omitted Public and Billable to false.", {
  ...projectWriteFields,
  archived: boolean("Archived", "Whether the project is archived. Archive a project before deleting it."),
}));

define("Task", "TaskDtoV1", object("Task", "A task of a project.", {
  id: string("Task ID", "The task's ID."),
  name: string("Task Name", "The task's name."),
  projectId: string("Project ID", "The ID of the task's project."),
  assigneeIds: strings("Assignee IDs", "The IDs of the users assigned to the task."),
  assigneeId: nullable(string("Assignee ID", "The first assignee's ID, or null (Clockify keeps it beside Assignee IDs).")),
  userGroupIds: strings("User Group IDs", "The IDs of the groups assigned to the task."),
  estimate: nullable(string("Estimate", `The task's time estimate, or null. ${DURATION_NOTE}`)),
  status: string("Status", "The task's status. A task must be DONE before it can be deleted.", { enum: ["ACTIVE", "DONE"] }),
  duration: nullable(string("Duration", `The time tracked on the task, or null. ${DURATION_NOTE}`)),
  billable: boolean("Billable", "Whether time on the task is billable."),
  hourlyRate: ref("Rate"),
  costRate: ref("Rate"),
  budgetEstimate: int64("Budget in Cents", "The task's budget in the currency's minor units."),
}));

define("CreateTaskRequest", "TaskRequestV1", object("New Task", "The task to create.", {
  name: string("Task Name", "The task's name, at most 1000 characters.", { maxLength: 1000, "x-ms-visibility": "important" }),
  assigneeIds: strings("Assignee IDs", "The IDs of the users to assign."),
  userGroupIds: strings("User Group IDs", "The IDs of the groups to assign."),
  estimate: string("Estimate", `The task's time estimate. ${DURATION_NOTE}`),
  status: string("Status", "The task's status.", { enum: ["ACTIVE", "DONE"] }),
  budgetEstimate: int64("Budget in Cents", "The task's budget in the currency's minor units."),
}, { required: ["name"] }));

define("UpdateTaskRequest", "UpdateTaskRequest", object("Task Update", "The task's new values.", {
  name: string("Task Name", "The task's name, at most 1000 characters.", { maxLength: 1000, "x-ms-visibility": "important" }),
  assigneeIds: strings("Assignee IDs", "The IDs of the users to assign."),
  userGroupIds: strings("User Group IDs", "The IDs of the groups to assign."),
  estimate: string("Estimate", `The task's time estimate. ${DURATION_NOTE}`),
  status: string("Status", "The task's status. Mark a task DONE before deleting it.", { enum: ["ACTIVE", "DONE"] }),
  billable: boolean("Billable", "Whether time on the task is billable."),
  budgetEstimate: int64("Budget in Cents", "The task's budget in the currency's minor units."),
}, { required: ["name"] }));

// ------------------------------------------------------------------------------------------
// Tags

define("Tag", "TagDtoV1", object("Tag", "A tag of the workspace.", {
  id: string("Tag ID", "The tag's ID."),
  name: string("Tag Name", "The tag's name."),
  workspaceId: string("Workspace ID", "The ID of the tag's workspace."),
  archived: boolean("Archived", "Whether the tag is archived."),
}));

define("CreateTagRequest", "TagRequest", object("New Tag", "The tag to create.", {
  name: string("Tag Name", "The tag's name, at most 100 characters.", { maxLength: 100, "x-ms-visibility": "important" }),
}, { required: ["name"] }));

define("UpdateTagRequest", "UpdateTagRequest", object("Tag Update", "The tag's new values. Clockify replaces the tag: an omitted Archived becomes false.", {
  name: string("Tag Name", "The tag's name, at most 100 characters.", { maxLength: 100, "x-ms-visibility": "important" }),
  archived: boolean("Archived", "Whether the tag is archived."),
}));

// ------------------------------------------------------------------------------------------
// Time entries

define("TimeInterval", "TimeIntervalDtoV1", object("Time Interval", "When the time entry started and ended.", {
  start: dateTime("Start", "The start, in UTC."),
  end: nullable(dateTime("End", "The end, in UTC; null while the timer runs.")),
  duration: nullable(string("Duration", `The length of the entry; null while the timer runs. ${DURATION_NOTE}`)),
}));

/**
 * The workspace's time entry custom fields as typed values, from the internal operation
 * GetTimeEntryCustomFieldSchema (transforms/custom-fields.ts builds the schema from the field
 * definitions). `keys` says whether the schema's properties are the fields' IDs (inputs: the
 * script turns them into Clockify's customFields list) or their names (outputs).
 */
const customFieldsSchema = (keys: "id" | "name", title: string, description: string): Schema =>
  object(title, description, {}, {
    "x-ms-dynamic-schema": {
      operationId: "GetTimeEntryCustomFieldSchema",
      parameters: { ...inWorkspace, keys: { value: keys } },
      "value-path": "schema",
    },
  });
const customFieldsByName = customFieldsSchema("name", "Custom Fields by Name", "The entry's custom field values, one property per field name; added by the connector.");

// Project custom fields are the project's own default values of the workspace's time entry fields
// (Clockify sets them one field at a time); the connector takes them all as typed inputs at once.
define("ProjectCustomFieldsRequest", null, object("Project Custom Field Values", "The project's default values of the workspace's time entry custom fields.", {
  customFieldInputs: customFieldsSchema("id", "Custom Field Values", "The workspace's custom fields, each as its own typed input: the value the project's new time entries start with."),
}));

const timeEntryFields = {
  id: string("Time Entry ID", "The time entry's ID."),
  description: string("Description", "The time entry's description."),
  userId: string("User ID", "The ID of the user the entry belongs to."),
  workspaceId: string("Workspace ID", "The ID of the entry's workspace."),
  projectId: nullable(string("Project ID", "The ID of the entry's project, or null.")),
  taskId: nullable(string("Task ID", "The ID of the entry's task, or null.")),
  tagIds: nullable(strings("Tag IDs", "The IDs of the entry's tags, or null.")),
  billable: boolean("Billable", "Whether the entry is billable."),
  isLocked: boolean("Locked", "Whether the entry is locked against changes."),
  type: string("Entry Type", "The kind of entry.", { enum: ["REGULAR", "BREAK", "HOLIDAY", "TIME_OFF"] }),
  kioskId: nullable(string("Kiosk ID", "The ID of the kiosk the entry was tracked on, or null.")),
  customFieldValues: array("Custom Field Values", "The entry's custom field values.", object("Custom Field Value", "A custom field value of the entry.", {
    customFieldId: string("Custom Field ID", "The custom field's ID."),
    timeEntryId: string("Time Entry ID", "The time entry's ID."),
    name: string("Custom Field Name", "The custom field's name."),
    type: string("Source Type", "Where the value comes from, such as WORKSPACE."),
    value: any("Value", "The value: text, a number, a boolean or a list, as the field's type requires."),
  })),
  timeInterval: ref("TimeInterval"),
  hourlyRate: ref("Rate"),
  costRate: ref("Rate"),
  customFieldsByName,
};

define("TimeEntry", "TimeEntryWithRatesDtoV1", object("Time Entry", "A time entry. Rates are sent by the list and get operations, not by create and update.", timeEntryFields));

define("TimeEntryListItem", "TimeEntryWithRatesDtoV1", object("Time Entry", "A time entry as listed for a user.", {
  ...timeEntryFields,
  durationSeconds: nullable(number("Duration in Seconds", "The entry's duration in seconds, computed by the connector from the ISO-8601 duration; null while the timer runs.")),
  project: ref("Project"),
  task: ref("Task"),
  tags: array("Tags", "The entry's tags (only when Hydrated is true).", ref("Tag")),
}));

define("TimeEntryPage", null, object("Time Entry Page", "Some of a user's time entries and where the rest are, in the shape of the platform's paging.", {
  value: array("Time Entries", "The time entries of this answer.", ref("TimeEntryListItem")),
  nextLink: string("Next Link", "The connector's address of the next answer; absent on the last."),
}));

const timeEntryWriteFields = {
  start: dateTime("Start", "The start, such as 2024-01-31T09:00:00Z.", { "x-ms-visibility": "important" }),
  end: dateTime("End", "The end, such as 2024-01-31T10:30:00Z. Leave empty to start a running timer.", { "x-ms-visibility": "important" }),
  description: string("Description", "The entry's description, at most 3000 characters.", { maxLength: 3000, "x-ms-visibility": "important" }),
  projectId: string("Project ID", "The ID of the entry's project.", { "x-ms-dynamic-values": dynamicValues("GetProjects_v1", inWorkspace) }),
  taskId: string("Task ID", "The ID of the entry's task (a task of the chosen project)."),
  tagIds: strings("Tag IDs", "The IDs of the entry's tags."),
  billable: boolean("Billable", "Whether the entry is billable."),
  type: string("Entry Type", "The kind of entry.", { enum: ["REGULAR", "BREAK"] }),
  customFields: array("Custom Fields", "Values for the workspace's time entry custom fields.", customFieldValueInput, { maxItems: 50 }),
  customFieldInputs: customFieldsSchema("id", "Custom Field Values", "The workspace's custom fields, each as its own typed input; the connector sends them as Custom Fields."),
};

define("CreateTimeEntryRequest", "CreateTimeEntryRequest", object("New Time Entry", "The time entry to create; without an end it starts a timer.", timeEntryWriteFields, { required: ["start"] }));

define("UpdateTimeEntryRequest", "UpdateTimeEntryRequest", object("Time Entry Update", "The time entry's new values. Clockify replaces the entry: omitted fields are cleared.", timeEntryWriteFields, { required: ["start"] }));

define("StopTimerRequest", "StopTimeEntryRequest", object("Stop Timer", "When to stop the running timer.", {
  end: dateTime("End", "The end of the running entry, such as 2024-01-31T17:00:00Z.", { "x-ms-visibility": "important" }),
}, { required: ["end"] }));

// ------------------------------------------------------------------------------------------
// Expenses

define("ExpenseCategory", "ExpenseCategoryDtoV1", object("Expense Category", "An expense category of the workspace.", {
  id: string("Category ID", "The category's ID."),
  name: string("Category Name", "The category's name."),
  workspaceId: string("Workspace ID", "The ID of the category's workspace."),
  archived: boolean("Archived", "Whether the category is archived."),
  hasUnitPrice: boolean("Has Unit Price", "Whether expenses in the category are a quantity times a unit price."),
  priceInCents: integer("Unit Price in Cents", "The unit price in the currency's minor units."),
  unit: string("Unit", "The unit, such as km."),
}));

define("ExpenseCategoryList", "ExpenseCategoriesWithCountDtoV1", object("Expense Categories", "A page of expense categories.", {
  categories: array("Categories", "The categories on this page.", ref("ExpenseCategory")),
  count: integer("Count", "The number of categories."),
}));

define("CreateExpenseCategoryRequest", "ExpenseCategoryV1Request", object("New Expense Category", "The expense category to create.", {
  name: string("Category Name", "The category's name, at most 250 characters.", { maxLength: 250, "x-ms-visibility": "important" }),
  hasUnitPrice: boolean("Has Unit Price", "Whether expenses in the category are a quantity times a unit price."),
  priceInCents: integer("Unit Price in Cents", "The unit price in the currency's minor units."),
  unit: string("Unit", "The unit, such as km."),
}, { required: ["name"] }));

/** An expense as a flow gives it; transforms/expenses.ts sends it as Clockify's multipart form. */
const expenseInputFields = (required: boolean) => ({
  userId: string("User", "The user the expense belongs to.", { "x-ms-dynamic-values": dynamicValues("GetAllUsers_v1", { ...inWorkspace, "include-roles": { value: false } }) }),
  projectId: string("Project", "The expense's project.", { "x-ms-dynamic-values": dynamicValues("GetProjects_v1", inWorkspace) }),
  categoryId: string("Category", "The expense's category.", { "x-ms-dynamic-values": dynamicValues("ListExpenseCategories", inWorkspace, { collection: "categories" }) }),
  date: dateTime("Date", "The expense's date-time, such as 2024-01-31T00:00:00Z."),
  amount: number("Amount", "The amount in major units: 12.5 means 12.50 (for a category with a unit price: the number of units)."),
  notes: string("Notes", "Notes about the expense, at most 3000 characters.", { maxLength: 3000 }),
  taskId: string("Task ID", "The expense's task, a task of the project."),
  billable: boolean("Billable", "Whether the expense is billable."),
  receipt: object("Receipt", required ? "The receipt file: Clockify needs one with every expense." : "A new receipt file; leave empty to keep the current one.", {
    name: string("File Name", "The receipt's file name, such as receipt.pdf."),
    contentType: string("Content Type", "The receipt's media type, such as application/pdf or image/png."),
    content: string("File Content", "The receipt's content.", { format: "byte" }),
  }, { required: ["name", "content"] }),
});

define("CreateExpenseRequest", null, object("New Expense", "The expense to create.", expenseInputFields(true), {
  required: ["userId", "projectId", "categoryId", "date", "amount", "receipt"],
}));

define("UpdateExpenseRequest", null, object("Expense Update", "The expense fields to change; the others keep their values.", expenseInputFields(false)));

define("Expense", "ExpenseDtoV1", object("Expense", "An expense.", {
  id: string("Expense ID", "The expense's ID."),
  workspaceId: string("Workspace ID", "The ID of the expense's workspace."),
  userId: string("User ID", "The ID of the user the expense belongs to."),
  projectId: string("Project ID", "The ID of the expense's project."),
  taskId: nullable(string("Task ID", "The ID of the expense's task, or null.")),
  categoryId: string("Category ID", "The ID of the expense's category."),
  isLocked: boolean("Locked", "Whether the expense is locked against changes (approved)."),
  date: string("Date", "The expense's date, such as 2024-01-31."),
  notes: string("Notes", "Notes about the expense."),
  quantity: number("Quantity", "The quantity, for categories with a unit price."),
  total: number("Total in Cents", "The total in the currency's minor units (the amount sent on create is in major units)."),
  billable: boolean("Billable", "Whether the expense is billable."),
  fileId: string("Receipt File ID", "The ID of the attached receipt."),
  locked: boolean("Locked", "Whether the expense is locked against changes."),
}));

define("ExpenseListItem", "ExpenseHydratedDtoV1", object("Expense", "An expense with its category, project and task.", {
  id: string("Expense ID", "The expense's ID."),
  workspaceId: string("Workspace ID", "The ID of the expense's workspace."),
  userId: string("User ID", "The ID of the user the expense belongs to."),
  date: string("Date", "The expense's date, such as 2024-01-31."),
  notes: string("Notes", "Notes about the expense."),
  quantity: number("Quantity", "The quantity, for categories with a unit price."),
  total: number("Total in Cents", "The total in the currency's minor units."),
  billable: boolean("Billable", "Whether the expense is billable."),
  fileId: string("Receipt File ID", "The ID of the attached receipt."),
  fileName: string("Receipt File Name", "The receipt's file name."),
  locked: boolean("Locked", "Whether the expense is locked against changes."),
  category: ref("ExpenseCategory"),
  project: object("Project", "The expense's project.", {
    id: string("Project ID", "The project's ID."),
    name: string("Project Name", "The project's name."),
    color: string("Color", "The project's color."),
    clientId: string("Client ID", "The ID of the project's client."),
    clientName: string("Client Name", "The name of the project's client."),
  }),
  task: nullable(object("Task", "The expense's task, or null.", {
    id: string("Task ID", "The task's ID."),
    name: string("Task Name", "The task's name."),
  })),
}));

define("ExpenseList", "ExpensesAndTotalsDtoV1", object("Expenses", "A page of expenses with daily and weekly totals.", {
  expenses: object("Expenses Page", "The expenses on this page and their count.", {
    count: integer("Count", "The number of expenses."),
    expenses: array("Expenses", "The expenses on this page.", ref("ExpenseListItem")),
  }),
  dailyTotals: array("Daily Totals", "Totals per day.", object("Daily Total", "The total of one day.", {
    date: string("Date", "The day, such as 2024-01-31."),
    dateAsInstant: dateTime("Date as Instant", "The day as a date-time."),
    total: number("Total in Cents", "The day's total in the currency's minor units."),
  })),
  weeklyTotals: array("Weekly Totals", "Totals per week.", object("Weekly Total", "The total of one week.", {
    date: string("Date", "The week's first day, such as 2024-01-29."),
    total: number("Total in Cents", "The week's total in the currency's minor units."),
  })),
}));

// ------------------------------------------------------------------------------------------
// Custom fields

define("CustomFieldSchema", null, object("Custom Field Schema", "The workspace's time entry custom fields as a JSON schema.", {
  schema: object("Schema", "A JSON schema of an object with one typed property per custom field.", {}),
}));

define("CustomField", "CustomFieldDtoV1", object("Custom Field", "A custom field of the workspace.", {
  id: string("Custom Field ID", "The custom field's ID."),
  workspaceId: string("Workspace ID", "The ID of the field's workspace."),
  name: string("Custom Field Name", "The field's name."),
  type: string("Field Type", "The field's type: TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX or LINK."),
  entityType: string("Entity Type", "What the field belongs to: TIMEENTRY or USER."),
  allowedValues: strings("Allowed Values", "The choices of a drop-down field."),
  description: string("Description", "The field's description."),
  placeholder: string("Placeholder", "The hint shown in an empty field."),
  required: boolean("Required", "Whether a value is required."),
  onlyAdminCanEdit: boolean("Only Admin Can Edit", "Whether only admins may change the value."),
  status: string("Status", "Where the field shows: INACTIVE, VISIBLE or INVISIBLE."),
  workspaceDefaultValue: any("Default Value", "The workspace's default value; its type depends on the field type."),
  projectDefaultValues: array("Project Default Values", "Default values per project.", object("Project Default", "A project's default for the field.", {
    projectId: string("Project ID", "The project's ID."),
    status: string("Status", "Where the field shows on that project."),
    value: any("Value", "The project's default value; its type depends on the field type."),
  })),
}));

// ------------------------------------------------------------------------------------------
// Approval requests

define("ApprovalRequest", "ApprovalRequestDtoV1", object("Approval Request", "A request to approve a period's time or expenses.", {
  id: string("Approval Request ID", "The request's ID."),
  workspaceId: string("Workspace ID", "The ID of the request's workspace."),
  type: string("Request Type", "What the request covers.", { enum: ["TIMESHEET", "EXPENSE", "TIMESHEET_AND_EXPENSE"] }),
  dateRange: object("Date Range", "The period the request covers.", {
    start: dateTime("Start", "The period's start."),
    end: dateTime("End", "The period's end."),
  }),
  owner: object("Owner", "The user whose period it is.", {
    userId: string("User ID", "The owner's user ID."),
    userName: string("User Name", "The owner's name."),
    timeZone: string("Time Zone", "The owner's time zone."),
    startOfWeek: string("Start of Week", "The owner's first day of the week.", { enum: WEEKDAYS }),
  }),
  creator: object("Creator", "The user who submitted the request.", {
    userId: string("User ID", "The submitter's user ID."),
    userEmail: string("User Email", "The submitter's email address."),
    userName: string("User Name", "The submitter's name."),
  }),
  status: object("Status", "The request's state and the last change to it.", {
    state: string("State", "The request's state.", { enum: ["PENDING", "APPROVED", "WITHDRAWN_SUBMISSION", "WITHDRAWN_APPROVAL", "REJECTED"] }),
    note: string("Note", "The note left with the last change."),
    updatedBy: string("Updated By", "The ID of the user who changed the state last."),
    updatedByUserName: string("Updated By Name", "The name of the user who changed the state last."),
    updatedAt: dateTime("Updated At", "When the state last changed."),
  }),
}));

define("ApprovalRequestDetails", "ApprovalDetailsDtoV1", object("Approval Request Details", "An approval request with the time and money it covers.", {
  approvalRequest: ref("ApprovalRequest"),
  trackedTime: string("Tracked Time", `The time tracked in the period. ${DURATION_NOTE}`),
  billableTime: string("Billable Time", `The billable time in the period. ${DURATION_NOTE}`),
  approvedTime: string("Approved Time", `The approved time in the period. ${DURATION_NOTE}`),
  pendingTime: string("Pending Time", `The time awaiting approval. ${DURATION_NOTE}`),
  breakTime: string("Break Time", `The break time in the period. ${DURATION_NOTE}`),
  billableAmount: number("Billable Amount", "The billable amount in the period."),
  costAmount: number("Cost Amount", "The cost amount in the period."),
  expenseTotal: number("Expense Total", "The total of the period's expenses."),
}));

define("CreateApprovalRequestRequest", "CreateApprovalRequest", object("New Approval Request", "The period to submit for approval.", {
  periodStart: dateTime("Period Start", "The first day of the period, such as 2024-01-29T00:00:00Z.", { "x-ms-visibility": "important" }),
  period: string("Period", "The length of the period.", { enum: ["WEEKLY", "SEMI_MONTHLY", "MONTHLY"], "x-ms-visibility": "important" }),
}, { required: ["periodStart"] }));

define("UpdateApprovalRequestRequest", "UpdateApprovalRequest", object("Approval Decision", "The new state of the approval request.", {
  state: string("State", "The new state.", { enum: ["PENDING", "APPROVED", "WITHDRAWN_SUBMISSION", "WITHDRAWN_APPROVAL", "REJECTED"], "x-ms-visibility": "important" }),
  note: string("Note", "A note explaining the decision."),
}, { required: ["state"] }));

// ------------------------------------------------------------------------------------------
// Webhooks


define("Webhook", "WebhookDtoV1", object("Webhook", "A webhook registered in the workspace.", {
  id: string("Webhook ID", "The webhook's ID."),
  workspaceId: string("Workspace ID", "The ID of the webhook's workspace."),
  userId: string("User ID", "The ID of the user who registered the webhook."),
  name: string("Webhook Name", "The webhook's name."),
  url: string("URL", "The address Clockify posts events to."),
  webhookEvent: string("Event", "The event that fires the webhook, such as NEW_TIME_ENTRY."),
  triggerSource: strings("Trigger Sources", "The IDs of the projects, users, tags or tasks that fire it; the workspace ID or an empty list for all."),
  triggerSourceType: string("Trigger Source Type", "What the trigger sources are, such as WORKSPACE_ID."),
  authToken: string("Signing Token", "The token Clockify sends in the Clockify-Signature header of each delivery."),
  enabled: boolean("Enabled", "Whether the webhook is enabled."),
  deliveryEnabled: boolean("Delivery Enabled", "Whether deliveries are on; Clockify turns them off after repeated failures."),
  planEnabled: boolean("Plan Enabled", "Whether the workspace's plan allows the webhook."),
}));

define("WebhookList", "WebhooksDtoV1", object("Webhooks", "The workspace's webhooks.", {
  webhooks: array("Webhooks", "The webhooks.", ref("Webhook")),
  workspaceWebhookCount: integer("Workspace Webhook Count", "How many webhooks the workspace has."),
}));

define("CreateWebhookRequest", "CreateWebhookRequestV1", object("New Webhook", "The webhook to register.", {
  name: string("Webhook Name", "The webhook's name, 2 to 30 characters.", { minLength: 2, maxLength: 30, "x-ms-visibility": "important" }),
  url: string("URL", "The HTTPS address Clockify posts events to.", { "x-ms-visibility": "important" }),
  webhookEvent: string("Event", "The event that fires the webhook.", { enum: [...WEBHOOK_EVENTS], "x-ms-visibility": "important" }),
  triggerSourceType: string("Trigger Source Type", "What the trigger sources are; WORKSPACE_ID for the whole workspace.", { enum: [...TRIGGER_SOURCE_TYPES], default: "WORKSPACE_ID" }),
  triggerSource: strings("Trigger Sources", "The IDs of the projects, users, tags or tasks that fire it; the workspace ID for the whole workspace."),
}, { required: ["name", "url", "webhookEvent", "triggerSourceType", "triggerSource"] }));

define("TimeEntryEvent", null, object("Time Entry Event", "The time entry Clockify posts with time entry and timer events: the hydrated entry, flat, without an envelope.", {
  id: string("Time Entry ID", "The time entry's ID."),
  description: string("Description", "The time entry's description."),
  userId: string("User ID", "The ID of the user the entry belongs to."),
  workspaceId: string("Workspace ID", "The ID of the entry's workspace."),
  projectId: nullable(string("Project ID", "The ID of the entry's project, or null.")),
  taskId: nullable(string("Task ID", "The ID of the entry's task, or null.")),
  tagIds: nullable(strings("Tag IDs", "The IDs of the entry's tags, or null.")),
  billable: boolean("Billable", "Whether the entry is billable."),
  isLocked: boolean("Locked", "Whether the entry is locked against changes."),
  type: string("Entry Type", "The kind of entry, such as REGULAR."),
  kioskId: nullable(string("Kiosk ID", "The ID of the kiosk the entry was tracked on, or null.")),
  customFieldValues: array("Custom Field Values", "The entry's custom field values.", object("Custom Field Value", "A custom field value of the entry.", {
    customFieldId: string("Custom Field ID", "The custom field's ID."),
    timeEntryId: string("Time Entry ID", "The time entry's ID."),
    name: string("Custom Field Name", "The custom field's name."),
    type: string("Source Type", "Where the value comes from, such as WORKSPACE."),
    value: any("Value", "The value: text, a number, a boolean or a list, as the field's type requires."),
  })),
  approvalStatus: nullable(string("Approval Status", "The entry's approval status, or null.")),
  currentlyRunning: boolean("Currently Running", "Whether the entry's timer is still running."),
  projectCurrency: nullable(string("Project Currency", "The currency of the entry's project, or null.")),
  timeInterval: object("Time Interval", "When the entry started and ended, also in the user's zone.", {
    start: dateTime("Start", "The start, in UTC."),
    end: nullable(dateTime("End", "The end, in UTC; null while the timer runs.")),
    duration: nullable(string("Duration", `The length of the entry; null while the timer runs. ${DURATION_NOTE}`)),
    timeZone: string("Time Zone", "The user's time zone."),
    offsetStart: integer("Start Offset", "The zone's offset from UTC at the start, in seconds."),
    offsetEnd: integer("End Offset", "The zone's offset from UTC at the end, in seconds."),
    zonedStart: string("Zoned Start", "The start as wall-clock time in the user's zone."),
    zonedEnd: nullable(string("Zoned End", "The end as wall-clock time in the user's zone, or null.")),
  }),
  hourlyRate: ref("Rate"),
  costRate: ref("Rate"),
  project: ref("Project"),
  task: ref("Task"),
  user: object("User", "The user the entry belongs to.", {
    id: string("User ID", "The user's ID."),
    name: string("User Name", "The user's name."),
    status: string("User Status", "The user's status, such as ACTIVE."),
  }),
  tags: array("Tags", "The entry's tags.", ref("Tag")),
}));

// ------------------------------------------------------------------------------------------
// Reports (reports.api.clockify.me). Durations here are integer seconds.

const entityFilter = (what: string) => object(`${what} Filter`, `Limits the report by ${what.toLowerCase()}.`, {
  ids: strings("IDs", `The ${what.toLowerCase()} IDs.`),
  contains: string("Contains", "Whether entries must contain, must not contain, or contain only these.", { enum: ["CONTAINS", "DOES_NOT_CONTAIN", "CONTAINS_ONLY"] }),
  status: string("Status", `Which ${what.toLowerCase()} the filter considers.`, { enum: ["ACTIVE", "ARCHIVED", "ALL"] }),
});
const userFilter = (what: string) => object(`${what} Filter`, `Limits the report by ${what.toLowerCase()}.`, {
  ids: strings("IDs", `The ${what.toLowerCase()} IDs.`),
  contains: string("Contains", "Whether entries must contain, must not contain, or contain only these.", { enum: ["CONTAINS", "DOES_NOT_CONTAIN", "CONTAINS_ONLY"] }),
  status: string("Status", `Which ${what.toLowerCase()} the filter considers.`, { enum: ["ALL", "ACTIVE_WITH_PENDING", "ACTIVE", "PENDING", "INACTIVE"] }),
});

const reportFilterFields = (): Schema => ({
  dateRangeStart: string("Date Range Start", "The start of the range, such as 2024-01-01T00:00:00Z. Clockify reads it as wall-clock time in Time Zone (default: the user's zone).", { "x-ms-visibility": "important" }),
  dateRangeEnd: string("Date Range End", "The end of the range, such as 2024-01-31T23:59:59.999Z. The free plan allows at most 31 days.", { "x-ms-visibility": "important" }),
  timeZone: string("Time Zone", "The time zone the range is read in, such as Europe/Belgrade; UTC reads it literally."),
  dateRangeType: string("Date Range Type", "A preset range instead of explicit dates.", { enum: ["ABSOLUTE", "TODAY", "YESTERDAY", "THIS_WEEK", "LAST_WEEK", "PAST_TWO_WEEKS", "THIS_MONTH", "LAST_MONTH", "THIS_YEAR", "LAST_YEAR"] }),
  sortOrder: string("Sort Order", "The sort direction.", { enum: ["ASCENDING", "DESCENDING"] }),
  exportType: string("Export Type", "The answer's format; the connector asks for JSON.", { enum: ["JSON"], default: "JSON", "x-ms-visibility": "internal" }),
  amountShown: string("Amount Shown", "Which amount the report shows.", { enum: ["EARNED", "COST", "PROFIT", "HIDE_AMOUNT", "EXPORT"] }),
  billable: boolean("Billable", "Only billable (true) or only non-billable (false) entries; leave empty for both."),
  description: string("Description", "Only entries whose description contains this text."),
  withoutDescription: boolean("Without Description", "Only entries without a description."),
  approvalState: string("Approval State", "Only entries in this approval state.", { enum: ["APPROVED", "UNAPPROVED", "ALL"] }),
  invoicingState: string("Invoicing State", "Only entries in this invoicing state.", { enum: ["INVOICED", "UNINVOICED", "ALL"] }),
  rounding: boolean("Rounding", "Whether the workspace's rounding applies."),
  users: userFilter("Users"),
  userGroups: userFilter("User Groups"),
  clients: entityFilter("Clients"),
  projects: entityFilter("Projects"),
  tasks: entityFilter("Tasks"),
  tags: entityFilter("Tags"),
  weekStart: string("Week Start", "The first day of the week.", { enum: WEEKDAYS }),
  userLocale: string("User Locale", "The locale used for formatting, such as en."),
  dateFormat: string("Date Format", "The date format, such as MM/DD/YYYY."),
  timeFormat: string("Time Format", "The time format, such as T00:00:00."),
});

define("DetailedReportRequest", "DetailedReportFilterV1", object("Detailed Report Filter", "What the detailed report covers.", {
  ...reportFilterFields(),
  detailedFilter: object("Detailed Options", "Paging and sorting of the detailed report.", {
    page: integer("Page", "The page, from 1.", { default: 1 }),
    pageSize: integer("Page Size", "Entries per page, at most 1000.", { default: 50, maximum: 1000 }),
    sortColumn: string("Sort Column", "What the entries are sorted by.", { enum: ["ID", "DESCRIPTION", "USER", "DURATION", "DATE", "ZONED_DATE", "NATURAL", "USER_DATE"] }),
    options: object("Options", "Extra options.", {
      totals: string("Totals", "Whether to compute the totals.", { enum: ["CALCULATE", "EXCLUDE"] }),
    }),
  }),
}, { required: ["dateRangeStart", "dateRangeEnd", "detailedFilter"] }));

define("SummaryReportRequest", "SummaryReportFilterV1", object("Summary Report Filter", "What the summary report covers and how it groups.", {
  ...reportFilterFields(),
  summaryFilter: object("Summary Options", "The grouping of the summary report.", {
    groups: strings("Groups", "One to three groupings, outermost first: CLIENT, PROJECT, USER, TASK, TAG, DATE, WEEK, MONTH or TIMEENTRY.", { minItems: 1, maxItems: 3 }),
    sortColumn: string("Sort Column", "What the groups are sorted by.", { enum: ["GROUP", "DURATION", "AMOUNT", "EARNED", "COST", "PROFIT"] }),
    summaryChartType: string("Chart Type", "The chart data to include.", { enum: ["BILLABILITY", "PROJECT"] }),
  }, { required: ["groups"] }),
}, { required: ["dateRangeStart", "dateRangeEnd", "summaryFilter"] }));

define("WeeklyReportRequest", "WeeklyReportFilterV1", object("Weekly Report Filter", "What the weekly report covers; the range must be exactly 7 days.", {
  ...reportFilterFields(),
  weeklyFilter: object("Weekly Options", "The grouping of the weekly report.", {
    group: string("Group", "Group rows by user or by project.", { enum: ["USER", "PROJECT"], default: "USER" }),
    subgroup: string("Subgroup", "Always TIME.", { enum: ["TIME"], default: "TIME", "x-ms-visibility": "internal" }),
  }, { required: ["group", "subgroup"] }),
}, { required: ["dateRangeStart", "dateRangeEnd", "weeklyFilter"] }));

define("ReportTotals", "TimeEntryReportTotals", object("Report Totals", "The totals of a report. Times are in seconds.", {
  _id: string("Totals ID", "An identifier of the totals row."),
  totalTime: number("Total Time in Seconds", "The tracked time, in seconds."),
  totalBillableTime: number("Billable Time in Seconds", "The billable time, in seconds."),
  entriesCount: integer("Entries Count", "The number of time entries."),
  totalAmount: number("Total Amount", "The total amount."),
  amounts: array("Amounts", "The amounts by kind.", object("Amount", "One kind of amount.", {
    type: string("Amount Type", "The kind of amount, such as EARNED.", { enum: ["EARNED", "COST", "PROFIT", "HIDE_AMOUNT", "EXPORT"] }),
    value: number("Value", "The amount."),
  })),
}));

define("DetailedReportEntry", "TimeEntryDto", object("Report Entry", "A time entry of a detailed report. Durations are in seconds.", {
  _id: string("Time Entry ID", "The time entry's ID."),
  description: string("Description", "The entry's description."),
  userId: string("User ID", "The user's ID."),
  userName: string("User Name", "The user's name."),
  userEmail: string("User Email", "The user's email address."),
  projectId: string("Project ID", "The project's ID."),
  projectName: string("Project Name", "The project's name."),
  projectColor: string("Project Color", "The project's color."),
  clientId: string("Client ID", "The client's ID."),
  clientName: string("Client Name", "The client's name."),
  taskId: string("Task ID", "The task's ID."),
  taskName: string("Task Name", "The task's name."),
  tags: array("Tags", "The entry's tags.", object("Tag", "A tag of the entry.", {
    id: string("Tag ID", "The tag's ID."),
    name: string("Tag Name", "The tag's name."),
  })),
  billable: boolean("Billable", "Whether the entry is billable."),
  locked: boolean("Locked", "Whether the entry is locked."),
  approvalRequestId: nullable(string("Approval Request ID", "The ID of the approval request covering the entry, or null.")),
  timeInterval: object("Time Interval", "When the entry started and ended, with the request's time zone offset.", {
    start: string("Start", "The start, such as 2024-01-31T09:00:00-07:00."),
    end: string("End", "The end, such as 2024-01-31T10:30:00-07:00."),
    duration: integer("Duration in Seconds", "The entry's length in seconds."),
  }),
}));

define("DetailedReport", "TimeEntryDetailedReportDto", object("Detailed Report", "A detailed report: totals and one page of entries.", {
  totals: array("Totals", "The report's totals.", ref("ReportTotals")),
  timeEntries: array("Time Entries", "The entries on this page. Clockify spells the key timeentries or timeEntries; the connector always answers timeEntries.", ref("DetailedReportEntry")),
}));

const groupFields = {
  _id: string("Group ID", "The ID of the grouped client, project, user or other item."),
  name: string("Group Name", "The group's name."),
  duration: number("Duration in Seconds", "The time in the group, in seconds."),
  amount: number("Amount", "The amount in the group."),
  clientName: string("Client Name", "The client's name, when grouping by project."),
  nameLowerCase: string("Lowercase Name", "The group's name in lower case."),
};

define("SummaryGroupThree", "GroupOneDto", object("Third Level Group", "A group at the third level of a summary report.", { ...groupFields }));
define("SummaryGroupTwo", "GroupOneDto", object("Second Level Group", "A group at the second level of a summary report.", {
  ...groupFields,
  children: array("Subgroups", "The third-level groups inside this group.", ref("SummaryGroupThree")),
}));
define("SummaryGroupOne", "GroupOneDto", object("Group", "A top-level group of a summary report.", {
  ...groupFields,
  children: array("Subgroups", "The second-level groups inside this group.", ref("SummaryGroupTwo")),
}));

define("SummaryReport", "TimeEntrySummaryReportDto", object("Summary Report", "A summary report: totals and grouped time.", {
  totals: array("Totals", "The report's totals.", ref("ReportTotals")),
  groupOne: array("Groups", "The top-level groups.", ref("SummaryGroupOne")),
}));

const dailyTotal = object("Daily Total", "The total of one day.", {
  date: string("Date", "The day."),
  duration: number("Duration in Seconds", "The day's time, in seconds."),
  amount: number("Amount", "The day's amount."),
});

define("WeeklyReportGroup", "GroupOneDto", object("Weekly Group", "A user or project row of a weekly report.", {
  ...groupFields,
  days: array("Days", "The row's totals per day.", dailyTotal),
}));

define("WeeklyReport", "TimeEntryWeeklyReportDto", object("Weekly Report", "A weekly report: a row per user or project with daily totals.", {
  totals: array("Totals", "The report's totals (an empty week may hold a null item).", ref("ReportTotals")),
  groupOne: array("Rows", "The report's rows.", ref("WeeklyReportGroup")),
  totalsByDay: array("Totals by Day", "The totals per day.", dailyTotal),
}));

define("SharedReport", "SharedReportDtoV1", object("Shared Report", "A saved, shareable report.", {
  id: string("Shared Report ID", "The shared report's ID."),
  name: string("Report Name", "The report's name."),
  type: string("Report Type", "The kind of report, such as DETAILED, SUMMARY or WEEKLY."),
  link: nullable(string("Link", "The report's public link, or null.")),
  isPublic: boolean("Public", "Whether anyone with the link may open it."),
  fixedDate: nullable(boolean("Fixed Date", "Whether the report keeps its date range.")),
  reportAuthor: nullable(string("Author", "The name of the report's author.")),
  visibleToUsers: nullable(array("Visible to Users", "Users the report is shared with.", object("User", "A user.", {
    id: string("User ID", "The user's ID."),
    name: string("User Name", "The user's name."),
  }))),
  visibleToUserGroups: nullable(array("Visible to Groups", "Groups the report is shared with.", object("Group", "A group.", {
    id: string("Group ID", "The group's ID."),
    name: string("Group Name", "The group's name."),
  }))),
}));

define("SharedReportList", "SharedReportsAndCountDtoV1", object("Shared Reports", "A page of shared reports.", {
  reports: array("Reports", "The shared reports on this page.", ref("SharedReport")),
  count: integer("Count", "The number of shared reports."),
}));
