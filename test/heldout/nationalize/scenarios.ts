// Scenarios of the Nationalize/Agify/Genderize-style query rewriting against fakes of the three APIs.

import { harness, type WireRequest } from "csxc/testing";
import transforms from "./transforms";
import { header, json, text } from "../support";

const KEY = "nat-key-5f3a9c";

const NATIONS: Record<string, Array<{ country_id: string; probability: number }>> = {
  josé: [{ country_id: "ES", probability: 0.4123456789012345 }, { country_id: "PT", probability: 0.1 }],
  "o'brien": [{ country_id: "IE", probability: 0.8 }],
  李: [{ country_id: "CN", probability: 0.9 }, { country_id: "TW", probability: 0.05 }],
};

export function fakeApis() {
  const sent: WireRequest[] = [];
  let remaining = 1000;
  const upstream = (req: WireRequest) => {
    sent.push(req);
    const url = new URL(req.url);
    const key = url.searchParams.get("apikey");
    if (key !== null && key !== KEY) return json(401, { error: "Invalid API key" });
    const names = url.searchParams.getAll("name[]");
    if (names.length === 0) return json(422, { error: "Missing 'name' parameter" });
    if (names.includes("quota")) return json(429, { error: "Request limit reached" });
    if (names.includes("broken")) return text(500, "");
    remaining = key ? remaining - names.length : 7;
    const limits: Array<[string, string]> = [["X-Rate-Limit-Limit", key ? "1000" : "100"], ["X-Rate-Limit-Remaining", String(remaining)], ["X-Rate-Limit-Reset", "2592000"]];
    const country = url.searchParams.get("country_id");
    const count = (n: string) => (n === "xyzzy" ? 0 : n.length * 123456789012);
    switch (url.host) {
      case "api.nationalize.io":
        return json(200, names.map((n) => ({ count: count(n), name: n, country: NATIONS[n.toLowerCase()] ?? [] })), limits);
      case "api.agify.io":
        return json(200, names.map((n) => ({ count: count(n), name: n, age: n === "xyzzy" ? null : 30 + n.length, ...(country ? { country_id: country } : {}) })), limits);
      case "api.genderize.io":
        return json(200, names.map((n) => ({ count: count(n), name: n, gender: n === "xyzzy" ? null : n.endsWith("a") ? "female" : "male", probability: n === "xyzzy" ? 0.0 : 0.99, ...(country ? { country_id: country } : {}) })), limits);
      default:
        return text(404, "Not Found");
    }
  };
  return { sent, upstream };
}

