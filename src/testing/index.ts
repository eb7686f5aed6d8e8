// `csxc/testing`: run operations through transforms in jest, against the Clockify mock or any
// upstream, and record every call as a case for `csxc verify`.

import * as fs from "node:fs";
import * as path from "node:path";
import type { Json, Transforms } from "../runtime/api";
import { runOperation, type LogEntry, type RunContext } from "../runtime/run";
import { bodyText, headerGet, textBody, type HeaderList, type Upstream, type WireRequest, type WireResponse } from "../runtime/wire";
import { caseFrom, Redactor, writeCase } from "./record";

export interface HarnessOptions {
  /** The backend: a function, or an object with an `upstream` (such as the Clockify mock). */
  upstream: Upstream | { upstream: Upstream };
  /** Header names that carry secrets, besides X-Api-Key and Authorization (e.g. from the swagger). */
  secretHeaders?: string[];
  /** A swagger file whose apiKey securityDefinitions name more secret headers. */
  swagger?: string;
  /** Where cases are written; false turns recording off. Default: build/cases under the cwd. */
  record?: string | false;
  context?: Partial<RunContext>;
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

function secretHeadersOf(swagger: string | undefined): string[] {
  if (!swagger || !fs.existsSync(swagger)) return [];
  const doc = JSON.parse(fs.readFileSync(swagger, "utf8")) as { securityDefinitions?: Record<string, { type?: string; in?: string; name?: string }> };
  return Object.values(doc.securityDefinitions ?? {})
    .filter((d) => d.type === "apiKey" && d.in === "header" && d.name)
    .map((d) => d.name!);
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
  const upstream = typeof options.upstream === "function" ? options.upstream : options.upstream.upstream;
  const secrets = [...(options.secretHeaders ?? []), ...secretHeadersOf(options.swagger)];
  const recordDir = options.record === false || process.env.CSXC_RECORD === "0" ? undefined : options.record ?? path.join(process.cwd(), "build", "cases");

  return {
    async run(operationId: string, request: HarnessRequest): Promise<HarnessResponse> {
      const headers: HeaderList = Array.isArray(request.headers) ? request.headers : Object.entries(request.headers ?? {});
      const wire: WireRequest = { method: request.method, url: request.url, headers, body: toBody(request.body) };
      const answers: WireResponse[] = [];
      const recordingUpstream: Upstream = async (sent) => {
        const answer = await upstream(sent);
        answers.push(answer);
        return answer;
      };
      const result = await runOperation(transforms, { operationId, request: wire, upstream: recordingUpstream, context: options.context });
      if (recordDir) {
        const test = currentTest();
        const redactor = new Redactor(secrets);
        writeCase(path.join(recordDir, test.file), test.name, caseFrom(test.name, operationId, wire, answers, redactor, options.context), redactor);
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
