// Records each harness call as a case (design.md's format) under build/cases/, secrets redacted,
// so that `csxc verify` can replay what the jest tests saw through the compiled C#.
//
// Redaction works in two passes over the whole case. By name: headers and URL/form parameters
// that carry credentials (the swagger's apiKey definitions, in a header or the query, and a list
// of names every API uses), and JSON body fields named like secrets; their values are replaced and
// remembered. By value: every remembered secret is then replaced wherever else it occurs, in every
// form a URL or a body can carry it (raw, percent-encoded, `\u`-escaped, base64, inside a
// `bodyBase64` body), in every string of the case, and in the case's name, which names its file.

import * as fs from "node:fs";
import * as path from "node:path";
import { bytesToCaseBody, type Case, type CaseBody, type CaseUpstream, type JsonValue } from "../verify/case";
import type { WireRequest, WireResponse } from "../runtime/wire";

export const REDACTED = "<redacted>";
/** The same marker inside a URL, percent-encoded so the URL stays one both runtimes parse alike. */
const REDACTED_IN_URL = encodeURIComponent(REDACTED);

/** Header names that carry credentials whatever the API: always redacted. */
const SECRET_HEADERS = new Set([
  "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "apikey", "x-apikey",
  "x-auth-token", "x-access-token", "x-addon-token", "x-csrf-token", "x-xsrf-token", "ocp-apim-subscription-key",
  "x-functions-key", "x-amz-security-token", "x-goog-api-key", "private-token", "x-ms-token", "x-client-secret",
]);

/** URL query and form parameter names that carry credentials (OAuth, SAS `sig`, API keys…). */
const SECRET_PARAMETERS = new Set([
  "api_key", "apikey", "api-key", "access_token", "refresh_token", "id_token", "token", "client_secret", "password",
  "passwd", "pwd", "secret", "code", "sig", "signature", "x-api-key", "auth", "session", "sessionid", "session_id",
]);

/** Any name (header, parameter, JSON field; camelCase split) whose last word says it holds a secret. */
const SECRET_NAME = /(?:^|[-_.])(?:token|secret|password|passwd|signature|credentials?|connection[-_.]?string|(?:api|access|secret|private|subscription|functions|client|auth|master|account|shared[-_.]?access)[-_.]?key)$/;

/** `accessToken` → `access_token`, `X-Api-Key` → `x-api-key`: one spelling to test. */
function normalName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

const isSecretName = (name: string) => SECRET_NAME.test(normalName(name));

/** Values shorter than this are redacted where they stand but not hunted elsewhere: too common. */
const MIN_SECRET_LENGTH = 4;

