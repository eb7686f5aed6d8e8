// Reads a case file (one case object, or an array of them) and says exactly what is wrong with it:
// each problem as `file: field: what is wrong`. Never throws; a case with a problem is left out.
// A byte order mark is fine; an empty array, a folder or JSON nested past MAX_JSON_DEPTH is an error.
// Absent `headers` and `body` mean none, an absent `upstream` means no backend call.

import * as path from "node:path";
import { readJsonFile } from "../bundle/json-file";
import type { Case, CaseBody, CaseContext, CaseRequest, CaseUpstream } from "./case";

export interface CaseFileResult {
  cases: Case[];
  errors: string[];
}

type Obj = Record<string, unknown>;

/** Collects the problems of one value tree; `at` is the field path, such as `[2].upstream[0].status`. */
class Checker {
  readonly problems: string[] = [];

  problem(at: string, what: string): void {
    this.problems.push(`${at || "(case)"}: ${what}`);
  }

  object(value: unknown, at: string, allowed: readonly string[]): Obj | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.problem(at, `expected an object, got ${describe(value)}`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.problem(join(at, key), `unknown field (expected one of ${allowed.join(", ")})`);
    }
    return value as Obj;
  }

  string(value: unknown, at: string, rule?: { nonEmpty?: boolean; url?: boolean }): string | undefined {
    if (value === undefined) return this.missing(at);
    if (typeof value !== "string") return this.wrong(at, "a string", value);
    if (rule?.nonEmpty && value === "") return this.wrong(at, "a non-empty string", value);
    if (rule?.url && !isAbsoluteUrl(value)) return this.wrong(at, "an absolute http(s) URL", value);
    return value;
  }

  status(value: unknown, at: string): number | undefined {
    if (value === undefined) return this.missing(at);
    if (!Number.isInteger(value) || (value as number) < 100 || (value as number) > 599) return this.wrong(at, "an integer 100–599", value);
    return value as number;
  }

  headers(value: unknown, at: string): Record<string, string> | undefined {
    if (value === undefined) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) return this.wrong(at, "an object of header names to string values", value);
    const out: Record<string, string> = {};
    for (const [name, v] of Object.entries(value)) {
      if (!HEADER_NAME.test(name)) this.problem(join(at, name), "not a valid header name");
      else if (typeof v !== "string") this.wrong(join(at, name), "a string", v);
      else if (/[\r\n\0]/.test(v)) this.problem(join(at, name), "a header value cannot hold CR, LF or NUL");
      else out[name] = v;
    }
    return out;
  }

  /** `body` (any JSON value) and its alternative `bodyBase64`. */
  body(message: Obj, at: string): { body: CaseBody; bodyBase64?: string } {
    const body = (message.body ?? null) as CaseBody;
    if (message.bodyBase64 === undefined) return { body };
    const base64 = message.bodyBase64;
    if (typeof base64 !== "string" || !BASE64.test(base64)) return this.wrong(join(at, "bodyBase64"), "base64 text", base64) ?? { body };
    if (body !== null) this.problem(join(at, "body"), "must be null when bodyBase64 is given");
    return { body: null, bodyBase64: base64 };
  }

  private missing(at: string): undefined {
    this.problem(at, "missing");
    return undefined;
  }

  private wrong(at: string, expected: string, got: unknown): undefined {
    this.problem(at, `expected ${expected}, got ${describe(got)}`);
    return undefined;
  }
}

