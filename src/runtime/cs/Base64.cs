// csxc-feature: Base64
// csxc-needs: Json, Errors, Utf8
    /** The base64 helper of "csxc", and the strict decoding that bodies and keys share. */
    static class CsxBase64
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static string Encode(string text) { return Convert.ToBase64String(CsxUtf8.Encode(text)); }

        /** Strict: padding required, no white space; the bytes are read as UTF-8 text. */
        public static string Decode(string text) { return CsxUtf8.Decode(DecodeBytes(text)); }

        /** Whole groups of four, at most two "=" at the end; bits beyond the last byte are ignored, as node does. */
        public static byte[] DecodeBytes(string text)
        {
            var padding = text.EndsWith("==", StringComparison.Ordinal) ? 2 : text.EndsWith("=", StringComparison.Ordinal) ? 1 : 0;
            if (text.Length % 4 != 0) throw new JsError(Js.MsgBadBase64);
            var bytes = new List<byte>(text.Length / 4 * 3);
            int bits = 0, count = 0;
            for (var i = 0; i < text.Length - padding; i++)
            {
                var value = Alphabet.IndexOf(text[i]);
                if (value < 0) throw new JsError(Js.MsgBadBase64);
                bits = (bits << 6) | value;
                count += 6;
                if (count >= 8)
                {
                    count -= 8;
                    bytes.Add((byte)(bits >> count));
                    bits &= (1 << count) - 1;
                }
            }
            return bytes.ToArray();
        }
    }
