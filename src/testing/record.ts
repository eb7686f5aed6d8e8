// Records each harness call as a case (design.md's format) under build/cases/, secrets redacted,
// so that `csxc verify` can replay what the jest tests saw through the compiled C#.

import * as fs from "node:fs";
import * as path from "node:path";
import { bytesToCaseBody, type Case, type CaseUpstream } from "../verify/case";
import type { HeaderList, WireRequest, WireResponse } from "../runtime/wire";

export const REDACTED = "<redacted>";
const ALWAYS_SECRET = ["x-api-key", "authorization", "x-addon-token", "proxy-authorization", "cookie", "set-cookie"];

export class Redactor {
  private readonly names: Set<string>;
  private readonly values = new Set<string>();

  constructor(extraHeaders: string[] = []) {
    this.names = new Set([...ALWAYS_SECRET, ...extraHeaders.map((h) => h.toLowerCase())]);
  }

  /** Header values that are secrets; remembered so they are scrubbed wherever else they appear. */
  headers(list: HeaderList): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of list) {
      const secret = this.names.has(name.toLowerCase());
      if (secret && value.length >= 4) this.values.add(value);
      const shown = secret ? REDACTED : value;
      out[name] = out[name] === undefined ? shown : `${out[name]}, ${shown}`;
    }
    return out;
  }

  /** Replaces any remembered secret wherever it occurs in the text of the case. */
  scrub(text: string): string {
    let out = text;
    for (const value of this.values) out = out.split(JSON.stringify(value).slice(1, -1)).join(REDACTED);
    return out;
  }
}

export function caseFrom(
  name: string,
  operationId: string,
  request: WireRequest,
  responses: WireResponse[],
  redactor: Redactor,
  context?: Case["context"],
): Case {
  const upstream: CaseUpstream[] = responses.map((r) => ({ status: r.status, headers: redactor.headers(r.headers), ...bytesToCaseBody(r.body) }));
  const recorded: Case = {
    name,
    operationId,
    request: { method: request.method, url: request.url, headers: redactor.headers(request.headers), ...bytesToCaseBody(request.body) },
    upstream,
  };
  if (context && Object.keys(context).length) recorded.context = context;
  return recorded;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "case";
}

// Jest gives each test file its own module registry, so these live for one test file's run.
const taken = new Set<string>();
const cleared = new Set<string>();

/** Writes one case file; the name is unique within the directory for this run. A test file's
 *  directory is emptied on its first write, so renamed tests leave no stale cases behind. */
export function writeCase(dir: string, baseName: string, recorded: Case, redactor: Redactor): string {
  if (!cleared.has(dir)) {
    fs.rmSync(dir, { recursive: true, force: true });
    cleared.add(dir);
  }
  fs.mkdirSync(dir, { recursive: true });
  let file = path.join(dir, `${slug(baseName)}.json`);
  for (let i = 2; taken.has(file); i++) file = path.join(dir, `${slug(baseName)}-${i}.json`);
  taken.add(file);
  const target = file;
  fs.writeFileSync(target, redactor.scrub(JSON.stringify(recorded, null, 2)) + "\n");
  return target;
}