const CASE_FIELDS = ["name", "operationId", "request", "upstream", "context", "expect"] as const;
const REQUEST_FIELDS = ["method", "url", "headers", "body", "bodyBase64"] as const;
const UPSTREAM_FIELDS = ["status", "headers", "body", "bodyBase64"] as const;
const CONTEXT_FIELDS = ["originalUrl", "correlationId", "notificationBase", "now"] as const;
const EXPECT_FIELDS = ["status", "body"] as const;
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const METHOD = HEADER_NAME;
/** A time that Date.parse reads alike everywhere: date, time, and a zone (Z or ±hh:mm). */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function join(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length > 40 ? `the string "${value.slice(0, 40)}…"` : `the string ${JSON.stringify(value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function isAbsoluteUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

function checkCase(value: unknown, at: string, check: Checker): Case | undefined {
  const before = check.problems.length;
  const c = check.object(value, at, CASE_FIELDS);
  if (!c) return undefined;
  const name = check.string(c.name, join(at, "name"), { nonEmpty: true });
  const operationId = check.string(c.operationId, join(at, "operationId"), { nonEmpty: true });

  let request: CaseRequest | undefined;
  const requestAt = join(at, "request");
  if (c.request === undefined) check.problem(requestAt, "missing");
  else {
    const r = check.object(c.request, requestAt, REQUEST_FIELDS);
    if (r) {
      const method = check.string(r.method, join(requestAt, "method"), { nonEmpty: true });
      if (method && !METHOD.test(method)) check.problem(join(requestAt, "method"), `not an HTTP method: ${JSON.stringify(method)}`);
      const url = check.string(r.url, join(requestAt, "url"), { url: true });
      const headers = check.headers(r.headers, join(requestAt, "headers"));
      request = { method: method!, url: url!, headers: headers!, ...check.body(r, requestAt) };
    }
  }

  const upstream: CaseUpstream[] = [];
  const upstreamAt = join(at, "upstream");
  if (c.upstream !== undefined && !Array.isArray(c.upstream)) check.problem(upstreamAt, `expected an array of responses, got ${describe(c.upstream)}`);
  else {
    ((c.upstream as unknown[] | undefined) ?? []).forEach((u, i) => {
      const uAt = `${upstreamAt}[${i}]`;
      const o = check.object(u, uAt, UPSTREAM_FIELDS);
      if (!o) return;
      const status = check.status(o.status, join(uAt, "status"));
      const headers = check.headers(o.headers, join(uAt, "headers"));
      upstream.push({ status: status!, headers: headers!, ...check.body(o, uAt) });
    });
  }

  let context: CaseContext | undefined;
  if (c.context !== undefined) {
    const contextAt = join(at, "context");
    const o = check.object(c.context, contextAt, CONTEXT_FIELDS);
    if (o) {
      context = {};
      if (o.originalUrl !== undefined) context.originalUrl = check.string(o.originalUrl, join(contextAt, "originalUrl"), { url: true });
      if (o.correlationId !== undefined) context.correlationId = check.string(o.correlationId, join(contextAt, "correlationId"));
      if (o.notificationBase !== undefined) context.notificationBase = check.string(o.notificationBase, join(contextAt, "notificationBase"), { url: true });
      if (o.now !== undefined) {
        // The pinned clock of both sides (src/runtime/clock.ts): an ISO 8601 time with its zone.
        const now = check.string(o.now, join(contextAt, "now"));
        if (now !== undefined && (!ISO_TIME.test(now) || Number.isNaN(Date.parse(now)))) check.problem(join(contextAt, "now"), `expected an ISO 8601 time such as "2026-01-01T00:00:00Z", got ${describe(now)}`);
        else context.now = now;
      }
    }
  }

  let expect: Case["expect"];
  if (c.expect !== undefined) {
    const expectAt = join(at, "expect");
    const o = check.object(c.expect, expectAt, EXPECT_FIELDS);
    if (o) {
      expect = { status: check.status(o.status, join(expectAt, "status"))! };
      if ("body" in o) expect.body = o.body as CaseBody;
    }
  }

  if (check.problems.length > before) return undefined;
  return { name: name!, operationId: operationId!, request: request!, upstream, ...(context && { context }), ...(expect && { expect }) };
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

export function loadCaseFile(file: string): CaseFileResult {
  const name = shown(file);
  const read = readJsonFile(file);
  if (!read.ok) return { cases: [], errors: [`${name}: ${read.problem}`] };
  const value = read.value;
  if (Array.isArray(value) && value.length === 0) {
    return { cases: [], errors: [`${name}: holds an empty array, so no case; write one case object, or an array of them, or delete the file`] };
  }
  const check = new Checker();
  const cases: Case[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const c = checkCase(item, `[${i}]`, check);
      if (c) cases.push(c);
    });
  } else {
    const c = checkCase(value, "", check);
    if (c) cases.push(c);
  }
  return { cases, errors: check.problems.map((p) => `${name}: ${p}`) };
}
