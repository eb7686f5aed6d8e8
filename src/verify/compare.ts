// Compares two outcomes field by field and renders each difference with both sides shown.

import type { Case, JsonValue, Outcome } from "./case";

export interface Difference {
  path: string;
  left: unknown;
  right: unknown;
}

export function diffValues(left: unknown, right: unknown, at = ""): Difference[] {
  if (Object.is(left, right)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
  if (Array.isArray(left) && Array.isArray(right)) {
    const out: Difference[] = [];
    for (let i = 0; i < Math.max(left.length, right.length); i++) out.push(...diffValues(left[i], right[i], `${at}[${i}]`));
    return out;
  }
  if (isObject(left) && isObject(right) && !Array.isArray(left) && !Array.isArray(right)) {
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
    return keys.flatMap((k) => diffValues(left[k], right[k], at ? `${at}.${k}` : k));
  }
  return [{ path: at || "(value)", left, right }];
}

/** Where two texts first differ, with a little context, so long bodies stay readable. */
function textWindow(a: string, b: string): [string, string] {
  if (a.length < 160 && b.length < 160) return [a, b];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  const cut = (s: string) => (from > 0 ? "…" : "") + s.slice(from, i + 80) + (s.length > i + 80 ? "…" : "");
  return [cut(a), cut(b)];
}

function show(value: unknown): string {
  return value === undefined ? "(absent)" : typeof value === "string" ? value : JSON.stringify(value);
}

export function renderDifferences(differences: Difference[], labels: [string, string] = ["node", ".NET"]): string {
  const width = Math.max(labels[0].length, labels[1].length) + 1;
  return differences
    .map((d) => {
      const [l, r] = typeof d.left === "string" && typeof d.right === "string" ? textWindow(d.left, d.right) : [show(d.left), show(d.right)];
      return `  ${d.path}\n    ${(labels[0] + ":").padEnd(width)} ${l}\n    ${(labels[1] + ":").padEnd(width)} ${r}`;
    })
    .join("\n");
}

export function compareOutcomes(node: Outcome, dotnet: Outcome): Difference[] {
  return diffValues(node, dotnet);
}

/** A case's own `expect`: the status, and the body as JSON (or text when a string is expected). */
export function checkExpectation(recorded: Case, outcome: Outcome): Difference[] {
  if (!recorded.expect) return [];
  const out: Difference[] = [];
  if (outcome.response.status !== recorded.expect.status) out.push({ path: "response.status", left: recorded.expect.status, right: outcome.response.status });
  if ("body" in recorded.expect) {
    const expected = recorded.expect.body as JsonValue;
    const text = outcome.response.body;
    let actual: unknown = text;
    if (typeof expected !== "string" && text !== null) {
      try {
        actual = JSON.parse(text);
      } catch {
        actual = text;
      }
    }
    out.push(...diffValues(expected, actual, "response.body"));
  }
  return out;
}
