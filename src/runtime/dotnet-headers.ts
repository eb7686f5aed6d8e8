// What .NET's header collections make of the headers a message carries. The C# runtime puts every
// header on an HttpRequestMessage/HttpResponseMessage with TryAddWithoutValidation and reads them
// back by enumerating the collection, which parses the values of the headers .NET knows and writes
// them back in its own form (`application/json;charset=UTF-8` becomes `application/json;
// charset=UTF-8`, `en;q=0.50` becomes `en; q=0.5`). The .NET harness reads what a script sends the
// same way. So the node runtime applies these rules where .NET does: to the headers a transform
// receives, and to the headers it sends or answers. Measured on .NET 10 and held to it by
// test/runtime-cs/headers-uris.test.ts (generated values, both sides); a header not listed in
// PARSERS is kept as written on both sides.

import { dotnetUri } from "./dotnet-uri";
import type { HeaderList } from "./wire";

export type HeaderSide = "request" | "response";

/** Headers that .NET keeps on HttpContent rather than on the message. */
export const CONTENT_HEADERS = new Set([
  "allow", "content-disposition", "content-encoding", "content-language", "content-length",
  "content-location", "content-md5", "content-range", "content-type", "expires", "last-modified",
]);

/** The names .NET knows (KnownHeaders), as it spells them whatever the case they were added in. */
const KNOWN_NAMES = [
  "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Accept-Patch", "Accept-Ranges",
  "Access-Control-Allow-Credentials", "Access-Control-Allow-Headers", "Access-Control-Allow-Methods",
  "Access-Control-Allow-Origin", "Access-Control-Expose-Headers", "Access-Control-Max-Age", "Age", "Allow",
  "Alt-Svc", "Alt-Used", "Authorization", "Cache-Control", "Connection", "Content-Disposition",
  "Content-Encoding", "Content-Language", "Content-Length", "Content-Location", "Content-MD5", "Content-Range",
  "Content-Security-Policy", "Content-Type", "Cookie", "Cookie2", "Date", "ETag", "Expect", "Expect-CT",
  "Expires", "From", "grpc-encoding", "grpc-message", "grpc-status", "Host", "If-Match", "If-Modified-Since",
  "If-None-Match", "If-Range", "If-Unmodified-Since", "Keep-Alive", "Last-Modified", "Link", "Location",
  "Max-Forwards", "Origin", "P3P", "Pragma", "Priority", "Proxy-Authenticate", "Proxy-Authorization",
  "Proxy-Connection", "Proxy-Support", "Public-Key-Pins", "Range", "Referer", "Referrer-Policy", "Refresh",
  "Retry-After", "Sec-WebSocket-Accept", "Sec-WebSocket-Extensions", "Sec-WebSocket-Key",
  "Sec-WebSocket-Protocol", "Sec-WebSocket-Version", "Server", "Server-Timing", "Set-Cookie", "Set-Cookie2",
  "Strict-Transport-Security", "TE", "TSV", "Trailer", "Transfer-Encoding", "Upgrade",
  "Upgrade-Insecure-Requests", "User-Agent", "Vary", "Via", "WWW-Authenticate", "Warning",
  "X-Cache", "X-Content-Duration", "X-Content-Type-Options", "X-Frame-Options", "X-MSEdge-Ref",
  "X-Powered-By", "X-Request-ID", "X-UA-Compatible", "X-XSS-Protection",
];
const CANONICAL = new Map(KNOWN_NAMES.map((n) => [n.toLowerCase(), n]));

/** The name as .NET enumerates it: a known header in .NET's spelling, any other as first added. */
export function dotnetHeaderName(name: string): string {
  return CANONICAL.get(name.toLowerCase()) ?? name;
}

// ---- HttpRuleParser ----------------------------------------------------------------------------

const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

function tokenLength(s: string, i: number): number {
  let k = i;
  while (k < s.length && TOKEN_CHAR.test(s[k])) k++;
  return k - i;
}

function whitespaceLength(s: string, i: number): number {
  let k = i;
  for (;;) {
    if (s[k] === " " || s[k] === "\t") k++;
    else if (s[k] === "\r" && s[k + 1] === "\n" && (s[k + 2] === " " || s[k + 2] === "\t")) k += 3;
    else return k - i;
  }
}

