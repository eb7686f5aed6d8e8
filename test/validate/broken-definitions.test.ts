// Offline validation as an author meets it: `csxc check` on a project made by `csxc init`, with one
// thing broken at a time. Each broken definition must fail with the rule's code and id, at the
// exact line and column of the JSON path it is about (found here by searching the file's text, not
// by csxc's own JSON locator). Warnings print but do not fail; the Clockify connector passes.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { runInit } from "../../src/cli/init-command";
import { RULES, validateConnector } from "../../src/validate";

// Each deploy and build compiles the script with Roslyn: slow on a loaded machine.
jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function csxc(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const quiet = { out: () => undefined, err: () => undefined, isTTY: false };
let template: string;

beforeAll(async () => {
  template = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-validate-"));
  expect(await runInit(path.join(template, "p"), quiet)).toBe(0);
});

afterAll(() => fs.rmSync(template, { recursive: true, force: true }));

function project(): string {
  const dir = fs.mkdtempSync(path.join(template, "broken-"));
  fs.cpSync(path.join(template, "p"), dir, { recursive: true });
  return dir;
}

/** 1-based line and column of the first `anchor` after `after` in `text` (the last one before it, with `back`). */
function lineCol(text: string, anchor: string, after = "", back = false): { line: number; column: number } {
  const start = after ? text.indexOf(after) : 0;
  expect(start).toBeGreaterThanOrEqual(0);
  const at = back ? text.lastIndexOf(anchor, start) : text.indexOf(anchor, start);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at);
  return { line: before.split("\n").length, column: at - before.lastIndexOf("\n") };
}

const webhookPaths = (responses: Obj, bodyProps: Obj = { callbackUrl: { type: "string", "x-ms-notification-url": true, "x-ms-visibility": "internal" } }) => ({
  "/hooks": {
    "x-ms-notification-content": { description: "The event.", schema: { type: "object", properties: { id: { type: "string" } } } },
    post: {
      operationId: "OnItemCreated",
      summary: "When an item is created",
      description: "Triggers when an item is created.",
      "x-ms-trigger": "single",
      parameters: [{ name: "body", in: "body", required: true, schema: { type: "object", required: Object.keys(bodyProps), properties: bodyProps } }],
      responses,
    },
  },
  "/hooks/{hookId}": {
    delete: {
      operationId: "DeleteHook",
      summary: "Delete a hook",
      description: "Deletes a subscription.",
      "x-ms-visibility": "internal",
      parameters: [{ name: "hookId", in: "path", required: true, type: "string", "x-ms-url-encoding": "single" }],
      responses: { "204": { description: "Deleted." } },
    },
  },
});

interface Broken {
  kind: string;
  file?: "apiDefinition.swagger.json" | "apiProperties.json";
  edit?: (doc: Obj) => void;
  /** Raw text edit, for what JSON.stringify cannot write. */
  text?: (text: string) => string;
  code: string;
  /** The rule id that closes the message (none for the Swagger structure, CSX4007). */
  rule?: string;
  anchor: string;
  after?: string;
  /** The anchor is the last one before `after` (an array element's "{"). */
  back?: boolean;
  args?: string[];
}

const list = (d: Obj) => d.paths["/items"].get;

