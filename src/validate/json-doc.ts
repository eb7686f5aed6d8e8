// A JSON file read with its positions kept (jsonc-parser's syntax tree), so that a finding about a
// JSON path can point at that path's own line and column in the file the author edits.

import * as fs from "node:fs";
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";

export type Pointer = Array<string | number>;

export interface Position {
  line: number;
  column: number;
  length: number;
}

export interface JsonDoc {
  /** The path as the author names it (relative to the project), used in messages. */
  file: string;
  text: string;
  value: unknown;
  /** Syntax errors, with their positions; `value` is what could be read around them. */
  errors: Array<{ message: string; position: Position }>;
  /** The line and column of `pointer`, or of its nearest ancestor present in the file. */
  locate(pointer: Pointer): Position;
  /** The line and column of a character offset in `text`. */
  positionAt(offset: number): Position;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number, length: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1, length };
}

/** Parses `text` (strict JSON is the expectation; comments and trailing commas are reported, not fatal). */
export function parseJsonDoc(file: string, text: string): JsonDoc {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsetShift = text.length - body.length;
  const parseErrors: ParseError[] = [];
  const root = parseTree(body, parseErrors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const starts = lineStarts(text);
  const at = (offset: number, length: number) => positionOf(starts, offset + offsetShift, length);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    value = root ? nodeValue(root) : undefined;
  }
  return {
    file,
    text,
    value,
    positionAt: (offset) => positionOf(starts, offset, 1),
    errors: parseErrors.map((e) => ({ message: describeParseError(e), position: at(e.offset, Math.max(1, e.length)) })),
    locate(pointer) {
      if (!root) return { line: 1, column: 1, length: 1 };
      for (let n = pointer.length; n >= 0; n--) {
        const node = nodeAt(root, pointer.slice(0, n));
        if (!node) continue;
        // A property's value is shown at its key, where the reader looks for it.
        const shown: Node = node.parent?.type === "property" && node.parent.children?.[1] === node ? node.parent : node;
        const keyLength = shown.type === "property" ? shown.children![0].length : shown.length;
        return at(shown.offset, Math.min(keyLength, 200));
      }
      return { line: 1, column: 1, length: 1 };
    },
  };
}

/** The node at `pointer`; a segment is an array index or an object key whatever its type ("0", 200). */
function nodeAt(root: Node, pointer: Pointer): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of pointer) {
    if (!node) return undefined;
    if (node.type === "array") node = node.children?.[Number(segment)];
    else if (node.type === "object") node = node.children?.find((p) => p.children?.[0].value === String(segment))?.children?.[1];
    else return undefined;
  }
  return node;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case "object":
      return Object.fromEntries((node.children ?? []).filter((p) => p.children?.length === 2).map((p) => [p.children![0].value, nodeValue(p.children![1])]));
    case "array":
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function describeParseError(error: ParseError): string {
  const words: Record<string, string> = {
    InvalidSymbol: "an unexpected character",
    InvalidNumberFormat: "a badly written number",
    PropertyNameExpected: "a property name (in double quotes) was expected",
    ValueExpected: "a value was expected",
    ColonExpected: "':' was expected",
    CommaExpected: "',' was expected",
    CloseBraceExpected: "'}' was expected",
    CloseBracketExpected: "']' was expected",
    EndOfFileExpected: "the file should end here",
    InvalidCommentToken: "comments are not allowed in JSON",
    UnexpectedEndOfComment: "an unfinished comment",
    UnexpectedEndOfString: "an unfinished string",
    UnexpectedEndOfNumber: "an unfinished number",
    InvalidUnicode: "a bad \\u escape",
    InvalidEscapeCharacter: "a bad escape character",
    InvalidCharacter: "a control character inside a string",
  };
  const name = printParseErrorCode(error.error);
  return words[name] ?? name;
}

/** Reads and parses a JSON file, or says why it cannot be read. */
export function readJsonDoc(file: string, shownAs: string): JsonDoc | { file: string; readError: string } {
  try {
    return parseJsonDoc(shownAs, fs.readFileSync(file, "utf8"));
  } catch (error) {
    return { file: shownAs, readError: (error as Error).message };
  }
}

/** `["paths", "/items", "get"]` → `/paths/~1items/get` (RFC 6901), for --json output and messages. */
export function pointerText(pointer: Pointer): string {
  return pointer.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("") || "/";
}
