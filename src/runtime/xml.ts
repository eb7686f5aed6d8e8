// The xml helper of "csxc": XML to JSON and back as Newtonsoft.Json's JsonConvert.SerializeXmlNode
// and DeserializeXmlNode do (XmlNodeConverter), which is what the C# twin (cs/Xml.cs) calls. The
// node side parses with sax into a small tree shaped like System.Xml's XmlDocument, then walks it
// with XmlNodeConverter's rules; the reverse builds the tree XmlNodeConverter builds and writes it
// as XmlDocument.OuterXml does. docs/language.md ("XML") lists the conventions and what differs.

// sax's own types reference @types/node, and this file is part of the type surface that transforms
// are checked against: importing them would make `console`, `process` and `Buffer` look available to
// connector code. The few members used here are typed locally instead.
interface SaxAttribute { name: string; local: string; uri: string; value: string }
interface SaxTag { name: string; local: string; uri: string; attributes: Record<string, SaxAttribute>; isSelfClosing: boolean }
interface SaxParser {
  onerror: (error: Error) => void;
  ondoctype: (doctype: string) => void;
  onprocessinginstruction: (pi: { name: string; body: string }) => void;
  ontext: (text: string) => void;
  oncomment: (comment: string) => void;
  onopencdata: () => void;
  oncdata: (text: string) => void;
  onclosecdata: () => void;
  onopentag: (tag: SaxTag) => void;
  onclosetag: (name: string) => void;
  write(text: string): SaxParser;
  close(): SaxParser;
}
declare function require(id: "sax"): { parser(strict: boolean, options: { xmlns: boolean; position: boolean }): SaxParser };
const sax = require("sax");
import type { Json } from "./api";
import { builtinError } from "./errors";

const XMLNS_URI = "http://www.w3.org/2000/xmlns/";
/** Newtonsoft's own namespace: json:Array="true" forces an array, and its declaration is not output. */
const JSON_URI = "http://james.newtonking.com/projects/json";

interface Attr { name: string; local: string; uri: string; value: string }
interface Element { kind: "element"; name: string; local: string; uri: string; attrs: Attr[]; children: XNode[]; selfClosing: boolean }
interface Leaf { kind: "text" | "cdata" | "significant-whitespace"; value: string | null }
interface Declaration { kind: "declaration"; version: string; encoding: string; standalone: string }
type XNode = Element | Leaf | Declaration;

const isXmlSpace = (s: string) => /^[ \t\r\n]*$/.test(s);

// ---------------------------------------------------------------------------------------------
// XML → JSON

/**
 * End-of-line and attribute-value normalisation, which the XML spec makes and sax does not: CR LF
 * and CR become LF everywhere, and a literal tab or line feed inside a start tag (between or in
 * attribute values) becomes a space, while `&#10;` written as a reference stays a line feed.
 */
function normalize(text: string): string {
  const lf = text.replace(/\r\n?/g, "\n");
  return lf.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<[^\s/>!?](?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g, (m) => {
    // sax drops an empty comment without ending the text around it; System.Xml keeps two text nodes.
    if (m === "<!---->") return "<!-- -->";
    if (m.startsWith("<!") || m.startsWith("<?")) return m;
    if (!m.startsWith("<")) {
      // "]]>" may not stand in text (sax lets it through).
      if (m.includes("]]>")) throw builtinError("badXml");
      return m;
    }
    return m.replace(/[\t\n]/g, " ");
  });
}

