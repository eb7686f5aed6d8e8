// csxc-feature: Errors
// csxc-needs:
    // The messages of the errors that csxc's built-ins raise, word for word those of
    // src/runtime/errors.ts (test/runtime-cs checks the two tables agree).
    static partial class Js
    {
        public const string MsgBodyNotJson = "json(): the body is not valid JSON";
        public const string MsgBadDuration = "isoDuration.toSeconds: not an ISO-8601 duration";
        public const string MsgBadDurationSeconds = "isoDuration.fromSeconds: seconds must be a finite number";
        public const string MsgBadBase64 = "base64.decode: the text is not valid base64";
        public const string MsgBadBase64Key = "hmacSha256: the key is not valid base64";
        public const string MsgBadBase64Body = "setBase64: the text is not valid base64";
        public const string MsgBadBase64Message = "sha256: the message is not valid base64";
        public const string MsgBadUri = "decodeURIComponent: malformed URI sequence";
        public const string MsgBadStatus = "status must be an integer from 100 to 599";
        public const string MsgBadMethod = "method must be a token such as GET or POST";
        public const string MsgBadUrl = "url must be an absolute http or https URL";
        public const string MsgBadHeader = "header names must be tokens and values must not contain line breaks";
        public const string MsgInvalidDate = "Invalid time value";
        public const string MsgBadXml = "xml.toJson: the text is not well-formed XML, or has a DOCTYPE (not supported)";
        public const string MsgXmlInstruction = "xml.toJson: processing instructions other than the <?xml ...?> declaration are not supported";
        public const string MsgXmlFromJson = "xml.fromJson: the value cannot be written as XML (see the XML section of docs/language.md)";
        public const string MsgUrlScheme = "URL: only http and https URLs are supported";
    }
