// csxc-feature: Utf8
// csxc-needs:
    // Text to UTF-8 bytes and back as node's Buffer does it. Decoding follows the WHATWG decoder (one
    // U+FFFD per maximal ill-formed subsequence), written out because .NET Framework's UTF8Encoding
    // replaces ill-formed bytes differently from .NET Core's.
    static class CsxUtf8
    {
        /** Lone surrogates become U+FFFD, as in node. */
        public static byte[] Encode(string text) { return Encoding.UTF8.GetBytes(text); }

        public static string Decode(byte[] bytes)
        {
            if (bytes == null) return "";
            // Well-formed UTF-8 (nearly every body) decodes the same on every .NET: leave it to the framework.
            if (IsWellFormed(bytes)) return Encoding.UTF8.GetString(bytes);
            var text = new StringBuilder(bytes.Length);
            for (var i = 0; i < bytes.Length;)
            {
                int b = bytes[i++];
                if (b < 0x80) { text.Append((char)b); continue; }
                // The length of the sequence, and the range its second byte must fall in.
                var more = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
                int lower = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80, upper = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
                var code = b & (0x3F >> more);
                var complete = more > 0;
                for (var k = 0; k < more; k++, lower = 0x80, upper = 0xBF)
                {
                    if (i >= bytes.Length || bytes[i] < lower || bytes[i] > upper) { complete = false; break; }
                    code = (code << 6) | (bytes[i++] & 0x3F);
                }
                text.Append(complete ? char.ConvertFromUtf32(code) : "\uFFFD");
            }
            return text.ToString();
        }

        /** Whether every sequence is complete by the rules of Decode (no overlong forms, surrogates or values past U+10FFFF). */
        static bool IsWellFormed(byte[] bytes)
        {
            for (var i = 0; i < bytes.Length;)
            {
                int b = bytes[i++];
                if (b < 0x80) continue;
                var more = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
                if (more == 0) return false;
                int lower = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80, upper = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
                for (var k = 0; k < more; k++, lower = 0x80, upper = 0xBF)
                {
                    if (i >= bytes.Length || bytes[i] < lower || bytes[i] > upper) return false;
                    i++;
                }
            }
            return true;
        }
    }