export interface RedactorOptions {
  /** More secret header names, e.g. the swagger's `in: header` apiKey definitions. */
  headers?: string[];
  /** More secret query parameter names, e.g. the swagger's `in: query` apiKey definitions. */
  query?: string[];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A hex digit as a class matching either case: percent- and \u-escapes may use both. */
function hexClass(hex: string): string {
  return [...hex].map((d) => (/[a-f]/i.test(d) ? `[${d.toLowerCase()}${d.toUpperCase()}]` : d)).join("");
}

/** One character in any form a URL or a JSON text may write it: as is, %XX, \uXXXX, + for space.
 *  `literal` is how the character itself appears (its UTF-8 bytes, when bytes are searched). */
function anyEncoding(char: string, literal = escapeRegex(char)): string {
  const forms = [literal];
  forms.push([...Buffer.from(char, "utf8")].map((b) => "%" + hexClass(b.toString(16).padStart(2, "0"))).join(""));
  const units = char.length === 2 ? [char.charCodeAt(0), char.charCodeAt(1)] : [char.charCodeAt(0)];
  forms.push(units.map((u) => "\\\\u" + hexClass(u.toString(16).padStart(4, "0"))).join(""));
  if (char === " ") forms.push("\\+");
  const escaped = JSON.stringify(char).slice(1, -1);
  if (escaped !== char) forms.push(escapeRegex(escaped));
  return `(?:${forms.join("|")})`;
}

/** Every remembered secret, in every encoding, as one pattern; `bytes` matches a latin1 view of UTF-8. */
function secretsRegex(values: Iterable<string>, bytes: boolean): RegExp {
  const alternatives = [...values]
    .sort((a, b) => b.length - a.length) // longest first, so a secret holding another goes whole
    .flatMap((v) => [
      [...v].map((c) => anyEncoding(c, bytes ? escapeRegex(Buffer.from(c, "utf8").toString("latin1")) : undefined)).join(""),
      ...base64Cores(v).map(escapeRegex),
    ]);
  return new RegExp(alternatives.join("|"), "g");
}

/** The base64 text of `secret` at each of the three byte alignments, in both alphabets: what a
 *  base64 body or a Basic credential holds of it wherever it starts. */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const cores = new Set<string>();
  for (let offset = 0; offset < 3; offset++) {
    const text = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    const core = text.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    if (core.length >= 8) {
      cores.add(core);
      cores.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  }
  return [...cores];
}

/** Credentials inside a header value: the token after `Bearer`, the password of `Basic`, cookie values. */
function credentialParts(name: string, value: string): string[] {
  const parts = [value];
  const scheme = /^\s*([A-Za-z][\w-]*)\s+(\S.*)$/.exec(value);
  if (scheme && /authorization/.test(name)) {
    parts.push(scheme[2].trim());
    if (scheme[1].toLowerCase() === "basic") {
      const decoded = Buffer.from(scheme[2].trim(), "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon >= 0) parts.push(decoded, decoded.slice(colon + 1));
    }
  }
  // A connection string (`Endpoint=…;AccessKey=…`): its secret-named keys' values are hunted
  // everywhere else too, e.g. a script that copies the key into a body.
  for (const pair of value.split(";")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && isSecretName(pair.slice(0, eq).trim())) parts.push(pair.slice(eq + 1).trim());
  }
  if (name === "cookie" || name === "set-cookie") {
    const pairs = name === "cookie" ? value.split(";") : [value.split(";")[0]];
    for (const pair of pairs) {
      const eq = pair.indexOf("=");
      if (eq > 0) parts.push(pair.slice(eq + 1).trim());
    }
  }
  return parts;
}

function decodeParam(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

export class Redactor {
  private readonly headerNames: Set<string>;
  private readonly parameterNames: Set<string>;
  /** Secrets seen so far in this harness: each later case is scrubbed of all of them. */
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  constructor(options: RedactorOptions | string[] = {}) {
    const opts = Array.isArray(options) ? { headers: options } : options;
    this.headerNames = new Set([...SECRET_HEADERS, ...(opts.headers ?? []).map((h) => h.toLowerCase())]);
    this.parameterNames = new Set([...SECRET_PARAMETERS, ...(opts.query ?? []).map((q) => q.toLowerCase())]);
  }

  private remember(value: string): void {
    if (value.length < MIN_SECRET_LENGTH || value === REDACTED || value === REDACTED_IN_URL || this.values.has(value)) return;
    this.values.add(value);
    this.pattern = undefined;
  }

  private secretHeader(name: string): boolean {
    const lower = name.toLowerCase();
    return this.headerNames.has(lower) || isSecretName(lower);
  }

  private secretParameter(name: string): boolean {
    return this.parameterNames.has(name.toLowerCase()) || isSecretName(name);
  }

  /** Redacts secret headers by name, remembering their values. */
  private headers(headers: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!this.secretHeader(name)) {
        out[name] = value;
        continue;
      }
      for (const part of value.split(/,\s*(?=[A-Za-z][\w-]*[\s=])/).concat(value)) credentialParts(name.toLowerCase(), part).forEach((p) => this.remember(p));
      out[name] = REDACTED;
    }
    return out;
  }

