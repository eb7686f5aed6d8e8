// Reads a JSON file the user wrote (the swagger, apiProperties.json, a case file) and says in one
// line what is wrong with it, never throwing: a folder where the file should be, an unreadable
// file, an empty one, text that is not JSON (with line and column), nesting too deep to handle.
// A UTF-8 byte order mark is accepted: editors on Windows write one.

import * as fs from "node:fs";

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: string };

/** Deeper than this, a JSON value is refused: node's JSON.stringify and the checks that walk a
 *  value recurse, and no connector definition or case needs a thousand levels. */
export const MAX_JSON_DEPTH = 1000;

/** The nesting depth of a parsed JSON value, measured without recursion (so it cannot overflow). */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    deepest = Math.max(deepest, depth);
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** Where JSON.parse stopped, as line and column, when its message gives a position. */
function jsonPosition(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return "";
  const before = text.slice(0, Number(match[1]));
  const line = before.split("\n").length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf("\n")}`;
}

export function readJsonFile(file: string): JsonRead {
  let text: string;
  try {
    if (fs.statSync(file).isDirectory()) return { ok: false, problem: "a folder, not a file" };
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return { ok: false, problem: `cannot read the file: ${(error as Error).message}` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { ok: false, problem: "empty; it must hold JSON" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    return { ok: false, problem: `not valid JSON${jsonPosition(text, message)}: ${message}` };
  }
  if (jsonDepth(value) > MAX_JSON_DEPTH) return { ok: false, problem: `nested deeper than ${MAX_JSON_DEPTH} levels; csxc reads JSON up to that depth` };
  return { ok: true, value };
}

/** How a JSON value is named in a message: "null", "an array", "the number 5"… */
export function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return value.length > 40 ? `the string "${value.slice(0, 40)}…"` : `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}