function parse(text: string): XNode[] {
  const parser = sax.parser(true, { xmlns: true, position: false });
  const top: XNode[] = [];
  const stack: Element[] = [];
  const preserve: boolean[] = [false];
  let pendingText: string | null = null;
  let seenAnything = false;
  const children = () => (stack.length > 0 ? stack[stack.length - 1].children : top);
  const flushText = () => {
    if (pendingText === null) return;
    const value = pendingText;
    pendingText = null;
    if (!isXmlSpace(value)) children().push({ kind: "text", value });
    // Whitespace-only text is dropped (XmlDocument.PreserveWhitespace is false) unless xml:space="preserve".
    else if (stack.length > 0 && preserve[preserve.length - 1]) children().push({ kind: "significant-whitespace", value });
  };
  parser.onerror = () => {
    throw builtinError("badXml");
  };
  parser.ondoctype = () => {
    throw builtinError("badXml");
  };
  parser.onprocessinginstruction = (pi) => {
    if (pi.name.toLowerCase() !== "xml") throw builtinError("xmlInstruction");
    if (pi.name !== "xml" || seenAnything) throw builtinError("badXml");
    seenAnything = true;
    const field = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(pi.body);
    const value = (name: string) => {
      const m = field(name);
      return m === null ? "" : (m[1] ?? m[2]);
    };
    top.push({ kind: "declaration", version: value("version"), encoding: value("encoding"), standalone: value("standalone") });
  };
  parser.ontext = (t) => {
    seenAnything = true;
    pendingText = (pendingText ?? "") + t;
  };
  parser.oncomment = () => {
    // Comments are left out, as if they were not there (Newtonsoft would write a JSON comment).
    flushText();
    seenAnything = true;
  };
  // sax reports a CDATA section in pieces (and an empty one not at all): gather it between open and close.
  let cdata = "";
  parser.onopencdata = () => {
    flushText();
    cdata = "";
  };
  parser.oncdata = (t) => {
    cdata += t;
  };
  parser.onclosecdata = () => {
    children().push({ kind: "cdata", value: cdata });
  };
  parser.onopentag = (tag) => {
    flushText();
    seenAnything = true;
    const t = tag;
    const attrs: Attr[] = Object.values(t.attributes).map((a) => ({ name: a.name, local: a.local, uri: a.uri, value: a.value }));
    const element: Element = { kind: "element", name: t.name, local: t.local, uri: t.uri, attrs, children: [], selfClosing: t.isSelfClosing };
    children().push(element);
    stack.push(element);
    const space = attrs.find((a) => a.name === "xml:space");
    preserve.push(space === undefined ? preserve[preserve.length - 1] : space.value === "preserve");
  };
  parser.onclosetag = () => {
    flushText();
    stack.pop();
    preserve.pop();
  };
  // System.Xml reads a string, not bytes: a BOM character, or white space before the declaration, is an error.
  if (text.startsWith("\uFEFF") || /^[ \t\r\n]+<\?xml[ \t\r\n?]/.test(text)) throw builtinError("badXml");
  parser.write(normalize(text)).close();
  flushText();
  if (top.filter((n) => n.kind === "element").length !== 1) throw builtinError("badXml");
  return top;
}

/** XmlConvert.DecodeName: _xHHHH_ and _xHHHHHHHH_ become the character they name. */
function decodeName(name: string): string {
  return name.replace(/_[xX]([0-9a-fA-F]{8}|[0-9a-fA-F]{4})_/g, (m, hex: string) => {
    const code = parseInt(hex, 16);
    return code > 0x10ffff ? m : String.fromCodePoint(code);
  });
}

/** XmlNamespaceManager as XmlNodeConverter fills it: a scope per element, prefixes found by URI. */
class Namespaces {
  private scopes: Array<Array<[string, string]>> = [[["xml", "http://www.w3.org/XML/1998/namespace"], ["xmlns", XMLNS_URI], ["", ""]]];
  push(element: Element): void {
    this.scopes.push(element.attrs.filter((a) => a.uri === XMLNS_URI).map((a) => [a.name === "xmlns" ? "" : decodeName(a.local), a.value]));
  }
  pop(): void {
    this.scopes.pop();
  }
  private uriOf(prefix: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      for (let j = this.scopes[i].length - 1; j >= 0; j--) if (this.scopes[i][j][0] === prefix) return this.scopes[i][j][1];
    }
    return undefined;
  }
  /** LookupPrefix: the newest prefix still bound to `uri`. */
  prefixOf(uri: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      for (let j = this.scopes[i].length - 1; j >= 0; j--) {
        const [prefix, bound] = this.scopes[i][j];
        if (bound === uri && this.uriOf(prefix) === uri) return prefix;
      }
    }
    return undefined;
  }
}

