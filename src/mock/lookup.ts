// Finding records the way Clockify does: an id that is not in the workspace — unknown, deleted,
// malformed or another workspace's — is 400 "<Entity> doesn't belong to Workspace", never a 404
// (clockify.md 1.5, live). Also the list filters most lists share.

import { errors, type EntityName } from "./errors";
import type { Query } from "./query";
import type { Table, WorkspaceRecord } from "./state";

export function inWorkspace<T extends { readonly id: string; readonly workspaceId: string }>(
  table: Table<T>,
  id: string | undefined,
  workspaceId: string,
  entity: EntityName,
): T {
  const row = id === undefined ? undefined : table.get(id);
  if (row === undefined || row.workspaceId !== workspaceId) throw errors.notInWorkspace(entity);
  return row;
}

/** A user who is a member (any status) of the workspace. */
export function memberOf(workspace: WorkspaceRecord, userId: string | undefined) {
  const member = workspace.members.find((m) => m.userId === userId);
  if (member === undefined) throw errors.notInWorkspace("User");
  return member;
}

/** `name` contains the query (case-insensitive), or equals it with `strict-name-search=true`. */
export function nameFilter(query: Query): (name: string) => boolean {
  const wanted = query.str("name")?.toLowerCase();
  if (wanted === undefined) return () => true;
  const strict = query.bool("strict-name-search") ?? false;
  return (name) => (strict ? name.toLowerCase() === wanted : name.toLowerCase().includes(wanted));
}

/**
 * `archived`: omitted means archived and active alike — the spec's "default false" notwithstanding
 * (clockify.md 1.4, live 2026-08-09); true only archived; false only active.
 */
export function archivedFilter(query: Query): (archived: boolean) => boolean {
  const wanted = query.bool("archived");
  return (archived) => wanted === undefined || archived === wanted;
}

/** Names compare case-insensitively and ignoring surrounding spaces when Clockify checks for duplicates. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
