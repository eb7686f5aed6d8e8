// The certification folder `csxc build` writes for a pull request to the connector repository
// (src/bundle/certification.ts), made from this connector's definition and properties.
import * as fs from "node:fs";
import * as path from "node:path";
import { certificationFiles } from "../../src/bundle/certification";

const connector = path.resolve(__dirname, "..", "..", "connector");
const swagger = JSON.parse(fs.readFileSync(path.join(connector, "apiDefinition.swagger.json"), "utf8"));
const properties = JSON.parse(fs.readFileSync(path.join(connector, "apiProperties.json"), "utf8"));
const files = certificationFiles({ swagger, properties: { properties: { ...properties.properties, scriptOperations: [] } }, script: "// script\n", connectorDir: connector });
const readme = String(files["certification/readme.md"]);

test("holds the definition, the properties with stackOwner, the script and the readme", () => {
  expect(Object.keys(files).sort()).toEqual(["certification/apiDefinition.swagger.json", "certification/apiProperties.json", "certification/readme.md", "certification/script.csx"]);
  expect(JSON.parse(String(files["certification/apiDefinition.swagger.json"]))).toEqual(swagger);
  const props = JSON.parse(String(files["certification/apiProperties.json"])).properties;
  expect(props.stackOwner).toBe("Clockify");
  expect(props.publisher).toBe("Dr Adrian Colquhoun (Strategik)");
  expect(props.scriptOperations).toEqual([]);
  expect(files["certification/script.csx"]).toBe("// script\n");
});

test("the readme has the independent-publisher sections in order", () => {
  const headings = readme.split("\n").filter((l) => /^#{1,2} /.test(l));
  expect(headings).toEqual([
    "# Clockify",
    "## Publisher: Dr Adrian Colquhoun (Strategik)",
    "## Prerequisites",
    "## Supported Operations",
    "## Obtaining Credentials",
    "## Known Issues and Limitations",
    "## Deployment Instructions",
  ]);
  expect(readme).toContain("https://clockify.me/user/settings");
  expect(readme).toContain(fs.readFileSync(path.join(connector, "known-issues.md"), "utf8").trim());
});

test("the operations table lists every operation a flow author sees, once, and no internal one", () => {
  const rows = readme.split("\n").filter((l) => /^\| .* \| `[A-Za-z_0-9]+` \| /.test(l));
  const ids = rows.map((l) => /`([A-Za-z_0-9]+)`/.exec(l)![1]);
  const visible = Object.values(swagger.paths as Record<string, Record<string, any>>)
    .flatMap((item) => Object.values(item).filter((op) => op?.operationId && op["x-ms-visibility"] !== "internal").map((op) => op.operationId as string));
  expect(ids.sort()).toEqual(visible.sort());
  expect(ids).not.toContain("GetTimeEntryCustomFieldSchema");
  expect(readme).toMatch(/### Triggers\n\n\| Operation \| Operation ID \| What it does \|\n\|---\|---\|---\|\n\| When a time entry is created \| `OnTimeEntryCreated` \|/);
  expect(readme).toMatch(/### Deprecated[\s\S]*`GetWorkspaces`/);
});
