// The case-mapping tables of src/runtime/cs/Casing.cs, computed from node's own toUpperCase and
// toLowerCase so that the C# maps every code point exactly as JavaScript does. casing.test.ts
// checks that Casing.cs holds these tables (and rewrites them with CSXC_WRITE_CASING=1).

export interface CasingTables {
  upperRuns: string;
  upperSpecial: string;
  lowerRuns: string;
  lowerSpecial: string;
}

interface Run {
  start: number;
  count: number;
  step: number;
  delta: number;
}

/**
 * Runs of code points with the same one-code-point mapping, as "start count step delta" groups
 * (base 36, `-` for a negative delta), and the mappings to several code points as
 * "code point:mapped code points" groups.
 */
function table(direction: "toUpperCase" | "toLowerCase"): { runs: string; special: string } {
  const runs: Run[] = [];
  const special: string[] = [];
  for (let c = 0; c < 0x110000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const s = String.fromCodePoint(c);
    const mapped = [...s[direction]()].map((x) => x.codePointAt(0)!);
    if (mapped.length === 1 && mapped[0] === c) continue;
    // Sigma's final form depends on its neighbours; Casing.cs decides it.
    if (direction === "toLowerCase" && c === 0x3a3) continue;
    if (mapped.length > 1) {
      special.push(`${c.toString(36)}:${mapped.map((m) => m.toString(36)).join(".")}`);
      continue;
    }
    const delta = mapped[0] - c;
    const last = runs[runs.length - 1];
    const gap = last ? c - (last.start + (last.count - 1) * last.step) : 0;
    if (last && last.delta === delta && (last.count === 1 ? gap === 1 || gap === 2 : gap === last.step)) {
      if (last.count === 1) last.step = gap;
      last.count++;
    } else runs.push({ start: c, count: 1, step: 1, delta });
  }
  const text = runs.map((r) => [r.start, r.count, r.step, r.delta].map((n) => n.toString(36)).join(".")).join(" ");
  return { runs: text, special: special.join(" ") };
}

export function casingTables(): CasingTables {
  const upper = table("toUpperCase");
  const lower = table("toLowerCase");
  return { upperRuns: upper.runs, upperSpecial: upper.special, lowerRuns: lower.runs, lowerSpecial: lower.special };
}
