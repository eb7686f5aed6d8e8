// Translates a JavaScript regular expression (without the u flag) into a .NET pattern with the same
// meaning, or says why it cannot. The pattern is parsed and written back construct by construct, so
// nothing is left to the places where .NET reads a pattern differently:
//
// - \d \w \s \b and `.` become explicit classes (.NET's are Unicode-wide, JS's \d and \w are ASCII
//   and JS's \s and `.` have their own sets); ^ and $ become lookarounds (.NET's $ also matches
//   before a final \n; with m, JS's lines also end at \r, \u2028 and \u2029);
// - the i flag is expanded into classes by JS's own case folding, computed here with node, so no
//   .NET case tables (which differ by version: "K" and the Kelvin sign) are involved;
// - named groups become numbered ones in JS's order (.NET numbers named groups last) and the names
//   are kept beside the pattern; a backreference to a group that has not matched matches the empty
//   string, as in JS (.NET fails);
// - every literal character is written escaped, so .NET's own syntax (\a, \e, [a-[b]], (?i), $_)
//   cannot creep in.
//
// Rejected (with the reason): the u, y, d and v flags; a repeated group that can match the empty
// string (JS and .NET stop repeating it at different points); a capture inside a repeated group
// that may not take part in the last repetition (JS resets it, .NET keeps the old one) or inside
// an optional part that can match the empty string; backreferences with the i flag, inside
// lookbehind, or to a group that does not exist (Annex B reads those as octal escapes); captures
// inside lookbehind.

export interface Translated {
  pattern: string;
  /** The name of each capture group, by number from 1; null for unnamed ones. */
  names: Array<string | null>;
}

export type Translation = { ok: true; value: Translated } | { ok: false; reason: string };

type Range = [number, number];

type Node =
  | { t: "seq"; items: Node[] }
  | { t: "alt"; options: Node[] }
  /** Characters; `negate` (a [^…] class) is applied after the i flag's folding, as JS does. */
  | { t: "set"; ranges: Range[]; negate?: boolean }
  | { t: "group"; index?: number; body: Node }
  | { t: "look"; behind: boolean; negate: boolean; body: Node }
  | { t: "assert"; kind: "^" | "$" | "b" | "B" }
  | { t: "backref"; index: number; name?: string }
  | { t: "quant"; body: Node; min: number; max: number; lazy: boolean };

/**
 * A {} bound as V8 reads it: a number from 2^31 - 1 up is "unbounded" (V8's kInfinity), which is
 * also what .NET makes of int.MaxValue; .NET refuses anything larger at run time, so it never gets it.
 */
const UNBOUNDED = 2147483647;
function bound(digits: string): number {
  const n = Number(digits);
  return n >= UNBOUNDED ? Infinity : n;
}

class Reject extends Error {}

const ALL: Range[] = [[0, 0xffff]];
const DIGIT: Range[] = [[0x30, 0x39]];
const WORD: Range[] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
/** JS's \s: WhiteSpace and LineTerminator. */
const SPACE: Range[] = normalize([
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029],
  [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]);
const LINE_TERMINATORS: Range[] = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];

function normalize(ranges: Range[]): Range[] {
  const sorted = ranges.map((r) => [r[0], r[1]] as Range).sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

function complement(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of normalize(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= 0xffff) out.push([next, 0xffff]);
  return out;
}

// --- JS's case folding without u: Canonicalize(ch) of the specification ---------------------

let folding: { canon: Uint16Array; members: Map<number, number[]> } | undefined;

function caseFolding() {
  if (folding) return folding;
  const canon = new Uint16Array(0x10000);
  const members = new Map<number, number[]>();
  for (let c = 0; c < 0x10000; c++) {
    const upper = String.fromCharCode(c).toUpperCase();
    const cu = upper.length === 1 ? upper.charCodeAt(0) : c;
    canon[c] = c >= 128 && cu < 128 ? c : cu;
    const list = members.get(canon[c]);
    if (list) list.push(c);
    else members.set(canon[c], [c]);
  }
  folding = { canon, members };
  return folding;
}

/** Every character that the i flag lets match a character of `ranges`. */
function caseless(ranges: Range[]): Range[] {
  const { canon, members } = caseFolding();
  const out: Range[] = [...ranges];
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= hi; c++) {
      for (const m of members.get(canon[c])!) if (m < lo || m > hi) out.push([m, m]);
    }
  }
  return normalize(out);
}

// --- parsing ----------------------------------------------------------------------------------

class Parser {
  private i = 0;
  groups = 0;
  names: Array<string | null> = [];
  private readonly hasNames: boolean;

