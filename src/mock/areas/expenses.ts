// Expenses and expense categories (clockify.md 2.7). Expenses are created and updated with
// multipart/form-data (a JSON body is a 415); `amount` is sent in major units while `total` comes
// back in minor units (cents); `quantity` is the amount as entered (clockify.md 2.11, live).
// The list is an envelope, `{expenses: {count, expenses}, dailyTotals, weeklyTotals}`, with Last-Page.

import { requireAdmin } from "../auth";
import { reply, type RequestContext } from "../context";
import { expenseDefaults } from "../defaults";
import { errors } from "../errors";
import { archivedFilter, inWorkspace, memberOf, nameFilter } from "../lookup";
import type { FormFields } from "../multipart";
import { pageOf, readPaging, SORT_ORDERS, sortBy } from "../paging";
import { core } from "../router";
import type { ExpenseCategoryRecord, ExpenseRecord, State } from "../state";
import { DAY_MS, formatDate, parseInstant } from "../time";
import { bool, int, obj, str } from "../validate";
import { projectInfoDto } from "./projects";

const categoryDto = (c: ExpenseCategoryRecord) => ({
  id: c.id,
  name: c.name,
  workspaceId: c.workspaceId,
  archived: c.archived,
  hasUnitPrice: c.hasUnitPrice,
  priceInCents: c.priceInCents,
  unit: c.unit,
});

/** ExpenseDtoV1: what create, get and update answer. */
function expenseDto(e: ExpenseRecord) {
  return {
    id: e.id,
    workspaceId: e.workspaceId,
    userId: e.userId,
    projectId: e.projectId,
    taskId: e.taskId,
    categoryId: e.categoryId,
    date: e.date,
    notes: e.notes,
    quantity: e.quantity,
    total: e.total,
    billable: e.billable,
    fileId: e.fileId,
    locked: false,
    isLocked: false,
  };
}

/** ExpenseHydratedDtoV1 (the list): the expense with its category, project and task spelled out. */
function expenseHydratedDto(state: State, e: ExpenseRecord) {
  const { projectId: _projectId, taskId: _taskId, categoryId: _categoryId, ...common } = expenseDto(e);
  const category = state.expenseCategories.get(e.categoryId);
  const project = state.projects.get(e.projectId);
  const task = e.taskId === null ? undefined : state.tasks.get(e.taskId);
  return {
    ...common,
    fileName: e.fileName,
    category: category === undefined ? null : categoryDto(category),
    project: project === undefined ? null : projectInfoDto(state, project),
    task: task === undefined ? null : { id: task.id, name: task.name },
  };
}

const subjectOf = (e: ExpenseRecord) => ({ projectId: e.projectId, taskId: e.taskId, userId: e.userId, expenseId: e.id });

/** Monday of the week of a "yyyy-MM-dd" day. */
function weekOf(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return formatDate(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS);
}

function totalsBy(rows: readonly ExpenseRecord[], key: (e: ExpenseRecord) => string): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const e of rows) totals.set(key(e), (totals.get(key(e)) ?? 0) + e.total);
  return [...totals].sort(([a], [b]) => (a < b ? 1 : -1));
}

// `start`/`end` are ignored by Clockify (clockify.md 2.7, live), so they are not read here.
function listExpenses(ctx: RequestContext) {
  const userId = ctx.query.str("user-id");
  const paging = readPaging(ctx.query);
  const rows = ctx.state.expenses
    .where((e) => e.workspaceId === ctx.workspace.id && (userId === undefined || e.userId === userId))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1));
  const page = pageOf(rows, paging);
  return reply.ok(
    {
      expenses: { expenses: page.items.map((e) => expenseHydratedDto(ctx.state, e)), count: rows.length },
      dailyTotals: totalsBy(rows, (e) => e.date).map(([date, total]) => ({ date, dateAsInstant: `${date}T00:00:00Z`, total })),
      weeklyTotals: totalsBy(rows, (e) => weekOf(e.date)).map(([date, total]) => ({ date, total })),
    },
    [["Last-Page", String(page.lastPage)]],
  );
}

/** Reads multipart fields as Spring binds them to the request object: a text that does not convert is a 400. */
class FormReader {
  constructor(private readonly form: FormFields) {}

  text(name: string, required = false): string | undefined {
    const value = this.form.text(name);
    if ((value === undefined || value === "") && required) throw errors.invalidField(name, "must not be null");
    return value === "" ? undefined : value;
  }

  number(name: string, required = false): number | undefined {
    const text = this.text(name, required);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || text.trim() === "") throw errors.invalidField(name, `Failed to convert property value of type 'java.lang.String' to required type 'double'`);
    if (value < 0) throw errors.invalidField(name, "must be greater than or equal to 0");
    return value;
  }

  bool(name: string): boolean | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    if (!/^(true|false)$/i.test(text)) throw errors.invalidField(name, `Failed to convert property value of type 'java.lang.String' to required type 'boolean'`);
    return text.toLowerCase() === "true";
  }

  /** "2020-01-01T00:00:00Z" (the spec's date-time) or "2020-01-01", as the expense's day. */
  date(name: string, required = false): string | undefined {
    const text = this.text(name, required);
    if (text === undefined) return undefined;
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseInstant(`${text}T00:00:00Z`) : parseInstant(text);
    if (ms === undefined) throw errors.invalidField(name, `Failed to convert property value of type 'java.lang.String' to required type 'java.time.Instant'`);
    return formatDate(ms);
  }
}

