// A synthetic connector project of about LINES lines of transforms over FILES files, for the growth
// and build-speed rows of the bench: each unit is a response hook with its own interface and helper,
// written as authors write them (filter/map/sort, a loop, template strings, a Record of totals), and
// the swagger declares one operation per hook.
//
//   node bench/gen-project.mjs DIR [--lines 5000] [--files 20]
// Also used by bench/run.mjs (generateProject).

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function unit(i) {
  return `interface Item${i} {
  id: string;
  name: string;
  count: number;
  tags: string[];
  price: number | null;
  kind: "a" | "b" | "c";
}

interface Shaped${i} {
  id: string;
  label: string;
  total: number;
  weight: number;
}

function shape${i}(item: Item${i}): Shaped${i} {
  const tags = item.tags.filter((t) => t.length > 0).map((t) => t.toUpperCase());
  const price = item.price ?? 0;
  let total = 0;
  for (let k = 0; k < item.count; k++) {
    total += price * (k + 1);
  }
  let weight = 1;
  switch (item.kind) {
    case "a":
      weight = 2;
      break;
    case "b":
      weight = 3;
      break;
    default:
      weight = 1;
  }
  const label = \`\${item.name.trim()} (\${tags.join(", ")})\`;
  return { id: item.id, label: label, total: Math.round(total * 100) / 100, weight: weight };
}

export async function op${i}(res: Res): Promise<void> {
  if (!res.ok) {
    return;
  }
  const items = await res.json<Item${i}[]>();
  const shaped = items.map(shape${i});
  shaped.sort((a, b) => b.total * b.weight - a.total * a.weight);
  const byLabel: Record<string, number> = {};
  for (const s of shaped) {
    byLabel[s.label] = (byLabel[s.label] ?? 0) + s.total;
  }
  res.setJson({ items: shaped, byLabel: byLabel, count: shaped.length });
}
`;
}

const UNIT_LINES = unit(0).split("\n").length;

function swagger(count) {
  const paths = {};
  for (let i = 0; i < count; i++) {
    paths[`/items/${i}`] = {
      get: {
        operationId: `Op${i}`,
        summary: `List items ${i}`,
        description: `Lists the items of group ${i}.`,
        responses: { 200: { description: "The items", schema: { type: "array", items: { type: "object" } } } },
      },
    };
  }
  return {
    swagger: "2.0",
    info: { title: "Bench Generated", description: "A generated connector for csxc's bench.", version: "1.0" },
    host: "api.example.com",
    basePath: "/v1",
    schemes: ["https"],
    consumes: ["application/json"],
    produces: ["application/json"],
    paths,
    definitions: {},
    parameters: {},
    responses: {},
    securityDefinitions: {},
    security: [],
    tags: [],
  };
}

/** Writes the project; returns the number of transform lines written. */
export function generateProject(dir, { lines = 5000, files = 20 } = {}) {
  const units = Math.max(files, Math.round(lines / UNIT_LINES));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "transforms"), { recursive: true });
  fs.mkdirSync(path.join(dir, "connector"), { recursive: true });
  let written = 0;
  const imports = [];
  const entries = [];
  for (let f = 0; f < files; f++) {
    const mine = [];
    for (let i = f; i < units; i += files) mine.push(i);
    const text = `import type { Res } from "csxc";\n\n${mine.map(unit).join("\n")}`;
    fs.writeFileSync(path.join(dir, "transforms", `part${f}.ts`), text);
    written += text.split("\n").length;
    imports.push(`import { ${mine.map((i) => `op${i}`).join(", ")} } from "./part${f}";`);
    for (const i of mine) entries.push(`  Op${i}: { response: op${i} },`);
  }
  const index = `import { defineTransforms } from "csxc";\n${imports.join("\n")}\n\nexport default defineTransforms({\n${entries.join("\n")}\n});\n`;
  fs.writeFileSync(path.join(dir, "transforms", "index.ts"), index);
  written += index.split("\n").length;
  fs.writeFileSync(path.join(dir, "connector", "apiDefinition.swagger.json"), JSON.stringify(swagger(units), null, 2));
  fs.writeFileSync(path.join(dir, "connector", "apiProperties.json"), JSON.stringify({ properties: { connectionParameters: {}, iconBrandColor: "#007ee5", capabilities: ["actions"], publisher: "csxc bench" } }, null, 2));
  fs.copyFileSync(path.join(here, "time-entries", "connector", "icon.png"), path.join(dir, "connector", "icon.png"));
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const dir = path.resolve(args[0] ?? "bench-project");
  const lines = generateProject(dir, { lines: Number(option("lines", 5000)), files: Number(option("files", 20)) });
  console.log(`${dir}: ${lines} lines of transforms`);
}