export function nationalizeScenarios(record: string): void {
  const setUp = () => {
    const apis = fakeApis();
    return { apis, h: harness(transforms, { upstream: apis.upstream, record }) };
  };

  test("comma list becomes repeated name[] parameters, odd characters encoded, the key moved into the query", async () => {
    const { apis, h } = setUp();
    const res = await h.run("PredictNationality", {
      method: "GET",
      url: "https://api.nationalize.io/predict?names=Jos%C3%A9%2C%20O'Brien%2C%E6%9D%8E%2C%20a%26b%3Dc%2C100%25%2C%2Bplus%2C%F0%9F%98%80%20smile",
      headers: { "X-Api-Key": KEY, "X-Country-Id": "de" },
    });
    expect(apis.sent[0].url).toBe(
      "https://api.nationalize.io/?name[]=Jos%C3%A9&name[]=O'Brien&name[]=%E6%9D%8E&name[]=a%26b%3Dc&name[]=100%25&name[]=%2Bplus&name[]=%F0%9F%98%80%20smile&apikey=nat-key-5f3a9c",
    );
    expect(header(apis.sent[0], "X-Api-Key")).toBeNull();
    expect(header(apis.sent[0], "X-Country-Id")).toBeNull();
    expect(res.status).toBe(200);
    const body = res.json<{ value: Array<{ name: string; known: boolean; country: unknown[] }>; requestsRemaining: number }>();
    expect(body.value.map((p) => p.name)).toEqual(["José", "O'Brien", "李", "a&b=c", "100%", "+plus", "😀 smile"]);
    expect(body.value[0].country).toEqual(NATIONS["josé"]);
    expect(body.requestsRemaining).toBe(993);
  });

  test("the list is trimmed, empty items dropped and duplicates sent once; + in the query is a space", async () => {
    const { apis, h } = setUp();
    await h.run("PredictGender", { method: "GET", url: "https://api.genderize.io/?names=+anna,,peter+,anna,%20&foo=bar", headers: { "X-Country-Id": " se " } });
    expect(apis.sent[0].url).toBe("https://api.genderize.io/?name[]=anna&name[]=peter&country_id=SE");
  });

  test("age: the country header becomes country_id; no key means the free tier, and few requests left is logged", async () => {
    const { apis, h } = setUp();
    const res = await h.run("PredictAge", { method: "POST", url: "https://api.agify.io/?names=michael,xyzzy", headers: { "X-Country-Id": "us" } });
    expect(apis.sent[0].method).toBe("GET");
    expect(apis.sent[0].url).toBe("https://api.agify.io/?name[]=michael&name[]=xyzzy&country_id=US");
    expect(res.json()).toEqual({
      value: [
        { count: 864197523084, name: "michael", age: 37, country_id: "US", known: true },
        { count: 0, name: "xyzzy", age: null, country_id: "US", known: false },
      ],
      requestsRemaining: 7,
    });
    expect(res.logs).toEqual([{ level: "warn", message: "PredictAge: 7 requests left this month" }]);
  });

  test("gender: a probability of 0.0 and a null gender come back as they are", async () => {
    const { h } = setUp();
    const res = await h.run("PredictGender", { method: "GET", url: "https://api.genderize.io/?names=xyzzy,maria", headers: { "X-Api-Key": KEY } });
    expect(res.json<{ value: unknown[] }>().value).toEqual([
      { count: 0, name: "xyzzy", gender: null, probability: 0, known: false },
      { count: 617283945060, name: "maria", gender: "female", probability: 0.99, known: true },
    ]);
  });

  test.each([
    ["no names", "https://api.nationalize.io/?names=%20,%20", "names needs at least one value (a comma-separated list)"],
    ["no names parameter", "https://api.nationalize.io/", "names needs at least one value (a comma-separated list)"],
    ["eleven names", "https://api.nationalize.io/?names=a,b,c,d,e,f,g,h,i,j,k", "names takes at most 10 values, got 11"],
  ])("%s: 400 before anything is sent", async (_name, url, message) => {
    const { apis, h } = setUp();
    const res = await h.run("PredictNationality", { method: "GET", url, headers: { "X-Api-Key": KEY } });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ message });
    expect(apis.sent).toHaveLength(0);
  });

  test("an operation the connector does not have: 400", async () => {
    const { apis, h } = setUp();
    const res = await h.run("ListFacilities", { method: "GET", url: "https://api.nationalize.io/facilities?names=a" });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ message: "Unknown operation 'ListFacilities': this connector has PredictNationality, PredictAge and PredictGender" });
    expect(apis.sent).toHaveLength(0);
  });

  test.each([
    ["a wrong key", { "X-Api-Key": "wrong" }, "peter", 401, "Invalid API key"],
    ["the monthly quota", { "X-Api-Key": KEY }, "quota", 429, "Request limit reached"],
    ["an empty error", {}, "broken", 500, "the API answered 500"],
  ])("%s: the API's error becomes the message, with its status", async (_name, headers, names, status, message) => {
    const { h } = setUp();
    const res = await h.run("PredictAge", { method: "GET", url: `https://api.agify.io/?names=${names}`, headers });
    expect(res.status).toBe(status);
    expect(res.json()).toEqual({ message });
  });
}
