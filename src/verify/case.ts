// The case format of design.md: one operation call with the backend's answers, and what running it
// produced (its outcome). Both runtimes, node and .NET, consume cases and produce outcomes in
// exactly these shapes, so comparing two outcomes is comparing two JSON values.

import type { HeaderList } from "../runtime/wire";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A body as written in a case file: a string is sent as raw text, any other JSON value is sent as
 * its compact JSON text, null means no body. `bodyBase64` (beside `body`) carries bytes that are
 * not UTF-8 text.
 */
export type CaseBody = JsonValue;

export interface CaseRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: CaseBody;
  bodyBase64?: string;
}

export interface CaseUpstream {
  status: number;
  headers: Record<string, string>;
  body: CaseBody;
  bodyBase64?: string;
}

export interface CaseContext {
  originalUrl?: string;
  correlationId?: string;
  notificationBase?: string;
  /** A pinned clock: Date.now() and new Date() give this time (ISO 8601) on both sides. */
  now?: string;
}

export interface Case {
  name: string;
  operationId: string;
  request: CaseRequest;
  upstream: CaseUpstream[];
  context?: CaseContext;
  expect?: { status: number; body?: CaseBody };
}

/** One message as seen on the wire by either runtime. Bodies are text (UTF-8) or base64 for bytes. */
export interface OutcomeMessage {
  method?: string;
  url?: string;
  status?: number;
  /** Names lower-cased, sorted, repeated values joined with ", "; Content-Length left out. */
  headers: Record<string, string>;
  body: string | null;
  bodyBase64?: string;
}

export interface OutcomeLog {
  level: "info" | "warn" | "error";
  message: string;
}

export interface Outcome {
  sent: OutcomeMessage[];
  response: OutcomeMessage;
  logs: OutcomeLog[];
}


/** Normalises a header list for comparison: lower-case names, sorted, repeats joined, no Content-Length. */
export function normalizeHeaders(headers: HeaderList): Record<string, string> {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    if (key === "content-length") continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  const out: Record<string, string> = {};
  for (const key of [...grouped.keys()].sort()) out[key] = grouped.get(key)!.join(", ");
  return out;
}

/** Bytes of a case body: raw text for strings, compact JSON for other values. */
export function caseBodyBytes(body: CaseBody, bodyBase64?: string): Uint8Array | null {
  if (bodyBase64 !== undefined) return new Uint8Array(Buffer.from(bodyBase64, "base64"));
  if (body === null || body === undefined) return null;
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Uint8Array(Buffer.from(text, "utf8"));
}

/** The inverse of caseBodyBytes, for recording: JSON when the text is compact JSON of a non-string. */
export function bytesToCaseBody(bytes: Uint8Array | null): { body: CaseBody; bodyBase64?: string } {
  if (bytes === null) return { body: null };
  const buffer = Buffer.from(bytes);
  const text = buffer.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(buffer)) return { body: null, bodyBase64: buffer.toString("base64") };
  try {
    const value = JSON.parse(text) as JsonValue;
    if (typeof value !== "string" && JSON.stringify(value) === text) return { body: value };
  } catch {
    // not JSON: recorded as raw text below
  }
  return { body: text };
}

/** Outcome form of a body: UTF-8 text, or base64 when the bytes are not text. */
export function outcomeBody(bytes: Uint8Array | null): { body: string | null; bodyBase64?: string } {
  if (bytes === null || bytes.length === 0) return { body: null };
  const buffer = Buffer.from(bytes);
  const text = buffer.toString("utf8");
  if (Buffer.from(text, "utf8").equals(buffer)) return { body: text };
  return { body: null, bodyBase64: buffer.toString("base64") };
}