const BROKEN: Broken[] = [
  { kind: "operationId with a space and '!'", edit: (d) => (list(d).operationId = "bad id!"), code: "CSX5122", rule: "OperationIdSanitized", anchor: '"operationId": "bad id!"' },
  {
    kind: "two operations with one operationId",
    edit: (d) => (d.paths["/other"] = { get: { ...structuredClone(list(d)), parameters: [] } }),
    code: "CSX5121", rule: "OperationIdNotUnique", anchor: '"operationId": "ListItems"', after: '"/other"',
  },
  { kind: "missing summary", edit: (d) => delete list(d).summary, code: "CSX5124", rule: "OperationSummaryMissing", anchor: '"get"' },
  { kind: "summary with a restricted character", edit: (d) => (list(d).summary = "List items/things"), code: "CSX5126", rule: "RestrictedCharactersInSummary", anchor: '"summary": "List items/things"' },
  { kind: "summary over 80 characters", edit: (d) => (list(d).summary = `List ${"very ".repeat(16)}many items`), code: "CSX5125", rule: "OperationSummaryTooLong", anchor: '"summary": "List very' },
  {
    kind: "path parameter not required",
    edit: (d) => (d.paths["/items/{itemId}"] = { get: { operationId: "GetItem", summary: "Get an item", description: "Gets one item.", parameters: [{ name: "itemId", in: "path", required: false, type: "string", "x-ms-url-encoding": "single" }], responses: { "200": { description: "The item." } } } }),
    code: "CSX5140", rule: "PathParameterMustBeRequired", anchor: "{", after: '"name": "itemId"', back: true,
  },
  {
    kind: "body on a GET",
    edit: (d) => list(d).parameters.push({ name: "filter", in: "body", schema: { type: "object" } }),
    code: "CSX5155", rule: "BodyOrFormDataParameterInFetchOperationNotAllowed", anchor: "{", after: '"name": "filter"', back: true,
  },
  {
    kind: "two paths that are one path to the platform",
    edit: (d) => {
      const op = (name: string, id: string) => ({ get: { operationId: id, summary: "Get an item", description: "Gets one item.", parameters: [{ name, in: "path", required: true, type: "string", "x-ms-url-encoding": "single" }], responses: { "200": { description: "The item." } } } });
      d.paths["/items/{a}"] = op("a", "GetItemA");
      d.paths["/items/{b}"] = op("b", "GetItemB");
    },
    code: "CSX5160", rule: "DuplicateOperationPath", anchor: '"get"', after: '"/items/{b}"',
  },
  { kind: "x-ms-visibility not a known value", edit: (d) => (list(d)["x-ms-visibility"] = "hidden"), code: "CSX5135", rule: "InvalidVisibilityValue", anchor: '"x-ms-visibility": "hidden"' },
  {
    kind: "trigger answering 200",
    edit: (d) => Object.assign(d.paths, webhookPaths({ "200": { description: "Subscribed." } })),
    code: "CSX5207", rule: "WebhookMustRespond201", anchor: '"200"', after: '"OnItemCreated"',
  },
  {
    kind: "trigger without a callback URL property",
    edit: (d) => Object.assign(d.paths, webhookPaths({ "201": { description: "Subscribed." } }, { event: { type: "string", default: "created", "x-ms-visibility": "internal" } })),
    code: "CSX5201", rule: "WebhookOperationsMissingNotificationUrlProperty", anchor: '"post"', after: '"/hooks"',
  },
  {
    kind: "trigger whose callback URL is not internal",
    edit: (d) => Object.assign(d.paths, webhookPaths({ "201": { description: "Subscribed." } }, { callbackUrl: { type: "string", "x-ms-notification-url": true } })),
    code: "CSX5203", rule: "NotificationUrlNotInternal", anchor: '"callbackUrl": {', after: '"OnItemCreated"',
  },
  {
    kind: "trigger without a DELETE operation",
    edit: (d) => {
      Object.assign(d.paths, webhookPaths({ "201": { description: "Subscribed." } }));
      delete d.paths["/hooks/{hookId}"];
    },
    code: "CSX5208", rule: "WebhookDeleteOperationMissing", anchor: '"post"', after: '"/hooks"',
  },
  {
    kind: "drop-down naming an operation that does not exist",
    edit: (d) => (list(d).parameters[0]["x-ms-dynamic-values"] = { operationId: "ListNothing", parameters: {}, "value-path": "id" }),
    code: "CSX5240", rule: "DynamicOperationNotFound", anchor: '"operationId": "ListNothing"',
  },
  {
    kind: "drop-down reading a field the answer does not have",
    edit: (d) => (list(d).parameters[0]["x-ms-dynamic-values"] = { operationId: "ListItems", parameters: {}, "value-collection": "items", "value-path": "code", "value-title": "name" }),
    code: "CSX5245", rule: "InvokedOperationShouldProduceProperty", anchor: '"value-path": "code"',
  },
  {
    kind: "drop-down that leaves out a required parameter",
    edit: (d) => {
      d.paths["/lists/{listId}/items"] = { get: { operationId: "ListListItems", summary: "List a list's items", description: "Lists the items of a list.", parameters: [{ name: "listId", in: "path", required: true, type: "string", "x-ms-url-encoding": "single" }], responses: { "200": { description: "The items.", schema: { type: "array", items: { type: "object", properties: { id: { type: "string" } } } } } } } };
      list(d).parameters[0]["x-ms-dynamic-values"] = { operationId: "ListListItems", parameters: {}, "value-path": "id" };
    },
    code: "CSX5242", rule: "DynamicRequiredParameterNotMapped", anchor: '"parameters": {}',
  },
  { kind: "brand color that is not a color", file: "apiProperties.json", edit: (d) => (d.properties.iconBrandColor = "orange"), code: "CSX5272", rule: "IconBrandColorInvalid", anchor: '"iconBrandColor"' },
  {
    kind: "an API key in a test value",
    edit: (d) => (list(d).parameters.push({ name: "X-Api-Key", in: "header", type: "string", "x-ms-visibility": "internal", default: "k9Xq2LmP7vRt4WzY8bNc", "x-ms-summary": "Key", description: "The key." })),
    code: "CSX5332", rule: "SecretInFile", anchor: '"default": "k9Xq2LmP7vRt4WzY8bNc"',
  },
  { kind: "a trailing comma", text: (t) => t.replace('"basePath": "/v1",', '"basePath": "/v1",,'), code: "CSX5100", rule: "InvalidJson", anchor: ",\n", after: '"basePath": "/v1",' },
  { kind: "a scheme the schema does not allow", edit: (d) => (d.schemes = ["ftp"]), code: "CSX5101", rule: "apiDefinition.schema", anchor: '"ftp"' },
  { kind: "responses that are not an object (Swagger 2.0 structure)", edit: (d) => (list(d).responses = "yes"), code: "CSX4007", anchor: '"responses": "yes"' },
  { kind: "no contact, checked for certification", edit: (d) => delete d.info.contact, code: "CSX5300", rule: "ContactRequired", anchor: '"info"', args: ["--certification"] },
];

