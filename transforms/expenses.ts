import { HttpError, type Ctx, type FilePart, type Req, type Res } from "csxc";
import { sendChecked } from "./errors";

// Expenses from a flow: Clockify takes them only as multipart/form-data with a receipt file, which
// a flow fills in badly. The connector's CreateExpense and UpdateExpense take JSON (the receipt as
// file content, base64 as the designer sends it) and the script sends Clockify's multipart.

interface Receipt {
  name: string;
  contentType?: string;
  content: string;
}

interface ExpenseInput {
  userId?: string;
  projectId?: string;
  categoryId?: string;
  taskId?: string;
  date?: string;
  amount?: number;
  notes?: string;
  billable?: boolean;
  receipt?: Receipt;
}

interface Expense {
  userId: string;
  projectId: string;
  categoryId: string;
  date: string;
  quantity: number;
}


/** The form's parts by name (MultipartParts also allows a list, which cannot be indexed by name). */
type Parts = { [name: string]: string | FilePart | Array<string | FilePart> };

function filePart(receipt: Receipt): FilePart {
  return { filename: receipt.name, contentType: receipt.contentType ?? "application/octet-stream", base64: receipt.content };
}

/** Adds the optional fields the flow gave. */
function addOptional(parts: Parts, input: ExpenseInput): void {
  if (input.taskId !== undefined) {
    parts.taskId = input.taskId;
  }
  if (input.notes !== undefined) {
    parts.notes = input.notes;
  }
  if (input.billable !== undefined) {
    parts.billable = String(input.billable);
  }
}

/** `handle` of CreateExpense: the JSON expense as Clockify's multipart form. */
export async function createExpense(req: Req, ctx: Ctx): Promise<Res> {
  const input = await req.json<ExpenseInput>();
  if (input.receipt === undefined) {
    throw new HttpError(400, "Clockify needs a receipt file with every new expense: fill in Receipt (its name and content).");
  }
  const parts: Parts = {
    userId: input.userId ?? "",
    projectId: input.projectId ?? "",
    categoryId: input.categoryId ?? "",
    date: input.date ?? "",
    amount: String(input.amount ?? 0),
    file: filePart(input.receipt),
  };
  addOptional(parts, input);
  req.setMultipart(parts);
  return sendChecked(req, ctx);
}

/** What Clockify calls each field in `changeFields`, in the order they are listed. */
const CHANGES: Array<[string, string]> = [
  ["userId", "USER"],
  ["date", "DATE"],
  ["projectId", "PROJECT"],
  ["taskId", "TASK"],
  ["categoryId", "CATEGORY"],
  ["notes", "NOTES"],
  ["amount", "AMOUNT"],
  ["billable", "BILLABLE"],
  ["receipt", "FILE"],
];

/**
 * `handle` of UpdateExpense: changes only what the flow gave. Clockify's PUT needs amount,
 * categoryId, date, userId and a file part even when they do not change, and changes only the
 * fields `changeFields` names; the script reads the expense first and fills those parts in from it.
 */
export async function updateExpense(req: Req, ctx: Ctx): Promise<Res> {
  const input = await req.json<ExpenseInput>();
  const changes: string[] = [];
  for (const [field, name] of CHANGES) {
    if (field in input) {
      changes.push(name);
    }
  }
  if (changes.length === 0) {
    throw new HttpError(400, "Nothing to change: give at least one of the expense's fields.");
  }
  const current = await sendChecked(ctx.newRequest("GET", req.url), ctx);
  if (!current.ok) {
    return current;
  }
  const expense = await current.json<Expense>();
  // Not in changeFields, so Clockify ignores it: the PUT only needs a file part to be there.
  const unchanged: Receipt = { name: "unchanged.txt", contentType: "text/plain", content: "" };
  const parts: Parts = {
    userId: input.userId ?? expense.userId,
    projectId: input.projectId ?? expense.projectId,
    categoryId: input.categoryId ?? expense.categoryId,
    date: input.date ?? expense.date,
    amount: String(input.amount ?? expense.quantity),
    file: filePart(input.receipt ?? unchanged),
    changeFields: changes,
  };
  addOptional(parts, input);
  req.setMultipart(parts);
  return sendChecked(req, ctx);
}
