// `csxc/testing`: run operations through transforms in jest, against the Clockify mock or any
// upstream, and record every call as a case for `csxc verify`.

import * as fs from "node:fs";
import * as path from "node:path";
import type { Json, Transforms } from "../runtime/api";
import { withClock } from "../runtime/clock";
import { runOperation, type LogEntry, type RunContext } from "../runtime/run";
import { bodyText, headerGet, textBody, type HeaderList, type Upstream, type WireRequest, type WireResponse } from "../runtime/wire";
import { readJsonFile } from "../bundle/json-file";
import { secretNamesOf, type SecretNames } from "../bundle/secrets";
import { caseFrom, Redactor, writeCase } from "./record";

/** What the transform sent, as an author's upstream function sees it. */
export interface UpstreamRequest extends WireRequest {
  header(name: string): string | null;
  text(): string;
  json<T = Json>(): T;
}

/**
 * An answer written the way an author thinks of it: a status and JSON (or text). Content-Type is
 * set to match unless given; the status defaults to 200.
 */
export interface UpstreamReply {
  status?: number;
  headers?: Record<string, string> | HeaderList;
  /** Any value JSON.stringify writes: test code builds replies from its own interfaces and literals. */
  json?: unknown;
  text?: string;
  /** A string is sent as is, Uint8Array as bytes, another value as its JSON (as in `h.run`). */
  body?: Json | Uint8Array | null;
}

/** A backend for the harness: answers with a reply ({ status, json }) or the raw wire form. */
export type AuthorUpstream = (request: UpstreamRequest) => UpstreamReply | WireResponse | Promise<UpstreamReply | WireResponse>;

function isWire(answer: UpstreamReply | WireResponse): answer is WireResponse {
  return Array.isArray(answer.headers) && "body" in answer && !("json" in answer) && !("text" in answer);
}

/** The wire form of a reply: JSON written as JSON.stringify does, text as UTF-8. */
export function toWireResponse(answer: UpstreamReply | WireResponse): WireResponse {
  if (isWire(answer)) return answer;
  if (answer === undefined || answer === null || typeof answer !== "object") {
    throw new Error(`csxc/testing: the upstream must return { status, json } (or { status, text }), got ${String(answer)}`);
  }
  checkMessageKeys("the upstream's reply", answer, ["status", "headers", "json", "text", "body"]);
  return { status: answer.status ?? 200, ...authorMessage(answer, toBody(answer.body)) };
}

/** A misspelt key (`jsno`, `header`) or two bodies would otherwise be dropped without a word. */
function checkMessageKeys(what: string, given: object, known: string[]): void {
  const unknown = Object.keys(given).filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`csxc/testing: ${what} has ${unknown.map((k) => `'${k}'`).join(", ")}, which is not one of ${known.join(", ")}`);
  const bodies = ["body", "json", "text"].filter((k) => (given as Record<string, unknown>)[k] !== undefined);
  if (bodies.length > 1) throw new Error(`csxc/testing: ${what} gives more than one of body, json and text (${bodies.join(", ")}); give one`);
}

/**
 * Headers and body of a message written as an author thinks of it: `json` written as
 * JSON.stringify does, `text` as UTF-8, each with a matching Content-Type unless one is given.
 */
function authorMessage(given: { headers?: Record<string, string> | HeaderList; json?: unknown; text?: string }, body: Uint8Array | null): { headers: HeaderList; body: Uint8Array | null } {
  const headers: HeaderList = Array.isArray(given.headers) ? [...given.headers] : Object.entries(given.headers ?? {});
  const hasType = headers.some(([n]) => n.toLowerCase() === "content-type");
  if (given.json !== undefined) {
    const text = JSON.stringify(given.json);
    if (text === undefined) throw new Error(`csxc/testing: json must be a value JSON.stringify can write, got ${typeof given.json}`);
    body = textBody(text);
    if (!hasType) headers.push(["Content-Type", "application/json; charset=utf-8"]);
  } else if (given.text !== undefined) {
    body = textBody(given.text);
    if (!hasType) headers.push(["Content-Type", "text/plain; charset=utf-8"]);
  }
  return { headers, body };
}

function forAuthor(request: WireRequest): UpstreamRequest {
  return {
    ...request,
    header: (name) => headerGet(request.headers, name),
    text: () => bodyText(request.body),
    json: <T = Json>() => JSON.parse(bodyText(request.body)) as T,
  };
}

export interface HarnessOptions {
  /**
   * The backend: a function that answers each request the transform sends (with
   * `{ status: 200, json: [...] }`, or the wire form), or an object with an `upstream` (such as
   * the Clockify mock).
   */
  upstream: AuthorUpstream | { upstream: Upstream };
  /** Header names that carry secrets, besides X-Api-Key and Authorization (e.g. from the swagger). */
  secretHeaders?: string[];
  /** Query parameter names that carry secrets, besides api_key, access_token, sig… (e.g. from the swagger). */
  secretParameters?: string[];
  /** A swagger file whose apiKey securityDefinitions name more secret headers and query parameters. */
  swagger?: string;
  /** Where cases are written; false turns recording off. Default: build/cases under the cwd. */
  record?: string | false;
  context?: Partial<RunContext>;
  /**
   * A pinned clock for every run (ISO 8601, such as "2026-01-01T00:00:00Z"): Date.now() and
   * new Date() give this time while the transform runs, and the recorded case carries it
   * (`"context": { "now": ... }`), so that `csxc verify` pins .NET's clock to the same time.
   */
  now?: string;
}

/** Per run: `now` overrides the harness's pinned clock for this call. */
export interface RunOptions {
  now?: string;
}