  /** `a=1&api_key=xyz` (a query or a form body) with secret parameters' values replaced. */
  private parameters(text: string, marker: string): string {
    return text.replace(/(^|[&;])([^=&;]+)=([^&;#]*)/g, (whole, sep: string, name: string, value: string) => {
      if (!this.secretParameter(decodeParam(name))) return whole;
      this.remember(decodeParam(value));
      this.remember(value);
      return `${sep}${name}=${marker}`;
    });
  }

  /** A URL with its query's secret parameters and any userinfo password redacted. */
  private url(url: string): string {
    const hash = url.indexOf("#");
    const beforeHash = hash < 0 ? url : url.slice(0, hash);
    const q = beforeHash.indexOf("?");
    let out = q < 0 ? beforeHash : beforeHash.slice(0, q + 1) + this.parameters(beforeHash.slice(q + 1), REDACTED_IN_URL);
    out = out.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/@:?#]*:)([^/@?#]+)@/i, (_w, head: string, password: string) => {
      this.remember(decodeParam(password));
      return `${head}${REDACTED_IN_URL}@`;
    });
    return hash < 0 ? out : out + url.slice(hash);
  }

  /** A JSON value with fields named like secrets replaced, remembering their values. */
  private jsonFields(value: JsonValue): JsonValue {
    if (typeof value !== "object" || value === null) return value;
    // Iterative, so that no body is too deep for it (case bodies may nest a thousand levels).
    const root = structuredCloneSafe(value);
    const stack: JsonValue[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      if (typeof node !== "object" || node === null) continue;
      if (Array.isArray(node)) {
        stack.push(...node);
        continue;
      }
      for (const [key, child] of Object.entries(node)) {
        if (isSecretName(key) && child !== null && (typeof child === "string" || typeof child === "number")) {
          this.remember(String(child));
          node[key] = REDACTED;
        } else stack.push(child);
      }
    }
    return root;
  }

  /** A body, by name: JSON fields, form parameters, and JSON or a form held as text. */
  private body<T extends { headers: Record<string, string>; body: CaseBody; bodyBase64?: string }>(message: T): T {
    const type = Object.entries(message.headers).find(([n]) => n.toLowerCase() === "content-type")?.[1] ?? "";
    let body = message.body;
    if (typeof body === "string") {
      let parsed: JsonValue | undefined;
      try {
        parsed = JSON.parse(body) as JsonValue;
      } catch {
        parsed = undefined;
      }
      if (parsed !== undefined && typeof parsed === "object" && parsed !== null) {
        const redacted = this.jsonFields(parsed);
        if (JSON.stringify(redacted) !== JSON.stringify(parsed)) body = JSON.stringify(redacted);
      } else if (/x-www-form-urlencoded/i.test(type) || /^[^\s=&]+=[^\s&]*(?:&[^\s=&]+=[^\s&]*)*$/.test(body)) {
        body = this.parameters(body, REDACTED);
      }
    } else body = this.jsonFields(body);
    return { ...message, body };
  }

  private secretsPattern(): RegExp | undefined {
    if (!this.values.size) return undefined;
    this.pattern ??= secretsRegex(this.values, false);
    return this.pattern;
  }

  /** Replaces every remembered secret in `text`, in any of its encodings. */
  scrub(text: string, marker = REDACTED): string {
    const pattern = this.secretsPattern();
    return pattern ? text.replace(pattern, marker) : text;
  }

  /** Bytes scrubbed as bytes (a latin1 view keeps each byte one character), for `bodyBase64`. */
  private scrubBase64(base64: string): string {
    if (!this.values.size) return base64;
    const bytes = Buffer.from(base64, "base64").toString("latin1");
    const scrubbed = bytes.replace(secretsRegex(this.values, true), REDACTED);
    return scrubbed === bytes ? base64 : Buffer.from(scrubbed, "latin1").toString("base64");
  }

  /** Every string of a value (keys too) scrubbed of every remembered secret; iterative. */
  private scrubValue(value: JsonValue): JsonValue {
    const scrubOne = (v: JsonValue): JsonValue => {
      if (typeof v === "string") return this.scrub(v);
      if (typeof v === "number" && this.values.has(String(v))) return REDACTED;
      return v;
    };
    if (typeof value !== "object" || value === null) return scrubOne(value);
    const root = structuredCloneSafe(value);
    const stack: Array<JsonValue[] | Record<string, JsonValue>> = [root as JsonValue[] | Record<string, JsonValue>];
    while (stack.length) {
      const node = stack.pop()!;
      if (Array.isArray(node)) {
        node.forEach((child, i) => {
          if (typeof child === "object" && child !== null) stack.push(child);
          else node[i] = scrubOne(child);
        });
        continue;
      }
      for (const [key, child] of Object.entries(node)) {
        const newKey = this.scrub(key);
        if (newKey !== key) delete node[key];
        if (typeof child === "object" && child !== null) stack.push(child);
        node[newKey] = typeof child === "object" && child !== null ? child : scrubOne(child);
      }
    }
    return root;
  }

  private message<T extends { headers: Record<string, string>; body: CaseBody; bodyBase64?: string }>(message: T): T {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(message.headers)) headers[this.scrub(name)] = this.scrub(value);
    const out = { ...message, headers, body: this.scrubValue(message.body) };
    if (message.bodyBase64 !== undefined) out.bodyBase64 = this.scrubBase64(message.bodyBase64);
    return out;
  }

  /** The case with every secret gone: by name first (learning values), then by value everywhere. */
  redact(recorded: Case): Case {
    const request = this.body({ ...recorded.request, headers: this.headers(recorded.request.headers), url: this.url(recorded.request.url) });
    const upstream = recorded.upstream.map((u) => this.body({ ...u, headers: this.headers(u.headers) }));
    const context = recorded.context && { ...recorded.context };
    for (const key of ["originalUrl", "notificationBase"] as const) {
      if (context?.[key] !== undefined) context[key] = this.url(context[key]!);
    }
    // By value, now that every secret named anywhere in the case is known.
    const out: Case = {
      ...recorded,
      name: this.scrub(recorded.name),
      request: { ...this.message(request), url: this.scrub(request.url, REDACTED_IN_URL) },
      upstream: upstream.map((u) => this.message(u)),
    };
    if (context) {
      out.context = {};
      for (const [key, value] of Object.entries(context)) {
        if (value !== undefined) out.context[key as keyof typeof context] = this.scrub(value, key === "correlationId" ? REDACTED : REDACTED_IN_URL);
      }
    }
    if (recorded.expect) out.expect = { ...recorded.expect, ...("body" in recorded.expect && { body: this.scrubValue(recorded.expect.body ?? null) }) };
    return out;
  }
}

