// `csxc init DIR`: a new connector project with one transform, its test and a minimal swagger.

import * as fs from "node:fs";
import * as path from "node:path";
import type { Io } from "./report";

const FILES: Record<string, string> = {
  "transforms/index.ts": `import { defineTransforms } from "csxc";

export default defineTransforms({
  GetItems: {
    async response(res, ctx) {
      if (!res.ok) {
        return;
      }
      const items = await res.json();
      res.setJson({ items: items, operation: ctx.operationId });
    },
  },
});
`,
  "test/items.test.ts": `import transforms from "../transforms";
import { harness } from "csxc/testing";

test("wraps the items", async () => {
  const h = harness(transforms, { upstream: () => ({ status: 200, headers: [["Content-Type", "application/json"]], body: new TextEncoder().encode("[1,2]") }) });
  const res = await h.run("GetItems", { method: "GET", url: "https://example.invalid/items" });
  expect(res.status).toBe(200);
  expect(res.json()).toEqual({ items: [1, 2], operation: "GetItems" });
});
`,
  "connector/apiDefinition.swagger.json": JSON.stringify(
    {
      swagger: "2.0",
      info: { title: "My connector", version: "1.0.0", description: "Made with csxc" },
      host: "example.invalid",
      basePath: "/",
      schemes: ["https"],
      consumes: ["application/json"],
      produces: ["application/json"],
      paths: { "/items": { get: { operationId: "GetItems", summary: "Get items", responses: { "200": { description: "OK" } } } } },
      securityDefinitions: { "API Key": { type: "apiKey", in: "header", name: "X-Api-Key" } },
      security: [{ "API Key": [] }],
    },
    null,
    2,
  ) + "\n",
  "connector/apiProperties.json": JSON.stringify(
    {
      properties: {
        iconBrandColor: "#da3b01",
        capabilities: [],
        connectionParameters: {
          api_key: { type: "securestring", uiDefinition: { displayName: "API Key", description: "Your API key", tooltip: "Your API key", constraints: { tabIndex: 2, clearText: false, required: "true" } } },
        },
        policyTemplateInstances: [],
      },
    },
    null,
    2,
  ) + "\n",
  "tsconfig.json": JSON.stringify({ compilerOptions: { target: "ES2022", module: "commonjs", strict: true, esModuleInterop: true, skipLibCheck: true, noEmit: true }, include: ["transforms", "test"] }, null, 2) + "\n",
  ".gitignore": "node_modules/\nbuild/\n",
};

export async function runInit(dir: string, io: Io): Promise<number> {
  const target = path.resolve(dir);
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    io.err(`csxc init: ${dir} exists and is not empty; choose a new directory`);
    return 2;
  }
  for (const [rel, content] of Object.entries(FILES)) {
    const file = path.join(target, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  io.out(`Created ${dir}. Next: cd ${dir} && csxc check && csxc build`);
  return 0;
}
