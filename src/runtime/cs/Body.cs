// csxc-feature: Body
// csxc-needs: Req, Base64, UriCoding
    // Req.setForm and Req.setMultipart: the bytes of src/runtime/body.ts, byte for byte.
    public sealed partial class CsxReq
    {
        public const string FormType = "application/x-www-form-urlencoded";
        /** Deterministic, so node and C# send the same bytes. */
        public const string MultipartBoundary = "csxc-7f3c9a1e5b2d4860";

        /** As FormUrlEncodedContent writes it: encodeURIComponent with !'()* escaped too, then %20 as "+". */
        public void SetForm(JObject fields)
        {
            Func<string, string> encode = s => Js.EncodeURIComponent(s)
                .Replace("!", "%21").Replace("'", "%27").Replace("(", "%28").Replace(")", "%29").Replace("*", "%2A").Replace("%20", "+");
            var text = string.Join("&", Js.OrderedProperties(fields).Select(p => encode(p.Key) + "=" + encode((string)p.Value)));
            SetBody(CsxUtf8.Encode(text), FormType);
        }

        /**
         * A part is a string, or a file {filename, contentType, base64}; parts come by name (an array
         * for a name that repeats) or as a list of {name, value}, written in that order.
         */
        public void SetMultipart(JToken parts)
        {
            var body = new List<byte>();
            Action<string> write = s => body.AddRange(CsxUtf8.Encode(s));
            Func<string, string> quote = s => s.Replace("\\", "\\\\").Replace("\"", "\\\"");
            var list = parts is JArray
                ? parts.Select(p => new KeyValuePair<string, JToken>((string)p["name"], p["value"]))
                : Js.OrderedProperties((JObject)parts).SelectMany(p => p.Value is JArray
                    ? p.Value.Select(v => new KeyValuePair<string, JToken>(p.Key, v))
                    : new[] { new KeyValuePair<string, JToken>(p.Key, p.Value) });
            foreach (var part in list)
            {
                var head = "--" + MultipartBoundary + "\r\nContent-Disposition: form-data; name=\"" + quote(part.Key) + "\"";
                var file = part.Value as JObject;
                if (file == null)
                {
                    write(head + "\r\n\r\n");
                    write((string)part.Value);
                }
                else
                {
                    head += "; filename=\"" + quote((string)file["filename"]) + "\"\r\nContent-Type: " + (string)file["contentType"] + "\r\n\r\n";
                    var content = CsxBase64.DecodeBytes((string)file["base64"]);
                    write(head);
                    body.AddRange(content);
                }
                write("\r\n");
            }
            write("--" + MultipartBoundary + "--\r\n");
            SetBody(body.ToArray(), "multipart/form-data; boundary=" + MultipartBoundary);
        }
    }
