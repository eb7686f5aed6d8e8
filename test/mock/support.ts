// Helpers for the mock's tests: call the mock as a client would and read the answer.

import { bodyText, headerGet, type HeaderList, type WireResponse } from "../../src/runtime/wire";
import { createClockifyMock, type ClockifyMock, type ClockifyMockOptions } from "../../src/mock";

export const CORE = "https://api.clockify.me/api/v1";
export const REPORTS = "https://reports.api.clockify.me/v1";

export interface Answer {
  status: number;
  headers: HeaderList;
  header(name: string): string | null;
  text: string;
  /** The body as JSON (undefined when empty); `any` so tests can read answers without declaring each shape. */
  json: any;
}

export interface CallOptions {
  /** JSON-encoded with Content-Type application/json unless a string or bytes. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Send no X-Api-Key. */
  anonymous?: boolean;
  key?: string;
}

export function answerOf(response: WireResponse): Answer {
  const text = bodyText(response.body);
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, header: (name) => headerGet(response.headers, name), text, json };
}

/** A client of one mock, authenticated with its ready API key unless told otherwise. */
export function clientOf(mock: ClockifyMock) {
  async function call(method: string, url: string, options: CallOptions = {}): Promise<Answer> {
    const headers: HeaderList = [];
    if (!options.anonymous) headers.push(["X-Api-Key", options.key ?? mock.apiKey]);
    let body: Uint8Array | null = null;
    if (options.body instanceof Uint8Array) body = options.body;
    else if (typeof options.body === "string") body = new Uint8Array(Buffer.from(options.body));
    else if (options.body !== undefined) {
      body = new Uint8Array(Buffer.from(JSON.stringify(options.body)));
      headers.push(["Content-Type", "application/json"]);
    }
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.push([name, value]);
    return answerOf(await mock.upstream({ method, url: url.startsWith("http") ? url : CORE + url, headers, body }));
  }
  return {
    mock,
    call,
    get: (url: string, options?: CallOptions) => call("GET", url, options),
    post: (url: string, body?: unknown, options?: CallOptions) => call("POST", url, { ...options, body }),
    put: (url: string, body?: unknown, options?: CallOptions) => call("PUT", url, { ...options, body }),
    patch: (url: string, body?: unknown, options?: CallOptions) => call("PATCH", url, { ...options, body }),
    delete: (url: string, options?: CallOptions) => call("DELETE", url, options),
  };
}

export type Client = ReturnType<typeof clientOf>;

/** A fresh mock on the default seed, a client, and the ids tests use most. */
export function fixture(options: ClockifyMockOptions = {}) {
  const mock = createClockifyMock(options);
  const client = clientOf(mock);
  const state = mock.state;
  const byName = <T extends { name: string }>(rows: T[], name: string): T => {
    const row = rows.find((r) => r.name === name);
    if (row === undefined) throw new Error(`no ${name} in the seed`);
    return row;
  };
  const acme = byName(state.workspaces.all(), "Acme Studio");
  const user = (name: string) => byName(state.users.all(), name);
  return {
    mock,
    client,
    state,
    acme,
    side: byName(state.workspaces.all(), "Side Projects"),
    northwind: byName(state.workspaces.all(), "Northwind Consulting"),
    other: byName(state.workspaces.all(), "Other Corp"),
    alice: user("Alice Moreau"),
    bob: user("Bob Okafor"),
    carol: user("Carol Jensen"),
    dan: user("Dan Ruiz"),
    henry: user("Henry Novak"),
    project: (name: string) => byName(state.projects.all(), name),
    client_: (name: string) => byName(state.clients.all(), name),
    tag: (name: string) => byName(state.tags.all(), name),
    ws: (path = "") => `/workspaces/${acme.id}${path}`,
  };
}
