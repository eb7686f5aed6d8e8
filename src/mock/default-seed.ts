// The default seed: a realistic, deterministic set of Clockify data, generated from a fixed PRNG so
// every run (and every machine) gets the same ids and entries. Four workspaces — one the key's owner
// runs (PRO), a Free one, one where they are a plain member with "project required" on, and one
// they do not belong to (to try another workspace's ids) — with active and archived clients,
// projects, tasks and tags, custom fields, about six months of time entries (some with custom field
// values, some breaks, one over a day long, one running timer), expenses, approval requests in
// several states, user groups and shared reports.

import { projectDefaults } from "./defaults";
import { IdSource } from "./ids";
import { Prng } from "./prng";
import type { Seed, SeedRecord } from "./seed";
import type {
  ApprovalRequestRecord,
  ClientRecord,
  CustomFieldRecord,
  MemberRecord,
  Plan,
  ProjectRecord,
  Rate,
  TagRecord,
  TaskRecord,
  TimeEntryRecord,
  UserRecord,
  WorkspaceRecord,
} from "./state";
import { DAY_MS, formatDate, formatInstant, wallClockToInstant } from "./time";

const FIRST_DAY = Date.UTC(2026, 4, 4); // Monday 4 May 2026
const LAST_DAY = Date.UTC(2026, 9, 30); // Friday 30 October 2026
const CREATED = Date.UTC(2025, 10, 3, 9, 30); // when the older records were made

/** A seed whose records are complete (the generator writes every field). */
type CompleteSeed = { [K in keyof Seed]-?: NonNullable<Seed[K]> extends Array<SeedRecord<infer T>> ? T[] : never };

class Builder {
  readonly rng = new Prng(0xc10c);
  readonly ids = new IdSource("5eedc10c00");
  readonly seed: CompleteSeed = {
    users: [],
    workspaces: [],
    userGroups: [],
    clients: [],
    projects: [],
    tasks: [],
    tags: [],
    timeEntries: [],
    expenseCategories: [],
    expenses: [],
    files: [],
    customFields: [],
    approvalRequests: [],
    webhooks: [],
    sharedReports: [],
    addons: [],
  };

  id(at = CREATED): string {
    return this.ids.next(at);
  }

  user(name: string, email: string, timeZone: string | null, options: { apiKey?: string; status?: UserRecord["status"] } = {}): UserRecord {
    const user: UserRecord = {
      id: this.id(),
      email,
      name,
      apiKey: options.apiKey ?? null,
      profilePicture: "https://img.clockify.me/no-user-image.png",
      status: options.status ?? "ACTIVE",
      defaultWorkspace: "",
      activeWorkspace: "",
      settings: timeZone === null ? null : { timeZone, weekStart: "MONDAY", timeFormat: "HOUR24", dateFormat: "DD/MM/YYYY", lang: "EN" },
    };
    this.seed.users.push(user);
    return user;
  }

  workspace(name: string, plan: Plan, currency: string, rate: number, members: MemberRecord[], settings: WorkspaceRecord["settings"] = {}): WorkspaceRecord {
    const ws: WorkspaceRecord = {
      id: this.id(),
      name,
      plan,
      currency: { id: this.id(), code: currency },
      hourlyRate: { amount: rate, currency },
      costRate: { amount: Math.round(rate * 0.45), currency },
      imageUrl: "",
      members,
      settings,
    };
    this.seed.workspaces.push(ws);
    return ws;
  }

  client(ws: WorkspaceRecord, name: string, archived = false): ClientRecord {
    const slug = name.toLowerCase().replace(/[^a-z]+/g, "");
    const client: ClientRecord = {
      id: this.id(),
      workspaceId: ws.id,
      name,
      email: `billing@${slug}.example`,
      address: `${this.rng.int(1, 400)} Market Street`,
      note: "",
      archived,
      ccEmails: [],
    };
    this.seed.clients.push(client);
    return client;
  }