function propertyName(node: XNode | Attr, ns: Namespaces): string {
  if ("kind" in node) {
    switch (node.kind) {
      case "element": return node.uri === JSON_URI ? "$" + node.local : fullName(node, ns);
      case "text": return "#text";
      case "cdata": return "#cdata-section";
      case "significant-whitespace": return "#significant-whitespace";
      case "declaration": return "?xml";
    }
  }
  return node.uri === JSON_URI ? "$" + node.local : "@" + fullName(node, ns);
}

/** ResolveFullName: the prefix bound to the node's namespace where it is written, not the one in the text. */
function fullName(node: Element | Attr, ns: Namespaces): string {
  const local = node.local === "" ? node.name : node.local;
  if (node.name === "xmlns") return "xmlns";
  const prefix = ns.prefixOf(node.uri);
  return prefix ? `${prefix}:${decodeName(local)}` : decodeName(local);
}

function isArray(element: Element): boolean {
  const attr = element.attrs.find((a) => a.local === "Array" && a.uri === JSON_URI);
  if (attr === undefined) return false;
  const v = attr.value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  throw builtinError("badXml");
}

/** An attribute Newtonsoft writes (neither json:* nor the declaration of the json prefix). */
const isValueAttribute = (a: Attr) => a.uri !== JSON_URI && !(a.uri === XMLNS_URI && a.value === JSON_URI);

type Out = { [key: string]: Json };

