// Differential test of `new URL(…)`: generated URL texts (odd escapes, spaces, non-ASCII, IPv4 in
// hex and octal, IPv6, ports, dot segments, backslashes, credentials, empty queries and fragments,
// relative references with a base) are parsed by node's own URL and, compiled by csxc, by the
// WHATWG parser of src/runtime/cs/WhatwgUrl.cs; every property (or the error message) must be the
// same. Chunks of inputs per case keep the batch to one compile and one .NET run.
import fc from "fast-check";
import { answer, runConformance } from "../support/conformance";
import { describeDotnet } from "../support/dotnet-gate";
import { builtinMessages } from "../../src/runtime/errors";
import type { Snippet } from "./cases/snippet";

const SEED = 20261203;
const GENERATED = 1000;
const CHUNK = 50;

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const scheme = pick("https://", "http://", "HTTP://", "https:", "https:/", "https:\\\\", "https:///", " https://", "\thttps://");
const userinfo = pick("", "", "", "u@", "u:p@", "us er:p%40ss@", ":p@", "a@b@", "é:ü@", "u:@");
const host = pick(
  "api.example.com", "API.Example.COM", "example.com.", "0x7f.1", "0300.0250.0.1", "3232235777", "192.168.0.1", "1.2.3", "0x100.1",
  "256.1.1.1", "4294967296", "0xffffffff", "09.1", "[::1]", "[2001:DB8::1]", "[0:0:0:0:0:0:0:1]", "[1:0:0:2:0:0:0:3]", "[::ffff:1.2.3.4]",
  "[1::]", "[::]", "[1:2:3:4:5:6:7:8]", "[::1", "münchen.de", "xn--mnchen-3ya.de", "EXAMPLE.%63om", "ex%20ample.com", "a b", "ex_ample.com",
  "bücher.例え.jp", "Ａpi.example", "", "a%2Fb", "localhost", "1.2.3.4.5",
);
const port = pick("", "", "", ":", ":80", ":443", ":8080", ":0080", ":65535", ":65536", ":x1", ":0");
const segment = pick("a", "b c", "%7b", "%7B", "é", "😀", ".", "..", "%2e", "%2E%2e", ".%2e", "x..y", "{}", "`", "^", "|", "~", "'", '"', "<>", "%", "%zz", "a;b=c", "@", ":", "", "\\", "a\tb", "%00");
const pathPart = fc.array(segment, { maxLength: 4 }).chain((xs) => pick("/", "\\", "/./", "/../").map((sep) => (xs.length ? sep + xs.join("/") : "")));
const queryPiece = pick("a=1", "b=x y", "c=%7b", "d=%7e", "e='q'", 'f="q"', "g=<>", "h=é", "i=😀", "j=a+b", "", "k", "l=%zz", "m=`{}|^", "n=?", "o=/");
const query = pick("", "", "?", "?x").chain((start) => (start === "" ? fc.constant("") : fc.array(queryPiece, { maxLength: 3 }).map((xs) => "?" + xs.join("&"))));
const fragment = pick("", "", "#", "#top", "#a b", "#é", "#%7b", '#"<>`', "#a#b", "#?q");
const absolute = fc.tuple(scheme, userinfo, host, port, pathPart, query, fragment).map((xs) => ({ input: xs.join("") }));
const relative = fc
  .tuple(pick("", "a", "../x", "./y", "/p", "//other.example/q", "\\\\other.example\\q", "?q=1", "#h", "..", "x/../../..", "%2e%2e/z", "https:rel", "http:/abs"), pick("https://api.example.com/a/b?c=1#d", "http://h.example:8080/x/", "https://u:p@h.example/"))
  .map(([input, base]) => ({ input, base }));
const edges = [
  "https://example.com", "https://example.com/?", "https://example.com/#", "https://example.com/?#", "http://example.com:80", "https://example.com:443/",
  "mailto:x", "ftp://a/b", "data:text/plain,x", "api.example.com", "", " ", "https://", "https://@example.com", "https://a@/", "http://[::1]:99999/",
  "https://example.com/a?b=1#c?d", "https://example.com/\u00A0", "https://example.com/%C3%A9", "https://ex\u00ADample.com/", "http://EXAMPLE.COM./",
].map((input) => ({ input }));
const sampled = [...fc.sample(fc.oneof({ arbitrary: absolute, weight: 3 }, { arbitrary: relative, weight: 1 }), { seed: SEED, numRuns: GENERATED }), ...edges];
/** Each distinct input once (the relative ones repeat: few references times few bases). */
const inputs: Array<{ input: string; base?: string }> = [...new Map(sampled.map((x) => [JSON.stringify(x), x])).values()];