describe("csxc check on broken definitions", () => {
  test.each(BROKEN.map((b) => [b.kind, b] as const))("%s", async (_kind, b) => {
    const dir = project();
    const file = path.join(dir, "connector", b.file ?? "apiDefinition.swagger.json");
    let text = fs.readFileSync(file, "utf8");
    if (b.edit) {
      const doc = JSON.parse(text) as Obj;
      b.edit(doc);
      text = JSON.stringify(doc, null, 2) + "\n";
    }
    if (b.text) text = b.text(text);
    fs.writeFileSync(file, text);
    const { code, err } = await csxc("check", "--project", dir, ...(b.args ?? []));
    const at = lineCol(text, b.anchor, b.after, b.back);
    const line = err.split("\n").find((l) => l.includes(`error ${b.code}:`));
    expect({ code, line }).toEqual({ code: 1, line: expect.stringContaining(`connector/${b.file ?? "apiDefinition.swagger.json"}(${at.line},${at.column}): error ${b.code}: `) });
    if (b.rule) expect(line).toMatch(new RegExp(`\\[${b.rule.replace(/\./g, "\\.")}\\]$`));
  });

  test("the project init writes passes every rule without a warning", async () => {
    const { code, err } = await csxc("check", "--project", path.join(template, "p"));
    expect({ code, err }).toEqual({ code: 0, err: "" });
  });

  test("a warning is printed and the build goes on", async () => {
    const dir = project();
    const file = path.join(dir, "connector", "apiDefinition.swagger.json");
    const doc = JSON.parse(fs.readFileSync(file, "utf8")) as Obj;
    list(doc).description = "Lists the items";
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    const { code, err } = await csxc("build", "--project", dir);
    expect(code).toBe(0);
    expect(err).toMatch(/warning CSX5130: .*\[DescriptionMustEndWithPunctuation\]/);
    expect(fs.existsSync(path.join(dir, "build", "connector", "apiDefinition.swagger.json"))).toBe(true);
  });

  test("an error stops the build and leaves build/ unwritten", async () => {
    const dir = project();
    const file = path.join(dir, "connector", "apiDefinition.swagger.json");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"operationId": "ListItems"', '"operationId": "List Items"'));
    const { code, err } = await csxc("build", "--project", dir);
    expect(code).toBe(1);
    expect(err).toContain("[OperationIdSanitized]");
    expect(fs.existsSync(path.join(dir, "build"))).toBe(false);
  });
});

describe("the rule table", () => {
  test("ids and codes are unique, codes in CSX5100-5399", () => {
    const ids = RULES.map((r) => r.id);
    const codes = RULES.map((r) => r.code);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c >= 5100 && c <= 5399).toBe(true);
  });

  test("docs/validation.md lists every rule with its code", () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs", "validation.md"), "utf8");
    for (const r of RULES) expect([r.id, doc.includes(`CSX${r.code}`) && doc.includes(r.id)]).toEqual([r.id, true]);
  });
});

describe("the Clockify connector", () => {
  test("passes the validator, certification rules included", async () => {
    const connector = path.join(ROOT, "connector");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const keys = Object.keys(require("../../transforms").default as Record<string, unknown>);
    const result = await validateConnector(
      { dir: ROOT, swagger: path.join(connector, "apiDefinition.swagger.json"), properties: path.join(connector, "apiProperties.json"), settings: path.join(connector, "settings.json") },
      { transformKeys: keys, certification: true },
    );
    const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}(${d.line},${d.column}): ${d.code}: ${d.message}`);
    expect(errors).toEqual([]);
  });
});