function put(target: Out, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** SerializeNode for one node; `into` receives the property when the node is written with its name. */
function serializeNode(node: XNode, ns: Namespaces, into: Out | null, list: Json[] | null): void {
  switch (node.kind) {
    case "element": {
      if (isArray(node) && node.children.every((c) => c.kind === "element" && c.local === node.local) && node.children.length > 0) {
        serializeGroups(node.children, ns, null, list);
        return;
      }
      ns.push(node);
      const emit = (value: Json) => (into !== null ? put(into, propertyName(node, ns), value) : list!.push(value));
      if (!node.attrs.some(isValueAttribute) && node.children.length === 1 && node.children[0].kind === "text") {
        emit(node.children[0].value);
      } else if (node.children.length === 0 && node.attrs.length === 0) {
        emit(node.selfClosing ? null : "");
      } else {
        const object: Out = {};
        for (const a of node.attrs) {
          if ((a.uri === XMLNS_URI && a.value === JSON_URI) || (a.uri === JSON_URI && a.local === "Array")) continue;
          put(object, propertyName(a, ns), a.value);
        }
        serializeGroups(node.children, ns, object, null);
        emit(object);
      }
      ns.pop();
      return;
    }
    case "declaration": {
      const decl: Out = {};
      if (node.version !== "") put(decl, "@version", node.version);
      if (node.encoding !== "") put(decl, "@encoding", node.encoding);
      if (node.standalone !== "") put(decl, "@standalone", node.standalone);
      if (into !== null) put(into, "?xml", decl);
      else list!.push(decl);
      return;
    }
    default:
      if (into !== null) put(into, propertyName(node, ns), node.value);
      else list!.push(node.value);
  }
}

/**
 * SerializeGroupedNodes: siblings of one name become an array, in the order names first appear;
 * a lone node is an array only under json:Array="true". Names are resolved in the parent's scope.
 */
function serializeGroups(nodes: XNode[], ns: Namespaces, into: Out | null, list: Json[] | null): void {
  const groups = new Map<string, XNode[]>();
  for (const n of nodes) {
    const name = propertyName(n, ns);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [n]);
    else group.push(n);
  }
  for (const [name, group] of groups) {
    const asArray = group.length !== 1 || (group[0].kind === "element" && isArray(group[0]));
    if (!asArray) serializeNode(group[0], ns, into, list);
    else {
      const items: Json[] = [];
      for (const n of group) serializeNode(n, ns, null, items);
      if (into !== null) put(into, name, items);
      else list!.push(items);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// JSON → XML

interface Doc { children: XNode[] }
type Parent = Doc | Element;

const fail = (): never => {
  throw builtinError("xmlFromJson");
};

/** XmlNodeConverter.ConvertTokenToXmlValue: text of a string, number, boolean; null stays null. */
function xmlValue(value: Json | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return xmlNumber(value);
  return fail();
}

/**
 * A number as Newtonsoft reads it from JSON text and XmlConvert writes it: an integer literal keeps
 * its digits; anything else is a double written with .NET's "R" format, which turns to E notation
 * ("1E-05", "1E+21") where JavaScript still writes plain digits or a lower-case "e".
 */
function xmlNumber(n: number): string {
  const js = JSON.stringify(n);
  if (/^-?\d+$/.test(js)) return js;
  const [mantissa, exp] = n.toExponential().split("e");
  const exponent = Number(exp);
  const digits = mantissa.replace(/^-/, "").replace(".", "");
  if (exponent < -4 || exponent >= digits.length) {
    const e = Math.abs(exponent).toString().padStart(2, "0");
    return `${mantissa}E${exponent < 0 ? "-" : "+"}${e}`;
  }
  return js;
}

const isName = (s: string) => s !== "" && !/^[:]|:.*:|:$/.test(s);
const nameStart = /[A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]/u;
const nameChar = /[-.0-9\u00B7\u0300-\u036F\u203F\u2040]/u;

/** XmlConvert.EncodeName: a character no XML name may hold there becomes _xHHHH_ (":" is kept). */
function encodeName(name: string): string {
  let out = "";
  const chars = [...name];
  let at = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const ok = ch === ":" || nameStart.test(ch) || (i > 0 && nameChar.test(ch));
    const escapeUnderscore = ch === "_" && /^_[xX](?:[0-9a-fA-F]{4}|[0-9a-fA-F]{8})_/.test(name.slice(at));
    if (!ok || escapeUnderscore) {
      const code = ch.codePointAt(0)!;
      out += `_x${code.toString(16).toUpperCase().padStart(code > 0xffff ? 8 : 4, "0")}_`;
    } else out += ch;
    at += ch.length;
  }
  return out;
}

class Builder {
  /** prefix → namespace URI, in scopes; "" is the default namespace. */
  private scopes: Array<Map<string, string>> = [new Map([["xml", "http://www.w3.org/XML/1998/namespace"], ["xmlns", XMLNS_URI], ["", ""]])];

  private lookup(prefix: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i].get(prefix);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  private appendTo(parent: Parent, node: XNode): void {
    if (!("kind" in parent)) {
      // A document holds one element and, before it, one declaration; no text.
      if (node.kind === "element" ? parent.children.some((c) => c.kind === "element") : node.kind !== "declaration" || parent.children.length > 0) fail();
    } else if (node.kind === "declaration") fail();
    parent.children.push(node);
  }

  /** DeserializeNode: the properties of an object, into `parent`. */
  node(entries: Array<[string, Json]>, parent: Parent): void {
    for (const [name, value] of entries) {
      if (!("kind" in parent) && parent.children.some((c) => c.kind === "element")) fail();
      if (Array.isArray(value)) for (const item of value) this.value(name, item, parent);
      else this.value(name, value, parent);
    }
  }

  private value(name: string, value: Json, parent: Parent): void {
    switch (name) {
      case "#text":
        if (!("kind" in parent)) fail();
        this.appendTo(parent, { kind: "text", value: xmlValue(value) });
        return;
      case "#cdata-section":
        if (!("kind" in parent)) fail();
        this.appendTo(parent, { kind: "cdata", value: xmlValue(value) });
        return;
      case "#whitespace":
      case "#significant-whitespace":
        return fail();
    }
    if (name.startsWith("?")) {
      if (name !== "?xml" || value === null || typeof value !== "object" || Array.isArray(value)) return fail();
      const decl: Declaration = { kind: "declaration", version: "", encoding: "", standalone: "" };
      for (const [k, v] of Object.entries(value)) {
        const text = xmlValue(v) ?? "";
        if (k === "@version") decl.version = text;
        else if (k === "@encoding") decl.encoding = text;
        else if (k === "@standalone") decl.standalone = text;
        else fail();
      }
      if (decl.version !== "1.0" || !["", "yes", "no"].includes(decl.standalone)) fail();
      this.appendTo(parent, decl);
      return;
    }
    if (name.toUpperCase() === "!DOCTYPE" || name.startsWith("$")) fail();
    if (Array.isArray(value)) {
      // A nested array: an element of the same name holding one per item.
      const outer = this.createElement(name, parent, []);
      for (const item of value) this.value(name, item, outer);
      return;
    }
    this.element(name, value, parent);
  }

  /** ReadElement. */
  element(name: string, value: Json, parent: Parent): void {
    if (name === "") fail();
    if (name.startsWith("@")) {
      if (!("kind" in parent)) fail();
      this.setAttribute(parent as Element, name.slice(1), xmlValue(value) ?? "");
      return;
    }
    const isObject = value !== null && typeof value === "object" && !Array.isArray(value);
    const entries = isObject ? Object.entries(value as Out) : [];
    // The attributes are the "@" properties before the first other one.
    let first = 0;
    const attrs: Array<[string, string]> = [];
    while (first < entries.length && entries[first][0].startsWith("@")) {
      const [k, v] = entries[first];
      const attrName = k.slice(1);
      const text = xmlValue(v) ?? "";
      const existing = attrs.findIndex(([n]) => n === attrName);
      if (existing >= 0) fail();
      attrs.push([attrName, text]);
      if (attrName === "xmlns") this.scopes[this.scopes.length - 1].set("", text);
      else if (attrName.startsWith("xmlns:")) {
        // A prefix cannot be bound to no namespace.
        if (text === "") fail();
        this.scopes[this.scopes.length - 1].set(attrName.slice(6), text);
      }
      first++;
    }
    const element = this.createElement(name, parent, attrs);
    if (!isObject) {
      const text = xmlValue(value);
      if (text !== null) element.children.push({ kind: "text", value: text });
    } else if (first < entries.length) {
      this.scopes.push(new Map());
      this.node(entries.slice(first), element);
      this.scopes.pop();
    }
    // Newtonsoft forgets a default namespace after its element; prefixes stay declared.
    this.scopes[this.scopes.length - 1].delete("");
    if (this.scopes.length === 1) this.scopes[0].set("", "");
  }

  private createElement(name: string, parent: Parent, attrs: Array<[string, string]>): Element {
    const encoded = encodeName(name);
    if (!isName(encoded)) fail();
    const colon = encoded.indexOf(":");
    const prefix = colon < 0 ? "" : encoded.slice(0, colon);
    const uri = this.lookup(prefix) ?? "";
    // A prefix bound to no namespace is dropped when XmlDocument writes the element.
    const written = prefix !== "" && uri === "" ? encoded.slice(colon + 1) : encoded;
    const element: Element = { kind: "element", name: written, local: encoded.slice(colon + 1), uri, attrs: [], children: [], selfClosing: true };
    this.appendTo(parent, element);
    for (const [n, v] of attrs) this.setAttribute(element, n, v);
    return element;
  }

  private setAttribute(element: Element, name: string, value: string): void {
    const encoded = encodeName(name);
    if (!isName(encoded)) fail();
    const colon = encoded.indexOf(":");
    const prefix = colon < 0 ? "" : encoded.slice(0, colon);
    if (prefix === "xmlns" && value === "") fail();
    // As for elements, a prefix bound to no namespace is dropped when the attribute is written.
    const written = prefix !== "" && prefix !== "xmlns" && (this.lookup(prefix) ?? "") === "" ? encoded.slice(colon + 1) : encoded;
    const existing = element.attrs.find((a) => a.name === written);
    if (existing !== undefined) existing.value = value;
    else element.attrs.push({ name: written, local: encoded.slice(colon + 1), uri: "", value });
  }
}

/** XmlTextWriter's escaping, as XmlDocument.OuterXml writes text and "-quoted attribute values. */
function escape(text: string, attribute: boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === "&") out += "&amp;";
    else if (ch === '"' && attribute) out += "&quot;";
    else if ((ch === "\n" || ch === "\r") && attribute) out += `&#x${code.toString(16).toUpperCase()};`;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff)) fail();
      out += ch + text[++i];
    } else if (code >= 0xdc00 && code <= 0xdfff) fail();
    else if ((code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r") || code === 0xfffe || code === 0xffff) out += `&#x${code.toString(16).toUpperCase()};`;
    else out += ch;
  }
  return out;
}

