// Seed data: the records a mock starts with, as JSON (the shapes of ./state.ts). A seed file holds
// one array per kind of record; only `users` and `workspaces` are required. Loading checks what a
// hand-written file gets wrong most (missing ids, duplicate ids, references to nothing) and names the
// record at fault, so a bad seed fails at start-up instead of as odd answers later.

import * as fs from "node:fs";
import { expenseDefaults, projectDefaults } from "./defaults";
import type {
  AddonRecord,
  ApprovalRequestRecord,
  ClientRecord,
  CustomFieldRecord,
  ExpenseCategoryRecord,
  ExpenseRecord,
  FileRecord,
  MemberRecord,
  ProjectRecord,
  SharedReportRecord,
  State,
  Table,
  TagRecord,
  TaskRecord,
  TimeEntryRecord,
  UserGroupRecord,
  UserRecord,
  WebhookRecord,
  WorkspaceRecord,
} from "./state";
import { formatInstant, parseInstant } from "./time";

/** What a seed says of a record: its id and any of its fields; the others take their defaults. */
export type SeedRecord<T> = { readonly id: string } & Partial<T>;

/** A workspace in a seed: its members too may leave out what has a default (roles, status, rates). */
export type SeedWorkspace = SeedRecord<Omit<WorkspaceRecord, "members">> & {
  readonly members?: ReadonlyArray<{ readonly userId: string } & Partial<MemberRecord>>;
};

export interface Seed {
  users: SeedRecord<UserRecord>[];
  workspaces: SeedWorkspace[];
  userGroups?: SeedRecord<UserGroupRecord>[];
  clients?: SeedRecord<ClientRecord>[];
  projects?: SeedRecord<ProjectRecord>[];
  tasks?: SeedRecord<TaskRecord>[];
  tags?: SeedRecord<TagRecord>[];
  timeEntries?: SeedRecord<TimeEntryRecord>[];
  expenseCategories?: SeedRecord<ExpenseCategoryRecord>[];
  expenses?: SeedRecord<ExpenseRecord>[];
  files?: SeedRecord<FileRecord>[];
  customFields?: SeedRecord<CustomFieldRecord>[];
  approvalRequests?: SeedRecord<ApprovalRequestRecord>[];
  webhooks?: SeedRecord<WebhookRecord>[];
  sharedReports?: SeedRecord<SharedReportRecord>[];
  addons?: SeedRecord<AddonRecord>[];
}

export class SeedError extends Error {}

