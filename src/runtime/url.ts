// URL pieces as the Req API sees them. The query is kept as its raw "k=v" segments so that the
// parameters a transform does not touch keep their exact bytes, as design.md requires. The C#
// runtime (src/runtime/cs/Url.cs) implements the same algorithm; keep them in step.

export interface UrlParts {
  /** scheme://authority */
  origin: string;
  path: string;
  /** Raw query segments, without "?" and split on "&"; null when the URL has no "?". */
  query: string[] | null;
  /** Including "#", or "". */
  fragment: string;
}

export function splitUrl(url: string): UrlParts {
  let rest = url;
  let fragment = "";
  const hash = rest.indexOf("#");
  if (hash >= 0) {
    fragment = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  let query: string[] | null = null;
  const question = rest.indexOf("?");
  if (question >= 0) {
    const raw = rest.slice(question + 1);
    query = raw === "" ? [] : raw.split("&");
    rest = rest.slice(0, question);
  }
  const schemeEnd = rest.indexOf("://");
  const authorityStart = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  const slash = rest.indexOf("/", authorityStart);
  const origin = slash >= 0 ? rest.slice(0, slash) : rest;
  const path = slash >= 0 ? rest.slice(slash) : "/";
  return { origin, path, query, fragment };
}

export function joinUrl(parts: UrlParts): string {
  const query = parts.query === null ? "" : "?" + parts.query.join("&");
  return parts.origin + parts.path + query + parts.fragment;
}

/** encodeURIComponent, which already writes upper-case hex and leaves !'()* alone. */
export function encodeQueryComponent(value: string): string {
  return encodeURIComponent(value);
}

/** Decodes "+" as space and %XX sequences; a malformed sequence is kept as written. */
export function decodeQueryComponent(raw: string): string {
  const text = raw.replace(/\+/g, " ");
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

function segmentName(segment: string): string {
  const eq = segment.indexOf("=");
  return decodeQueryComponent(eq >= 0 ? segment.slice(0, eq) : segment);
}

function segmentValue(segment: string): string {
  const eq = segment.indexOf("=");
  return eq >= 0 ? decodeQueryComponent(segment.slice(eq + 1)) : "";
}

export function queryGetAll(segments: string[] | null, name: string): string[] {
  return (segments ?? []).filter((s) => s !== "" && segmentName(s) === name).map(segmentValue);
}

export function querySet(segments: string[] | null, name: string, value: string): string[] {
  const fresh = encodeQueryComponent(name) + "=" + encodeQueryComponent(value);
  const out: string[] = [];
  let placed = false;
  for (const segment of segments ?? []) {
    if (segment !== "" && segmentName(segment) === name) {
      if (!placed) out.push(fresh);
      placed = true;
    } else {
      out.push(segment);
    }
  }
  if (!placed) out.push(fresh);
  return out;
}

export function queryAppend(segments: string[] | null, name: string, value: string): string[] {
  return [...(segments ?? []), encodeQueryComponent(name) + "=" + encodeQueryComponent(value)];
}

export function queryDelete(segments: string[] | null, name: string): string[] | null {
  if (segments === null) return null;
  const kept = segments.filter((s) => s !== "" && segmentName(s) !== name);
  return kept.length === 0 ? null : kept;
}
