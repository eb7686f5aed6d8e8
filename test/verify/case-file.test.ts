// Case files: every problem is reported as `file: field: what is wrong`, and nothing throws.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadCaseFile } from "../../src/verify/case-file";

let dir: string;
let cwd: string;
beforeAll(() => {
  cwd = process.cwd();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-case-file-"));
  fs.mkdirSync(path.join(dir, "cases"));
  process.chdir(dir); // names are shown relative to the working directory
});
afterAll(() => {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true, force: true });
});

function load(content: unknown, name = "a.json") {
  const file = path.join(dir, "cases", name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return loadCaseFile(file);
}

const valid = {
  name: "lists projects",
  operationId: "ListProjects",
  request: { method: "GET", url: "https://api.clockify.me/api/v1/workspaces/w1/projects", headers: { "X-Api-Key": "<redacted>" }, body: null },
  upstream: [{ status: 200, headers: { "Content-Type": "application/json" }, body: [] }],
};

test("a valid case, alone or in an array, loads as written", () => {
  expect(load(valid)).toEqual({ cases: [valid], errors: [] });
  const full = { ...valid, context: { originalUrl: "https://x.test/", correlationId: "c", notificationBase: "https://n.test" }, expect: { status: 200, body: [] } };
  expect(load([valid, full])).toEqual({ cases: [valid, full], errors: [] });
});

test("absent headers, body and upstream mean none", () => {
  const { cases, errors } = load({ name: "n", operationId: "Op", request: { method: "GET", url: "https://h.test/" } });
  expect(errors).toEqual([]);
  expect(cases).toEqual([{ name: "n", operationId: "Op", request: { method: "GET", url: "https://h.test/", headers: {}, body: null }, upstream: [] }]);
});

test("bodyBase64 is accepted in place of body", () => {
  const c = { ...valid, upstream: [{ status: 200, headers: {}, body: null, bodyBase64: "/wBB" }] };
  expect(load(c).cases).toEqual([c]);
});

test("each problem names the file, the field and what is wrong; good cases are kept", () => {
  const { cases, errors } = load([
    valid,
    { ...valid, operationId: 7 },
    { ...valid, upstream: [{ status: 700, headers: {}, body: null }] },
  ]);
  expect(cases).toEqual([valid]);
  expect(errors).toEqual([
    "cases/a.json: [1].operationId: expected a string, got number 7",
    "cases/a.json: [2].upstream[0].status: expected an integer 100–599, got number 700",
  ]);
});

test("missing fields, wrong types and unknown fields", () => {
  const { cases, errors } = load({
    name: "",
    request: { method: "GET /x", url: "/relative", headers: { "Bad Name": "v", "X-N": 5 }, bodyBase64: "%%" },
    upstream: { status: 200 },
    context: { originalUrl: "nope", extra: 1 },
    expect: { body: 1 },
    recordedAt: "yesterday",
  });
  expect(cases).toEqual([]);
  expect(errors).toEqual([
    "cases/a.json: recordedAt: unknown field (expected one of name, operationId, request, upstream, context, expect)",
    'cases/a.json: name: expected a non-empty string, got the string ""',
    "cases/a.json: operationId: missing",
    'cases/a.json: request.method: not an HTTP method: "GET /x"',
    'cases/a.json: request.url: expected an absolute http(s) URL, got the string "/relative"',
    "cases/a.json: request.headers.Bad Name: not a valid header name",
    "cases/a.json: request.headers.X-N: expected a string, got number 5",
    'cases/a.json: request.bodyBase64: expected base64 text, got the string "%%"',
    "cases/a.json: upstream: expected an array of responses, got an object",
    "cases/a.json: context.extra: unknown field (expected one of originalUrl, correlationId, notificationBase, now)",
    'cases/a.json: context.originalUrl: expected an absolute http(s) URL, got the string "nope"',
    "cases/a.json: expect.status: missing",
  ]);
});

test("body and bodyBase64 together, and a header value with a line break", () => {
  const { errors } = load({ ...valid, request: { ...valid.request, headers: { "X-A": "a\r\nb" }, body: "x", bodyBase64: "eA==" } });
  expect(errors).toEqual([
    "cases/a.json: request.headers.X-A: a header value cannot hold CR, LF or NUL",
    "cases/a.json: request.body: must be null when bodyBase64 is given",
  ]);
});

test("not an object or an array of them", () => {
  expect(load("42").errors).toEqual(["cases/a.json: (case): expected an object, got number 42"]);
  expect(load([null]).errors).toEqual(["cases/a.json: [0]: expected an object, got null"]);
});

test("bad JSON says where", () => {
  const { cases, errors } = load('[\n  { "name": "x",\n    oops }\n]');
  expect(cases).toEqual([]);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^cases\/a\.json: not valid JSON at line 3, column 5: /);
});

test("an unreadable file is an error, not an exception", () => {
  const result = loadCaseFile(path.join(dir, "cases", "absent.json"));
  expect(result.cases).toEqual([]);
  expect(result.errors).toEqual([expect.stringMatching(/^cases\/absent\.json: cannot read the file: ENOENT/)]);
});

test("a path outside the working directory is shown as given", () => {
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-case-elsewhere-"));
  try {
    const file = path.join(elsewhere, "b.json");
    fs.writeFileSync(file, "{}");
    expect(loadCaseFile(file).errors[0]).toBe(`${file}: name: missing`);
  } finally {
    fs.rmSync(elsewhere, { recursive: true, force: true });
  }
});
