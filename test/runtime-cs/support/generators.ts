// fast-check pieces of the fuzzing suites: samples drawn from fixed seeds, so that a failure
// reproduces, and random edits that turn a well-formed text into a near miss.

import fc from "fast-check";

export const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number, seed: number): T[] => fc.sample(arb, { seed, numRuns });

export type Edit = { kind: "truncate" | "insert" | "delete" | "replace" | "repeat"; at: number; char: string };

/** An edit anywhere in a text; what it inserts or replaces with is drawn from `chars`. */
export const edit = (chars: fc.Arbitrary<string>): fc.Arbitrary<Edit> =>
  fc.record({ kind: fc.constantFrom<Edit["kind"]>("truncate", "insert", "delete", "replace", "repeat"), at: fc.nat(), char: chars });

export function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  switch (e.kind) {
    case "truncate": return text.slice(0, at);
    case "insert": return text.slice(0, at) + e.char + text.slice(at);
    case "delete": return text.slice(0, at) + text.slice(at + 1);
    case "replace": return text.slice(0, at) + e.char + text.slice(at + 1);
    case "repeat": return text.slice(0, at) + text.slice(at, at + 3) + text.slice(at);
  }
}

/** The texts of `texts` after one to three edits. */
export const mutated = (texts: fc.Arbitrary<string>, chars: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(texts, fc.array(edit(chars), { minLength: 1, maxLength: 3 })).map(([text, edits]) => edits.reduce(applyEdit, text));
