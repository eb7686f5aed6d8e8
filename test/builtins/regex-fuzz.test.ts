// Random regular expressions over a small alphabet, matched on node and on .NET: every match, its
// index and its groups must be the same. Patterns csxc rejects (CSX3005) are left out, and counted.
import { translateRegex } from "../../src/emit/builtins/regex-translate";
import { parity } from "../support/parity";

let seed = Number(process.env.CSXC_REGEX_FUZZ_SEED ?? 20250611);
function random(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor((seed / 2147483648) * n);
}
const pick = <T>(xs: T[]): T => xs[random(xs.length)];

function atom(depth: number): string {
  const simple = ["a", "b", "A", ".", "[ab]", "[^a]", "[a-b1]", "\\d", "\\w", "\\s", "\\W", "_", " ", "1"];
  if (depth > 2 || random(3) > 0) return pick(simple);
  const body = sequence(depth + 1);
  return pick([`(${body})`, `(?:${body})`, `(?=${body})`, `(?!${body})`, `(?<=${body})`, `(?<!${body})`, `(?<n${depth}>${body})`, `(?:${body}|${sequence(depth + 1)})`]);
}

function term(depth: number): string {
  const a = atom(depth);
  if (a.startsWith("(?=") || a.startsWith("(?!") || a.startsWith("(?<=") || a.startsWith("(?<!")) return a;
  return a + pick(["", "", "", "*", "+", "?", "{1,2}", "*?", "+?", "??", "{2}"]);
}

function sequence(depth: number): string {
  const parts = Array.from({ length: 1 + random(3) }, () => term(depth));
  if (random(6) === 0) parts.unshift(pick(["^", "\\b"]));
  if (random(6) === 0) parts.push(pick(["$", "\\B", "\\b"]));
  if (random(8) === 0 && parts.join("").includes("(") && !parts.join("").includes("(?")) parts.push("\\1");
  return parts.join("");
}

function input(): string {
  return Array.from({ length: random(7) }, () => pick(["a", "b", "A", "1", " ", "\n", "_", "é"])).join("");
}

const patterns: string[] = [];
let rejected = 0;
while (patterns.length < Number(process.env.CSXC_REGEX_FUZZ_COUNT ?? 160)) {
  const source = sequence(0);
  const flags = "g" + pick(["", "i", "m", "s", "im", "is"]);
  try {
    new RegExp(source, flags);
  } catch {
    continue;
  }
  if (!translateRegex(source, flags).ok) {
    rejected++;
    continue;
  }
  const inputs = Array.from({ length: 6 }, input);
  patterns.push(`all(/${source}/${flags}, ${JSON.stringify(inputs)})`);
}

const DECLS = `function all(re: RegExp, inputs: string[]): Json {
  return inputs.map((s) => [...s.matchAll(re)].map((m) => [m.index ?? -1, ...m.map((g: string | undefined) => g ?? "<undefined>")]));
}`;

test("most random patterns are translated, not rejected", () => {
  expect(rejected).toBeLessThan(patterns.length / 2);
});

const groups = [];
for (let i = 0; i < patterns.length; i += 20) groups.push({ name: `random patterns ${i}–${i + 19}`, exprs: patterns.slice(i, i + 20), declarations: DECLS });
parity("random regular expressions", groups);