/** Setters: each property set to a generated value on a generated URL. */
const setting = fc.record({
  url: pick("https://api.example.com/a/b?c=1#d", "http://u:p@h.example:8080/x/", "https://h.example", "http://[::1]/p?", "https://h.example/#"),
  prop: pick("pathname", "search", "hash", "host", "hostname", "port", "protocol", "href"),
  value: fc.array(pick("", "a", "/b", "\\c", "../d", "%2e", " ", "é", "?", "#", ":", "8080", "65536", "x9", "[::2]", "Other.Example", "0x7f.1", "https", "http:", "ftp", "a b", "{}", "q=1&r=é", "/", "@"), { maxLength: 3 }).map((xs) => xs.join("")),
});
const settings = [...new Map(fc.sample(setting, { seed: SEED, numRuns: 500 }).map((x) => [JSON.stringify(x), x])).values()];
const SET = `switch (x.prop) {\n      case "pathname": u.pathname = x.value; break;\n      case "search": u.search = x.value; break;\n      case "hash": u.hash = x.value; break;\n      case "host": u.host = x.value; break;\n      case "hostname": u.hostname = x.value; break;\n      case "port": u.port = x.value; break;\n      case "protocol": u.protocol = x.value; break;\n      default: u.href = x.value;\n    }`;

/** Cases of CHUNK inputs each: `body` loops over `inputs` (typed `type`), pushing one answer per input. */
function chunked<T>(items: T[], title: string, type: string, body: string): Snippet[] {
  const out: Snippet[] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    const code = `const inputs: ${type} = ${JSON.stringify(chunk)};\nconst out: Json[] = [];\nfor (const x of inputs) {\n${body}\n}\nreturn out;`;
    out.push({ construct: "URL and URLSearchParams", form: "body", name: `${title} ${i}..${i + chunk.length - 1}`, code });
  }
  return out;
}

const cases: Snippet[] = [
  ...chunked(inputs, "new URL of generated inputs", "Array<{ input: string; base?: string }>", `  try {\n    const u = x.base === undefined ? new URL(x.input) : new URL(x.input, x.base);\n    out.push([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.searchParams.toString()]);\n  } catch (e) { out.push((e as Error).message); }`),
  ...chunked(settings, "URL setters of generated values", "Array<{ url: string; prop: string; value: string }>", `  const u = new URL(x.url);\n  const params = u.searchParams;\n  try {\n    ${SET}\n    out.push([u.href, u.host, u.port, u.pathname, u.search, u.hash, params.toString()]);\n  } catch (e) { out.push((e as Error).message); }`),
];

test("the differential inputs are many and varied", () => {
  expect(inputs.length).toBeGreaterThan(800);
  expect(inputs.filter((x) => x.base !== undefined).length).toBeGreaterThan(30);
  expect(inputs.filter((x) => x.input.includes("[")).length).toBeGreaterThan(50);
  expect(settings.length).toBeGreaterThan(350);
});

const inputsOf = (c: Snippet): unknown[] => JSON.parse(/= (\[.*\]);\n/.exec(c.code)![1]);

describeDotnet("URL differential", () => test("node's URL and the C# parser agree on every generated input", async () => {
  const batch = await runConformance(cases);
  const mismatches: string[] = [];
  batch.results.forEach((r, i) => {
    if (r.status !== "ran" || !r.dotnet) {
      mismatches.push(`${cases[i].name}: ${r.status} ${JSON.stringify(r).slice(0, 2000)}`);
      return;
    }
    const node = answer(r.node).body as { value: unknown[] };
    const dotnet = answer(r.dotnet).body as { value: unknown[] };
    const given = inputsOf(cases[i]);
    if (!Array.isArray(node.value) || node.value.length !== given.length) mismatches.push(`${cases[i].name}: node answered ${JSON.stringify(node).slice(0, 200)}`);
    given.forEach((input, j) => {
      const n = node.value?.[j];
      // A scheme other than http and https, which node parses, is csxc's documented error on .NET.
      const otherScheme = Array.isArray(n) && (cases[i].name!.startsWith("new URL") ? !["http:", "https:"].includes(n[2] as string) : !/^https?:/.test(n[0] as string));
      const a = JSON.stringify(otherScheme ? builtinMessages.urlScheme : n);
      const b = JSON.stringify(dotnet.value?.[j]);
      if (a !== b) mismatches.push(`input ${JSON.stringify(input)}\n  node: ${a}\n  .NET: ${b}`);
    });
  });
  expect(mismatches.slice(0, 8)).toEqual([]);
}, 600_000));
