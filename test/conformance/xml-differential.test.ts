// Differential test of xml.toJson / xml.fromJson: generated XML documents and JSON values (fast-check,
// fixed seed) go through the node runtime and, compiled by csxc, through Newtonsoft's
// SerializeXmlNode / DeserializeXmlNode in .NET; every answer (or error message) must be the same.
// Each case carries a chunk of inputs and answers the list of results, so the batch stays one compile.
import fc from "fast-check";
import { answer, runConformance } from "../support/conformance";
import { describeDotnet } from "../support/dotnet-gate";
import type { Snippet } from "./cases/snippet";

const SEED = 20261202;
const DOCS = 400;
const VALUES = 300;
const CHUNK = 40;

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const textPiece = pick("a", "b", "Zz", " ", "  ", "\t", "\n", "\r\n", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#10;", "&#13;", "&#x20;", "&#9;", "é", "😀", "]", "'", '"', "1.5", "2026-01-01T00:00:00Z");
const text = fc.array(textPiece, { minLength: 0, maxLength: 5 }).map((xs) => xs.join(""));
const attrValue = fc.array(pick("v", " ", "\t", "\n", "&amp;", "&lt;", "&#10;", "&#9;", "'", "&quot;", "x y"), { maxLength: 4 }).map((xs) => `"${xs.join("")}"`);
const cdata = fc.array(pick("c", " ", "<x>", "&amp;", "]", "\n"), { maxLength: 4 }).map((xs) => `<![CDATA[${xs.join("")}]]>`);
const comment = fc.array(pick("c", " ", "-x"), { maxLength: 3 }).map((xs) => `<!--${xs.join("")}-->`);

interface Scope { prefixed: boolean }
function element(depth: number, scope: Scope): fc.Arbitrary<string> {
  const names = scope.prefixed ? pick("a", "b", "item", "p:a", "p:item", "n_x0020_m", "ü") : pick("a", "b", "item", "n_x0020_m", "ü");
  const attrNames = scope.prefixed ? ["id", "k", "p:z", "xml:lang"] : ["id", "k", "xml:lang"];
  const attrs = fc.subarray(attrNames, { maxLength: 2 }).chain((ns) => fc.tuple(...ns.map((n) => attrValue.map((v) => ` ${n}=${v}`))).map((xs) => xs.join("")));
  const extra = pick("", "", "", "", ' xmlns="urn:d"', ' xml:space="preserve"', ' xml:space="default"', ' xmlns:json="http://james.newtonking.com/projects/json" json:Array="true"');
  const child = depth <= 0 ? fc.oneof(text, cdata, comment) : fc.oneof({ arbitrary: text, weight: 3 }, { arbitrary: cdata, weight: 1 }, { arbitrary: comment, weight: 1 }, { arbitrary: element(depth - 1, scope), weight: 4 });
  return fc.tuple(names, attrs, extra, fc.array(child, { maxLength: 4 }), fc.boolean()).map(([name, a, x, kids, selfClose]) =>
    kids.length === 0 && selfClose ? `<${name}${a}${x}/>` : `<${name}${a}${x}>${kids.join("")}</${name}>`,
  );
}
const declaration = pick("", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>', "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n");
const doc = fc.boolean().chain((prefixed) =>
  fc.tuple(declaration, element(3, { prefixed }), pick("", "\n", "<!-- end -->")).map(([d, root, tail]) =>
    prefixed ? d + root.replace(/^<([^\s/>]+)/, '<$1 xmlns:p="urn:p"') + tail : d + root + tail,
  ),
);
/** Corners written out: references that make white space, rebinding a prefix, a BOM, text around the root. */
const edges = [
  "<a>&#32;</a>", "<a> <![CDATA[x]]> </a>", "\uFEFF<a/>", " <?xml version=\"1.0\"?><a/>", "<a xmlns:p=\"urn:p\"><p:b xmlns:p=\"urn:q\"><p:c/></p:b></a>",
  "<a xmlns:p=\"urn:p\" xmlns:q=\"urn:p\"><q:b/><p:c/></a>", "<a xmlns=\"urn:d\"><b xmlns=\"\"/></a>", "<a b='&#13;&#10;'>&#13;\r</a>", "<a>x</a>  \n",
  "<a><b>1</b><c/><b>2</b></a>", "<a><!--x--></a>", "<a>x<!--y-->z</a>", "<a xml:space=\"preserve\"> <b/> </a>", "<a><b xml:space=\"preserve\">  </b></a>",
];
const broken = pick("<a>", "<a></b>", "text", "", "<a x=1/>", "<a><b></a></b>", "<a/><b/>", "<!DOCTYPE a><a/>", "<a>&unknown;</a>", "<a>]]></a>", '<a><?pi x?></a>', '<a/><?xml version="1.0"?>', "<p:a/>");

const key = fc.oneof(
  { arbitrary: pick("a", "b", "item", "@id", "@k", "#text", "#cdata-section", "first name", "1x", "_x0041_", "p:a", "@xmlns:p", "é"), weight: 12 },
  { arbitrary: pick("@xml:lang", "@p:z", "$id", "#whitespace", "", "?pi", "a.b-c", "-x", "@xmlns", ":a", "a:", "a:b:c", "#comment", "@", "x y:z"), weight: 2 },
);
const scalar = fc.oneof(
  pick("", "x", "a & b < c > d", 'q"uote', "line\nbreak\r\ttab", "2026-01-01T00:00:00.000Z", "2026-01-01T10:00:00+02:00", "/Date(0)/", "]]>", "\u0001"),
  fc.integer({ min: -1000, max: 1000 }),
  pick(0.5, -2.25, 1e21, 1e-7, 0.00001, 123456.789, 2 ** 53, 1.5e300),
  fc.boolean(),
  fc.constant(null),
);
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("object"), tie("array")),
  array: fc.array(tie("value"), { maxLength: 3 }),
  object: fc.uniqueArray(fc.tuple(key, tie("value")), { maxLength: 4, selector: ([k]) => k }).map((es) => Object.fromEntries(es)),
})).value;
const rootValue = fc.tuple(fc.option(pick("Root", "soap:Envelope", "a b"), { nil: undefined }), fc.boolean(), jsonValue).map(([rootName, decl, v]) => {
  const object = v !== null && typeof v === "object" && !Array.isArray(v) ? v : { r: v };
  const withRoot = rootName === undefined ? { ...(decl ? { "?xml": { "@version": "1.0", "@encoding": "utf-8" } } : {}), root: object } : object;
  return { value: withRoot, rootName };
});