  constructor(
    private readonly src: string,
    private readonly dotAll: boolean,
  ) {
    this.hasNames = /\(\?<[^=!]/.test(src);
  }

  parse(): Node {
    const node = this.disjunction();
    if (this.i < this.src.length) throw new Reject(`unexpected '${this.src[this.i]}' at ${this.i}`);
    return node;
  }

  private peek(k = 0): string {
    return this.src[this.i + k] ?? "";
  }

  private eat(s: string): boolean {
    if (this.src.startsWith(s, this.i)) {
      this.i += s.length;
      return true;
    }
    return false;
  }

  private disjunction(): Node {
    const options = [this.alternative()];
    while (this.eat("|")) options.push(this.alternative());
    return options.length === 1 ? options[0] : { t: "alt", options };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== "|" && this.peek() !== ")") items.push(this.term());
    return { t: "seq", items };
  }

  private term(): Node {
    const start = this.i;
    const atom = this.atom();
    const quantified = this.quantifier(atom);
    if (quantified !== atom && (atom.t === "assert" || atom.t === "look")) {
      throw new Reject(`a quantifier on an assertion ('${this.src.slice(start, this.i)}')`);
    }
    return quantified;
  }

  private quantifier(body: Node): Node {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return body;
      min = bound(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : bound(m[3]);
      if (max < min) throw new Reject("numbers out of order in a {} quantifier");
      this.i += m[0].length - 1;
    } else return body;
    this.i++;
    const lazy = this.eat("?");
    return { t: "quant", body, min, max, lazy };
  }

  private atom(): Node {
    const c = this.peek();
    if (c === "^" || c === "$") {
      this.i++;
      return { t: "assert", kind: c };
    }
    if (c === ".") {
      this.i++;
      return { t: "set", ranges: this.dotAll ? ALL : complement(LINE_TERMINATORS) };
    }
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === "\\") return this.atomEscape();
    if (c === "*" || c === "+" || c === "?") throw new Reject(`nothing to repeat before '${c}'`);
    if (c === "{" && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.i))) throw new Reject("nothing to repeat before '{'");
    this.i++;
    return literal(c.charCodeAt(0));
  }

  private group(): Node {
    this.i++;
    if (this.eat("?:")) return this.close({ t: "group", body: this.disjunction() });
    for (const [prefix, behind, negate] of [["?=", false, false], ["?!", false, true], ["?<=", true, false], ["?<!", true, true]] as const) {
      if (this.eat(prefix)) return this.close({ t: "look", behind, negate, body: this.disjunction() });
    }
    let name: string | null = null;
    if (this.eat("?<")) {
      const m = /^([$_\p{ID_Start}][$_\u200c\u200d\p{ID_Continue}]*)>/u.exec(this.src.slice(this.i));
      if (!m) throw new Reject("an invalid group name");
      name = m[1];
      if (this.names.includes(name)) throw new Reject(`the group name '${name}' is used twice`);
      this.i += m[0].length;
    } else if (this.peek() === "?") throw new Reject(`the group syntax '(${this.src.slice(this.i, this.i + 2)}'`);
    const index = ++this.groups;
    this.names[index - 1] = name;
    return this.close({ t: "group", index, body: this.disjunction() });
  }

  private close(node: Node): Node {
    if (!this.eat(")")) throw new Reject("a group that is not closed");
    return node;
  }

  private atomEscape(): Node {
    this.i++;
    const c = this.peek();
    if (c === "b" || c === "B") {
      this.i++;
      return { t: "assert", kind: c };
    }
    if (c >= "1" && c <= "9") {
      const digits = /^\d+/.exec(this.src.slice(this.i))![0];
      this.i += digits.length;
      return { t: "backref", index: Number(digits) };
    }
    if (c === "k" && this.hasNames) {
      const m = /^k<([^>]+)>/.exec(this.src.slice(this.i));
      if (!m) throw new Reject("'\\k' without a group name");
      this.i += m[0].length;
      return { t: "backref", index: -1, name: m[1] };
    }
    const ranges = this.classEscape(false);
    return { t: "set", ranges };
  }

  /** The characters an escape (after the backslash) stands for; inside a class `\b` is a backspace. */
  private classEscape(inClass: boolean): Range[] {
    const c = this.peek();
    this.i++;
    switch (c) {
      case "d": return DIGIT;
      case "D": return complement(DIGIT);
      case "w": return WORD;
      case "W": return complement(WORD);
      case "s": return SPACE;
      case "S": return complement(SPACE);
      case "f": return single(0x0c);
      case "n": return single(0x0a);
      case "r": return single(0x0d);
      case "t": return single(0x09);
      case "v": return single(0x0b);
      case "0":
        if (!/[0-9]/.test(this.peek())) return single(0);
        throw new Reject("a legacy octal escape ('\\0' followed by a digit)");
      case "b":
        if (inClass) return single(0x08);
        break;
      case "c": {
        const letter = this.peek();
        if (/[A-Za-z]/.test(letter) || (inClass && /[0-9_]/.test(letter))) {
          this.i++;
          return single(letter.charCodeAt(0) % 32);
        }
        this.i--;
        return single(0x5c); // a lone "\c" is a backslash, then the "c"
      }
      case "x": {
        const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
        if (!m) return single(0x78);
        this.i += 2;
        return single(parseInt(m[0], 16));
      }
      case "u": {
        const m = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.i));
        if (!m) return single(0x75);
        this.i += 4;
        return single(parseInt(m[0], 16));
      }
      case "":
        throw new Reject("a pattern that ends with a backslash");
    }
    if (/[1-9]/.test(c)) throw new Reject("a legacy octal escape inside a class");
    // Any other escaped character stands for itself.
    return single(c.charCodeAt(0));
  }

  private characterClass(): Node {
    this.i++;
    const negate = this.eat("^");
    const ranges: Range[] = [];
    while (this.peek() !== "]") {
      if (this.i >= this.src.length) throw new Reject("a character class that is not closed");
      const from = this.classAtom();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "") {
        this.i++;
        const to = this.classAtom();
        if (isChar(from) && isChar(to)) {
          if (to[0][0] < from[0][0]) throw new Reject("a character class range out of order");
          ranges.push([from[0][0], to[0][0]]);
        } else ranges.push(...from, [0x2d, 0x2d], ...to); // Annex B: [\d-z] is \d, "-" and "z"
      } else ranges.push(...from);
    }
    this.i++;
    return { t: "set", ranges: normalize(ranges), negate };
  }

  private classAtom(): Range[] {
    if (this.peek() === "\\") {
      this.i++;
      return this.classEscape(true);
    }
    return single(this.src.charCodeAt(this.i++));
  }
}

