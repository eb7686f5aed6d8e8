// Expenses.

import { bodyParam, dynamicValues, formParam, queryParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { archivedFilter, expenseId, inWorkspace, nameFilter, page, pageSize, projectId, sortColumn, sortOrder, taskId, userId, workspaceId } from "../parameters";

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces/{workspace_id}/expenses", {
    id: "ListExpenses",
    summary: "List expenses",
    description: "Lists the expenses of a workspace with daily and weekly totals. Clockify ignores date filters here.",
    parameters: [
      workspaceId,
      queryParam("user-id", "string", "User", "Only expenses of this user.", {
        "x-ms-dynamic-values": dynamicValues("GetAllUsers_v1", { ...inWorkspace, "include-roles": { value: false } }),
      }),
      page,
      pageSize,
    ],
    response: ["200", "The expenses and totals.", ref("ExpenseList")],
  }),

  op("post", "/v1/workspaces/{workspace_id}/expenses", {
    id: "CreateExpense",
    summary: "Create an expense",
    description: "Creates an expense with its receipt. The connector's script sends it to Clockify as multipart form data. The amount is in major units (12.5 means 12.50).",
    parameters: [workspaceId, bodyParam(ref("CreateExpenseRequest"), "Expense", "The expense to create.")],
    response: ["201", "The new expense.", ref("Expense")],
  }),

  op("put", "/v1/workspaces/{workspace_id}/expenses/{expenseId}", {
    id: "UpdateExpense",
    summary: "Update an expense",
    description: "Changes the fields of an expense that are filled in and keeps the others. The connector's script sends Clockify's multipart form.",
    parameters: [workspaceId, expenseId, bodyParam(ref("UpdateExpenseRequest"), "Expense", "The fields to change.")],
    response: ["200", "The updated expense.", ref("Expense")],
  }),

  op("get", "/v1/workspaces/{workspace_id}/expenses/{expenseId}", {
    id: "GetExpense",
    summary: "Get an expense",
    description: "Gets one expense. Its total is in cents.",
    parameters: [workspaceId, expenseId],
    response: ["200", "The expense.", ref("Expense")],
  }),

  op("delete", "/v1/workspaces/{workspace_id}/expenses/{expenseId}", {
    id: "DeleteExpense",
    summary: "Delete an expense",
    description: "Deletes an expense. Clockify answers 200 with an empty body.",
    parameters: [workspaceId, expenseId],
    response: ["200", "The expense was deleted."],
  }),

  op("get", "/v1/workspaces/{workspace_id}/expenses/categories", {
    id: "ListExpenseCategories",
    summary: "List expense categories",
    description: "Lists the expense categories of a workspace.",
    parameters: [workspaceId, nameFilter("categories"), archivedFilter("categories"), sortColumn(["NAME"]), sortOrder, page, pageSize],
    response: ["200", "The expense categories.", ref("ExpenseCategoryList")],
  }),

  op("post", "/v1/workspaces/{workspace_id}/expenses/categories", {
    id: "CreateExpenseCategory",
    summary: "Create an expense category",
    description: "Creates an expense category. A unit price is in cents.",
    parameters: [workspaceId, bodyParam(ref("CreateExpenseCategoryRequest"), "Category", "The category to create.")],
    response: ["201", "The new category.", ref("ExpenseCategory")],
  }),
];
