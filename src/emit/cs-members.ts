// Splits a C# runtime snippet (src/runtime/cs/*.cs) into its top-level types and the members of
// its static classes, so that a script can carry only the members it reaches (runtime-prune.ts).
// Not a C# parser: a lexer that knows comments, strings (regular, verbatim, interpolated) and char
// literals, and brace/paren/bracket matching over what is left. Every piece keeps its exact text,
// leading comments included; the pieces joined give the snippet back, byte for byte.

/** A member of a static class, or a whole top-level item that is kept or dropped as one. */
export interface CsUnit {
  /** The names that keep it: a member's identifier (several for `int a = 1, b = 2;`), a type's name. */
  names: string[];
  /** Kept whenever its part is (static constructors, operators, indexers, members the compiler calls by pattern). */
  always: boolean;
  text: string;
}

/** A top-level item: a static class whose members are pruned one by one, or a unit kept whole. */
export type CsItem =
  | { kind: "static-class"; name: string; header: string; members: CsUnit[]; closing: string }
  | { kind: "whole"; unit: CsUnit };

export type SplitResult = { ok: true; items: CsItem[]; tail: string } | { ok: false; reason: string };

/** Members the compiler calls without naming them (foreach, collection initializers, using, await, deconstruction). */
const PATTERN_NAMES = new Set(["GetEnumerator", "Add", "Dispose", "GetAwaiter", "Deconstruct", "ToString", "Equals", "GetHashCode", "Finalize"]);
const TYPE_KEYWORDS = new Set(["class", "struct", "interface", "enum"]);

/**
 * Two views of the text, index for index: `structure` has comments and the insides of string and
 * char literals blanked (a literal becomes `0` and spaces), so braces there do not count;
 * `code` has only the comments blanked (identifiers inside strings are harmless extra names).
 */
export function lex(text: string): { structure: string; code: string } {
  const structure = text.split("");
  const code = text.split("");
  const blank = (from: number, to: number, both: boolean) => {
    for (let k = from; k < to; k++) {
      if (text[k] === "\n") continue;
      structure[k] = " ";
      if (both) code[k] = " ";
    }
  };
  const literal = (from: number, to: number) => {
    blank(from, to, false);
    structure[from] = "0";
  };
  /** The end of a string starting at i (at its first `"`), interpolated holes included. */
  const stringEnd = (i: number, verbatim: boolean, interpolated: boolean): number => {
    let k = i + 1;
    while (k < text.length) {
      const c = text[k];
      if (!verbatim && c === "\\") k += 2;
      else if (c === '"') {
        if (verbatim && text[k + 1] === '"') k += 2;
        else return k + 1;
      } else if (interpolated && c === "{") {
        if (text[k + 1] === "{") k += 2;
        else k = codeEnd(k + 1, "}");
      } else if (!verbatim && c === "\n") return k; // unterminated: the line ends it
      else k++;
    }
    return k;
  };
  /** Scans code from i to the `close` that ends it at depth 0 (an interpolation hole); its index + 1. */
  const codeEnd = (i: number, close: string): number => {
    let depth = 0;
    let k = i;
    while (k < text.length) {
      const next = token(k);
      if (next > k) {
        k = next;
        continue;
      }
      const c = text[k];
      if (c === "{" || c === "(" || c === "[") depth++;
      else if (c === "}" || c === ")" || c === "]") {
        if (depth === 0 && c === close) return k + 1;
        depth--;
      }
      k++;
    }
    return k;
  };
  /** If a comment or literal starts at k, blanks it and returns its end; else k. */
  const token = (k: number): number => {
    const c = text[k];
    const d = text[k + 1];
    if (c === "/" && d === "/") {
      let e = text.indexOf("\n", k);
      if (e < 0) e = text.length;
      blank(k, e, true);
      return e;
    }
    if (c === "/" && d === "*") {
      let e = text.indexOf("*/", k + 2);
      e = e < 0 ? text.length : e + 2;
      blank(k, e, true);
      return e;
    }
    if (c === '"') {
      const e = stringEnd(k, false, false);
      literal(k, e);
      return e;
    }
    if ((c === "@" && d === '"') || (c === "$" && d === '"')) {
      const e = stringEnd(k + 1, c === "@", c === "$");
      literal(k, e);
      return e;
    }
    if ((c === "@" && d === "$") || (c === "$" && d === "@")) {
      if (text[k + 2] === '"') {
        const e = stringEnd(k + 2, true, true);
        literal(k, e);
        return e;
      }
    }
    if (c === "'") {
      let e = k + 1;
      while (e < text.length && text[e] !== "'" && text[e] !== "\n") e += text[e] === "\\" ? 2 : 1;
      e = Math.min(e + 1, text.length);
      literal(k, e);
      return e;
    }
    return k;
  };
  for (let k = 0; k < text.length; ) {
    const next = token(k);
    k = next > k ? next : k + 1;
  }
  return { structure: structure.join(""), code: code.join("") };
}

