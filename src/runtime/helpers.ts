// The helpers exported beside the authoring API. Each has a C# twin in src/runtime/cs/.

import { createHash, createHmac } from "node:crypto";
import type { SearchParams } from "./api";
import { decodeBase64Strict } from "./body";
import { builtinError } from "./errors";

const DURATION = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * isoDuration.toSeconds without the throw, for the Clockify mock, which answers a bad duration
 * with a 400 of its own (src/mock/duration.ts).
 */
export function durationSeconds(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (m === null || text === "P" || text.endsWith("T") || m.slice(1).every((g) => g === undefined)) return undefined;
  const [days, hours, minutes, seconds] = m.slice(1).map((g) => (g === undefined ? 0 : Number(g)));
  return days * 86400 + hours * 3600 + minutes * 60 + seconds;
}

export const isoDuration = {
  /** "PT1H30M" → 5400. Days, fractions and PT0S are accepted; anything else throws. */
  toSeconds(text: string): number {
    const seconds = durationSeconds(text);
    if (seconds === undefined) throw builtinError("badDuration");
    return seconds;
  },
  /** 90000 → "PT25H": hours are not rolled into days, as Clockify writes them. */
  fromSeconds(seconds: number): string {
    if (!Number.isFinite(seconds)) throw builtinError("badDurationSeconds");
    const negative = seconds < 0;
    let rest = Math.round(Math.abs(seconds));
    const hours = Math.floor(rest / 3600);
    rest -= hours * 3600;
    const minutes = Math.floor(rest / 60);
    const secs = rest - minutes * 60;
    let text = "PT";
    if (hours > 0) text += `${hours}H`;
    if (minutes > 0) text += `${minutes}M`;
    if (secs > 0 || text === "PT") text += `${secs}S`;
    return negative && text !== "PT0S" ? "-" + text : text;
  },
};

export const base64 = {
  encode(text: string): string {
    return Buffer.from(text, "utf8").toString("base64");
  },
  /** Strict: padding required, no whitespace; the bytes must be UTF-8 text. */
  decode(text: string): string {
    return Buffer.from(decodeBase64Strict(text)).toString("utf8");
  },
};

/**
 * A query string to read or build, as `new URLSearchParams(init)` makes it: from text (a leading
 * "?" is skipped) or from a record of names and values.
 */
export function searchParams(init: string | { [name: string]: string } = ""): SearchParams {
  const params = typeof init === "string" ? parseQuery(init) : new URLSearchParams(init);
  return {
    get: (name) => params.get(name),
    getAll: (name) => params.getAll(name),
    has: (name) => params.has(name),
    set: (name, value) => params.set(name, value),
    append: (name, value) => params.append(name, value),
    delete: (name) => params.delete(name),
    sort: () => params.sort(),
    entries: () => [...params.entries()],
    keys: () => [...params.keys()],
    toString: () => params.toString(),
  };
}

/**
 * The WHATWG application/x-www-form-urlencoded parser, written out: node's own URLSearchParams
 * garbles a non-ASCII character in text that also holds an escape (`%FFé` reads as three U+FFFD,
 * `😀%2` as NUL), where the standard, and the C# runtime, read the UTF-8 bytes.
 */
function parseQuery(text: string): URLSearchParams {
  const params = new URLSearchParams();
  const decode = (s: string) => {
    const bytes = Buffer.from(s.replace(/\+/g, " "), "utf8");
    const out: number[] = [];
    const hex = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x25 && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2])) {
        out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
        i += 2;
      } else out.push(bytes[i]);
    }
    return Buffer.from(out).toString("utf8");
  };
  for (const sequence of (text.startsWith("?") ? text.slice(1) : text).split("&")) {
    if (sequence === "") continue;
    const eq = sequence.indexOf("=");
    params.append(decode(eq >= 0 ? sequence.slice(0, eq) : sequence), decode(eq >= 0 ? sequence.slice(eq + 1) : ""));
  }
  return params;
}

export type KeyEncoding = "utf8" | "base64";
/** How a message to hash is given: UTF-8 text, or bytes as strict base64 (a body's base64()). */
export type TextEncoding = "utf8" | "base64";

function keyBytes(key: string, encoding: KeyEncoding): Buffer {
  if (encoding === "base64") {
    try {
      return Buffer.from(decodeBase64Strict(key));
    } catch {
      throw builtinError("badBase64Key");
    }
  }
  return Buffer.from(key, "utf8");
}

function messageBytes(message: string, encoding: TextEncoding): Buffer {
  if (encoding === "base64") {
    try {
      return Buffer.from(decodeBase64Strict(message));
    } catch {
      throw builtinError("badBase64Message");
    }
  }
  return Buffer.from(message, "utf8");
}

export function hmacSha256Hex(key: string, message: string, keyEncoding: KeyEncoding = "utf8", messageEncoding: TextEncoding = "utf8"): string {
  return createHmac("sha256", keyBytes(key, keyEncoding)).update(messageBytes(message, messageEncoding)).digest("hex");
}

export function hmacSha256Base64(key: string, message: string, keyEncoding: KeyEncoding = "utf8", messageEncoding: TextEncoding = "utf8"): string {
  return createHmac("sha256", keyBytes(key, keyEncoding)).update(messageBytes(message, messageEncoding)).digest("base64");
}

export function sha256Hex(message: string, encoding: TextEncoding = "utf8"): string {
  return createHash("sha256").update(messageBytes(message, encoding)).digest("hex");
}

export function sha256Base64(message: string, encoding: TextEncoding = "utf8"): string {
  return createHash("sha256").update(messageBytes(message, encoding)).digest("base64");
}