/** A quoted string's length, quotes included, or 0: `\x` escapes only with two characters after it, x ASCII. */
function quotedLength(s: string, i: number): number {
  if (s[i] !== '"') return 0;
  let k = i + 1;
  while (k < s.length) {
    if (k + 2 < s.length && s[k] === "\\" && s.charCodeAt(k + 1) <= 127) {
      k += 2;
      continue;
    }
    if (s[k] === '"') return k - i + 1;
    k++;
  }
  return 0;
}

/** The value of name=value: a token or a quoted string. */
function valueLength(s: string, i: number): number {
  return tokenLength(s, i) || quotedLength(s, i);
}

/** `name[=value]` with white space around "=": written back as `name=value`. */
function nameValue(s: string, i: number): { length: number; text: string } | undefined {
  const nameLen = tokenLength(s, i);
  if (nameLen === 0) return undefined;
  const name = s.slice(i, i + nameLen);
  let k = i + nameLen;
  k += whitespaceLength(s, k);
  if (k === s.length || s[k] !== "=") return { length: k - i, text: name };
  k++;
  k += whitespaceLength(s, k);
  const vLen = valueLength(s, k);
  if (vLen === 0) return undefined;
  const text = name + "=" + s.slice(k, k + vLen);
  k += vLen;
  k += whitespaceLength(s, k);
  return { length: k - i, text };
}

/** `a=b; c=d` (after the delimiter that starts it): the parameters, or undefined. */
function nameValueList(s: string, i: number, delimiter: string): { length: number; items: string[] } | undefined {
  if (i >= s.length) return undefined;
  let k = i + whitespaceLength(s, i);
  const items: string[] = [];
  for (;;) {
    const item = nameValue(s, k);
    if (!item) return undefined;
    items.push(item.text);
    k += item.length;
    k += whitespaceLength(s, k);
    if (k === s.length || s[k] !== delimiter) return { length: k - i, items };
    k++;
    k += whitespaceLength(s, k);
  }
}

/** One value's length from i (leading white space already skipped) and its text, or undefined. */
type ValueParser = (s: string, i: number) => { length: number; text: string } | undefined;

/** `type/subtype` then `; name=value` parameters, written `type/subtype; a=b; c="d"`. */
const mediaType: ValueParser = (s, i) => {
  const typeLen = tokenLength(s, i);
  if (typeLen === 0) return undefined;
  let k = i + typeLen;
  k += whitespaceLength(s, k);
  if (s[k] !== "/") return undefined;
  k++;
  k += whitespaceLength(s, k);
  const subLen = tokenLength(s, k);
  if (subLen === 0) return undefined;
  let text = s.slice(i, i + typeLen) + "/" + s.slice(k, k + subLen);
  k += subLen;
  return withParameters(s, k, i, text);
};

/** A token then optional `; name=value` parameters (Content-Disposition, Expect's items). */
const tokenWithParameters: ValueParser = (s, i) => {
  const len = tokenLength(s, i);
  if (len === 0) return undefined;
  return withParameters(s, i + len, i, s.slice(i, i + len));
};

function withParameters(s: string, k: number, start: number, text: string): { length: number; text: string } | undefined {
  k += whitespaceLength(s, k);
  if (k < s.length && s[k] === ";") {
    const list = nameValueList(s, k + 1, ";");
    if (!list) return undefined;
    return { length: k + 1 + list.length - start, text: text + list.items.map((p) => "; " + p).join("") };
  }
  return { length: k - start, text };
}

const token: ValueParser = (s, i) => {
  const len = tokenLength(s, i);
  return len === 0 ? undefined : { length: len, text: s.slice(i, i + len) };
};

/** A name=value item of a list (Pragma). */
const nameValueItem: ValueParser = (s, i) => nameValue(s, i);

/** `token[;q=number]` with the quality written as .NET's double.ToString("0.0##"). */
const stringWithQuality: ValueParser = (s, i) => {
  const len = tokenLength(s, i);
  if (len === 0) return undefined;
  const value = s.slice(i, i + len);
  let k = i + len;
  k += whitespaceLength(s, k);
  if (s[k] !== ";") return { length: k - i, text: value };
  k++;
  k += whitespaceLength(s, k);
  if (s[k] !== "q" && s[k] !== "Q") return undefined;
  k++;
  k += whitespaceLength(s, k);
  if (s[k] !== "=") return undefined;
  k++;
  k += whitespaceLength(s, k);
  // Digits with at most one dot, not first (".5" is refused, "1." taken).
  const number = /^\d+(\.\d*)?/.exec(s.slice(k))?.[0];
  if (number === undefined) return undefined;
  const quality = Number(number);
  if (!(quality >= 0 && quality <= 1)) return undefined;
  k += number.length;
  k += whitespaceLength(s, k);
  return { length: k - i, text: `${value}; q=${qualityText(quality)}` };
};