interface ExpenseChange {
  userId?: string;
  date?: string;
  projectId?: string;
  taskId?: string | null;
  categoryId?: string;
  notes?: string;
  amount?: number;
  billable?: boolean;
  file?: { name: string; contentType: string; bytes: Uint8Array };
}

/** Applies a change to an expense (or a new one), checking every reference; uploads the file. */
function applyChange(ctx: RequestContext, base: ExpenseRecord, change: ExpenseChange): ExpenseRecord {
  const ws = ctx.workspace;
  const userId = change.userId ?? base.userId;
  memberOf(ws, userId);
  if (userId !== ctx.user.id) requireAdmin(ctx.member);
  const projectId = change.projectId ?? base.projectId;
  inWorkspace(ctx.state.projects, projectId, ws.id, "Project");
  const taskId = change.taskId === undefined ? base.taskId : change.taskId;
  if (taskId !== null && inWorkspace(ctx.state.tasks, taskId, ws.id, "Task").projectId !== projectId) throw errors.rejected("Task doesn't belong to Project");
  const category = inWorkspace(ctx.state.expenseCategories, change.categoryId ?? base.categoryId, ws.id, "Expense category");
  const quantity = change.amount ?? base.quantity;
  let { fileId, fileName } = base;
  if (change.file !== undefined) {
    fileId = ctx.newId();
    fileName = change.file.name;
    ctx.state.files.insert({ id: fileId, workspaceId: ws.id, name: fileName, contentType: change.file.contentType, base64: Buffer.from(change.file.bytes).toString("base64") });
  }
  return {
    ...base,
    userId,
    projectId,
    taskId,
    categoryId: category.id,
    date: change.date ?? base.date,
    notes: change.notes ?? base.notes,
    quantity,
    // A priced category counts units; otherwise the amount is money, stored in cents.
    total: category.hasUnitPrice ? Math.round(quantity * category.priceInCents) : Math.round(quantity * 100),
    billable: change.billable ?? base.billable,
    fileId,
    fileName,
  };
}

function readFile(form: FormFields, required: boolean) {
  const file = form.file("file");
  if (file === undefined) {
    if (required) throw errors.invalidField("file", "must not be null");
    return undefined;
  }
  return { name: file.filename, contentType: file.contentType, bytes: file.bytes };
}

function createExpense(ctx: RequestContext) {
  const form = new FormReader(ctx.form);
  const change: ExpenseChange = {
    amount: form.number("amount", true),
    categoryId: form.text("categoryId", true),
    date: form.date("date", true),
    projectId: form.text("projectId", true),
    userId: form.text("userId", true),
    taskId: form.text("taskId") ?? null,
    notes: form.text("notes"),
    billable: form.bool("billable"),
    file: readFile(ctx.form, true),
  };
  if ((change.notes ?? "").length > 3000) throw errors.invalidField("notes", "length must be between 0 and 3000");
  const blank: ExpenseRecord = { id: ctx.newId(), workspaceId: ctx.workspace.id, userId: "", projectId: "", categoryId: "", date: "", ...expenseDefaults() };
  const expense = ctx.state.expenses.insert(applyChange(ctx, blank, change));
  ctx.emit("EXPENSE_CREATED", () => expenseDto(expense), subjectOf(expense));
  return reply.created(expenseDto(expense));
}

function expenseOf(ctx: RequestContext): ExpenseRecord {
  const expense = inWorkspace(ctx.state.expenses, ctx.params.expenseId, ctx.workspace.id, "Expense");
  if (expense.userId !== ctx.user.id) requireAdmin(ctx.member);
  return expense;
}

function getExpense(ctx: RequestContext) {
  return reply.ok(expenseDto(expenseOf(ctx)));
}

const CHANGE_FIELDS = ["USER", "DATE", "PROJECT", "TASK", "CATEGORY", "NOTES", "AMOUNT", "BILLABLE", "FILE"] as const;

/**
 * PUT is multipart too, and changes only the fields `changeFields` names (the official spec:
 * UpdateExpenseV1Request; `amount`, `categoryId`, `date`, `file`, `userId` and `changeFields` required).
 */
