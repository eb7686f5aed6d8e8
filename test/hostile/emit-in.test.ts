// `"toString" in obj` is true in JS: a JSON object is a plain object and inherits Object.prototype,
// an array also Array.prototype. The .NET runtime's `in` (Operators.cs) lists those names; they must
// be exactly what this node's prototypes hold (the conformance cases in cases/hostile.ts run `in`
// through node and .NET).

import * as fs from "node:fs";
import * as path from "node:path";

const OPERATORS = fs.readFileSync(path.join(__dirname, "..", "..", "src", "runtime", "cs", "Operators.cs"), "utf8");

function listed(field: string): string[] {
  const m = new RegExp(`${field}\\s*=\\s*new HashSet<string>\\([^)]*\\)\\s*\\{([^}]*)\\}`).exec(OPERATORS);
  if (!m) throw new Error(`Operators.cs declares no ${field}`);
  return [...m[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
}

test("the names `in` sees on a plain object are Object.prototype's", () => {
  expect(listed("ObjectPrototypeNames").sort()).toEqual(Object.getOwnPropertyNames(Object.prototype).sort());
});

test("the names `in` sees on an array are Array.prototype's", () => {
  expect(listed("ArrayPrototypeNames").sort()).toEqual(Object.getOwnPropertyNames(Array.prototype).sort());
});
