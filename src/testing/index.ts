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
  json?: Json;
  text?: string;
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
  const headers: HeaderList = Array.isArray(answer.headers) ? [...answer.headers] : Object.entries(answer.headers ?? {});
  const hasType = headers.some(([n]) => n.toLowerCase() === "content-type");
  let body: Uint8Array | null = null;
  if (answer.json !== undefined) {
    body = textBody(JSON.stringify(answer.json));
    if (!hasType) headers.push(["Content-Type", "application/json; charset=utf-8"]);
  } else if (answer.text !== undefined) {
    body = textBody(answer.text);
    if (!hasType) headers.push(["Content-Type", "text/plain; charset=utf-8"]);
  }
  return { status: answer.status ?? 200, headers, body };
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
}

export interface HarnessResponse {
  status: number;
  headers: HeaderList;
  header(name: string): string | null;
  text(): string;
  json<T = Json>(): T;
  /** The requests the transform sent to the upstream, in order. */
  sent: WireRequest[];
  logs: LogEntry[];
}

/** The secret header and query names the swagger's apiKey definitions declare. A swagger that
 *  cannot be read fails the test loudly: recording without its names could keep a key. */
function secretNamesOfSwagger(swagger: string | undefined): SecretNames {
  if (!swagger) return { headers: [], query: [] };
  const read = readJsonFile(swagger);
  if (!read.ok) throw new Error(`csxc/testing: the swagger '${swagger}' ${read.problem}`);
  return secretNamesOf(read.value);
}

function currentTest(): { name: string; file: string } {
  const state = (globalThis as { expect?: { getState(): { currentTestName?: string; testPath?: string } } }).expect?.getState();
  return { name: state?.currentTestName ?? "case", file: state?.testPath ? path.basename(state.testPath).replace(/\.test\.[jt]s$/, "") : "cases" };
}

function toBody(body: HarnessRequest["body"]): Uint8Array | null {
  if (body === undefined || body === null) return null;
  if (body instanceof Uint8Array) return body;
  return textBody(typeof body === "string" ? body : JSON.stringify(body));
}

export function harness(transforms: Transforms, options: HarnessOptions) {
  const given = options.upstream;
  const upstream: Upstream =
    typeof given === "function" ? async (sent) => toWireResponse(await given(forAuthor(sent))) : given.upstream;
  const declared = secretNamesOfSwagger(options.swagger);
  // One redactor for the harness: a secret seen in one call is scrubbed from every later case too.
  const redactor = new Redactor({ headers: [...(options.secretHeaders ?? []), ...declared.headers], query: [...(options.secretParameters ?? []), ...declared.query] });
  const recordDir = options.record === false || process.env.CSXC_RECORD === "0" ? undefined : options.record ?? path.join(process.cwd(), "build", "cases");

  return {
    async run(operationId: string, request: HarnessRequest, runOptions: RunOptions = {}): Promise<HarnessResponse> {
      const now = runOptions.now ?? options.now;
      const context = now === undefined ? options.context : { ...options.context, now };
      const headers: HeaderList = Array.isArray(request.headers) ? request.headers : Object.entries(request.headers ?? {});
      const wire: WireRequest = { method: request.method, url: request.url, headers, body: toBody(request.body) };
      const answers: WireResponse[] = [];
      const recordingUpstream: Upstream = async (sent) => {
        const answer = await upstream(sent);
        answers.push(answer);
        return answer;
      };
      const result = await withClock(now, () => runOperation(transforms, { operationId, request: wire, upstream: recordingUpstream, context: options.context }));
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
        sent: result.sent,
        logs: result.logs,
      };
    },
  };
}

export { runOperation } from "../runtime/run";
export type { Upstream, WireRequest, WireResponse } from "../runtime/wire";
export { createClockifyMock, defaultSeed, type ClockifyMock, type ClockifyMockOptions, type Seed } from "../mock";