const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r";
const identifierPattern = /[A-Za-z_][A-Za-z0-9_]*/g;

/**
 * The names that code mentions (comments left out; string contents in, which can only keep more):
 * `X` for an identifier written bare, `Q.X` and `.X` for one written after a dot (`Js.Slice`,
 * `s.Split`). A member of a static class can be reached only as `C.X` or bare (these classes are
 * nested in Script, so none can declare extension methods), which keeps `Js.Split` out of a script
 * that calls only `string.Split`.
 */
export function referencesOf(text: string): Set<string> {
  const code = lex(text).code;
  const out = new Set<string>();
  for (const m of code.matchAll(identifierPattern)) {
    let k = m.index! - 1;
    while (k >= 0 && isSpace(code[k])) k--;
    if (code[k] !== ".") {
      out.add(m[0]);
      continue;
    }
    out.add(`.${m[0]}`);
    k--;
    while (k >= 0 && isSpace(code[k])) k--;
    const q = /[A-Za-z0-9_]+$/.exec(code.slice(Math.max(0, k - 100), k + 1));
    if (q) out.add(`${q[0]}.${m[0]}`);
  }
  return out;
}

/** Index just past the line that ends at or after `at`, if only blanks (or a blanked comment) follow on it. */
function endOfLine(structure: string, at: number): number {
  let k = at;
  while (k < structure.length && (structure[k] === " " || structure[k] === "\t" || structure[k] === "\r")) k++;
  if (structure[k] === "\n") return k + 1;
  return k >= structure.length ? k : at;
}

/**
 * Scans one member (or top-level item) from its first significant character: to a `;` at depth 0,
 * or to a `}` that closes depth 0 and is not followed by what continues an expression (`= {…};`,
 * `{ get; } = 1;`, `new X { … }.Y`). Returns the index past it, or -1 when the braces do not balance.
 */
function memberEnd(s: string, start: number, limit: number): number {
  let depth = 0;
  for (let k = start; k < limit; k++) {
    const c = s[k];
    if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") {
      depth--;
      if (depth < 0) return -1;
      if (depth === 0 && c === "}") {
        let n = k + 1;
        while (n < limit && isSpace(s[n])) n++;
        if (s[n] === ";") return n + 1;
        if (n < limit && "=.,)]?:+-*/|&<>!^%".includes(s[n])) continue;
        return k + 1;
      }
    } else if (c === ";" && depth === 0) return k + 1;
  }
  return -1;
}

/** The part of a member before its body, parameters or initializer: `public static T Foo<T>`. */
function headOf(s: string): { head: string; stop: number } {
  let depth = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (depth === 0 && (c === "(" || c === "{" || c === "=" || c === ";")) return { head: s.slice(0, k), stop: k };
  }
  return { head: s, stop: s.length };
}

function withoutGroups(head: string): string {
  let out = head;
  // Attributes and indexer brackets, then generic argument lists (innermost first).
  for (let prev = ""; prev !== out; ) {
    prev = out;
    out = out.replace(/\[[^[\]]*\]/g, " ").replace(/<[^<>]*>/g, " ");
  }
  return out;
}

