// The URL the platform sends for a request: .NET builds the HttpRequestMessage from a System.Uri,
// which rewrites the text (CsxReq.ToMessage; the .NET harness records uri.AbsoluteUri). Node must
// send the same bytes, so this mirrors what System.Uri does, rule by rule, as measured on .NET
// (test/runtime/dotnet-uri.test.ts lists inputs with .NET's answers; test/runtime-cs compares with
// System.Uri itself). Not mirrored: IPv4 shorthands (`1.2.3`, `0x7f.1`) that .NET rewrites.

import { isIPv6 } from "node:net";

/** What System.Uri makes of `url` (AbsoluteUri), or undefined when it is not an absolute http(s) URL. */
export function dotnetUri(url: string): string | undefined {
  // White space at both ends goes. (Not mirrored: when .NET also rewrites other parts of the URL,
  // it sometimes keeps white space at the end, escaped; test/runtime-cs/headers-uris.test.ts.)
  const text = url.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
  const scheme = /^(https?):\/\//i.exec(text);
  if (!scheme) return undefined;
  const rest = text.slice(scheme[0].length);
  const end = rest.search(/[/?#\\]/);
  if (end >= 0 && rest[end] === "\\") return undefined;
  const authority = authorityOf(end < 0 ? rest : rest.slice(0, end), scheme[1].toLowerCase());
  if (authority === undefined) return undefined;
  const tail = end < 0 ? "" : rest.slice(end);
  const upper = rewrites(rest);
  const hash = tail.indexOf("#");
  const beforeHash = hash < 0 ? tail : tail.slice(0, hash);
  const question = beforeHash.indexOf("?");
  const path = question < 0 ? beforeHash : beforeHash.slice(0, question);
  const query = question < 0 ? undefined : beforeHash.slice(question + 1);
  let out = `${scheme[1].toLowerCase()}://${authority}${removeDotSegments(normalize(path.replace(/\\/g, "/"), false, upper)) || "/"}`;
  if (query !== undefined) out += "?" + normalize(query, true, upper);
  if (hash >= 0) out += "#" + normalize(tail.slice(hash + 1), false, upper);
  return out;
}

/**
 * Whether .NET rewrites the escapes of this URL: it has an escape it unescapes (`%7E`), an escape of
 * a byte above 0x7F, a non-ASCII character, or a `%` that starts no escape (and has two characters after it). Then the escapes of
 * `{ } < > ^ |` anywhere in it are written in upper-case hex too (`?q=%7b&r=%7e` is sent as
 * `?q=%7B&r=~`, while `?q=%7b` alone is sent as written).
 */
function rewrites(text: string): boolean {
  // A `%` that starts no escape counts only with two characters after it.
  if (/[^\x00-\x7f]|%(?![0-9A-Fa-f]{2})[^]{2}/.test(text)) return true;
  for (const m of text.matchAll(/%([0-9A-Fa-f]{2})/g)) {
    const byte = parseInt(m[1], 16);
    if (byte >= 0x80 || UNRESERVED.test(String.fromCharCode(byte))) return true;
  }
  return false;
}

/** The escaped characters written in upper-case hex when .NET rewrites a URL's escapes. */
const UPPER_WHEN_REWRITING = /[{}<>^|]/;

const DEFAULT_PORT: Record<string, number> = { http: 80, https: 443 };

/** `userinfo@host:port`: the host in lower case, the scheme's default port dropped. */
function authorityOf(authority: string, scheme: string): string | undefined {
  const parts = authority.split("@");
  if (parts.length > 2) return undefined;
  const user = parts.length === 2 ? normalize(parts[0], false, rewrites(parts[0])) + "@" : "";
  const hostPort = parts[parts.length - 1];
  const ipv6 = /^\[([0-9A-Fa-f:.]+)\]/.exec(hostPort);
  let host: string;
  let port: string;
  if (ipv6) {
    if (!isIPv6(ipv6[1])) return undefined;
    host = `[${ipv6[1].toLowerCase()}]`;
    port = hostPort.slice(ipv6[0].length);
  } else {
    const colon = hostPort.indexOf(":");
    host = (colon < 0 ? hostPort : hostPort.slice(0, colon)).toLowerCase();
    host = ipv4(host) ?? host;
    port = colon < 0 ? "" : hostPort.slice(colon);
    // Labels of letters, digits, '-', '_' or non-ASCII; a trailing dot is allowed.
    if (!/^[-\w\u0080-\uffff]+(\.[-\w\u0080-\uffff]+)*\.?$/.test(host)) return undefined;
  }
  if (port !== "" && !/^:\d*$/.test(port)) return undefined;
  const number = port.length > 1 ? Number(port.slice(1)) : undefined;
  if (number !== undefined && number > 65535) return undefined;
  return user + host + (number === undefined || number === DEFAULT_PORT[scheme] ? "" : `:${number}`);
}

/**
 * An IPv4 address in any form .NET reads (`1`, `0443`, `0x7f.1`, `1.2.3`: one to four numbers,
 * decimal, octal with a leading 0, or hex; the last fills the bytes left) in dotted decimal, or
 * undefined when the host is not one.
 */
function ipv4(host: string): string | undefined {
  const parts = host.split(".");
  if (parts.length > 4 || !parts.every((p) => /^(0x[0-9a-f]*|[0-9]+)$/.test(p))) return undefined;
  const numbers: number[] = [];
  for (const p of parts) {
    const n = p.startsWith("0x") ? (p.length === 2 ? 0 : parseInt(p.slice(2), 16)) : p.length > 1 && p.startsWith("0") ? (/^[0-7]+$/.test(p) ? parseInt(p, 8) : NaN) : Number(p);
    if (!Number.isFinite(n)) return undefined;
    numbers.push(n);
  }
  const last = numbers.pop()!;
  if (numbers.some((n) => n > 255) || last >= 256 ** (4 - numbers.length)) return undefined;
  const bytes = [...numbers];
  for (let i = 3 - numbers.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return bytes.join(".");
}

/** Characters System.Uri escapes where they stand (and a backslash, outside the path). */
const RAW_ESCAPED = /[\x00-\x20"<>\\^`{|}\x7f-\u{10ffff}]/u;
const UNRESERVED = /[A-Za-z0-9\-._~]/;
const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * One component's escapes as System.Uri rewrites them: an escaped unreserved character is
 * unescaped; an escaped UTF-8 sequence of a character IRIs allow is written in upper-case hex;
 * other escapes stay as written; a `%` that starts no escape becomes `%25`, and an escape that
 * starts within the two characters after it is kept as written (.NET skips them); other characters
 * that URIs do not allow are escaped as UTF-8.
 */
function normalize(text: string, isQuery: boolean, upper: boolean): string {
  const chars = Array.from(text);
  let out = "";
  for (let i = 0; i < chars.length; ) {
    if (chars[i] !== "%") {
      out += escapeRaw(chars[i++]);
      continue;
    }
    if (!isEscape(chars, i)) {
      out += "%25";
      // The two UTF-16 units after it are skipped; a surrogate pair they cut in two is escaped as
      // two U+FFFD.
      let units = 0;
      for (i++; units < 2 && i < chars.length; i++) {
        const c = chars[i];
        if (units + c.length > 2) out += "%EF%BF%BD%EF%BF%BD";
        else out += c !== "%" ? escapeRaw(c) : isEscape(chars, i) ? "%" : "%25";
        units += c.length;
      }
      continue;
    }
    const run: string[] = [];
    for (; isEscape(chars, i); i += 3) run.push(chars.slice(i, i + 3).join(""));
    out += escapedRun(run, isQuery, upper);
  }
  return out;
}

function isEscape(chars: string[], i: number): boolean {
  return chars[i] === "%" && HEX.test((chars[i + 1] ?? "") + (chars[i + 2] ?? ""));
}

function escapeRaw(c: string): string {
  return RAW_ESCAPED.test(c) ? percentEncode(Buffer.from(c, "utf8")) : c;
}

function percentEncode(bytes: Uint8Array | number[]): string {
  return Array.from(bytes, (b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
}

/** A run of `%XX` escapes, each as written. */
function escapedRun(run: string[], isQuery: boolean, upper: boolean): string {
  const bytes = run.map((e) => parseInt(e.slice(1), 16));
  let out = "";
  for (let k = 0; k < bytes.length; ) {
    if (bytes[k] < 0x80) {
      const c = String.fromCharCode(bytes[k]);
      out += UNRESERVED.test(c) ? c : upper && UPPER_WHEN_REWRITING.test(c) ? run[k].toUpperCase() : run[k];
      k++;
      continue;
    }
    const length = utf8Length(bytes, k);
    const code = length ? Buffer.from(bytes.slice(k, k + length)).toString("utf8").codePointAt(0)! : -1;
    if (length && isIriChar(code, isQuery)) {
      out += percentEncode(bytes.slice(k, k + length));
      k += length;
    } else {
      out += run[k++];
    }
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence at `k` (no overlong forms, surrogates or more than U+10FFFF), or 0. */
function utf8Length(bytes: number[], k: number): number {
  const lead = bytes[k];
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (!length || k + length > bytes.length) return 0;
  for (let j = 1; j < length; j++) if ((bytes[k + j] & 0xc0) !== 0x80) return 0;
  const second = bytes[k + 1];
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return 0;
  return length;
}

/** RFC 3987's ucschar, and iprivate in a query: the characters .NET unescapes into an IRI. */
function isIriChar(code: number, isQuery: boolean): boolean {
  if ((code >= 0xa0 && code <= 0xd7ff) || (code >= 0xf900 && code <= 0xfdcf) || (code >= 0xfdf0 && code <= 0xffef)) return true;
  if (code >= 0x10000 && code <= 0xdffff) return (code & 0xffff) <= 0xfffd;
  if (code >= 0xe1000 && code <= 0xefffd) return true;
  if (!isQuery) return false;
  return (code >= 0xe000 && code <= 0xf8ff) || (code >= 0xf0000 && code <= 0x10fffd && (code & 0xffff) <= 0xfffd);
}

/** RFC 3986's remove_dot_segments, on a path whose escaped dots are already unescaped. */
function removeDotSegments(path: string): string {
  const out: string[] = [];
  const segments = path.split("/");
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === "." || segment === "..") {
      if (segment === ".." && out.length > 1) out.pop();
      if (last) out.push("");
    } else {
      out.push(segment);
    }
  });
  return out.join("/");
}
