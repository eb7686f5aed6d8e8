// Shared by the held-out connector projects: where their cases are recorded, and small builders of
// the fake backends' answers. Each project's scenarios register jest tests; its own test file runs
// them, and verify.test.ts runs them again (recording its own copy of the cases) before replaying
// those cases through node and the compiled C#.

import * as path from "node:path";
import type { WireRequest, WireResponse } from "csxc/testing";

const ROOT = path.resolve(__dirname, "..", "..");

/**
 * Where a project's cases go. Not under build/cases: `csxc verify` without --cases (and `npm test`
 * after jest) replays every case under build/cases against the Clockify transforms, and these
 * cases belong to other transforms. The harness adds a folder per test file below this one.
 */
export function recordDir(project: string): string {
  return path.join(ROOT, "build", "heldout-cases", project);
}

/** The folder that a test file's run of a project's scenarios records into. */
export function recordedBy(project: string, testFile: string): string {
  return path.join(recordDir(project), testFile);
}

export type Headers = Array<[string, string]>;

export function json(status: number, body: unknown, headers: Headers = []): WireResponse {
  return { status, headers: [["Content-Type", "application/json; charset=utf-8"], ...headers], body: new Uint8Array(Buffer.from(JSON.stringify(body), "utf8")) };
}

/** A JSON answer written exactly as given (number forms such as 1.0 or 9007199254740993 kept). */
export function rawJson(status: number, text: string, headers: Headers = []): WireResponse {
  return { status, headers: [["Content-Type", "application/json"], ...headers], body: new Uint8Array(Buffer.from(text, "utf8")) };
}

export function text(status: number, body: string, contentType = "text/plain; charset=utf-8"): WireResponse {
  return { status, headers: [["Content-Type", contentType]], body: new Uint8Array(Buffer.from(body, "utf8")) };
}

export function header(req: WireRequest, name: string): string | null {
  const values = req.headers.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
  return values.length ? values.join(", ") : null;
}

export function bodyOf(req: WireRequest): string {
  return req.body === null ? "" : Buffer.from(req.body).toString("utf8");
}

export function noBody(status: number, headers: Headers = []): WireResponse {
  return { status, headers, body: null };
}