export interface HarnessRequest {
  method: string;
  url: string;
  headers?: Record<string, string> | HeaderList;
  /** A string is sent as is; another value as its JSON; Uint8Array as bytes. */
  body?: Json | Uint8Array;
  /** A JSON body, as an upstream reply gives one: Content-Type application/json unless given. */
  json?: unknown;
  /** A text body: Content-Type text/plain unless given. */
  text?: string;
}

export interface HarnessResponse {
  status: number;
  headers: HeaderList;
  header(name: string): string | null;
  text(): string;
  json<T = Json>(): T;
  /** The requests the transform sent to the upstream, in order, readable as the upstream reads them. */
  sent: UpstreamRequest[];
  logs: LogEntry[];
}

/** What the harness takes from the swagger: the secret header and query names its apiKey
 *  definitions declare, and its operationIds. A swagger that cannot be read fails the test loudly:
 *  recording without its names could keep a key. */
function readSwagger(swagger: string | undefined): { secrets: SecretNames; operations?: Set<string> } {
  if (!swagger) return { secrets: { headers: [], query: [] } };
  const read = readJsonFile(swagger);
  if (!read.ok) throw new Error(`csxc/testing: the swagger '${swagger}' ${read.problem}`);
  // A swagger that declares no operation (one written for its security definitions) checks none.
  const operations = operationIdsOf(read.value);
  return { secrets: secretNamesOf(read.value), operations: operations.size ? operations : undefined };
}

function operationIdsOf(swagger: unknown): Set<string> {
  const ids = new Set<string>();
  const paths = (swagger as { paths?: unknown })?.paths;
  if (!paths || typeof paths !== "object") return ids;
  for (const item of Object.values(paths as Record<string, unknown>)) {
    if (!item || typeof item !== "object") continue;
    for (const op of Object.values(item as Record<string, unknown>)) {
      const id = (op as { operationId?: unknown })?.operationId;
      if (typeof id === "string") ids.add(id);
    }
  }
  return ids;
}

function currentTest(): { name: string; file: string } {
  const state = (globalThis as { expect?: { getState(): { currentTestName?: string; testPath?: string } } }).expect?.getState();
  return { name: state?.currentTestName ?? "case", file: state?.testPath ? path.basename(state.testPath).replace(/\.test\.[jt]s$/, "") : "cases" };
}

function toBody(body: HarnessRequest["body"] | null): Uint8Array | null {
  if (body === undefined || body === null) return null;
  if (body instanceof Uint8Array) return body;
  return textBody(typeof body === "string" ? body : JSON.stringify(body));
}

export function harness(transforms: Transforms, options: HarnessOptions) {
  const given = options.upstream;
  // An error thrown by the test's own upstream function (a failed `expect`, a misspelt reply) is
  // the test's, not the transform's: h.run rethrows it instead of letting it become a 500.
  let authorError: { error: unknown } | undefined;
  const upstream: Upstream =
    typeof given === "function"
      ? async (sent) => {
          try {
            return toWireResponse(await given(forAuthor(sent)));
          } catch (error) {
            authorError ??= { error };
            throw error;
          }
        }
      : given.upstream;
  const swagger = readSwagger(options.swagger);
  const declared = swagger.secrets;
  // One redactor for the harness: a secret seen in one call is scrubbed from every later case too.
  const redactor = new Redactor({ headers: [...(options.secretHeaders ?? []), ...declared.headers], query: [...(options.secretParameters ?? []), ...declared.query] });
  const recordDir = options.record === false || process.env.CSXC_RECORD === "0" ? undefined : options.record ?? path.join(process.cwd(), "build", "cases");

  return {
    async run(operationId: string, request: HarnessRequest, runOptions: RunOptions = {}): Promise<HarnessResponse> {
      // A misspelt operationId would run as a pass-through and test nothing.
      if (swagger.operations && !swagger.operations.has(operationId)) {
        throw new Error(`csxc/testing: run("${operationId}"): ${options.swagger} has no operation with that operationId (it has ${[...swagger.operations].sort().join(", ")})`);
      }
      const now = runOptions.now ?? options.now;
      const context = now === undefined ? options.context : { ...options.context, now };
      checkMessageKeys(`run("${operationId}")'s request`, request, ["method", "url", "headers", "body", "json", "text"]);
      const wire: WireRequest = { method: request.method, url: request.url, ...authorMessage(request, toBody(request.body)) };
      const answers: WireResponse[] = [];
      const recordingUpstream: Upstream = async (sent) => {
        const answer = await upstream(sent);
        answers.push(answer);
        return answer;
      };
      authorError = undefined;
      const result = await withClock(now, () => runOperation(transforms, { operationId, request: wire, upstream: recordingUpstream, context: options.context }));
      // Set by the upstream function while the operation ran (TypeScript cannot see that).
      const thrown = authorError as { error: unknown } | undefined;
      if (thrown) throw thrown.error;
      if (recordDir) {
        const test = currentTest();
        writeCase(path.join(recordDir, test.file), test.name, caseFrom(test.name, operationId, wire, answers, context), redactor);
      }
      const response = result.response;
      return {
        status: response.status,
        headers: response.headers,
        header: (name) => headerGet(response.headers, name),
        text: () => bodyText(response.body),
        json: <T = Json>() => JSON.parse(bodyText(response.body)) as T,
        sent: result.sent.map(forAuthor),
        logs: result.logs,
      };
    },
  };
}

export { runOperation } from "../runtime/run";
export type { Upstream, WireRequest, WireResponse } from "../runtime/wire";
export { createClockifyMock, defaultSeed, type ClockifyMock, type ClockifyMockOptions, type Seed } from "../mock";
