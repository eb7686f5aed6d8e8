// Expenses from a flow: JSON in, Clockify's multipart out, against the Clockify mock.
import { fixture } from "../mock/support";
import { CORE, connector } from "./support";

const NOW = new Date("2026-11-02T10:00:00Z");
const PNG = "iVBORw0KGgoAAAANSUhEUg==";

function setup() {
  const f = fixture({ now: () => NOW });
  const h = connector(f.mock);
  const headers = { "X-Api-Key": f.mock.apiKey, "Content-Type": "application/json" };
  const category = f.state.expenseCategories.find((c) => c.workspaceId === f.acme.id && !c.hasUnitPrice)!;
  const url = `${CORE}/workspaces/${f.acme.id}/expenses`;
  const create = (body: object) => h.run("CreateExpense", { method: "POST", url, headers, body: body as never });
  const base = { userId: f.alice.id, projectId: f.project("Website Redesign").id, categoryId: category.id, date: "2026-11-01T00:00:00Z", amount: 12.5 };
  return { f, h, headers, url, create, base, category };
}

const text = (bytes: Uint8Array | null) => Buffer.from(bytes!).toString("latin1");

test("CreateExpense takes JSON and sends Clockify's multipart form with the receipt", async () => {
  const { f, create, base } = setup();
  const res = await create({ ...base, notes: "Train to client", billable: true, receipt: { name: "ticket.png", contentType: "image/png", content: PNG } });
  expect(res.status).toBe(201);
  const sent = res.sent[0];
  const type = sent.headers.find(([n]) => n.toLowerCase() === "content-type")![1];
  expect(type).toMatch(/^multipart\/form-data; boundary=/);
  const form = text(sent.body);
  for (const [name, value] of [["userId", base.userId], ["amount", "12.5"], ["notes", "Train to client"], ["billable", "true"]]) {
    expect(form).toContain(`name="${name}"\r\n\r\n${value}\r\n`);
  }
  expect(form).toContain('name="file"; filename="ticket.png"');
  expect(form).toContain(Buffer.from(PNG, "base64").toString("latin1"));
  const expense = res.json<{ id: string; total: number; notes: string; billable: boolean }>();
  expect(expense).toMatchObject({ total: 1250, notes: "Train to client", billable: true });
  const stored = f.state.expenses.get(expense.id)!;
  expect(f.state.files.get(stored.fileId!)).toMatchObject({ name: "ticket.png", contentType: "image/png", base64: PNG });
});

test("a new expense without a receipt is refused before Clockify is called, saying what to fill in", async () => {
  const { create, base } = setup();
  const res = await create(base);
  expect(res.status).toBe(400);
  expect(res.json<{ message: string }>().message).toMatch(/receipt file/);
  expect(res.sent).toHaveLength(0);
});

test("UpdateExpense changes only the fields given and keeps the receipt", async () => {
  const { f, h, headers, url, create, base } = setup();
  const made = (await create({ ...base, receipt: { name: "a.png", content: PNG } })).json<{ id: string }>();
  const before = f.state.expenses.get(made.id)!;
  const res = await h.run("UpdateExpense", { method: "PUT", url: `${url}/${made.id}`, headers, body: { notes: "Corrected note" } });
  expect(res.status).toBe(200);
  expect(res.sent.map((r) => r.method)).toEqual(["GET", "PUT"]);
  expect(text(res.sent[1].body)).toContain('name="changeFields"\r\n\r\nNOTES\r\n');
  const after = f.state.expenses.get(made.id)!;
  expect(after).toMatchObject({ notes: "Corrected note", quantity: before.quantity, total: before.total, fileId: before.fileId, date: before.date });
});

test("UpdateExpense with several fields and a new receipt names each change", async () => {
  const { f, h, headers, url, create, base } = setup();
  const made = (await create({ ...base, receipt: { name: "a.png", content: PNG } })).json<{ id: string }>();
  const before = f.state.expenses.get(made.id)!;
  const res = await h.run("UpdateExpense", {
    method: "PUT",
    url: `${url}/${made.id}`,
    headers,
    body: { amount: 20, billable: false, receipt: { name: "b.pdf", contentType: "application/pdf", content: "JVBERi0=" } },
  });
  expect(res.status).toBe(200);
  const form = text(res.sent[1].body);
  for (const change of ["AMOUNT", "BILLABLE", "FILE"]) expect(form).toContain(`name="changeFields"\r\n\r\n${change}\r\n`);
  const after = f.state.expenses.get(made.id)!;
  expect(after).toMatchObject({ quantity: 20, total: 2000, billable: false, notes: before.notes });
  expect(after.fileId).not.toBe(before.fileId);
  expect(f.state.files.get(after.fileId!)).toMatchObject({ name: "b.pdf", contentType: "application/pdf" });
});

test("an update with nothing to change is a 400; an unknown expense is a 404 naming it", async () => {
  const { f, h, headers, url } = setup();
  const empty = await h.run("UpdateExpense", { method: "PUT", url: `${url}/0000000000000000000000cc`, headers, body: {} });
  expect(empty.status).toBe(400);
  expect(empty.sent).toHaveLength(0);
  const missing = await h.run("UpdateExpense", { method: "PUT", url: `${url}/0000000000000000000000cc`, headers, body: { notes: "x" } });
  expect(missing.status).toBe(404);
  expect(missing.json<{ message: string }>().message).toMatch(new RegExp(`^Expense 0000000000000000000000cc was not found in workspace ${f.acme.id}`));
});