/** double.ToString("0.0##"), rounding half away from zero. */
function qualityText(q: number): string {
  const thousandths = Math.round(q * 1000 + 1e-9);
  const whole = Math.floor(thousandths / 1000);
  const frac = String(thousandths % 1000).padStart(3, "0").replace(/0+$/, "");
  return `${whole}.${frac === "" ? "0" : frac}`;
}

/**
 * `Scheme` or `Scheme blob[, name=value]*` (AuthenticationHeaderValue): written back as the scheme,
 * one space and the parameters as written, white space at their end dropped. A comma followed by a
 * token that is not `name=` starts another scheme, which a single-value header refuses.
 */
const authentication: ValueParser = (s, i) => {
  const len = tokenLength(s, i);
  if (len === 0) return undefined;
  const scheme = s.slice(i, i + len);
  let k = i + len;
  const ws = whitespaceLength(s, k);
  k += ws;
  if (k === s.length || s[k] === ",") return { length: k - i, text: scheme };
  if (ws === 0) return undefined;
  const start = k;
  let end = k;
  // The first blob runs to a comma; quoted strings in it are skipped whole.
  while (k < s.length && s[k] !== ",") {
    if (s[k] === '"') {
      const q = quotedLength(s, k);
      if (q === 0) return undefined;
      k += q;
      end = k - 1;
    } else {
      const w = whitespaceLength(s, k);
      if (w === 0) end = k++;
      else k += w;
    }
  }
  // Then name=value pairs after commas belong to this scheme.
  let current = k;
  while (current < s.length && s[current] === ",") {
    let c = current + 1;
    c += whitespaceLength(s, c);
    while (s[c] === ",") {
      c++;
      c += whitespaceLength(s, c);
    }
    if (c === s.length) break;
    const t = tokenLength(s, c);
    if (t === 0) return undefined;
    c += t;
    c += whitespaceLength(s, c);
    if (c === s.length || s[c] !== "=") break;
    c++;
    c += whitespaceLength(s, c);
    const v = valueLength(s, c);
    if (v === 0) return undefined;
    c += v;
    end = c - 1;
    c += whitespaceLength(s, c);
    current = c;
  }
  return { length: current - i, text: scheme + " " + s.slice(start, end + 1) };
};

/** A comment's length, parentheses included (nested ones too, `\\x` escapes as in quoted strings), or 0. */
function commentLength(s: string, i: number, depth = 0): number {
  if (s[i] !== "(" || depth > 5) return 0;
  let k = i + 1;
  while (k < s.length) {
    if (k + 2 < s.length && s[k] === "\\" && s.charCodeAt(k + 1) <= 127) {
      k += 2;
      continue;
    }
    if (s[k] === "(") {
      const nested = commentLength(s, k, depth + 1);
      if (nested === 0) return 0;
      k += nested;
      continue;
    }
    if (s[k] === ")") return k - i + 1;
    k++;
  }
  return 0;
}

/** `product[/version]` or `(comment)` (User-Agent, Server), written back one by one. */
const product: ValueParser = (s, i) => {
  if (s[i] === "(") {
    const len = commentLength(s, i);
    return len === 0 ? undefined : { length: len + whitespaceLength(s, i + len), text: s.slice(i, i + len) };
  }
  const len = tokenLength(s, i);
  if (len === 0) return undefined;
  let k = i + len;
  k += whitespaceLength(s, k);
  let text = s.slice(i, i + len);
  if (s[k] === "/") {
    k++;
    k += whitespaceLength(s, k);
    const vLen = tokenLength(s, k);
    if (vLen === 0) return undefined;
    text += "/" + s.slice(k, k + vLen);
    k += vLen;
    k += whitespaceLength(s, k);
  }
  return { length: k - i, text };
};

