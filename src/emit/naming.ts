// How a TypeScript name becomes a C# identifier. Ordinary names are kept as written (`entries`
// stays `entries`); a name is changed only where C# would read it differently from JS:
//
// - characters C# does not take in an identifier, or takes differently: `$`, and format characters
//   (Cf, such as U+200D) that C# drops when it compares names, so that `ab` and `a\u200Db`, two
//   names in JS, would be one in C#. Each becomes visible ASCII (`$` → `_`, U+200D → `_u200D`);
// - C# keywords (`@string`), and contextual keywords that change meaning when a name is declared
//   (`nameof`, the discard `_`, …): a suffix;
// - the names the script itself relies on (`System`, `Convert`, `Js`, `CsxReq`, `JToken`, `Task`,
//   ScriptBase's members, …): a user member or local of that name would capture every use of it
//   in the runtime. They are read from the template and the runtime C# (`reservedNames`), not listed
//   here, so a runtime feature added later is protected too.
//
// Whatever the base, EmitContext then makes the name unique where C# needs it (`_2`, `_3`, … in
// declaration order, so output is deterministic).

import * as fs from "node:fs";
import { referencesOf, splitCs } from "./cs-members";
import { loadFeatures } from "./runtime-features";
import { loadPrecompiled, sourceKey } from "../precompiled";
import { templatePath } from "./script";

/** C#'s reserved keywords (ECMA-334 §6.4.4), and the four undocumented ones Roslyn also reserves. */
const CS_KEYWORDS = new Set(
  ("abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else " +
    "enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long " +
    "namespace new null object operator out override params private protected public readonly ref return sbyte sealed short " +
    "sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual " +
    "void volatile while __arglist __makeref __reftype __refvalue").split(" "),
);

/**
 * Contextual keywords whose meaning a declaration of that name changes in code the emitter writes:
 * `nameof(x)` calls a method named nameof, `_ = x` assigns a variable named _ instead of discarding,
 * `await` is a keyword inside async methods. (Others, such as `var` and `value`, keep their meaning
 * next to a member or local of that name, or are never written.)
 */
const CONTEXTUAL = new Set(["_", "nameof", "await"]);

/**
 * Members of ScriptBase that the platform declares (its assembly is not part of csxc's runtime
 * sources): a user member of one of these names would hide it.
 */
const SCRIPT_BASE_MEMBERS = ["ScriptBase", "Context", "CancellationToken", "ExecuteAsync", "CreateJsonContent"];

let reserved: Set<string> | undefined;

/**
 * Every name that code outside the user's declarations reaches by simple name: the types and
 * members the template and the runtime features declare, and the types and namespaces they use
 * (names written bare and starting with a capital: `Convert`, `Encoding`, `System`; their locals
 * are lower case and cannot be captured by a member of Script).
 */
export function reservedNames(): Set<string> {
  if (reserved) return reserved;
  const texts = reservedSources();
  // Lexing the whole runtime took a twentieth of a `csxc check`: the dist build does it once.
  const names = loadPrecompiled<{ key: string; names: string[] }>("reserved-names.js", sourceKey(texts))?.names;
  reserved = names ? new Set(names) : computeReservedNames(texts);
  return reserved;
}

/** The template, then every runtime feature's code: what the reserved names are read from. */
function reservedSources(): string[] {
  return [fs.readFileSync(templatePath(), "utf8"), ...[...loadFeatures().values()].map((f) => f.code)];
}

/** The reserved names and their key, as the dist build stores them (src/precompile.ts). */
export function reservedNamesArtifact(): { key: string; names: string[] } {
  const texts = reservedSources();
  return { key: sourceKey(texts), names: [...computeReservedNames(texts)].sort() };
}

function computeReservedNames([template, ...features]: string[]): Set<string> {
  const names = new Set<string>([...SCRIPT_BASE_MEMBERS, ...CONTEXTUAL]);
  for (const text of [template, ...features]) {
    for (const ref of referencesOf(text)) if (/^[A-Z]/.test(ref) && !ref.includes(".")) names.add(ref);
  }
  for (const code of features) {
    const split = splitCs(code);
    if (!split.ok) continue;
    for (const item of split.items) {
      if (item.kind === "whole") item.unit.names.forEach((n) => names.add(n));
      else names.add(item.name);
    }
  }
  return names;
}

/** Characters kept as written after the first: letters, digits, marks, connectors (BMP only). */
const KEEP_PART = /^[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]$/u;
/** Characters kept as the first: letters and `_` (a mark or digit cannot start a C# identifier). */
const KEEP_START = /^[\p{L}\p{Nl}_]$/u;

/**
 * The C# spelling of a TypeScript identifier, before uniqueness: every character C# would read
 * differently is replaced by visible ASCII, and a keyword or reserved name is set apart.
 */
export function csIdentifier(tsName: string): string {
  let out = "";
  for (const ch of tsName) {
    const code = ch.codePointAt(0)!;
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else if (ch === "$") out += "_";
    else if (code <= 0xffff && (out ? KEEP_PART : KEEP_START).test(ch)) out += ch;
    else out += `_u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  if (!out) out = "_";
  if (CS_KEYWORDS.has(out)) return "@" + out;
  if (reservedNames().has(out)) return out + "_";
  return out;
}

/** Whether a C# name is one that emitted code must not declare (for names the emitter derives). */
export function isReservedName(name: string): boolean {
  return CS_KEYWORDS.has(name) || reservedNames().has(name);
}
