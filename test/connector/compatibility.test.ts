// This connector is the next version of "Clockify (Independent Publisher)" 1.1.1
// (connector/published-1.1.1/). The certification's breaking-change check refuses a next version
// that removes or breaks what the published one has; test/connector/breaking-changes.ts does the
// same checks offline. The definition passes them, and each kind of break, made on a copy, fails.
import * as fs from "node:fs";
import * as path from "node:path";
import { breakingChanges } from "./breaking-changes";

const connector = path.resolve(__dirname, "..", "..", "connector");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(connector, file), "utf8"));
const published = read("published-1.1.1/apiDefinition.swagger.json");
const publishedProperties = read("published-1.1.1/apiProperties.json").properties;
// The bundle's swagger is this file written as it is (src/bundle/bundle.ts).
const current = read("apiDefinition.swagger.json");
const properties = read("apiProperties.json").properties;

type Obj = { [key: string]: any };
const opOf = (doc: Obj, id: string): { path: string; method: string; op: Obj } => {
  for (const [p, item] of Object.entries(doc.paths as Obj)) for (const [m, op] of Object.entries(item as Obj)) if (op?.operationId === id) return { path: p, method: m, op };
  throw new Error(`no ${id}`);
};

test("the definition has no breaking change against 1.1.1", () => {
  expect(breakingChanges(published, current)).toEqual([]);
});

test("it keeps all 10 published operations, the 5 deprecated ones still deprecated", () => {
  const ids = Object.values(published.paths as Obj).flatMap((item) => Object.values(item as Obj).map((op) => op.operationId as string));
  expect(ids).toHaveLength(10);
  for (const id of ids) {
    const mine = opOf(current, id);
    const theirs = opOf(published, id);
    expect([id, current.basePath + mine.path, mine.method]).toEqual([id, published.basePath + theirs.path, theirs.method]);
    expect([id, Boolean(mine.op.deprecated)]).toEqual([id, Boolean(theirs.op.deprecated)]);
  }
  expect(ids.filter((id) => opOf(current, id).op.deprecated).sort()).toEqual(["GetAllUsers", "GetClients", "GetProjects", "GetTimeEntriesForUser", "GetWorkspaces"]);
});

test("version 2.0.0 under the same security key, publisher and contact", () => {
  expect(current.info.version).toBe("2.0.0");
  expect(current.basePath).toBe("/api");
  expect(Object.keys(current.securityDefinitions)).toEqual(["API Key"]);
  expect(current.security).toEqual([{ "API Key": [] }]);
  expect(current.info.contact).toEqual(published.info.contact);
  expect(properties.publisher).toBe(publishedProperties.publisher);
  expect(properties.stackOwner).toBe(publishedProperties.stackOwner);
  expect(Object.keys(properties.connectionParameters)).toEqual(Object.keys(publishedProperties.connectionParameters));
});

describe("each kind of break is caught", () => {
  const mutated = (change: (doc: Obj) => void) => {
    const copy = structuredClone(current);
    change(copy);
    return breakingChanges(published, copy);
  };

  test.each<[string, (doc: Obj) => void, string]>([
    ["an operation removed", (d) => delete d.paths["/v1/workspaces/{workspace_id}/clients"].get, "GetClients_v1: operation removed"],
    [
      "a parameter added as required",
      (d) => opOf(d, "GetProjects_v1").op.parameters.push({ name: "client-status", in: "query", required: true, type: "string" }),
      "GetProjects_v1: parameter client-status (query) added as required",
    ],
    ["an optional parameter made required", (d) => (opOf(d, "GetAllUsers_v1").op.parameters.find((p: Obj) => p.name === "email").required = true), "GetAllUsers_v1: parameter email became required"],
    ["a parameter removed", (d) => (opOf(d, "GetClients_v1").op.parameters = opOf(d, "GetClients_v1").op.parameters.filter((p: Obj) => p.name !== "archived")), "GetClients_v1: parameter archived (query) removed"],
    ["a parameter retyped", (d) => (opOf(d, "GetTimeEntriesForUser_v1").op.parameters.find((p: Obj) => p.name === "page").type = "string"), "GetTimeEntriesForUser_v1: parameter page retyped from integer to string"],
    ["a response field removed", (d) => delete d.definitions.Workspace.properties.name, "GetWorkspaces_v1 response[].name: response field removed"],
    ["a response field retyped", (d) => (d.definitions.Client.properties.archived = { type: "string" }), "GetClients_v1 response[].archived: type changed from boolean to string"],
    [
      "a nested response field removed",
      (d) => delete d.definitions.TimeInterval.properties.duration,
      "GetTimeEntriesForUser_v1 response[].timeInterval.duration: response field removed",
    ],
    [
      "a path changed",
      (d) => {
        d.paths["/v1/workspaces/{workspace_id}/customers"] = { get: d.paths["/v1/workspaces/{workspace_id}/clients"].get };
        delete d.paths["/v1/workspaces/{workspace_id}/clients"].get;
      },
      "GetClients_v1: path changed from /api/v1/workspaces/{workspace_id}/clients to /api/v1/workspaces/{workspace_id}/customers",
    ],
    ["the basePath changed", (d) => (d.basePath = "/api/v1"), "GetWorkspaces_v1: path changed from /api/v1/workspaces to /api/v1/v1/workspaces"],
    [
      "a verb changed",
      (d) => {
        const item = d.paths["/v1/workspaces"];
        item.post = item.get;
        delete item.get;
      },
      "GetWorkspaces_v1: verb changed from GET to POST",
    ],
    ["a deprecated operation undeprecated", (d) => delete opOf(d, "GetWorkspaces").op.deprecated, "GetWorkspaces: was deprecated and no longer is"],
    [
      "the security definition renamed",
      (d) => {
        d.securityDefinitions = { api_key: d.securityDefinitions["API Key"] };
        d.security = [{ api_key: [] }];
      },
      'security definition "API Key" removed',
    ],
  ])("%s", (_what, change, expected) => {
    expect(mutated(change)).toContain(expected);
  });
});
