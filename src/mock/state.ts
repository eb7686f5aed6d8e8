// The mock's data: one table per kind of record. Records are immutable values (an update replaces
// the row), so a table can be snapshotted cheaply and a failed request rolled back whole: a bad or
// crashing request never leaves half its writes behind.
//
// Records hold what Clockify stores, not what it answers: the answers (DTOs) are rendered from
// them by the area that owns them (areas/*.ts), with derived fields such as durations computed then.

export interface Rate {
  readonly amount: number; // minor units (cents)
  readonly currency: string;
}

export type Weekday = "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
export type Plan = "FREE" | "BASIC" | "STANDARD" | "PRO" | "ENTERPRISE";
export type WorkspaceRole = "OWNER" | "WORKSPACE_ADMIN" | "TEAM_MANAGER" | "PROJECT_MANAGER";
export type MembershipStatus = "PENDING" | "ACTIVE" | "DECLINED" | "INACTIVE";

/** The settings a seed may set; the answers fill in the rest with Clockify's defaults. */
export interface UserSettings {
  readonly timeZone: string;
  readonly weekStart?: Weekday;
  readonly timeFormat?: "HOUR12" | "HOUR24";
  readonly dateFormat?: string;
  readonly lang?: string;
}

export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  /** The personal API key (X-Api-Key); null for users who never made one. */
  readonly apiKey: string | null;
  readonly profilePicture: string;
  readonly status: "ACTIVE" | "PENDING_EMAIL_VERIFICATION" | "NOT_REGISTERED" | "LIMITED";
  readonly defaultWorkspace: string;
  readonly activeWorkspace: string;
  /** null for invited users who never set theirs (GET /users answers "settings": null). */
  readonly settings: UserSettings | null;
}

export interface MemberRecord {
  readonly userId: string;
  readonly roles: readonly WorkspaceRole[];
  readonly status: MembershipStatus;
  readonly hourlyRate: Rate | null;
  readonly costRate: Rate | null;
}

export interface WorkspaceSettings {
  readonly forceProjects?: boolean;
  readonly defaultBillableProjects?: boolean;
  readonly isProjectPublicByDefault?: boolean;
  readonly timeTrackingMode?: "DEFAULT" | "STOPWATCH_ONLY";
}

export interface WorkspaceRecord {
  readonly id: string;
  readonly name: string;
  readonly plan: Plan;
  readonly currency: { readonly id: string; readonly code: string };
  readonly hourlyRate: Rate;
  readonly costRate: Rate;
  readonly imageUrl: string;
  readonly members: readonly MemberRecord[];
  readonly settings: WorkspaceSettings;
}

export interface UserGroupRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly userIds: readonly string[];
}

export interface ClientRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly email: string;
  readonly address: string;
  readonly note: string;
  readonly archived: boolean;
  readonly ccEmails: readonly string[];
}

export interface ProjectMember {
  readonly userId: string;
  readonly hourlyRate: Rate | null;
  readonly costRate: Rate | null;
}

export interface ProjectRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly clientId: string | null;
  readonly color: string;
  readonly billable: boolean;
  readonly archived: boolean;
  readonly isPublic: boolean;
  readonly template: boolean;
  readonly note: string;
  readonly hourlyRate: Rate | null;
  readonly costRate: Rate | null;
  readonly members: readonly ProjectMember[];
  readonly estimate: { readonly estimate: string; readonly type: "AUTO" | "MANUAL" };
}

export interface TaskRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly projectId: string;
  readonly name: string;
  readonly assigneeIds: readonly string[];
  readonly userGroupIds: readonly string[];
  readonly estimate: string | null;
  readonly status: "ACTIVE" | "DONE";
  readonly billable: boolean;
  readonly hourlyRate: Rate | null;
  readonly costRate: Rate | null;
}

export interface TagRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly archived: boolean;
}

export interface CustomFieldValue {
  readonly customFieldId: string;
  readonly value: unknown;
}

export interface TimeEntryRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly userId: string;
  readonly description: string;
  readonly projectId: string | null;
  readonly taskId: string | null;
  readonly tagIds: readonly string[];
  readonly billable: boolean;
  readonly type: "REGULAR" | "BREAK";
  /** UTC, "yyyy-MM-ddTHH:mm:ssZ": string order is time order. */
  readonly start: string;
  /** null while the timer runs. */
  readonly end: string | null;
  readonly customFieldValues: readonly CustomFieldValue[];
  readonly approvalRequestId: string | null;
}

export interface ExpenseCategoryRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly archived: boolean;
  readonly hasUnitPrice: boolean;
  readonly priceInCents: number;
  readonly unit: string;
}

export interface ExpenseRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly userId: string;
  readonly projectId: string;
  readonly taskId: string | null;
  readonly categoryId: string;
  /** "yyyy-MM-dd". */
  readonly date: string;
  readonly notes: string;
  /** The amount as entered (major units, or units of a priced category). */
  readonly quantity: number;
  /** Minor units (cents). */
  readonly total: number;
  readonly billable: boolean;
  readonly fileId: string;
  readonly fileName: string;
}

export interface FileRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly contentType: string;
  readonly base64: string;
}

export type CustomFieldType = "TXT" | "NUMBER" | "DROPDOWN_SINGLE" | "DROPDOWN_MULTIPLE" | "CHECKBOX" | "LINK";