  project(ws: WorkspaceRecord, name: string, client: ClientRecord | null, color: string, members: readonly UserRecord[], options: Partial<ProjectRecord> = {}): ProjectRecord {
    const project: ProjectRecord = {
      id: this.id(),
      workspaceId: ws.id,
      ...projectDefaults(),
      name,
      clientId: client?.id ?? null,
      color,
      members: members.map((u) => ({ userId: u.id, hourlyRate: null, costRate: null })),
      ...options,
    };
    this.seed.projects.push(project);
    return project;
  }

  tasks(project: ProjectRecord, names: readonly string[], assignees: readonly UserRecord[]): TaskRecord[] {
    return names.map((name, i) => {
      const task: TaskRecord = {
        id: this.id(),
        workspaceId: project.workspaceId,
        projectId: project.id,
        name,
        assigneeIds: this.rng.some(assignees, this.rng.int(0, 2)).map((u) => u.id),
        userGroupIds: [],
        estimate: i % 3 === 0 ? `PT${this.rng.int(4, 40)}H` : "PT0S",
        // Early phases of a long-running project are done.
        status: project.archived || (i === 0 && names.length > 3) ? "DONE" : "ACTIVE",
        billable: project.billable,
        hourlyRate: null,
        costRate: null,
      };
      this.seed.tasks.push(task);
      return task;
    });
  }

  tag(ws: WorkspaceRecord, name: string, archived = false): TagRecord {
    const tag: TagRecord = { id: this.id(), workspaceId: ws.id, name, archived };
    this.seed.tags.push(tag);
    return tag;
  }
}

const member = (user: UserRecord, roles: MemberRecord["roles"] = [], status: MemberRecord["status"] = "ACTIVE", hourlyRate: Rate | null = null): MemberRecord => ({
  userId: user.id,
  roles,
  status,
  hourlyRate,
  costRate: null,
});

const DESCRIPTIONS = [
  "Sprint planning",
  "Code review",
  "Implement login flow",
  "Fix checkout bug",
  "Client call",
  "Design review",
  "Write release notes",
  "Database migration",
  "Performance tuning",
  "Wireframes",
  "Stand-up",
  "Customer support",
  "Refactor reports module",
  "QA pass",
  "Deploy to staging",
  "",
];

interface EntryPlan {
  b: Builder;
  ws: WorkspaceRecord;
  user: UserRecord;
  projects: ReadonlyArray<{ project: ProjectRecord; tasks: readonly TaskRecord[] }>;
  tags: readonly TagRecord[];
  /** Probability of working on a weekday. */
  activity: number;
  customFieldId?: string;
}

/** A working day's entries for one user: one to three blocks from about nine in their zone, sometimes a lunch break. */
function workdays(plan: EntryPlan): void {
  const { b, ws, user } = plan;
  const zone = user.settings?.timeZone ?? "UTC";
  for (let day = FIRST_DAY; day <= LAST_DAY; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6 || !b.rng.chance(plan.activity)) continue;
    let cursor = wallClockToInstant(day + (8 * 60 + b.rng.int(30, 90)) * 60_000, zone);
    const blocks = b.rng.int(1, 3);
    for (let i = 0; i < blocks; i++) {
      const { project, tasks } = b.rng.pick(plan.projects);
      const open = tasks.filter((t) => t.status === "ACTIVE");
      const minutes = b.rng.pick([30, 45, 60, 90, 120, 150, 180, 240]) + b.rng.int(0, 14);
      const seconds = minutes * 60 + b.rng.int(0, 59);
      const entry: TimeEntryRecord = {
        id: b.id(cursor),
        workspaceId: ws.id,
        userId: user.id,
        description: b.rng.pick(DESCRIPTIONS),
        projectId: project.id,
        taskId: open.length > 0 && b.rng.chance(0.7) ? b.rng.pick(open).id : null,
        tagIds: b.rng.some(plan.tags, b.rng.int(0, 2)).map((t) => t.id),
        billable: project.billable,
        type: "REGULAR",
        start: formatInstant(cursor),
        end: formatInstant(cursor + seconds * 1000),
        customFieldValues: plan.customFieldId !== undefined && b.rng.chance(0.15) ? [{ customFieldId: plan.customFieldId, value: `TCK-${b.rng.int(100, 999)}` }] : [],
        approvalRequestId: null,
      };
      b.seed.timeEntries.push(entry);
      cursor += seconds * 1000;
      if (i === 0 && blocks > 1 && b.rng.chance(0.3)) {
        const lunch = 30 * 60 * 1000;
        b.seed.timeEntries.push({
          ...entry,
          id: b.id(cursor),
          description: "Lunch",
          projectId: null,
          taskId: null,
          tagIds: [],
          billable: false,
          type: "BREAK",
          start: formatInstant(cursor),
          end: formatInstant(cursor + lunch),
          customFieldValues: [],
        });
        cursor += lunch;
      }
      cursor += b.rng.int(5, 40) * 60_000;
    }
  }
}

