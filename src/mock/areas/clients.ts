// Clients (clockify.md 2.2).

import { requireAdmin } from "../auth";
import { reply, type RequestContext } from "../context";
import { errors } from "../errors";
import { archivedFilter, inWorkspace, nameFilter, sameName } from "../lookup";
import { readPaging, SORT_ORDERS, sortBy } from "../paging";
import { core } from "../router";
import type { ClientRecord, State, WorkspaceRecord } from "../state";
import { arrayOf, bool, obj, str } from "../validate";

/** ClientDtoV1 (update and delete answer it); the list, get and create answers add `currencyCode`. */
function clientDto(client: ClientRecord, workspace: WorkspaceRecord) {
  return {
    id: client.id,
    name: client.name,
    email: client.email,
    workspaceId: client.workspaceId,
    archived: client.archived,
    address: client.address,
    note: client.note,
    currencyId: workspace.currency.id,
    ccEmails: [...client.ccEmails],
  };
}

export const clientWithCurrencyDto = (client: ClientRecord, workspace: WorkspaceRecord) => ({ ...clientDto(client, workspace), currencyCode: workspace.currency.code });

/** The name of a project's client ("" when it has none, as Clockify writes it). */
export function clientNameOf(state: State, clientId: string | null): string {
  return clientId === null ? "" : (state.clients.get(clientId)?.name ?? "");
}

function refuseDuplicate(ctx: RequestContext, name: string, exceptId?: string) {
  const clash = ctx.state.clients.find((c) => c.workspaceId === ctx.workspace.id && c.id !== exceptId && sameName(c.name, name));
  if (clash !== undefined) throw errors.duplicateName("Client");
}

function listClients(ctx: RequestContext) {
  const q = ctx.query;
  const byName = nameFilter(q);
  const byArchived = archivedFilter(q);
  const column = q.oneOf("sort-column", ["ID", "NAME"], "ClientSort") ?? "NAME";
  const order = q.oneOf("sort-order", SORT_ORDERS, "SortOrder");
  const paging = readPaging(q);
  const rows = ctx.state.clients.where((c) => c.workspaceId === ctx.workspace.id && byName(c.name) && byArchived(c.archived));
  return reply.page(sortBy(rows, (c) => (column === "ID" ? c.id : c.name), order), paging, (c) => clientWithCurrencyDto(c, ctx.workspace));
}

const CreateClient = obj("CreateClientRequestV1", { name: str({ min: 1, max: 100 }), email: str(), address: str({ max: 3000 }), note: str({ max: 3000 }) }, ["name"]);

// `ccEmails` and currency on create are accepted and ignored (clockify.md 2.2, live).
function createClient(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const body = ctx.body(CreateClient);
  refuseDuplicate(ctx, body.name);
  const client = ctx.state.clients.insert({
    id: ctx.newId(),
    workspaceId: ctx.workspace.id,
    name: body.name.trim(),
    email: body.email ?? "",
    address: body.address ?? "",
    note: body.note ?? "",
    archived: false,
    ccEmails: [],
  });
  const dto = clientWithCurrencyDto(client, ctx.workspace);
  ctx.emit("NEW_CLIENT", () => dto, {});
  return reply.created(dto);
}

function getClient(ctx: RequestContext) {
  const client = inWorkspace(ctx.state.clients, ctx.params.clientId, ctx.workspace.id, "Client");
  return reply.ok(clientWithCurrencyDto(client, ctx.workspace));
}

const UpdateClient = obj("UpdateClientRequestV1", {
  name: str({ min: 1, max: 100 }),
  email: str(),
  address: str({ max: 3000 }),
  note: str({ max: 3000 }),
  archived: bool(),
  currencyId: str(),
  ccEmails: arrayOf(str()),
});

/**
 * A replacing PUT: what the body omits is cleared (`ccEmails` to [], `archived` to false, the
 * texts to ""), except the name and the currency, which are kept (clockify.md 2.2, live).
 * `archive-projects=true` archives the client's projects with it; `mark-tasks-as-done=true` also
 * marks their tasks done.
 */
function updateClient(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const client = inWorkspace(ctx.state.clients, ctx.params.clientId, ctx.workspace.id, "Client");
  const archiveProjects = ctx.query.bool("archive-projects") ?? false;
  const markTasksDone = ctx.query.bool("mark-tasks-as-done") ?? false;
  const body = ctx.body(UpdateClient);
  if ((body.ccEmails ?? []).length > 3) throw errors.rejected("Number of additional emails must be less than 3");
  if (body.name !== undefined) refuseDuplicate(ctx, body.name, client.id);
  const updated = ctx.state.clients.replace({
    ...client,
    name: body.name?.trim() ?? client.name,
    email: body.email ?? "",
    address: body.address ?? "",
    note: body.note ?? "",
    archived: body.archived ?? false,
    ccEmails: body.ccEmails ?? [],
  });
  if (updated.archived && archiveProjects) {
    for (const project of ctx.state.projects.where((p) => p.clientId === client.id && !p.archived)) {
      ctx.state.projects.replace({ ...project, archived: true });
      if (markTasksDone) {
        for (const task of ctx.state.tasks.where((t) => t.projectId === project.id && t.status === "ACTIVE")) ctx.state.tasks.replace({ ...task, status: "DONE" });
      }
    }
  }
  const dto = clientDto(updated, ctx.workspace);
  ctx.emit("CLIENT_UPDATED", () => dto, {});
  return reply.ok(dto);
}

// Only an archived client may be deleted; the answer is the deleted client (clockify.md 2.2, live 2026-08-07).
function deleteClient(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const client = inWorkspace(ctx.state.clients, ctx.params.clientId, ctx.workspace.id, "Client");
  if (!client.archived) throw errors.deleteActive("client");
  ctx.state.clients.delete(client.id);
  // The client's projects stay, without a client [inferred].
  for (const project of ctx.state.projects.where((p) => p.clientId === client.id)) ctx.state.projects.replace({ ...project, clientId: null });
  const dto = clientDto(client, ctx.workspace);
  ctx.emit("CLIENT_DELETED", () => dto, {});
  return reply.ok(dto);
}

export const clientRoutes = [
  core("GET", "/workspaces/{workspaceId}/clients", listClients),
  core("POST", "/workspaces/{workspaceId}/clients", createClient, { body: "json" }),
  core("GET", "/workspaces/{workspaceId}/clients/{clientId}", getClient),
  core("PUT", "/workspaces/{workspaceId}/clients/{clientId}", updateClient, { body: "json" }),
  core("DELETE", "/workspaces/{workspaceId}/clients/{clientId}", deleteClient),
];