function single(c: number): Range[] {
  return [[c, c]];
}

function isChar(ranges: Range[]): boolean {
  return ranges.length === 1 && ranges[0][0] === ranges[0][1];
}

function literal(c: number): Node {
  return { t: "set", ranges: single(c) };
}

// --- checks -------------------------------------------------------------------------------------

/** Whether `node` can match the empty string. */
function canBeEmpty(node: Node): boolean {
  switch (node.t) {
    case "seq": return node.items.every(canBeEmpty);
    case "alt": return node.options.some(canBeEmpty);
    case "set": return false;
    case "group": return canBeEmpty(node.body);
    case "quant": return node.min === 0 || canBeEmpty(node.body);
    default: return true;
  }
}

function hasCapture(node: Node): boolean {
  switch (node.t) {
    case "seq": return node.items.some(hasCapture);
    case "alt": return node.options.some(hasCapture);
    case "group": return node.index !== undefined || hasCapture(node.body);
    case "look":
    case "quant": return hasCapture(node.body);
    default: return false;
  }
}

/** Whether a capture inside `node` might not take part in a match of `node`. */
function hasOptionalCapture(node: Node): boolean {
  switch (node.t) {
    case "seq": return node.items.some(hasOptionalCapture);
    case "alt": return node.options.some(hasCapture);
    case "group": return hasOptionalCapture(node.body);
    case "look": return hasCapture(node.body);
    case "quant": return (node.min === 0 && hasCapture(node.body)) || hasOptionalCapture(node.body);
    default: return false;
  }
}

function check(node: Node, ctx: { icase: boolean; groups: number; inBehind: boolean }): void {
  switch (node.t) {
    case "seq": node.items.forEach((n) => check(n, ctx)); return;
    case "alt": node.options.forEach((n) => check(n, ctx)); return;
    case "group":
      if (node.index !== undefined && ctx.inBehind) throw new Reject("a capture group inside a lookbehind (.NET fills it in another order)");
      check(node.body, ctx);
      return;
    case "look": check(node.body, { ...ctx, inBehind: ctx.inBehind || node.behind }); return;
    case "backref":
      if (node.index > ctx.groups) throw new Reject(`'\\${node.index}' refers to a group that does not exist (JavaScript reads it as an octal escape)`);
      if (ctx.icase) throw new Reject("a backreference with the i flag (.NET compares the letters by its own case rules)");
      if (ctx.inBehind) throw new Reject("a backreference inside a lookbehind");
      return;
    case "quant":
      if (node.max > 1 && canBeEmpty(node.body)) {
        throw new Reject("a repeated group that can match the empty string (JavaScript and .NET stop repeating it at different points); make each repetition match at least one character");
      }
      if (hasCapture(node.body)) {
        if (canBeEmpty(node.body)) throw new Reject("a capture group inside a repeated part that can match the empty string (JavaScript and .NET fill it differently)");
        if (node.max > 1 && hasOptionalCapture(node.body)) {
          throw new Reject("a capture group that may be skipped inside a repeated group (JavaScript clears it on each repetition, .NET keeps the previous one); capture the whole repetition instead");
        }
      }
      check(node.body, ctx);
      return;
  }
}