/**
 * OuterXml of a node. `scope` holds the prefixes the written text has declared so far: an element
 * whose prefix Newtonsoft bound on an earlier sibling (its namespace manager keeps it) is not in
 * scope there, and XmlTextWriter declares it on the element, after its attributes.
 */
function write(node: XNode, scope: Map<string, string> = new Map()): string {
  switch (node.kind) {
    case "element": {
      const inner = new Map(scope);
      for (const a of node.attrs) if (a.name.startsWith("xmlns:")) inner.set(a.name.slice(6), a.value);
      let attrs = node.attrs.map((a) => ` ${a.name}="${escape(a.value, true)}"`).join("");
      const colon = node.name.indexOf(":");
      const prefix = colon < 0 ? "" : node.name.slice(0, colon);
      if (prefix !== "" && prefix !== "xml" && inner.get(prefix) !== node.uri) {
        attrs += ` xmlns:${prefix}="${escape(node.uri, true)}"`;
        inner.set(prefix, node.uri);
      }
      if (node.children.length === 0) return `<${node.name}${attrs} />`;
      return `<${node.name}${attrs}>${node.children.map((c) => write(c, inner)).join("")}</${node.name}>`;
    }
    case "text":
      return escape(node.value ?? "", false);
    case "cdata":
      if ((node.value ?? "").includes("]]>")) fail();
      return `<![CDATA[${node.value ?? ""}]]>`;
    case "declaration":
      return `<?xml version="${node.version}"${node.encoding !== "" ? ` encoding="${node.encoding}"` : ""}${node.standalone !== "" ? ` standalone="${node.standalone}"` : ""}?>`;
    default:
      return fail();
  }
}

export const xml = {
  /**
   * XML text → JSON, as JsonConvert.SerializeXmlNode(XmlDocument): attributes are "@name", text
   * beside elements "#text", CDATA "#cdata-section", repeated siblings an array, <a/> null and
   * <a></a> "", the declaration "?xml"; every value is a string.
   */
  toJson(text: string): Json {
    const out: Out = {};
    serializeGroups(parse(text), new Namespaces(), out, null);
    return out;
  },
  /**
   * JSON → XML text, as JsonConvert.DeserializeXmlNode(json, rootName) then XmlDocument.OuterXml.
   * Without rootName the object must have one property (besides "?xml"), the root element.
   */
  fromJson(value: Json, rootName?: string): string {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return fail();
    const doc: Doc = { children: [] };
    const builder = new Builder();
    if (rootName !== undefined && rootName !== "") builder.element(rootName, value, doc);
    else builder.node(Object.entries(value), doc);
    return doc.children.map((n) => write(n)).join("");
  },
};
