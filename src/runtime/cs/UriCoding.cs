// csxc-feature: UriCoding
// csxc-needs: Values
    // encodeURIComponent, encodeURI, decodeURIComponent and decodeURI as the specification defines
    // them (UTF-8, upper-case hex, JS's sets of characters left alone), with JS's URIError text.
    static partial class Js
    {
        const string UriUnreserved = "-_.!~*'()";
        const string UriReserved = ";/?:@&=+$,#";

        public static string EncodeURIComponent(string s) { return EncodeUri(s, UriUnreserved); }
        public static string EncodeURI(string s) { return EncodeUri(s, UriUnreserved + UriReserved); }
        public static string DecodeURIComponent(string s) { return DecodeUri(s, ""); }
        public static string DecodeURI(string s) { return DecodeUri(s, UriReserved); }

        static string EncodeUri(string s, string unescaped)
        {
            var result = new StringBuilder();
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || unescaped.IndexOf(c) >= 0)
                {
                    result.Append(c);
                    continue;
                }
                int code = c;
                if (char.IsLowSurrogate(c)) throw new JsError("URI malformed");
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])) throw new JsError("URI malformed");
                    code = char.ConvertToUtf32(c, s[++i]);
                }
                foreach (var b in Encoding.UTF8.GetBytes(char.ConvertFromUtf32(code))) result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            return result.ToString();
        }

        static string DecodeUri(string s, string reserved)
        {
            var result = new StringBuilder();
            for (var k = 0; k < s.Length; k++)
            {
                if (s[k] != '%') { result.Append(s[k]); continue; }
                var start = k;
                var b = HexByte(s, k);
                k += 2;
                if (b < 0x80)
                {
                    // An escape of a reserved character stays as it was written (decodeURI).
                    if (reserved.IndexOf((char)b) >= 0) result.Append(s, start, 3);
                    else result.Append((char)b);
                    continue;
                }
                var n = b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xC0 && b < 0xE0 ? 2 : 0;
                if (n == 0) throw new JsError("URI malformed");
                var bytes = new byte[n];
                bytes[0] = (byte)b;
                for (var j = 1; j < n; j++)
                {
                    var next = HexByte(s, k + 1);
                    if ((next & 0xC0) != 0x80) throw new JsError("URI malformed");
                    bytes[j] = (byte)next;
                    k += 3;
                }
                var code = DecodeUtf8(bytes);
                result.Append(char.ConvertFromUtf32(code));
            }
            return result.ToString();
        }

        /** The byte of the escape "%XX" at `at`; anything else is malformed. */
        static int HexByte(string s, int at)
        {
            if (at + 2 >= s.Length || s[at] != '%') throw new JsError("URI malformed");
            var hi = HexDigit(s[at + 1]);
            var lo = HexDigit(s[at + 2]);
            if (hi < 0 || lo < 0) throw new JsError("URI malformed");
            return hi * 16 + lo;
        }

        static int HexDigit(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        /** One UTF-8 sequence; overlong forms, surrogates and code points past U+10FFFF are malformed. */
        static int DecodeUtf8(byte[] bytes)
        {
            var n = bytes.Length;
            var code = bytes[0] & (0xFF >> (n + 1));
            for (var j = 1; j < n; j++) code = (code << 6) | (bytes[j] & 0x3F);
            var min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) throw new JsError("URI malformed");
            return code;
        }
    }