// --- writing the .NET pattern ---------------------------------------------------------------------

function hex(c: number): string {
  return "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
}

function charText(c: number): string {
  return /[0-9A-Za-z]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : hex(c);
}

function setText(ranges: Range[]): string {
  if (ranges.length === 0) return "(?!)";
  if (isChar(ranges)) return charText(ranges[0][0]);
  const parts = ranges.map(([lo, hi]) => (lo === hi ? charText(lo) : hi === lo + 1 ? charText(lo) + charText(hi) : `${charText(lo)}-${charText(hi)}`));
  return `[${parts.join("")}]`;
}

const WORD_CLASS = setText(WORD);

function write(node: Node, flags: { icase: boolean; multiline: boolean }): string {
  const w = (n: Node) => write(n, flags);
  switch (node.t) {
    case "seq": return node.items.map(w).join("");
    case "alt": return `(?:${node.options.map(w).join("|")})`;
    case "set": {
      const folded = flags.icase ? caseless(node.ranges) : node.ranges;
      return setText(node.negate ? complement(folded) : folded);
    }
    case "group": return node.index === undefined ? `(?:${w(node.body)})` : `(${w(node.body)})`;
    case "look": return `(?${node.behind ? "<" : ""}${node.negate ? "!" : "="}${w(node.body)})`;
    case "assert":
      switch (node.kind) {
        case "^": return flags.multiline ? `(?<!${setText(complement(LINE_TERMINATORS))})` : "(?<![\\u0000-\\uFFFF])";
        case "$": return flags.multiline ? `(?!${setText(complement(LINE_TERMINATORS))})` : "(?![\\u0000-\\uFFFF])";
        case "b": return `(?:(?<=${WORD_CLASS})(?!${WORD_CLASS})|(?<!${WORD_CLASS})(?=${WORD_CLASS}))`;
        case "B": return `(?:(?<=${WORD_CLASS})(?=${WORD_CLASS})|(?<!${WORD_CLASS})(?!${WORD_CLASS}))`;
      }
      break;
    case "backref":
      // A group that has not matched (yet) matches the empty string in JS.
      return `(?(${node.index})\\k<${node.index}>|)`;
    case "quant": {
      const body = w(node.body);
      const atom = node.body.t === "set" || node.body.t === "group" || node.body.t === "alt" ? body : `(?:${body})`;
      const q = node.min === 0 && node.max === Infinity ? "*" : node.min === 1 && node.max === Infinity ? "+" : node.min === 0 && node.max === 1 ? "?"
        : node.max === Infinity ? `{${Math.min(node.min, UNBOUNDED)},}` : node.min === node.max ? `{${node.min}}` : `{${node.min},${node.max}}`;
      return atom + q + (node.lazy ? "?" : "");
    }
  }
  throw new Error("unreachable");
}

/** `\k<name>` becomes the number of its group. */
function resolveNames(node: Node, names: Array<string | null>): void {
  if (node.t === "backref" && node.name !== undefined) {
    const index = names.indexOf(node.name);
    if (index < 0) throw new Reject(`'\\k<${node.name}>' refers to a group that does not exist`);
    node.index = index + 1;
  }
  if (node.t === "seq") node.items.forEach((n) => resolveNames(n, names));
  if (node.t === "alt") node.options.forEach((n) => resolveNames(n, names));
  if (node.t === "group" || node.t === "look" || node.t === "quant") resolveNames(node.body, names);
}

export function translateRegex(source: string, flags: string): Translation {
  for (const flag of flags) {
    if (flag === "u" || flag === "v") return { ok: false, reason: `the '${flag}' flag (code-point matching) is not supported; drop it and write characters beyond U+FFFF as their two UTF-16 halves` };
    if (flag === "y") return { ok: false, reason: "the 'y' (sticky) flag is not supported; test the position with ^ on a slice of the string" };
    if (flag === "d") return { ok: false, reason: "the 'd' flag (match indices) is not supported" };
    if (!"gims".includes(flag)) return { ok: false, reason: `the flag '${flag}'` };
  }
  try {
    const parser = new Parser(source, flags.includes("s"));
    const tree = parser.parse();
    resolveNames(tree, parser.names);
    check(tree, { icase: flags.includes("i"), groups: parser.groups, inBehind: false });
    const pattern = write(tree, { icase: flags.includes("i"), multiline: flags.includes("m") });
    return { ok: true, value: { pattern, names: parser.names } };
  } catch (e) {
    if (e instanceof Reject) return { ok: false, reason: e.message };
    throw e;
  }
}
