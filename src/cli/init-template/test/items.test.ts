// Runs ListItems through the transforms against a stand-in for the service. Every run is recorded
// under build/cases, and `csxc verify` (npm test runs it after jest) replays the same cases through
// the compiled C#, so what passes here is what runs on the platform.
import transforms from "../transforms";
import { harness } from "csxc/testing";

const url = "https://api.example.com/v1/items";
const headers = { "X-Api-Key": "test-key" };

test("ListItems answers the items with their count", async () => {
  const h = harness(transforms, {
    swagger: "connector/apiDefinition.swagger.json",
    upstream: (req) => {
      expect(req.method).toBe("GET");
      return { status: 200, json: [{ id: "1", name: "First" }, { id: "2", name: "Second" }] };
    },
  });
  const res = await h.run("ListItems", { method: "GET", url: `${url}?top=2`, headers });
  expect(res.status).toBe(200);
  expect(res.json()).toEqual({ count: 2, items: [{ id: "1", name: "First" }, { id: "2", name: "Second" }] });
});

test("an error from the service is passed on unchanged", async () => {
  const h = harness(transforms, { swagger: "connector/apiDefinition.swagger.json", upstream: () => ({ status: 404, json: { message: "no such list" } }) });
  const res = await h.run("ListItems", { method: "GET", url, headers });
  expect(res.status).toBe(404);
  expect(res.json()).toEqual({ message: "no such list" });
});

test("a bad top is refused before the service is called", async () => {
  const h = harness(transforms, { swagger: "connector/apiDefinition.swagger.json", upstream: () => ({ status: 500 }) });
  const res = await h.run("ListItems", { method: "GET", url: `${url}?top=many`, headers });
  expect(res.status).toBe(400);
  expect(res.sent).toHaveLength(0);
});