/** structuredClone recurses; JSON values are cloned here without recursion. */
function structuredCloneSafe<T extends JsonValue>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  const root = (Array.isArray(value) ? [] : {}) as Record<string, JsonValue>;
  const stack: Array<[JsonValue, Record<string, JsonValue>]> = [[value, root]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    for (const [key, child] of Object.entries(from as Record<string, JsonValue>)) {
      if (typeof child === "object" && child !== null) {
        const copy = (Array.isArray(child) ? [] : {}) as Record<string, JsonValue>;
        to[key] = copy as JsonValue;
        stack.push([child, copy]);
      } else to[key] = child;
    }
  }
  return root as T;
}

function headerRecord(list: WireRequest["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of list) out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  return out;
}

/** The case as it happened, secrets included: `writeCase` redacts it. */
export function caseFrom(name: string, operationId: string, request: WireRequest, responses: WireResponse[], context?: Case["context"]): Case {
  const upstream: CaseUpstream[] = responses.map((r) => ({ status: r.status, headers: headerRecord(r.headers), ...bytesToCaseBody(r.body) }));
  const recorded: Case = {
    name,
    operationId,
    request: { method: request.method, url: request.url, headers: headerRecord(request.headers), ...bytesToCaseBody(request.body) },
    upstream,
  };
  if (context && Object.keys(context).length) recorded.context = { ...context };
  return recorded;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "case";
}

// Jest gives each test file its own module registry, so these live for one test file's run.
const taken = new Set<string>();
const cleared = new Set<string>();

/** Redacts the case and writes it; the file is named from the redacted name (so no secret reaches
 *  a file name) and is unique within the directory for this run. A test file's directory is
 *  emptied on its first write, so renamed tests leave no stale cases behind. */
export function writeCase(dir: string, baseName: string, recorded: Case, redactor: Redactor): string {
  const redacted = redactor.redact(recorded);
  const folder = path.join(path.dirname(dir), slugKeep(redactor.scrub(path.basename(dir))));
  if (!cleared.has(folder)) {
    fs.rmSync(folder, { recursive: true, force: true });
    cleared.add(folder);
  }
  fs.mkdirSync(folder, { recursive: true });
  const base = slug(redactor.scrub(baseName));
  let file = path.join(folder, `${base}.json`);
  for (let i = 2; taken.has(file); i++) file = path.join(folder, `${base}-${i}.json`);
  taken.add(file);
  fs.writeFileSync(file, JSON.stringify(redacted, null, 2) + "\n");
  return file;
}

/** A folder name with a redaction in it, kept readable: `<redacted>` is not a portable file name. */
function slugKeep(name: string): string {
  return name.includes(REDACTED) ? name.split(REDACTED).join("redacted") : name;
}