/** What a member (structure view, from its first significant character) is called, and whether it is a type. */
function describe(s: string): { names: string[]; typeKeyword?: string; isStatic: boolean; special: boolean } {
  const { head, stop } = headOf(s);
  const words: string[] = withoutGroups(head).match(identifierPattern) ?? [];
  const isStatic = words.includes("static");
  const keywordAt = words.findIndex((w) => TYPE_KEYWORDS.has(w));
  if (keywordAt >= 0 && words[keywordAt + 1]) return { names: [words[keywordAt + 1]], typeKeyword: words[keywordAt], isStatic, special: false };
  if (words.includes("operator") || words.includes("this") || head.includes("~")) return { names: [], isStatic, special: true };
  // `static T a, b;` declares both: after generics are gone, a comma in the head separates declarators.
  const names = withoutGroups(head)
    .split(",")
    .map((part) => (part.match(identifierPattern) ?? []).pop())
    .filter((n): n is string => !!n);
  // More declarators of a field: `const double a = 1, b = 2;`
  if (s[stop] === "=" || s[stop] === ";") {
    let depth = 0;
    for (let k = stop; k < s.length; k++) {
      const c = s[k];
      if (c === "{" || c === "(" || c === "[") depth++;
      else if (c === "}" || c === ")" || c === "]") depth--;
      else if (c === "," && depth === 0) {
        const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*[=,;]/.exec(s.slice(k + 1));
        if (m) names.push(m[1]);
      }
    }
  }
  return { names, isStatic, special: false };
}

interface RawPiece {
  /** Where the piece's text starts (its leading comments and blank lines included) and ends. */
  from: number;
  to: number;
  /** Its first significant character. */
  at: number;
}

/** The pieces of a region [from, to) of structure: members up to a closing brace or the end. */
function pieces(s: string, from: number, to: number): { list: RawPiece[]; rest: number } | undefined {
  const list: RawPiece[] = [];
  let k = from;
  for (;;) {
    let at = k;
    while (at < to && isSpace(s[at])) at++;
    if (at >= to || s[at] === "}") return { list, rest: k };
    const end = memberEnd(s, at, to);
    if (end < 0) return undefined;
    const next = endOfLine(s, end);
    list.push({ from: k, to: next, at });
    k = next;
  }
}

/** Splits a snippet's code into top-level items, the members of static classes split further. */
export function splitCs(text: string): SplitResult {
  const { structure } = lex(text);
  const top = pieces(structure, 0, text.length);
  if (!top) return { ok: false, reason: "unbalanced braces at the top level" };
  if (structure.slice(top.rest).trim()) return { ok: false, reason: `unexpected text after the last item: ${text.slice(top.rest, top.rest + 40)}` };
  const items: CsItem[] = [];
  for (const p of top.list) {
    const s = structure.slice(p.at, p.to);
    const d = describe(s);
    const wholeText = text.slice(p.from, p.to);
    if (d.typeKeyword === "class" && d.isStatic) {
      const open = p.at + headOf(s).stop;
      if (structure[open] !== "{") return { ok: false, reason: `static class ${d.names[0]}: no body` };
      const bodyFrom = endOfLine(structure, open + 1);
      const inner = pieces(structure, bodyFrom, p.to);
      if (!inner) return { ok: false, reason: `static class ${d.names[0]}: unbalanced braces` };
      const members: CsUnit[] = [];
      for (const m of inner.list) {
        const md = describe(structure.slice(m.at, m.to));
        const ctor = md.names.length === 1 && md.names[0] === d.names[0];
        if (!md.names.length && !md.special) return { ok: false, reason: `static class ${d.names[0]}: a member without a name: ${text.slice(m.at, m.at + 60)}` };
        members.push({ names: md.names, always: md.special || ctor || md.names.some((n) => PATTERN_NAMES.has(n)), text: text.slice(m.from, m.to) });
      }
      const closing = text.slice(inner.rest, p.to);
      if (!/^\s*\}\s*$/.test(lex(closing).structure)) return { ok: false, reason: `static class ${d.names[0]}: its body does not end where its braces do` };
      items.push({ kind: "static-class", name: d.names[0], header: text.slice(p.from, bodyFrom), members, closing });
    } else {
      if (!d.names.length && !d.special) return { ok: false, reason: `an item without a name: ${text.slice(p.at, p.at + 60)}` };
      items.push({ kind: "whole", unit: { names: d.names, always: d.special, text: wholeText } });
    }
  }
  const tail = text.slice(top.rest);
  const joined = items.map((i) => (i.kind === "whole" ? i.unit.text : i.header + i.members.map((m) => m.text).join("") + i.closing)).join("") + tail;
  if (joined !== text) return { ok: false, reason: "internal: the pieces do not join back into the snippet" };
  return { ok: true, items, tail };
}
