// Who is calling, and may they touch this workspace. Clockify wants exactly one of `X-Api-Key`
// (a user's personal key) and `X-Addon-Token` (an add-on installation's token); none, both, or only
// `Authorization: Bearer …` is 401 code 1000 (clockify.md 1.2, live 2026-08-08). Header names are
// case-insensitive (HTTP).

import { headerValues, type HeaderList } from "../runtime/wire";
import { errors } from "./errors";
import type { MemberRecord, State, UserRecord, WorkspaceRecord } from "./state";

export interface Caller {
  readonly user: UserRecord;
  /** Set when the caller is an add-on: its token is good for this workspace only. */
  readonly addonWorkspaceId?: string;
}

/** The caller, or null when the request carries no credentials at all (for routes with optional auth). */
export function authenticate(state: State, headers: HeaderList, optional = false): Caller | null {
  const apiKeys = headerValues(headers, "x-api-key");
  const addonTokens = headerValues(headers, "x-addon-token");
  if (optional && apiKeys.length === 0 && addonTokens.length === 0) return null;
  if ((apiKeys.length > 0) === (addonTokens.length > 0)) throw errors.noOrManyTokens();
  if (apiKeys.length > 0) {
    const key = apiKeys.join(", ");
    const user = state.users.find((u) => u.apiKey !== null && u.apiKey === key);
    if (user === undefined) throw errors.unknownApiKey();
    return { user };
  }
  const token = addonTokens.join(", ");
  const addon = state.addons.find((a) => a.token === token);
  const user = addon && state.users.get(addon.userId);
  if (addon === undefined || user === undefined) throw errors.invalidAddonToken();
  return { user, addonWorkspaceId: addon.workspaceId };
}

/**
 * The workspace of a `{workspaceId}` path and the caller's membership in it. A workspace the caller
 * is not an active member of — or that does not exist — answers 403 "Access Denied"
 * [inferred: the 403 shape is the one clockify-cli#301 shows for a forbidden call].
 */
export function workspaceAccess(state: State, caller: Caller, workspaceId: string): { workspace: WorkspaceRecord; member: MemberRecord } {
  const workspace = state.workspaces.get(workspaceId);
  const member = workspace?.members.find((m) => m.userId === caller.user.id && m.status === "ACTIVE");
  if (workspace === undefined || member === undefined) throw errors.accessDenied();
  if (caller.addonWorkspaceId !== undefined && caller.addonWorkspaceId !== workspaceId) throw errors.accessDenied();
  return { workspace, member };
}

export function isAdmin(member: MemberRecord): boolean {
  return member.roles.includes("OWNER") || member.roles.includes("WORKSPACE_ADMIN");
}

export function requireAdmin(member: MemberRecord): void {
  if (!isAdmin(member)) throw errors.accessDenied();
}