export interface CustomFieldRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly type: CustomFieldType;
  readonly entityType: "TIMEENTRY" | "USER";
  readonly allowedValues: readonly string[];
  readonly description: string;
  readonly placeholder: string;
  readonly required: boolean;
  readonly onlyAdminCanEdit: boolean;
  readonly status: "INACTIVE" | "VISIBLE" | "INVISIBLE";
  readonly workspaceDefaultValue: unknown;
  readonly projectDefaultValues: ReadonlyArray<{ readonly projectId: string; readonly value: unknown; readonly status: string }>;
}

export type ApprovalState = "PENDING" | "APPROVED" | "WITHDRAWN_SUBMISSION" | "WITHDRAWN_APPROVAL" | "REJECTED";

export interface ApprovalRequestRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly ownerId: string;
  readonly creatorId: string;
  /** The period as UTC instants, [start, end]. */
  readonly start: string;
  readonly end: string;
  readonly type: "TIMESHEET" | "EXPENSE" | "TIMESHEET_AND_EXPENSE";
  readonly state: ApprovalState;
  readonly note: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface WebhookRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly userId: string;
  readonly name: string;
  readonly url: string;
  readonly webhookEvent: string;
  readonly triggerSource: readonly string[];
  readonly triggerSourceType: string;
  readonly authToken: string;
  /** How many times the token was regenerated; part of the token. */
  readonly tokenGeneration: number;
  readonly enabled: boolean;
}

export interface SharedReportRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly userId: string;
  readonly name: string;
  readonly type: "DETAILED" | "SUMMARY" | "WEEKLY";
  readonly isPublic: boolean;
  readonly fixedDate: boolean;
  /** The saved report request, as it was posted. */
  readonly filter: { readonly [key: string]: unknown };
  readonly visibleToUsers: readonly string[];
  readonly visibleToUserGroups: readonly string[];
}

/** An add-on installation: its X-Addon-Token acts as `userId` in `workspaceId`. */
export interface AddonRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly userId: string;
  readonly token: string;
}

export class Table<T extends { readonly id: string }> {
  #rows = new Map<string, T>();

  constructor(private readonly beforeWrite: (table: Table<T>) => void) {}

  get size(): number {
    return this.#rows.size;
  }

  get(id: string): T | undefined {
    return this.#rows.get(id);
  }

  /** Every row, oldest first. */
  all(): T[] {
    return [...this.#rows.values()];
  }

  where(test: (row: T) => boolean): T[] {
    return this.all().filter(test);
  }

  find(test: (row: T) => boolean): T | undefined {
    for (const row of this.#rows.values()) if (test(row)) return row;
    return undefined;
  }

  insert(row: T): T {
    this.beforeWrite(this);
    this.#rows.set(row.id, row);
    return row;
  }

  /** Replaces a row by id (a Map keeps the original position). */
  replace(row: T): T {
    if (!this.#rows.has(row.id)) throw new Error(`replace of a missing row ${row.id}`);
    this.beforeWrite(this);
    this.#rows.set(row.id, row);
    return row;
  }

  delete(id: string): void {
    this.beforeWrite(this);
    this.#rows.delete(id);
  }

  /** @internal for State's rollback */
  snapshot(): Map<string, T> {
    return new Map(this.#rows);
  }

  /** @internal for State's rollback */
  restore(rows: Map<string, T>): void {
    this.#rows = rows;
  }
}

export class State {
  #snapshots: Map<Table<never>, Map<string, never>> | null = null;

  readonly #beforeWrite = <T extends { readonly id: string }>(table: Table<T>): void => {
    const snapshots = this.#snapshots as Map<Table<T>, Map<string, T>> | null;
    if (snapshots !== null && !snapshots.has(table)) snapshots.set(table, table.snapshot());
  };

  readonly users = new Table<UserRecord>(this.#beforeWrite);
  readonly workspaces = new Table<WorkspaceRecord>(this.#beforeWrite);
  readonly userGroups = new Table<UserGroupRecord>(this.#beforeWrite);
  readonly clients = new Table<ClientRecord>(this.#beforeWrite);
  readonly projects = new Table<ProjectRecord>(this.#beforeWrite);
  readonly tasks = new Table<TaskRecord>(this.#beforeWrite);
  readonly tags = new Table<TagRecord>(this.#beforeWrite);
  readonly timeEntries = new Table<TimeEntryRecord>(this.#beforeWrite);
  readonly expenseCategories = new Table<ExpenseCategoryRecord>(this.#beforeWrite);
  readonly expenses = new Table<ExpenseRecord>(this.#beforeWrite);
  readonly files = new Table<FileRecord>(this.#beforeWrite);
  readonly customFields = new Table<CustomFieldRecord>(this.#beforeWrite);
  readonly approvalRequests = new Table<ApprovalRequestRecord>(this.#beforeWrite);
  readonly webhooks = new Table<WebhookRecord>(this.#beforeWrite);
  readonly sharedReports = new Table<SharedReportRecord>(this.#beforeWrite);
  readonly addons = new Table<AddonRecord>(this.#beforeWrite);

  /**
   * Runs `fn` as one unit: if it throws, every table it wrote is put back as it was. Handlers are
   * synchronous, so no other request interleaves with a transaction.
   */
  transaction<R>(fn: () => R): R {
    if (this.#snapshots !== null) throw new Error("nested transaction");
    const snapshots = new Map<Table<never>, Map<string, never>>();
    this.#snapshots = snapshots;
    try {
      return fn();
    } catch (error) {
      for (const [table, rows] of snapshots) table.restore(rows);
      throw error;
    } finally {
      this.#snapshots = null;
    }
  }
}
