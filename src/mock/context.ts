// What a handler receives and returns. Handlers are synchronous: the mock reads the whole body
// (multipart included) before calling one and runs it inside a state transaction, so one request's
// writes land together or not at all, and concurrent requests never interleave inside a handler.

import { errors } from "./errors";
import type { FormFields } from "./multipart";
import { pageOf, type Paging } from "./paging";
import type { Query } from "./query";
import type { MemberRecord, State, UserRecord, WorkspaceRecord } from "./state";
import { parseBody, type Schema } from "./validate";
import type { EventSubject, WebhookEvent } from "./webhooks";

export interface Reply {
  status: number;
  /** A JSON value; absent for an empty body. */
  body?: unknown;
  headers?: Array<[string, string]>;
}

export const reply = {
  ok: (body: unknown, headers?: Array<[string, string]>): Reply => ({ status: 200, body, headers }),
  created: (body: unknown): Reply => ({ status: 201, body }),
  noContent: (): Reply => ({ status: 204 }),
  /** 200 with no body (webhook and expense deletes answer so). */
  empty: (): Reply => ({ status: 200 }),
  /** One page of a list as a bare array, with `Last-Page` (clockify.md 1.4). */
  page: <T>(items: readonly T[], paging: Paging, render: (item: T) => unknown): Reply => {
    const page = pageOf(items, paging);
    return { status: 200, body: page.items.map(render), headers: [["Last-Page", String(page.lastPage)]] };
  },
};

export interface RequestContext {
  readonly state: State;
  /** The request's instant, one value for the whole request. */
  readonly nowMs: number;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Query;
  /** The caller; null only on routes with optional auth when no credentials were sent. */
  readonly caller: UserRecord | null;
  /** The caller (routes with required auth). */
  readonly user: UserRecord;
  /** The `{workspaceId}` of the path, already checked to be one the caller is an active member of. */
  readonly workspace: WorkspaceRecord;
  readonly member: MemberRecord;
  /** The JSON body parsed with `schema` (400 when it does not fit). */
  body<T>(schema: Schema<T>): T;
  /** The raw JSON body, or undefined when the request had none. */
  readonly rawBody: unknown;
  /** The multipart fields (routes declared with body "multipart"). */
  readonly form: FormFields;
  newId(): string;
  /**
   * Queues a webhook event; it fires only if the request succeeds. The payload is built only when
   * some webhook listens, once the handler is done (so it shows the entity as the request left it).
   */
  emit(event: WebhookEvent, payload: () => unknown, subject: EventSubject): void;
}

export interface ContextParts {
  state: State;
  nowMs: number;
  params: Record<string, string>;
  query: Query;
  caller: UserRecord | null;
  workspace: WorkspaceRecord | undefined;
  member: MemberRecord | undefined;
  rawBody: unknown;
  form: FormFields | undefined;
  newId: () => string;
  emit: RequestContext["emit"];
}

function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw errors.internal(`route has no ${what}`);
  return value;
}

export function makeContext(parts: ContextParts): RequestContext {
  return {
    state: parts.state,
    nowMs: parts.nowMs,
    params: parts.params,
    query: parts.query,
    caller: parts.caller,
    get user() {
      return required(parts.caller, "caller");
    },
    get workspace() {
      return required(parts.workspace, "workspace");
    },
    get member() {
      return required(parts.member, "membership");
    },
    body: (schema) => parseBody(schema, parts.rawBody),
    rawBody: parts.rawBody,
    get form() {
      return required(parts.form, "form body");
    },
    newId: parts.newId,
    emit: parts.emit,
  };
}
