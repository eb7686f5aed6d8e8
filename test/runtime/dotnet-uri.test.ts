// The URL node sends is the one the platform sends: System.Uri's rewriting, mirrored.
import { dotnetUri } from "../../src/runtime/dotnet-uri";
import { runOperation } from "../../src/runtime/run";
import { builtinMessages } from "../../src/runtime/errors";
import { bodyText, textBody } from "../../src/runtime/wire";
import { DOTNET_URIS } from "./dotnet-uri-table";

describe("System.Uri's rewriting of the URL sent", () => {
  test.each(DOTNET_URIS)("%j → %j", (input, dotnet) => {
    expect(dotnetUri(input) ?? null).toBe(dotnet);
  });
});

describe("ctx.send sends the rewritten URL, and refuses what .NET refuses", () => {
  const ok = () => ({ status: 200, headers: [], body: textBody("{}") });
  const send = (url: string) =>
    runOperation(
      { Op: { handle: (req, ctx) => { req.url = url; return ctx.send(req); } } },
      { operationId: "Op", request: { method: "GET", url: "https://h/", headers: [], body: null }, upstream: ok },
    );

  test("an untouched escape of an unreserved character is sent unescaped, as .NET sends it", async () => {
    const result = await send("https://H/a%41?keep=%7E&q=a%2fb'");
    expect(result.sent.map((s) => s.url)).toEqual(["https://h/aA?keep=~&q=a%2fb'"]);
  });

  test("a URL that is not absolute http(s) throws when the request is sent", async () => {
    const result = await send("not a url");
    expect(result.sent).toEqual([]);
    expect(result.response.status).toBe(500);
    expect(JSON.parse(bodyText(result.response.body))).toEqual({ message: builtinMessages.badUrl, operationId: "Op" });
  });
});
