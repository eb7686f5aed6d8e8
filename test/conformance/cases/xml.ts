// xml.toJson / xml.fromJson: XML answers (S3, SOAP, older APIs) turned into JSON and JSON into XML
// bodies, written as a connector author writes them, run through node and .NET (Newtonsoft's
// SerializeXmlNode / DeserializeXmlNode).

import type { Snippet } from "./snippet";

const IMPORT = 'import { xml } from "csxc";';
const xmlAnswer = (body: string) => ({ status: 200, headers: { "Content-Type": "application/xml" }, body: body as never });

function handles(construct: string, cases: Array<Omit<Snippet, "construct" | "form" | "declarations">>): Snippet[] {
  return cases.map((c) => ({ construct, form: "handle" as const, declarations: IMPORT, ...c }));
}

const S3_LIST = `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>my-bucket</Name>
  <Prefix/>
  <KeyCount>2</KeyCount>
  <MaxKeys>1000</MaxKeys>
  <IsTruncated>false</IsTruncated>
  <Contents>
    <Key>photos/2026/a.jpg</Key>
    <LastModified>2026-01-01T10:00:00.000Z</LastModified>
    <ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag>
    <Size>434234</Size>
    <StorageClass>STANDARD</StorageClass>
  </Contents>
  <Contents>
    <Key>notes &amp; drafts.txt</Key>
    <LastModified>2026-01-02T11:30:00.000Z</LastModified>
    <ETag>&quot;e1b4&quot;</ETag>
    <Size>12</Size>
    <StorageClass>STANDARD</StorageClass>
  </Contents>
</ListBucketResult>`;

const SOAP = `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <soap:Body>
    <checkVatResponse xmlns="urn:ec.europa.eu:taxud:vies:services:checkVat:types">
      <countryCode>DE</countryCode>
      <vatNumber>123456789</vatNumber>
      <requestDate>2026-01-01+01:00</requestDate>
      <valid>true</valid>
      <name><![CDATA[ACME <GmbH>]]></name>
      <address xsi:nil="true"/>
    </checkVatResponse>
  </soap:Body>
</soap:Envelope>`;

const S3_HOOK = `{
  async response(res: Res) {
    const doc = xml.toJson(await res.text()) as { ListBucketResult: { Name: string; Contents: Json } };
    const list = doc.ListBucketResult;
    const contents: Json[] = Array.isArray(list.Contents) ? list.Contents : list.Contents === undefined ? [] : [list.Contents];
    const files = contents.map((c) => {
      const o = c as S3Object;
      return { key: o.Key, size: Number(o.Size) };
    });
    res.setJson({ bucket: list.Name, files });
  },
}`;

