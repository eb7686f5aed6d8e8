// The values of the input table (support/inputs.ts) as TypeScript source, for the tests that run
// them through the product harness: $num, $int and $undef as an author writes them.

import { fromBits } from "./bits";

/** A number as source: -0 kept apart (String writes the shortest text that reads back as the same double). */
export const show = (x: number): string => (Number.isNaN(x) ? "NaN" : Object.is(x, -0) ? "-0" : String(x));

/** The same, in TypeScript, for the snippets. */
export const SHOW = `function show(n: number): string {
  return Object.is(n, -0) ? "-0" : String(n);
}
`;

/** The value node reads from a value of the table. */
export function valueOf(spec: unknown): unknown {
  if (Array.isArray(spec)) return spec.map(valueOf);
  if (spec !== null && typeof spec === "object") {
    const tagged = spec as Record<string, unknown>;
    if (tagged.$ === "num") return fromBits(tagged.bits as string);
    if (tagged.$ === "int") return Number(tagged.v);
    if (tagged.$ === "undef") return undefined;
    return Object.fromEntries(Object.entries(tagged).map(([k, v]) => [k, valueOf(v)]));
  }
  return spec;
}

/** The TypeScript source of a value of the table. */
export function literal(spec: unknown): string {
  if (Array.isArray(spec)) return `[${spec.map(literal).join(", ")}]`;
  if (spec !== null && typeof spec === "object") {
    const tagged = spec as Record<string, unknown>;
    if (tagged.$ === "num") return show(fromBits(tagged.bits as string));
    // An integer as JSON.parse gives it (a long on .NET, where a literal would be a double).
    if (tagged.$ === "int") return `(JSON.parse(${JSON.stringify(tagged.v)}) as Json)`;
    if (tagged.$ === "undef") return "undefined";
    return `{ ${Object.entries(tagged).map(([k, v]) => `${JSON.stringify(k)}: ${literal(v)}`).join(", ")} }`;
  }
  if (typeof spec === "number") return show(spec);
  return JSON.stringify(spec);
}
