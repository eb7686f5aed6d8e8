// Casing.cs maps case from tables computed from node: they must be the ones node computes now.
// CSXC_WRITE_CASING=1 rewrites them (after a node upgrade brings a new Unicode version).
import * as fs from "node:fs";
import * as path from "node:path";
import { casingTables } from "./support/casing-table";

const file = path.join(__dirname, "..", "..", "src", "runtime", "cs", "Casing.cs");

test("Casing.cs holds node's case-mapping tables", () => {
  const tables = casingTables();
  let text = fs.readFileSync(file, "utf8");
  const names = { UpperRuns: tables.upperRuns, UpperSpecial: tables.upperSpecial, LowerRuns: tables.lowerRuns, LowerSpecial: tables.lowerSpecial };
  for (const [name, value] of Object.entries(names)) {
    const pattern = new RegExp(`(const string ${name} = ")[^"]*(";)`);
    if (process.env.CSXC_WRITE_CASING === "1") text = text.replace(pattern, (_m, a: string, b: string) => a + value + b);
    expect(pattern.exec(text)?.[0]).toBe(`const string ${name} = "${value}";`);
  }
  if (process.env.CSXC_WRITE_CASING === "1") fs.writeFileSync(file, text);
});
