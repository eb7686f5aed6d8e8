// The shape of a conformance case, and shorthands for writing many of them. The runner is
// test/support/conformance.ts; this module imports only types, so that docs.test.ts can read the cases
// without the .NET machinery.

import type { CaseContext, CaseRequest, CaseUpstream, JsonValue } from "../../../src/verify/case";

/**
 * One conformance case. `code` is an expression (form "expr", the default), a function body that
 * returns the value (form "body"; it may `await`, and reads `req` and `ctx`), or the body of
 * `handle(req, ctx)` itself, returning a Res (form "handle"), or the operation's entry of the
 * transforms map, a hook object (form "map"). For "expr" and "body" the operation
 * answers `ctx.respond(200, { value })`; a thrown error goes through the error policy (500, or an
 * HttpError's status) on both sides, and that answer is compared as well.
 */
export interface Snippet {
  /** The construct the case covers: a heading of docs/language.md. */
  construct: string;
  code: string;
  form?: "expr" | "body" | "handle" | "map";
  /** Shown in the test name; defaults to the code. */
  name?: string;
  /** Top-level declarations of the snippet's file (functions, interfaces, constants, imports). */
  declarations?: string;
  /** More files of the snippet, importable as "./$/name" from `declarations`. */
  files?: Record<string, string>;
  request?: Partial<CaseRequest>;
  upstream?: CaseUpstream[];
  context?: CaseContext;
  /** The value JavaScript gives; checked on the node side, so the case also states the JS semantics. */
  value?: JsonValue;
  /** The case is a rejected construct: emitting it must report this diagnostic code. */
  rejects?: string;
  /** Not expected to agree yet: why. Pending cases run and report, but do not fail. */
  pending?: string;
}

/** Shorthands for writing many cases: `exprs("Arithmetic", ["1 + 2", ...])`. */
export function exprs(construct: string, codes: Array<string | Omit<Snippet, "construct">>, common: Partial<Snippet> = {}): Snippet[] {
  return codes.map((c) => ({ construct, ...common, ...(typeof c === "string" ? { code: c } : c) }));
}

export function bodies(construct: string, codes: Array<string | Omit<Snippet, "construct">>, common: Partial<Snippet> = {}): Snippet[] {
  return codes.map((c) => ({ construct, form: "body" as const, ...common, ...(typeof c === "string" ? { code: c } : c) }));
}

/** How a case is named in test titles and in the pending list. */
export function snippetName(s: Snippet): string {
  return s.name ?? s.code.replace(/\s+/g, " ").trim();
}

export function caseKey(s: Snippet): string {
  return `${s.construct}: ${snippetName(s)}`;
}
