import type { Ctx, Json, Req, Res } from "csxc";
import { sendChecked } from "./errors";

// Clockify answers a list 50 rows at a time (`page`, `page-size`, and a `Last-Page` header on most
// lists). A flow wants every row, so the list operations read page after page until a short page
// or `Last-Page: true`, within the platform's 5-second limit on a script.
//
// A flow that pages itself (version 1.1.1 told authors to loop over Page) still can: with `page`
// in the query the operation returns that one page, as Clockify does.

/** Rows asked for per request when the flow names no page size (Clockify allows up to 5000). */
export const PAGE_SIZE = 1000;
/** How long the script may spend reading pages; the platform stops it at 5 seconds. */
export const BUDGET_MS = 4000;
/** Pages in one answer of a platform-paged list: a bound that does not depend on the clock, so the answer a test records is the answer the C# replays. */
export const PAGES_PER_ANSWER = 10;

/** Where a list stopped: `next` is the page to read next, or 0 when the list is complete. */
export interface Progress {
  next: number;
}

/** The rows of a page Clockify answers in an envelope (see the callers); null for a list answered as a JSON array. */
export type RowsOf = ((body: Json) => Json[]) | null;

/**
 * Reads pages `from`, `from + 1`, … of the list `req` asks for into `rows`, `size` rows each, until
 * the list ends, `budgetMs` has passed or `maxPages` pages are read. Returns the last answer: an error as Clockify sent it
 * (mapped by sendChecked), or the last page read, whose body the caller replaces.
 */
export async function readPages(req: Req, ctx: Ctx, from: number, size: number, rowsOf: RowsOf, rows: Json[], progress: Progress, budgetMs: number, maxPages: number): Promise<Res> {
  const started = Date.now();
  const url = req.url;
  let page = from;
  let request = req;
  for (;;) {
    request.query.set("page", String(page));
    request.query.set("page-size", String(size));
    const res = await sendChecked(request, ctx);
    if (!res.ok) {
      return res;
    }
    const before = rows.length;
    if (rowsOf === null) {
      // The page itself is the array of rows; nothing else holds it, so its rows move into `rows`
      // uncopied (in C#, a row added to a second array is otherwise copied whole).
      rows.push(...(await res.json<Json[]>()));
    } else {
      rows.push(...rowsOf(await res.json<Json>()));
    }
    if (rows.length - before < size || res.headers.get("Last-Page") === "true") {
      progress.next = 0;
      res.headers.set("Last-Page", "true");
      return res;
    }
    page++;
    // Another page only if it would end within the budget, judging by the pages so far.
    const elapsed = Date.now() - started;
    if (elapsed + elapsed / (page - from) > budgetMs || page - from >= maxPages) {
      progress.next = page;
      return res;
    }
    request = ctx.newRequest("GET", url);
  }
}

/** The page size the flow asked for, or PAGE_SIZE. */
export function pageSizeOf(req: Req): number {
  const asked = Number(req.query.get("page-size") ?? "");
  return asked >= 1 ? Math.floor(asked) : PAGE_SIZE;
}

/** The error a flow gets when a list is longer than the script can read in time. */
function tooLong(res: Res, rows: number, next: number): Res {
  res.status = 502;
  res.setJson({
    message: `Clockify has more rows than the connector can read within the platform's 5-second limit (${rows} read, page ${next} next). Narrow the list with its filters, or set Page to read one page at a time.`,
    code: 502,
  });
  return res;
}

/** Every row of a list whose rows `rowsOf` finds, answered in `wrap`'s shape. */
export async function everyRowOf(req: Req, ctx: Ctx, rowsOf: RowsOf, wrap: (rows: Json[]) => Json): Promise<Res> {
  if (req.query.has("page")) {
    return sendChecked(req, ctx);
  }
  const rows: Json[] = [];
  const progress: Progress = { next: 0 };
  // Pages are bounded by the time alone: the flow asked for every row.
  const res = await readPages(req, ctx, 1, pageSizeOf(req), rowsOf, rows, progress, BUDGET_MS, Number.MAX_SAFE_INTEGER);
  if (!res.ok) {
    return res;
  }
  if (progress.next !== 0) {
    return tooLong(res, rows.length, progress.next);
  }
  res.setJson(wrap(rows));
  return res;
}

/** `handle` of a list Clockify answers with a JSON array: every row, as one array. */
export async function everyRow(req: Req, ctx: Ctx): Promise<Res> {
  return everyRowOf(req, ctx, null, (rows) => rows);
}

interface ExpenseList {
  expenses: { count: number; expenses: Json[] };
  dailyTotals: Json[];
  weeklyTotals: Json[];
}

/** `handle` of ListExpenses: Clockify pages the expenses inside an envelope; the totals stay those of page 1. */
export async function everyExpense(req: Req, ctx: Ctx): Promise<Res> {
  let envelope: ExpenseList | null = null;
  return everyRowOf(
    req,
    ctx,
    (body) => {
      const list = body as unknown as ExpenseList;
      if (envelope === null) {
        envelope = list;
      }
      return list.expenses.expenses;
    },
    (rows) => {
      const out = envelope ?? { expenses: { count: 0, expenses: [] }, dailyTotals: [], weeklyTotals: [] };
      out.expenses = { count: rows.length, expenses: rows };
      return out as unknown as Json;
    },
  );
}

/** `handle` of ListExpenseCategories: `{ categories, count }`. */
export async function everyCategory(req: Req, ctx: Ctx): Promise<Res> {
  return everyRowOf(
    req,
    ctx,
    (body) => (body as unknown as { categories: Json[] }).categories,
    (rows) => ({ categories: rows, count: rows.length }),
  );
}

/**
 * `handle` of a list the platform pages: answers `{ value, nextLink }`, as many rows as fit in
 * the time, and a nextLink back to the same operation (the connector's own URL) with the page to
 * read next. `x-ms-pageable` on the operation lets a flow's Pagination setting follow it.
 */
export async function pagesWithNextLink(req: Req, ctx: Ctx, clockifyPath: string, each: (row: Json) => void): Promise<Res> {
  const from = Math.max(1, Math.floor(Number(req.query.get("page") ?? "1")) || 1);
  const size = pageSizeOf(req);
  req.path = clockifyPath;
  const rows: Json[] = [];
  const progress: Progress = { next: 0 };
  const res = await readPages(req, ctx, from, size, null, rows, progress, BUDGET_MS, PAGES_PER_ANSWER);
  if (!res.ok) {
    return res;
  }
  for (const row of rows) {
    each(row);
  }
  if (progress.next === 0) {
    res.setJson({ value: rows });
    return res;
  }
  // The next page is asked of this same operation, through the connector: its own URL.
  const next = ctx.newRequest("GET", ctx.originalUrl);
  next.query.set("page", String(progress.next));
  next.query.set("page-size", String(size));
  res.setJson({ value: rows, nextLink: next.url });
  return res;
}