export function readSeedFile(file: string): Seed {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new SeedError(`cannot read the seed file ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as Seed;
  } catch (error) {
    throw new SeedError(`the seed file ${file} is not JSON: ${(error as Error).message}`);
  }
}

type Keyed = { readonly id: string };

/**
 * Loads a seed into an empty state. Fields a record leaves out take Clockify's defaults (a task or
 * an entry without `workspaceId` takes its project's or user's); ids must be unique and references
 * must name records the seed holds.
 */
export function loadSeed(state: State, seed: Seed): void {
  if (typeof seed !== "object" || seed === null || !Array.isArray(seed.users) || !Array.isArray(seed.workspaces)) {
    throw new SeedError("a seed needs `users` and `workspaces` arrays");
  }
  const fill = <T extends Keyed, R extends Keyed>(table: Table<T>, name: keyof Seed, rows: ReadonlyArray<R> | undefined, complete: (row: R, at: string) => NoInfer<T>) => {
    if (rows !== undefined && !Array.isArray(rows)) throw new SeedError(`seed.${name} must be an array`);
    (rows ?? []).forEach((row, i) => {
      const at = `seed.${name}[${i}]`;
      if (typeof row !== "object" || row === null || typeof row.id !== "string" || row.id === "") throw new SeedError(`${at} needs a string id`);
      if (table.get(row.id) !== undefined) throw new SeedError(`${at}: id ${row.id} appears twice`);
      table.insert(complete(row, at));
    });
  };
  /** The record a reference names: `optional` lets null and absent pass, `required` does not. */
  const lookup = <T extends Keyed>(table: Table<T>, what: string) => {
    const optional = (id: string | null | undefined, at: string): T | undefined => {
      if (id === null || id === undefined) return undefined;
      const row = table.get(id);
      if (row === undefined) throw new SeedError(`${at} names ${what} ${id}, which the seed does not hold`);
      return row;
    };
    const required = (id: string | null | undefined, at: string): T => {
      const row = optional(id, at);
      if (row === undefined) throw new SeedError(`${at} is required`);
      return row;
    };
    return { optional, required };
  };
  const workspaces = lookup(state.workspaces, "workspace");
  const users = lookup(state.users, "user");
  const projects = lookup(state.projects, "project");
  const inWorkspace = <T extends { workspaceId: string }>(row: SeedRecord<T>, at: string, fallback?: string): string =>
    workspaces.required(row.workspaceId ?? fallback, `${at}.workspaceId`).id;

  fill(state.users, "users", seed.users, (u): UserRecord => ({
    email: "",
    name: "",
    apiKey: null,
    profilePicture: "https://img.clockify.me/no-user-image.png",
    status: "ACTIVE",
    defaultWorkspace: "",
    activeWorkspace: "",
    settings: null,
    ...u,
  }));
  fill(state.workspaces, "workspaces", seed.workspaces, (w, at): WorkspaceRecord => {
    if (w.members !== undefined && !Array.isArray(w.members)) throw new SeedError(`${at}.members must be an array`);
    const code = w.currency?.code ?? "USD";
    const members = (w.members ?? []).map((m, i): MemberRecord => {
      users.required(m.userId, `${at}.members[${i}].userId`);
      return { roles: [], status: "ACTIVE", hourlyRate: null, costRate: null, ...m };
    });
    return {
      name: "",
      plan: "FREE",
      currency: { id: `${w.id}-${code}`, code },
      hourlyRate: { amount: 0, currency: code },
      costRate: { amount: 0, currency: code },
      imageUrl: "",
      settings: {},
      ...w,
      members,
    };
  });
  // A user's default and active workspace, when the seed leaves them out: the first they belong to.
  for (const u of state.users.all()) {
    const first = state.workspaces.find((w) => w.members.some((m) => m.userId === u.id))?.id ?? "";
    if (u.defaultWorkspace === "" || u.activeWorkspace === "") state.users.replace({ ...u, defaultWorkspace: u.defaultWorkspace || first, activeWorkspace: u.activeWorkspace || first });
  }
  fill(state.userGroups, "userGroups", seed.userGroups, (g, at) => ({ name: "", userIds: [], ...g, workspaceId: inWorkspace(g, at) }));
  fill(state.clients, "clients", seed.clients, (c, at) => ({ name: "", email: "", address: "", note: "", archived: false, ccEmails: [], ...c, workspaceId: inWorkspace(c, at) }));
  fill(state.projects, "projects", seed.projects, (p, at): ProjectRecord => {
    lookup(state.clients, "client").optional(p.clientId, `${at}.clientId`);
    return { ...projectDefaults(), ...p, workspaceId: inWorkspace(p, at) };
  });
  fill(state.tasks, "tasks", seed.tasks, (t, at): TaskRecord => {
    const parent = projects.required(t.projectId, `${at}.projectId`);
    return {
      name: "",
      assigneeIds: [],
      userGroupIds: [],
      estimate: "PT0S",
      status: "ACTIVE",
      billable: parent.billable,
      hourlyRate: null,
      costRate: null,
      ...t,
      projectId: parent.id,
      workspaceId: inWorkspace(t, at, parent.workspaceId),
    };
  });
  fill(state.tags, "tags", seed.tags, (t, at) => ({ name: "", archived: false, ...t, workspaceId: inWorkspace(t, at) }));
  fill(state.customFields, "customFields", seed.customFields, (f, at): CustomFieldRecord => ({
    name: "",
    type: "TXT",
    entityType: "TIMEENTRY",
    allowedValues: [],
    description: "",
    placeholder: "",
    required: false,
    onlyAdminCanEdit: false,
    status: "VISIBLE",
    workspaceDefaultValue: null,
    projectDefaultValues: [],
    ...f,
    workspaceId: inWorkspace(f, at),
  }));
  fill(state.approvalRequests, "approvalRequests", seed.approvalRequests, (r, at): ApprovalRequestRecord => {
    const owner = users.required(r.ownerId, `${at}.ownerId`);
    const start = time(r.start, `${at}.start`);
    return {
      creatorId: owner.id,
      type: "TIMESHEET",
      state: "PENDING",
      note: "",
      updatedBy: owner.id,
      updatedAt: start,
      ...r,
      ownerId: owner.id,
      start,
      end: time(r.end, `${at}.end`),
      workspaceId: inWorkspace(r, at),
    };
  });
  fill(state.timeEntries, "timeEntries", seed.timeEntries, (e, at): TimeEntryRecord => {
    const owner = users.required(e.userId, `${at}.userId`);
    const parent = projects.optional(e.projectId, `${at}.projectId`);
    lookup(state.tasks, "task").optional(e.taskId, `${at}.taskId`);
    (e.tagIds ?? []).forEach((t, i) => lookup(state.tags, "tag").optional(t, `${at}.tagIds[${i}]`));
    lookup(state.approvalRequests, "approval request").optional(e.approvalRequestId, `${at}.approvalRequestId`);
    return {
      description: "",
      projectId: null,
      taskId: null,
      tagIds: [],
      billable: parent?.billable ?? false,
      type: "REGULAR",
      customFieldValues: [],
      approvalRequestId: null,
      ...e,
      userId: owner.id,
      workspaceId: inWorkspace(e, at, parent?.workspaceId ?? owner.defaultWorkspace),
      start: time(e.start, `${at}.start`),
      end: e.end === null || e.end === undefined ? null : time(e.end, `${at}.end`),
    };
  });
  fill(state.expenseCategories, "expenseCategories", seed.expenseCategories, (c, at) => ({
    name: "",
    archived: false,
    hasUnitPrice: false,
    priceInCents: 0,
    unit: "",
    ...c,
    workspaceId: inWorkspace(c, at),
  }));
  fill(state.files, "files", seed.files, (f, at) => ({ name: "receipt", contentType: "application/octet-stream", base64: "", ...f, workspaceId: inWorkspace(f, at) }));
  fill(state.expenses, "expenses", seed.expenses, (e, at): ExpenseRecord => {
    const owner = users.required(e.userId, `${at}.userId`);
    const parent = projects.required(e.projectId, `${at}.projectId`);
    const category = lookup(state.expenseCategories, "expense category").required(e.categoryId, `${at}.categoryId`);
    return {
      ...expenseDefaults(),
      date: "2026-01-01",
      ...e,
      userId: owner.id,
      projectId: parent.id,
      categoryId: category.id,
      workspaceId: inWorkspace(e, at, parent.workspaceId),
    };
  });
  fill(state.webhooks, "webhooks", seed.webhooks, (w, at): WebhookRecord => {
    const owner = users.required(w.userId, `${at}.userId`);
    return {
      name: "",
      url: "https://example.invalid/webhook",
      webhookEvent: "NEW_TIME_ENTRY",
      triggerSource: [],
      triggerSourceType: "WORKSPACE_ID",
      authToken: `seed-token-${w.id}`,
      tokenGeneration: 0,
      enabled: true,
      ...w,
      userId: owner.id,
      workspaceId: inWorkspace(w, at),
    };
  });
  fill(state.sharedReports, "sharedReports", seed.sharedReports, (r, at): SharedReportRecord => {
    const owner = users.required(r.userId, `${at}.userId`);
    return { name: "", type: "DETAILED", isPublic: false, fixedDate: false, filter: {}, visibleToUsers: [], visibleToUserGroups: [], ...r, userId: owner.id, workspaceId: inWorkspace(r, at) };
  });
  fill(state.addons, "addons", seed.addons, (a, at): AddonRecord => {
    const owner = users.required(a.userId, `${at}.userId`);
    if (typeof a.token !== "string" || a.token === "") throw new SeedError(`${at}.token is required`);
    return { ...a, token: a.token, userId: owner.id, workspaceId: inWorkspace(a, at) };
  });
}

const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Times are stored as UTC "…Z" text; a hand-written seed may use offsets or milliseconds. */
function time(text: unknown, at: string): string {
  if (typeof text === "string" && STORED_INSTANT.test(text) && !Number.isNaN(Date.parse(text))) return text;
  const ms = typeof text === "string" ? parseInstant(text) : undefined;
  if (ms === undefined) throw new SeedError(`${at} must be a date-time such as 2026-05-04T09:00:00Z`);
  return formatInstant(ms);
}