function updateExpense(ctx: RequestContext) {
  const expense = expenseOf(ctx);
  const form = new FormReader(ctx.form);
  const fields = ctx.form.texts("changeFields").flatMap((v) => v.split(","));
  if (fields.length === 0) throw errors.invalidField("changeFields", "must not be null");
  const unknown = fields.find((f) => !(CHANGE_FIELDS as readonly string[]).includes(f));
  if (unknown !== undefined) throw errors.invalidField("changeFields", `Value must be from the following set: [${CHANGE_FIELDS.join(", ")}]`);
  const all = {
    amount: form.number("amount", true),
    categoryId: form.text("categoryId", true),
    date: form.date("date", true),
    userId: form.text("userId", true),
    file: readFile(ctx.form, true),
    projectId: form.text("projectId"),
    taskId: form.text("taskId") ?? null,
    notes: form.text("notes") ?? "",
    billable: form.bool("billable") ?? false,
  };
  const pick = <K extends keyof typeof all>(field: (typeof CHANGE_FIELDS)[number], key: K) => (fields.includes(field) ? all[key] : undefined);
  const updated = ctx.state.expenses.replace(
    applyChange(ctx, expense, {
      userId: pick("USER", "userId"),
      date: pick("DATE", "date"),
      projectId: pick("PROJECT", "projectId"),
      taskId: pick("TASK", "taskId"),
      categoryId: pick("CATEGORY", "categoryId"),
      notes: pick("NOTES", "notes"),
      amount: pick("AMOUNT", "amount"),
      billable: pick("BILLABLE", "billable"),
      file: pick("FILE", "file"),
    }),
  );
  ctx.emit("EXPENSE_UPDATED", () => expenseDto(updated), subjectOf(updated));
  return reply.ok(expenseDto(updated));
}

// 200 without a body (official spec; clockify.md 2.7).
function deleteExpense(ctx: RequestContext) {
  const expense = expenseOf(ctx);
  ctx.state.expenses.delete(expense.id);
  ctx.emit("EXPENSE_DELETED", () => expenseDto(expense), subjectOf(expense));
  return reply.empty();
}

function listCategories(ctx: RequestContext) {
  const q = ctx.query;
  const byName = nameFilter(q);
  const byArchived = archivedFilter(q);
  q.oneOf("sort-column", ["NAME"], "ExpenseCategorySort");
  const order = q.oneOf("sort-order", SORT_ORDERS, "SortOrder");
  const paging = readPaging(q);
  const rows = sortBy(
    ctx.state.expenseCategories.where((c) => c.workspaceId === ctx.workspace.id && byName(c.name) && byArchived(c.archived)),
    (c) => c.name,
    order,
  );
  const page = pageOf(rows, paging);
  return reply.ok({ categories: page.items.map(categoryDto), count: rows.length }, [["Last-Page", String(page.lastPage)]]);
}

const CategoryRequest = obj("ExpenseCategoryV1Request", { name: str({ min: 1, max: 250 }), hasUnitPrice: bool(), priceInCents: int({ min: 0 }), unit: str() }, ["name"]);
const CategoryArchive = obj("ExpenseCategoryArchiveV1Request", { archived: bool() }, ["archived"]);

function createCategory(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const body = ctx.body(CategoryRequest);
  const category = ctx.state.expenseCategories.insert({
    id: ctx.newId(),
    workspaceId: ctx.workspace.id,
    name: body.name,
    archived: false,
    hasUnitPrice: body.hasUnitPrice ?? false,
    priceInCents: body.priceInCents ?? 0,
    unit: body.unit ?? "",
  });
  return reply.created(categoryDto(category));
}

const categoryOf = (ctx: RequestContext) => inWorkspace(ctx.state.expenseCategories, ctx.params.categoryId, ctx.workspace.id, "Expense category");

function updateCategory(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const category = categoryOf(ctx);
  const body = ctx.body(CategoryRequest);
  const updated = ctx.state.expenseCategories.replace({
    ...category,
    name: body.name,
    hasUnitPrice: body.hasUnitPrice ?? false,
    priceInCents: body.priceInCents ?? 0,
    unit: body.unit ?? "",
  });
  return reply.ok(categoryDto(updated));
}

function setCategoryStatus(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const category = categoryOf(ctx);
  const { archived } = ctx.body(CategoryArchive);
  return reply.ok(categoryDto(ctx.state.expenseCategories.replace({ ...category, archived })));
}

function deleteCategory(ctx: RequestContext) {
  requireAdmin(ctx.member);
  ctx.state.expenseCategories.delete(categoryOf(ctx).id);
  return reply.noContent();
}

const EXPENSES = "/workspaces/{workspaceId}/expenses";

export const expenseRoutes = [
  core("GET", EXPENSES, listExpenses),
  core("POST", EXPENSES, createExpense, { body: "multipart" }),
  core("GET", `${EXPENSES}/{expenseId}`, getExpense),
  core("PUT", `${EXPENSES}/{expenseId}`, updateExpense, { body: "multipart" }),
  core("DELETE", `${EXPENSES}/{expenseId}`, deleteExpense),
  core("GET", `${EXPENSES}/categories`, listCategories),
  core("POST", `${EXPENSES}/categories`, createCategory, { body: "json" }),
  core("PUT", `${EXPENSES}/categories/{categoryId}`, updateCategory, { body: "json" }),
  core("DELETE", `${EXPENSES}/categories/{categoryId}`, deleteCategory),
  core("PATCH", `${EXPENSES}/categories/{categoryId}/status`, setCategoryStatus, { body: "json" }),
];
