// Scenarios of the Tulip-style dynamic schema against a fake Tulip instance with a few tables.

import { harness, type WireRequest } from "csxc/testing";
import transforms from "./transforms";
import { header, json, rawJson, text } from "../support";

const BASE = "https://acme.tulip.co/api/v3";
const AUTH = { Authorization: "Basic YXBpa2V5LjJfYWJjOnNlY3JldA==" };

const TABLES: Record<string, unknown> = {
  DefectsT1: {
    id: "DefectsT1",
    label: "Défauts — Linie 3",
    columns: [
      { name: "id", label: "ID", dataType: { type: "string" }, unique: true },
      { name: "_createdAt", label: "Created", dataType: { type: "timestamp" } },
      { name: "_updatedAt", label: "Updated", dataType: { type: "timestamp" } },
      { name: "_sequenceNumber", label: "Sequence", dataType: { type: "integer" } },
      { name: "qwert_qty", label: "  Menge  ", dataType: { type: "integer" }, required: true },
      { name: "zxcvb_temp", label: "Temperatur °C", description: "measured at the oven", dataType: { type: "float" } },
      { name: "asdfg_ok", dataType: { type: "boolean" } },
      { name: "ghjkl_photo", label: "写真", dataType: { type: "imageUrl" } },
      { name: "yuiop_cycle", label: "Cycle time", description: "from start to finish", dataType: { type: "interval" } },
      { name: "bnmvc_colour", label: "Colour", dataType: { type: "color" } },
      { name: "42", label: "Station 42", dataType: { type: "station" } },
      { name: "7", label: "Operator", dataType: { type: "user" }, required: true },
      { name: "lkjhg_readings", label: "Readings", dataType: { type: "list", itemType: { type: "list", itemType: { type: "float" } } } },
      { name: "mnbvc_tags", label: "Tags", dataType: { type: "list" } },
      { name: "poiuy_secret", label: "Internal", dataType: { type: "string" }, hidden: true },
      { name: "trewq_sig", label: "Signature", dataType: { type: "signature" } },
    ],
  },
  Empty: { id: "Empty", label: "", columns: [] },
  NoColumns: { id: "NoColumns", columns: null },
};

export function fakeTulip() {
  const sent: WireRequest[] = [];
  const upstream = (req: WireRequest) => {
    sent.push(req);
    if (header(req, "Authorization") !== AUTH.Authorization) return json(401, { errorCode: "Unauthorized", message: "Invalid API key" });
    const url = new URL(req.url);
    const m = /^\/api\/v3\/tables\/([^/]+)$/.exec(url.pathname);
    if (req.method !== "GET" || !m) return json(404, { errorCode: "NotFound", message: "No route" });
    const id = decodeURIComponent(m[1]);
    if (id === "Flaky") return text(502, "<html><body>Bad gateway</body></html>", "text/html");
    if (id === "Numbers") return rawJson(200, '{"id":"Numbers","label":"Zahlen","recordCount":9007199254740993,"columns":[{"name":"n","label":"N","dataType":{"type":"float"},"required":true}]}');
    const table = TABLES[id];
    return table ? json(200, table) : json(404, { errorCode: "NotFound", message: `Table ${id} not found` });
  };
  return { sent, upstream };
}