/** An unsigned decimal integer, written without leading zeros. */
const integer: ValueParser = (s, i) => {
  const digits = /^\d+/.exec(s.slice(i))?.[0];
  if (!digits || digits.length > 10) return undefined;
  const n = Number(digits);
  if (n > 2147483647) return undefined;
  return { length: digits.length + whitespaceLength(s, i + digits.length), text: String(n) };
};

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * An HTTP date in RFC 1123 form (`Mon, 01 Jan 2024 00:00:00 GMT`, day and hour in one or two digits),
 * written back in that form. Other forms .NET reads (RFC 850, asctime, numeric zones) are not
 * mirrored and kept as written here.
 */
const httpDate: ValueParser = (s, i) => {
  const m = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{1,2}):(\d{1,2}) GMT$/.exec(s.slice(i).replace(/[ \t]+$/, ""));
  if (!m) return undefined;
  const time = Date.UTC(Number(m[4]), MONTHS.indexOf(m[3]), Number(m[2]), Number(m[5]), Number(m[6]), Number(m[7]));
  const date = new Date(time);
  // The day of the week must be the date's.
  if (date.getUTCDate() !== Number(m[2]) || DAYS[date.getUTCDay()] !== m[1] || Number(m[5]) > 23 || Number(m[6]) > 59 || Number(m[7]) > 59) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  const text = `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${m[3]} ${m[4]} ${two(Number(m[5]))}:${two(Number(m[6]))}:${two(Number(m[7]))} GMT`;
  return { length: s.length - i, text };
};

/**
 * A URI (Referer, Location, Content-Location), the whole value as System.Uri reads it
 * (UriKind.RelativeOrAbsolute): an absolute http(s) URI as it writes it; anything else that is not
 * of another scheme as a relative URI, with the characters URIs do not allow escaped and a `%` that
 * starts no escape as `%25`. Other schemes (mailto:, urn:) are not mirrored: kept as written.
 */