function approval(b: Builder, ws: WorkspaceRecord, owner: UserRecord, approver: UserRecord, monday: number, state: ApprovalRequestRecord["state"]): void {
  const zone = owner.settings?.timeZone ?? "UTC";
  const start = wallClockToInstant(monday, zone);
  const end = wallClockToInstant(monday + 7 * DAY_MS, zone) - 1000;
  const request: ApprovalRequestRecord = {
    id: b.id(end),
    workspaceId: ws.id,
    ownerId: owner.id,
    creatorId: owner.id,
    start: formatInstant(start),
    end: formatInstant(end),
    type: "TIMESHEET",
    state,
    note: state === "WITHDRAWN_APPROVAL" ? "Reopened to fix a project" : "",
    updatedBy: state === "PENDING" ? owner.id : approver.id,
    updatedAt: formatInstant(end + 3 * DAY_MS),
  };
  b.seed.approvalRequests.push(request);
  b.seed.timeEntries = b.seed.timeEntries.map((e) =>
    e.workspaceId === ws.id && e.userId === owner.id && e.start >= request.start && e.start <= request.end ? { ...e, approvalRequestId: request.id } : e,
  );
}

function generate(): Seed {
  const b = new Builder();
  const alice = b.user("Alice Moreau", "alice@acme-studio.example", "Europe/Belgrade", { apiKey: "MzFhNWQ4ZjItYWxpY2UtbW9jay1hcGkta2V5" });
  const bob = b.user("Bob Okafor", "bob@acme-studio.example", "America/New_York", { apiKey: "NzJjOWUxYjAtYm9iLW1vY2stYXBpLWtleQ" });
  const carol = b.user("Carol Jensen", "carol@acme-studio.example", "Europe/London", { apiKey: "YjgyZjQ0ZDEtY2Fyb2wtbW9jay1hcGkta2V5" });
  const dan = b.user("Dan Ruiz", "dan@acme-studio.example", "America/Los_Angeles", { apiKey: "ZTVhMTdjMzMtZGFuLW1vY2stYXBpLWtleQ" });
  const erin = b.user("Erin Walsh", "erin@acme-studio.example", null, { status: "NOT_REGISTERED" });
  const frank = b.user("Frank Li", "frank@acme-studio.example", "Asia/Singapore");
  const grace = b.user("Grace Kim", "grace@northwind.example", "Australia/Sydney", { apiKey: "MGQ0NGE5OTItZ3JhY2UtbW9jay1hcGkta2V5" });
  const henry = b.user("Henry Novak", "henry@othercorp.example", "UTC", { apiKey: "YTNmMmI2NTUtaGVucnktbW9jay1hcGkta2V5" });

  const acme = b.workspace("Acme Studio", "PRO", "USD", 9500, [
    member(alice, ["OWNER", "WORKSPACE_ADMIN"]),
    member(bob, ["WORKSPACE_ADMIN"]),
    member(carol, [], "ACTIVE", { amount: 8000, currency: "USD" }),
    member(dan, ["PROJECT_MANAGER"], "ACTIVE", { amount: 7000, currency: "USD" }),
    member(erin, [], "PENDING"),
    member(frank, [], "INACTIVE"),
  ]);
  const side = b.workspace("Side Projects", "FREE", "EUR", 0, [member(alice, ["OWNER", "WORKSPACE_ADMIN"]), member(carol)]);
  const northwind = b.workspace("Northwind Consulting", "STANDARD", "GBP", 12000, [member(grace, ["OWNER", "WORKSPACE_ADMIN"]), member(alice)], { forceProjects: true });
  const other = b.workspace("Other Corp", "BASIC", "USD", 5000, [member(henry, ["OWNER", "WORKSPACE_ADMIN"]), member(frank)]);
  const homes: Array<[UserRecord, WorkspaceRecord]> = [[alice, acme], [bob, acme], [carol, acme], [dan, acme], [erin, acme], [frank, other], [grace, northwind], [henry, other]];
  b.seed.users = b.seed.users.map((u) => {
    const home = homes.find(([h]) => h.id === u.id)?.[1].id ?? acme.id;
    return { ...u, defaultWorkspace: home, activeWorkspace: home };
  });

  // Acme Studio: the busy one.
  const globex = b.client(acme, "Globex Corporation");
  const initech = b.client(acme, "Initech");
  const umbrella = b.client(acme, "Umbrella Health");
  const stark = b.client(acme, "Stark Industries", true);
  const wayne = b.client(acme, "Wayne Enterprises");
  b.client(acme, "Hooli", true);
  const team = [alice, bob, carol, dan];
  const phases = ["Discovery", "Design", "Development", "QA", "Deployment"];
  const acmeProjects = [
    b.project(acme, "Website Redesign", globex, "#03A9F4", team, { hourlyRate: { amount: 12000, currency: "USD" }, note: "Phase two starts in September." }),
    b.project(acme, "Mobile App", globex, "#4CAF50", [bob, carol, dan], { estimate: { estimate: "PT400H", type: "MANUAL" } }),
    b.project(acme, "Data Platform", initech, "#9C27B0", [alice, bob, dan]),
    b.project(acme, "Patient Portal", umbrella, "#E91E63", [carol, dan], { costRate: { amount: 4500, currency: "USD" } }),
    b.project(acme, "Brand Refresh", wayne, "#FF9800", [alice, carol]),
    b.project(acme, "Internal Tools", null, "#607D8B", team, { billable: false }),
    b.project(acme, "Marketing Site", null, "#8BC34A", team, { billable: false }),
  ].map((project) => ({ project, tasks: b.tasks(project, project.billable ? phases : ["Maintenance", "Meetings", "Support"], team) }));
  const legacy = b.project(acme, "Legacy Migration", stark, "#795548", [alice, bob], { archived: true });
  b.tasks(legacy, ["Inventory", "Cut-over"], [alice, bob]);
  b.project(acme, "Old Prototype", null, "#9E9E9E", [alice], { archived: true, billable: false });
  b.project(acme, "Client Project Template", null, "#3F51B5", [alice], { template: true });
  const rnd = b.project(acme, "Private R&D", null, "#009688", [alice, bob], { isPublic: false, billable: false });
  const acmeTags = ["urgent", "meeting", "review", "bugfix", "research", "remote"].map((n) => b.tag(acme, n));
  b.tag(acme, "overtime", true);
  b.tag(acme, "legacy", true);

  const ticket: CustomFieldRecord = {
    id: b.id(),
    workspaceId: acme.id,
    name: "Ticket",
    type: "TXT",
    entityType: "TIMEENTRY",
    allowedValues: [],
    description: "The issue tracker's ticket",
    placeholder: "TCK-123",
    required: false,
    onlyAdminCanEdit: false,
    status: "VISIBLE",
    workspaceDefaultValue: null,
    projectDefaultValues: [],
  };
  const field = (name: string, type: CustomFieldRecord["type"], more: Partial<CustomFieldRecord> = {}): CustomFieldRecord => ({
    ...ticket,
    id: b.id(),
    name,
    type,
    description: "",
    placeholder: "",
    ...more,
  });
  b.seed.customFields.push(
    ticket,
    field("Billing code", "DROPDOWN_SINGLE", {
      allowedValues: ["A100", "B200", "C300"],
      workspaceDefaultValue: "A100",
      projectDefaultValues: [{ projectId: acmeProjects[0].project.id, value: "B200", status: "VISIBLE" }],
    }),
    field("Reviewed", "CHECKBOX", { workspaceDefaultValue: false }),
    field("Hours estimate", "NUMBER", { status: "INACTIVE" }),
  );

  for (const [user, activity, picks] of [
    [alice, 0.75, [0, 2, 4, 5]],
    [bob, 0.85, [0, 1, 2, 5, 6]],
    [carol, 0.8, [0, 1, 3, 4, 6]],
    [dan, 0.7, [1, 2, 3, 5]],
  ] as const) {
    workdays({ b, ws: acme, user, activity, projects: picks.map((i) => acmeProjects[i]), tags: acmeTags, customFieldId: ticket.id });
  }
  // A release weekend Bob tracked in one go: hours are not rolled into days (PT26H15M).
  const release = Date.UTC(2026, 8, 26, 13, 0);
  b.seed.timeEntries.push({
    id: b.id(release),
    workspaceId: acme.id,
    userId: bob.id,
    description: "Release weekend on-call",
    projectId: rnd.id,
    taskId: null,
    tagIds: [acmeTags[0].id],
    billable: false,
    type: "REGULAR",
    start: formatInstant(release),
    end: formatInstant(release + (26 * 3600 + 15 * 60) * 1000),
    customFieldValues: [],
    approvalRequestId: null,
  });
  // Bob's timer is still running.
  const running = Date.UTC(2026, 9, 30, 14, 5);
  b.seed.timeEntries.push({
    id: b.id(running),
    workspaceId: acme.id,
    userId: bob.id,
    description: "Investigate flaky deploy",
    projectId: acmeProjects[5].project.id,
    taskId: acmeProjects[5].tasks[2].id,
    tagIds: [acmeTags[3].id],
    billable: false,
    type: "REGULAR",
    start: formatInstant(running),
    end: null,
    customFieldValues: [],
    approvalRequestId: null,
  });

  approval(b, acme, carol, alice, Date.UTC(2026, 9, 5), "APPROVED");
  approval(b, acme, carol, alice, Date.UTC(2026, 9, 12), "APPROVED");
  approval(b, acme, carol, alice, Date.UTC(2026, 9, 19), "PENDING");
  approval(b, acme, dan, bob, Date.UTC(2026, 9, 12), "WITHDRAWN_APPROVAL");
  approval(b, acme, dan, bob, Date.UTC(2026, 9, 19), "PENDING");

  b.seed.userGroups.push(
    { id: b.id(), workspaceId: acme.id, name: "Design team", userIds: [carol.id, dan.id] },
    { id: b.id(), workspaceId: acme.id, name: "Engineering", userIds: [bob.id, dan.id] },
  );

  const travel = { id: b.id(), workspaceId: acme.id, name: "Travel", archived: false, hasUnitPrice: false, priceInCents: 0, unit: "" };
  const mileage = { ...travel, id: b.id(), name: "Mileage", hasUnitPrice: true, priceInCents: 58, unit: "km" };
  const software = { ...travel, id: b.id(), name: "Software" };
  b.seed.expenseCategories.push(travel, mileage, software, { ...travel, id: b.id(), name: "Meals", archived: true });
  const receipt = {
    id: b.id(),
    workspaceId: acme.id,
    name: "receipt.png",
    contentType: "image/png",
    // A 1×1 PNG.
    base64: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  };
  b.seed.files.push(receipt);
  for (let i = 0; i < 24; i++) {
    const user = b.rng.pick(team);
    const { project } = b.rng.pick(acmeProjects.slice(0, 5));
    const category = b.rng.pick([travel, mileage, software]);
    const quantity = category.hasUnitPrice ? b.rng.int(12, 240) : b.rng.int(900, 45000) / 100;
    const date = FIRST_DAY + b.rng.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
    b.seed.expenses.push({
      id: b.id(date),
      workspaceId: acme.id,
      userId: user.id,
      projectId: project.id,
      taskId: null,
      categoryId: category.id,
      date: formatDate(date),
      notes: category === mileage ? "Client visit" : category === software ? "Licence" : "Train tickets",
      quantity,
      total: category.hasUnitPrice ? quantity * category.priceInCents : Math.round(quantity * 100),
      billable: b.rng.chance(0.6),
      fileId: receipt.id,
      fileName: receipt.name,
    });
  }

  b.seed.sharedReports.push(
    {
      id: b.id(),
      workspaceId: acme.id,
      userId: alice.id,
      name: "Hours by project, October",
      type: "SUMMARY",
      isPublic: true,
      fixedDate: true,
      filter: { dateRangeStart: "2026-10-01T00:00:00.000Z", dateRangeEnd: "2026-10-31T23:59:59.999Z", summaryFilter: { groups: ["PROJECT", "USER"] } },
      visibleToUsers: [],
      visibleToUserGroups: [],
    },
    {
      id: b.id(),
      workspaceId: acme.id,
      userId: bob.id,
      name: "Engineering detail",
      type: "DETAILED",
      isPublic: false,
      fixedDate: false,
      filter: { dateRangeStart: "2026-10-01T00:00:00.000Z", dateRangeEnd: "2026-10-31T23:59:59.999Z", detailedFilter: { page: 1, pageSize: 50 } },
      visibleToUsers: [alice.id],
      visibleToUserGroups: [],
    },
  );

  b.seed.addons.push({ id: b.id(), workspaceId: acme.id, userId: alice.id, token: "eyJhbGciOiJSUzI1NiJ9.eyJ0eXBlIjoiYWRkb24iLCJpc3MiOiJjbG9ja2lmeSJ9.bW9jay1hZGRvbi10b2tlbg" });

  // Side Projects (Free): a little of Alice's and Carol's evening work.
  const sideProjects = [b.project(side, "Recipe App", null, "#FFC107", [alice, carol]), b.project(side, "Blog", null, "#00BCD4", [alice])].map((project) => ({ project, tasks: [] }));
  b.tag(side, "weekend");
  workdays({ b, ws: side, user: alice, activity: 0.12, projects: sideProjects, tags: [] });
  workdays({ b, ws: side, user: carol, activity: 0.08, projects: sideProjects.slice(0, 1), tags: [] });

  // Northwind (Alice is a plain member; every entry needs a project there).
  const contoso = b.client(northwind, "Contoso Ltd");
  const audit = b.project(northwind, "Process Audit", contoso, "#673AB7", [grace, alice]);
  const nwProjects = [{ project: audit, tasks: b.tasks(audit, ["Interviews", "Report"], [grace, alice]) }];
  workdays({ b, ws: northwind, user: alice, activity: 0.2, projects: nwProjects, tags: [] });
  workdays({ b, ws: northwind, user: grace, activity: 0.5, projects: nwProjects, tags: [] });

  // Other Corp: Alice is not a member; its ids answer "doesn't belong to Workspace" to her.
  const otherProject = b.project(other, "Confidential", b.client(other, "Umbrella Corp"), "#F44336", [henry]);
  b.tag(other, "secret");
  workdays({ b, ws: other, user: henry, activity: 0.3, projects: [{ project: otherProject, tasks: [] }], tags: [] });

  return b.seed;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

let cached: Seed | undefined;

/** The default seed (a fresh copy each call: callers may change it before using it). */
export function defaultSeed(): Seed {
  return structuredClone(sharedDefaultSeed());
}

/** The default seed, generated once and frozen: records are never changed in place, so mocks share it. */
export function sharedDefaultSeed(): Seed {
  cached ??= deepFreeze(generate());
  return cached;
}
