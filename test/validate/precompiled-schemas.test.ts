// The connector files' JSON Schema validators as the dist build precompiles them (ajv standalone
// code, src/validate/schemas.ts standaloneValidators) must find exactly what a run-time compile finds.
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { parse } from "jsonc-parser";
import { schemaDir, standaloneValidators, type SchemaFile } from "../../src/validate/schemas";

const ROOT = path.join(__dirname, "..", "..");
const FILES: Record<SchemaFile, string> = { definition: "apiDefinition.swagger.schema.json", properties: "paconn-apiProperties.schema.json", settings: "paconn-settings.schema.json" };

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/** A standalone module's validator, loaded as node would load dist/validators.js's parts. */
function load(code: string): Validate {
  const module = { exports: {} as { default?: Validate } };
  new Function("module", "exports", "require", code)(module, module.exports, require);
  return (module.exports.default ?? module.exports) as Validate;
}

/** The run-time compile, written out independently of schemas.ts: what the standalone code must match. */
function compiled(file: SchemaFile): Validate {
  const schema = parse(fs.readFileSync(path.join(schemaDir(), FILES[file]), "utf8"), [], { allowTrailingComma: true });
  delete schema.id;
  const ajv = file === "definition" ? new AjvDraft04({ allErrors: true, strict: false }) : new Ajv({ allErrors: true, strict: false });
  addFormats(ajv as unknown as Ajv);
  return ajv.compile(schema) as Validate;
}

const definition = JSON.parse(fs.readFileSync(path.join(ROOT, "connector", "apiDefinition.swagger.json"), "utf8"));
const properties = JSON.parse(fs.readFileSync(path.join(ROOT, "connector", "apiProperties.json"), "utf8"));

const broken: Array<[SchemaFile, unknown]> = [
  ["definition", definition],
  ["definition", { ...definition, host: 42, schemes: ["gopher"], info: { title: 7 }, paths: { "/x": { get: { responses: "none", operationId: 3 } } } }],
  ["properties", properties],
  ["properties", { properties: { connectionParameters: { api_key: { type: "nonsense" } }, iconBrandColor: 5, capabilities: "x" }, extra: true }],
  ["settings", { connectorId: 1, apiDefinition: ["a"], environment: null }],
];

const standalone = standaloneValidators();

test.each(broken.map(([file, doc], i) => [`${file} #${i}`, file, doc] as const))("%s: the same verdict and errors as a run-time compile", (_name, file, doc) => {
  const expected = compiled(file);
  const actual = load(standalone[file]);
  const ok = expected(doc);
  expect(actual(doc)).toBe(ok);
  expect(actual.errors ?? null).toEqual(expected.errors ?? null);
});

test("the broken documents do break: the comparison is not of empty error lists", () => {
  for (const [file, doc] of broken.filter((_, i) => i % 2 === 1 || i === 4)) {
    const v = compiled(file);
    expect(v(doc)).toBe(false);
    expect(v.errors!.length).toBeGreaterThan(2);
  }
});