const uri: ValueParser = (s, i) => {
  const text = s.slice(i);
  if (/^https?:\/\//i.test(text)) {
    // What System.Uri refuses as an absolute URI it refuses as a relative one too: kept as written.
    const absolute = dotnetUri(text);
    return absolute === undefined ? undefined : { length: s.length - i, text: absolute };
  }
  if (/^(?!https?:)[A-Za-z][A-Za-z0-9+.-]*:/i.test(text)) return undefined;
  let out = "";
  for (const c of Array.from(text)) {
    if (RELATIVE_ESCAPED.test(c)) out += Array.from(Buffer.from(c, "utf8"), (b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
    else out += c;
  }
  out = out.replace(/%(?![0-9A-Fa-f]{2})/g, "%25");
  return { length: s.length - i, text: out };
};

const RELATIVE_ESCAPED = /[\x00-\x20"<>\\^`{|}\x7f-\u{10ffff}]/u;

interface Parser {
  value: ValueParser;
  /** A list of values, separated by commas (empty items skipped), each written back alone. */
  multiple: boolean;
  /** Values separated by white space instead (product lists). */
  spaces?: boolean;
  /** The whole raw value is one value (URIs). */
  whole?: boolean;
}

const one = (value: ValueParser): Parser => ({ value, multiple: false });
const list = (value: ValueParser): Parser => ({ value, multiple: true });
const products: Parser = { value: product, multiple: true, spaces: true };

/** The parsers .NET uses, by lower-case name, for the side the header is on (content headers on both). */
const CONTENT_PARSERS: Record<string, Parser> = {
  "content-type": one(mediaType),
  "content-disposition": one(tokenWithParameters),
  "content-encoding": list(token),
  "content-language": list(token),
  allow: list(token),
  expires: one(httpDate),
  "last-modified": one(httpDate),
  "content-location": { value: uri, multiple: false, whole: true },
};
const COMMON_PARSERS: Record<string, Parser> = {
  connection: list(token),
  date: one(httpDate),
  pragma: list(nameValueItem),
  trailer: list(token),
  "transfer-encoding": list(tokenWithParameters),
  upgrade: list((s, i) => (s[i] === "(" ? undefined : product(s, i))),
};
const PARSERS: Record<HeaderSide, Record<string, Parser>> = {
  request: {
    ...CONTENT_PARSERS,
    ...COMMON_PARSERS,
    accept: list(mediaType),
    "accept-charset": list(stringWithQuality),
    "accept-encoding": list(stringWithQuality),
    "accept-language": list(stringWithQuality),
    authorization: one(authentication),
    "proxy-authorization": one(authentication),
    expect: list((s, i) => {
      const first = nameValue(s, i);
      return first && withParameters(s, i + first.length, i, first.text);
    }),
    "if-modified-since": one(httpDate),
    "if-unmodified-since": one(httpDate),
    "max-forwards": one(integer),
    referer: { value: uri, multiple: false, whole: true },
    "user-agent": products,
  },
  response: {
    ...CONTENT_PARSERS,
    ...COMMON_PARSERS,
    "accept-ranges": list(token),
    age: one(integer),
    location: { value: uri, multiple: false, whole: true },
    server: products,
    vary: list(token),
  },
};

/** Product lists (User-Agent, Server) are written back separated by spaces, other lists by ", ". */
export function headerSeparator(name: string): string {
  const lower = name.toLowerCase();
  return lower === "user-agent" || lower === "server" ? " " : ", ";
}

/** One raw value as .NET parses it: its values, or undefined when it does not parse (kept whole). */
function parseRaw(parser: Parser, s: string): string[] | undefined {
  if (parser.spaces) return parseSpaced(parser.value, s);
  if (parser.whole) {
    const value = s.length === 0 ? undefined : parser.value(s, 0);
    return value && [value.text];
  }
  const out: string[] = [];
  let k = 0;
  const skip = () => {
    k += whitespaceLength(s, k);
    let separator = false;
    if (s[k] === ",") {
      separator = true;
      k++;
      k += whitespaceLength(s, k);
      if (parser.multiple) {
        while (s[k] === ",") {
          k++;
          k += whitespaceLength(s, k);
        }
      }
    }
    return separator;
  };
  if (s.length === 0) return parser.multiple ? [] : undefined;
  let separator = skip();
  if (separator && !parser.multiple) return undefined;
  while (k < s.length) {
    const value = parser.value(s, k);
    if (!value || value.length === 0) return undefined;
    out.push(value.text);
    k += value.length;
    separator = skip();
    if ((separator && !parser.multiple) || (!separator && k < s.length)) return undefined;
  }
  return out;
}

/** Values separated by white space (each value takes the white space after it); none is invalid. */
function parseSpaced(value: ValueParser, s: string): string[] | undefined {
  let k = whitespaceLength(s, 0);
  if (k === s.length) return undefined;
  const out: string[] = [];
  while (k < s.length) {
    const item = value(s, k);
    if (!item || item.length === 0) return undefined;
    k += item.length;
    if (k < s.length && s[k - 1] !== " " && s[k - 1] !== "\t") return undefined;
    out.push(item.text);
  }
  return out;
}

/** The values .NET enumerates for the raw values added under one name. */
function headerValues(name: string, raws: string[], side: HeaderSide): string[] {
  const parser = PARSERS[side][name.toLowerCase()];
  if (!parser) return raws;
  const out: string[] = [];
  for (const raw of raws) {
    // A single-value header takes one value: a second is kept as written.
    const parsed = !parser.multiple && out.length > 0 ? undefined : parseRaw(parser, raw);
    if (parsed === undefined || (parsed.length === 0 && out.length === 0)) out.push(raw);
    else out.push(...parsed);
  }
  return out;
}

/**
 * The headers as the C# runtime reads them from a .NET message made of `pairs`: one pair per name
 * (in the order names first appear; the message's headers before its content's), the name in .NET's
 * spelling, the values parsed and joined with ", " (spaces for User-Agent and Server).
 * Content-Length is left out, as .NET computes it.
 */
export function dotnetHeaders(pairs: HeaderList, side: HeaderSide): HeaderList {
  const groups = new Map<string, { name: string; raws: string[] }>();
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    if (key === "content-length") continue;
    const group = groups.get(key);
    if (group) group.raws.push(value);
    else groups.set(key, { name: dotnetHeaderName(name), raws: [value] });
  }
  const all = [...groups.entries()];
  const ordered = [...all.filter(([k]) => !CONTENT_HEADERS.has(k)), ...all.filter(([k]) => CONTENT_HEADERS.has(k))];
  return ordered.map(([, g]) => [g.name, headerValues(g.name, g.raws, side).join(headerSeparator(g.name))]);
}