export function tulipScenarios(record: string): void {
  const setUp = () => {
    const tulip = fakeTulip();
    return { tulip, h: harness(transforms, { upstream: tulip.upstream, record }) };
  };

  test("write schema: no system or hidden columns, types mapped, required sorted, lists nested", async () => {
    const { tulip, h } = setUp();
    const res = await h.run("GetRecordSchema", { method: "GET", url: `${BASE}/x-schema/record?tableId=DefectsT1`, headers: AUTH });
    expect(res.status).toBe(200);
    expect(tulip.sent).toHaveLength(1);
    expect(tulip.sent[0].url).toBe(`${BASE}/tables/DefectsT1`);
    expect(header(tulip.sent[0], "Accept")).toBe("application/json");
    const schema = res.json<{ schema: { title: string; required: string[]; properties: Record<string, Record<string, unknown>> } }>().schema;
    expect(schema.title).toBe("Défauts — Linie 3");
    expect(Object.keys(schema.properties)).toEqual(["7", "42", "id", "qwert_qty", "zxcvb_temp", "asdfg_ok", "ghjkl_photo", "yuiop_cycle", "bnmvc_colour", "lkjhg_readings", "mnbvc_tags", "trewq_sig"]);
    expect(schema.required).toEqual(["7", "id", "qwert_qty"]);
    expect(schema.properties.qwert_qty).toEqual({ type: "integer", format: "int64", title: "Menge", "x-ms-summary": "Menge" });
    expect(schema.properties.zxcvb_temp.description).toBe("measured at the oven");
    expect(schema.properties.yuiop_cycle.description).toBe("from start to finish (a duration in seconds)");
    expect(schema.properties.asdfg_ok.title).toBe("asdfg_ok");
    expect(schema.properties.lkjhg_readings.items).toEqual({ type: "array", items: { type: "number", format: "double" } });
    expect(res.logs).toEqual([
      { level: "warn", message: "DefectsT1: a list without an item type is read as a list of text" },
      { level: "warn", message: "DefectsT1: unsupported Tulip type 'signature' is read as text" },
    ]);
  });

  test("read schema of a list: every column, system and hidden ones marked advanced", async () => {
    const { h } = setUp();
    const res = await h.run("GetRecordListSchema", { method: "GET", url: `${BASE}/x-schema/records?tableId=%20DefectsT1%20&mode=read`, headers: AUTH });
    expect(res.status).toBe(200);
    const schema = res.json<{ schema: { type: string; items: { required?: string[]; properties: Record<string, Record<string, unknown>> } } }>().schema;
    expect(schema.type).toBe("array");
    expect(schema.items.required).toBeUndefined();
    expect(schema.items.properties._createdAt).toEqual({ type: "string", format: "date-time", title: "Created", "x-ms-summary": "Created", "x-ms-visibility": "advanced" });
    expect(schema.items.properties.poiuy_secret["x-ms-visibility"]).toBe("advanced");
  });

  test("a table without columns gives an empty object schema, without a title when the label is empty", async () => {
    const { h } = setUp();
    for (const id of ["Empty", "NoColumns"]) {
      const res = await h.run("GetRecordSchema", { method: "GET", url: `${BASE}/x-schema/record?tableId=${id}`, headers: AUTH });
      expect(res.json()).toEqual({ schema: { type: "object", properties: {} } });
    }
  });

  test("a table whose metadata carries a number beyond 2^53", async () => {
    const { h } = setUp();
    const res = await h.run("GetRecordSchema", { method: "GET", url: `${BASE}/x-schema/record?tableId=Numbers`, headers: AUTH });
    expect(res.json()).toEqual({ schema: { type: "object", properties: { n: { type: "number", format: "double", title: "N", "x-ms-summary": "N" } }, title: "Zahlen", required: ["n"] } });
  });

  test("a table id with odd characters is escaped in the lookup", async () => {
    const { tulip, h } = setUp();
    const res = await h.run("GetRecordSchema", { method: "GET", url: `${BASE}/x-schema/record?tableId=a%2Fb%20c%C3%A9`, headers: AUTH });
    expect(tulip.sent[0].url).toBe(`${BASE}/tables/a%2Fb%20c%C3%A9`);
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ message: "Table 'a/b cé' was not found; it may have been deleted" });
  });

  test("other backend errors are passed on unchanged", async () => {
    const { h } = setUp();
    const denied = await h.run("GetRecordSchema", { method: "GET", url: `${BASE}/x-schema/record?tableId=DefectsT1`, headers: { Authorization: "Basic d3Jvbmc6d3Jvbmc=" } });
    expect(denied.status).toBe(401);
    expect(denied.json()).toEqual({ errorCode: "Unauthorized", message: "Invalid API key" });
    const flaky = await h.run("GetRecordListSchema", { method: "GET", url: `${BASE}/x-schema/records?tableId=Flaky`, headers: AUTH });
    expect(flaky.status).toBe(502);
    expect(flaky.text()).toContain("Bad gateway");
  });

  test("no table chosen: 400 without a backend call", async () => {
    const { tulip, h } = setUp();
    const res = await h.run("GetRecordSchema", { method: "GET", url: `${BASE}/x-schema/record?tableId=+`, headers: AUTH });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ message: "Choose a table: tableId is required" });
    expect(tulip.sent).toHaveLength(0);
  });

  test("not a Tulip API URL: 400", async () => {
    const { h } = setUp();
    const res = await h.run("GetRecordSchema", { method: "GET", url: "https://acme.tulip.co/other?tableId=DefectsT1", headers: AUTH });
    expect(res.status).toBe(400);
  });

  test.each([["false"], ["true"]])("the filter schema is computed without a backend call (multiple=%s)", async (multiple) => {
    const { tulip, h } = setUp();
    const res = await h.run("GetFilterSchema", { method: "GET", url: `${BASE}/x-schema/filter?multiple=${multiple}`, headers: AUTH });
    expect(tulip.sent).toHaveLength(0);
    const schema = res.json<{ schema: { type: string; items?: { required: string[] } } }>().schema;
    expect(schema.type).toBe(multiple === "true" ? "array" : "object");
    if (multiple === "true") expect(schema.items?.required).toEqual(["field", "functionType"]);
  });
}
