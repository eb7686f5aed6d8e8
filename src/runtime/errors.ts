// Messages of the errors that built-ins raise. The C# runtime raises the same texts (it reads them
// from this table when the template is filled), so a transform that catches one and reports
// e.message behaves alike on both sides. docs/language.md lists them.

export const builtinMessages = {
  bodyNotJson: "json(): the body is not valid JSON",
  badDuration: "isoDuration.toSeconds: not an ISO-8601 duration",
  badDurationSeconds: "isoDuration.fromSeconds: seconds must be a finite number",
  badBase64: "base64.decode: the text is not valid base64",
  badBase64Key: "hmacSha256: the key is not valid base64",
  badBase64Body: "setBase64: the text is not valid base64",
  badBase64Message: "sha256: the message is not valid base64",
  badUri: "decodeURIComponent: malformed URI sequence",
  badStatus: "status must be an integer from 100 to 599",
  badMethod: "method must be a token such as GET or POST",
  badUrl: "url must be an absolute http or https URL",
  badHeader: "header names must be tokens and values must not contain line breaks",
  invalidDate: "Invalid time value",
  badXml: "xml.toJson: the text is not well-formed XML, or has a DOCTYPE (not supported)",
  xmlInstruction: "xml.toJson: processing instructions other than the <?xml ...?> declaration are not supported",
  xmlFromJson: "xml.fromJson: the value cannot be written as XML (see the XML section of docs/language.md)",
  urlScheme: "URL: only http and https URLs are supported",
} as const;

export type BuiltinMessage = keyof typeof builtinMessages;

/** The error a built-in throws: a plain Error with csxc's own message. */
export function builtinError(key: BuiltinMessage): Error {
  return new Error(builtinMessages[key]);
}