export const xmlCases: Snippet[] = [
  // The example of docs/language.md, as a response hook: one <Contents>, then none.
  ...[S3_LIST.replace(/<Contents>[\s\S]*?<\/Contents>\s*/, ""), "<ListBucketResult><Name>empty</Name><KeyCount>0</KeyCount></ListBucketResult>"].map((body, i) => ({
    construct: "XML",
    form: "map" as const,
    name: `the documented S3 response hook (${i === 0 ? "one object" : "no objects"})`,
    declarations: `${IMPORT}\ntype S3Object = { Key: string; Size: string };`,
    code: S3_HOOK,
    upstream: [xmlAnswer(body)],
  })),
  ...handles("XML", [
    {
      name: "an S3 ListBucket answer as JSON",
      code: "const res = await ctx.send(req);\nreturn ctx.respond(200, xml.toJson(await res.text()));",
      upstream: [xmlAnswer(S3_LIST)],
    },
    {
      name: "S3 keys and sizes picked out (one Contents is not an array)",
      code: [
        "const res = await ctx.send(req);",
        "const doc = xml.toJson(await res.text()) as { ListBucketResult: { Name: string; IsTruncated: string; Contents: Json } };",
        "const list = doc.ListBucketResult;",
        "const contents: Json[] = Array.isArray(list.Contents) ? list.Contents : list.Contents === null ? [] : [list.Contents];",
        "const files = contents.map((c) => {",
        "  const o = c as { Key: string; Size: string; ETag: string };",
        "  return { key: o.Key, size: Number(o.Size), etag: o.ETag.replace(/\"/g, \"\") };",
        "});",
        "return ctx.respond(200, { bucket: list.Name, truncated: list.IsTruncated === \"true\", files });",
      ].join("\n"),
      upstream: [xmlAnswer('<ListBucketResult><Name>b</Name><IsTruncated>true</IsTruncated><Contents><Key>only.txt</Key><Size>5</Size><ETag>"x"</ETag></Contents></ListBucketResult>')],
    },
    {
      name: "a SOAP answer: prefixes, xmlns, CDATA, xsi:nil",
      code: "const res = await ctx.send(req);\nreturn ctx.respond(200, xml.toJson(await res.text()));",
      upstream: [xmlAnswer(SOAP)],
    },
    {
      name: "a SOAP request built from JSON, with its declaration",
      code: [
        "const input = await req.json<{ country: string; vat: string }>();",
        "req.setText(xml.fromJson({",
        "  \"?xml\": { \"@version\": \"1.0\", \"@encoding\": \"utf-8\" },",
        "  \"soap:Envelope\": {",
        "    \"@xmlns:soap\": \"http://schemas.xmlsoap.org/soap/envelope/\",",
        "    \"soap:Body\": { checkVat: { \"@xmlns\": \"urn:ec.europa.eu:taxud:vies:services:checkVat:types\", countryCode: input.country, vatNumber: input.vat } },",
        "  },",
        "}), \"text/xml; charset=utf-8\");",
        "return await ctx.send(req);",
      ].join("\n"),
      request: { method: "POST", body: JSON.stringify({ country: "DE", vat: "123456789" }) },
      upstream: [xmlAnswer("<ok/>")],
    },
    {
      name: "a JSON body sent as XML under a root name: arrays, null, numbers, booleans, attributes",
      code: [
        "const order = await req.json();",
        "req.setText(xml.fromJson(order, \"Order\"), \"application/xml\");",
        "return await ctx.send(req);",
      ].join("\n"),
      request: {
        method: "POST",
        body: JSON.stringify({ "@id": "o-1", "@placed": "2026-01-01T00:00:00.000Z", customer: "Ann & Bo <ab>", lines: [{ sku: "A", qty: 2, price: 9.5 }, { sku: "B", qty: 1, price: 0.000001 }], gift: false, note: null, tags: [], empty: {}, text: "" }),
      },
      upstream: [xmlAnswer("<ok/>")],
    },
    {
      name: "round trip: toJson then fromJson",
      code: "const res = await ctx.send(req);\nconst json = xml.toJson(await res.text());\nreturn ctx.respond(200, { xml: xml.fromJson(json) });",
      upstream: [xmlAnswer('<?xml version="1.0" standalone="yes"?><feed a="1" b="x&#10;y"><entry>one</entry><entry>two<b/></entry><e2/><e3></e3><t>  spaced  </t></feed>')],
    },
  ]),
  ...handles("XML", [
    {
      name: "mixed text, CDATA and comments",
      code: "return ctx.respond(200, xml.toJson('<p>Hello <b>world</b>, again<!-- c --> and<![CDATA[ <raw> ]]></p>'));",
    },
    {
      name: "whitespace: dropped between elements, kept in text and under xml:space",
      code: "return ctx.respond(200, xml.toJson('<r>\\n  <a>  x  </a>\\r\\n  <b>   </b>\\t<c xml:space=\"preserve\">  <d/>  </c></r>'));",
    },
    {
      name: "attributes with tabs, line breaks and references",
      code: "return ctx.respond(200, xml.toJson('<r a=\"1\\t2\\n3\" b=\"x&#10;y&#9;z\" c=\\'q\"uote\\' d=\"&lt;&amp;&gt;\"/>'));",
    },
    {
      name: "names with _xHHHH_ escapes are decoded, json:Array forces an array",
      code: "return ctx.respond(200, xml.toJson('<r xmlns:json=\"http://james.newtonking.com/projects/json\"><first_x0020_name>Ann</first_x0020_name><item json:Array=\"true\">1</item></r>'));",
    },
    {
      name: "JSON keys that are not XML names are encoded",
      code: "return ctx.respond(200, { xml: xml.fromJson({ r: { \"first name\": \"Ann\", \"2fa\": true, \"a_x0020_b\": 1, \"é\": \"ü\" } }) });",
    },
    {
      name: "text escaping in elements and attributes",
      code: "return ctx.respond(200, { xml: xml.fromJson({ r: { \"@q\": 'say \"hi\"\\n<now>', \"#text\": \"a < b && c > 'd' \\\"e\\\"\\r\\n\\tf\" } }) });",
    },
    {
      name: "a JSON array under a name: nested arrays and #text",
      code: "return ctx.respond(200, { xml: xml.fromJson({ r: { n: [1, [2, 3], null, { \"#text\": \"t\", \"@k\": \"v\" }] } }) });",
    },
  ]),
  ...handles("XML", [
    {
      name: "not XML: the error is caught and answered",
      code: "try {\n  return ctx.respond(200, xml.toJson(\"<a><b></a>\"));\n} catch (e) {\n  return ctx.respond(502, { error: (e as Error).message });\n}",
    },
    {
      name: "a DOCTYPE is refused",
      code: "try {\n  return ctx.respond(200, xml.toJson('<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>'));\n} catch (e) {\n  return ctx.respond(502, { error: (e as Error).message });\n}",
    },
    {
      name: "a processing instruction is refused",
      code: "try {\n  return ctx.respond(200, xml.toJson('<a><?php echo 1; ?></a>'));\n} catch (e) {\n  return ctx.respond(502, { error: (e as Error).message });\n}",
    },
    {
      name: "fromJson of an object with two roots and no root name",
      code: "try {\n  return ctx.respond(200, { xml: xml.fromJson({ a: 1, b: 2 }) });\n} catch (e) {\n  return ctx.respond(502, { error: (e as Error).message });\n}",
    },
    {
      name: "fromJson refuses ]]> inside CDATA and an attribute at the root",
      code: "const errors: string[] = [];\nconst inputs: Json[] = [{ r: { \"#cdata-section\": \"a]]>b\" } }, { \"@a\": \"1\" }, [1], { r: { \"@a\": { b: 1 } } }];\nfor (const v of inputs) {\n  try { errors.push(xml.fromJson(v)); } catch (e) { errors.push((e as Error).message); }\n}\nreturn ctx.respond(200, errors);",
    },
  ]),
];