const docs = [...fc.sample(doc, { seed: SEED, numRuns: DOCS }), ...edges, ...fc.sample(broken, { seed: SEED, numRuns: 13 })];
const values = fc.sample(rootValue, { seed: SEED, numRuns: VALUES });

function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

const IMPORT = 'import { xml } from "csxc";';
const cases: Snippet[] = [
  ...chunks(docs).map((chunk, i) => ({
    construct: "XML",
    form: "body" as const,
    declarations: IMPORT,
    name: `xml.toJson of generated documents ${i * CHUNK}..${i * CHUNK + chunk.length - 1}`,
    code: `const docs: string[] = ${JSON.stringify(chunk)};\nconst out: Json[] = [];\nfor (const d of docs) {\n  try { out.push(xml.toJson(d)); } catch (e) { out.push((e as Error).message); }\n}\nreturn out;`,
  })),
  ...chunks(values).map((chunk, i) => ({
    construct: "XML",
    form: "body" as const,
    declarations: IMPORT,
    name: `xml.fromJson of generated values ${i * CHUNK}..${i * CHUNK + chunk.length - 1}`,
    code: `const inputs: Array<{ value: Json; rootName?: string }> = ${JSON.stringify(chunk)};\nconst out: string[] = [];\nfor (const x of inputs) {\n  try { out.push(x.rootName === undefined ? xml.fromJson(x.value) : xml.fromJson(x.value, x.rootName)); } catch (e) { out.push((e as Error).message); }\n}\nreturn out;`,
  })),
];

test("the differential inputs are many and varied", () => {
  expect(docs.length).toBe(DOCS + edges.length + 13);
  expect(new Set(docs).size).toBeGreaterThan(DOCS / 2);
  expect(values.length).toBe(VALUES);
});

const inputsOf = (c: Snippet): unknown[] => JSON.parse(/= (\[.*\]);\n/.exec(c.code)![1]);

describeDotnet("xml differential", () => test("node and Newtonsoft agree on every generated input", async () => {
  const batch = await runConformance(cases);
  const mismatches: string[] = [];
  batch.results.forEach((r, i) => {
    if (r.status !== "ran" || !r.dotnet) {
      mismatches.push(`${cases[i].name}: ${r.status}`);
      return;
    }
    const node = answer(r.node).body as { value: unknown[] };
    const dotnet = answer(r.dotnet).body as { value: unknown[] };
    const inputs = inputsOf(cases[i]);
    inputs.forEach((input, j) => {
      const a = JSON.stringify(node.value?.[j]);
      const b = JSON.stringify(dotnet.value?.[j]);
      if (a !== b) mismatches.push(`input ${JSON.stringify(input)}\n  node: ${a}\n  .NET: ${b}`);
    });
  });
  expect(mismatches.slice(0, 8)).toEqual([]);
}, 600_000));
