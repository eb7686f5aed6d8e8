// csxc-feature: Crypto
// csxc-needs: Base64, Utf8, Json, Errors
    /** hmacSha256Hex, hmacSha256Base64, sha256Hex and sha256Base64 of "csxc" (helpers.ts); text is UTF-8 unless "base64" says bytes. */
    static class CsxCrypto
    {
        public static string HmacSha256Hex(string key, string message, string keyEncoding, string messageEncoding = "utf8") { return Hex(Hmac(key, message, keyEncoding, messageEncoding)); }

        public static string HmacSha256Base64(string key, string message, string keyEncoding, string messageEncoding = "utf8") { return Convert.ToBase64String(Hmac(key, message, keyEncoding, messageEncoding)); }

        public static string Sha256Hex(string message, string encoding = "utf8") { return Hex(Sha256(message, encoding)); }

        public static string Sha256Base64(string message, string encoding = "utf8") { return Convert.ToBase64String(Sha256(message, encoding)); }

        /** A message as UTF-8 text, or ("base64") as strict base64 bytes. */
        static byte[] MessageBytes(string message, string encoding)
        {
            if (encoding != "base64") return CsxUtf8.Encode(message);
            try { return CsxBase64.DecodeBytes(message); }
            catch (JsError) { throw new JsError(Js.MsgBadBase64Message); }
        }

        /** keyEncoding "base64" reads the key as strict base64; anything else as UTF-8 text. */
        static byte[] Hmac(string key, string message, string keyEncoding, string messageEncoding)
        {
            byte[] keyBytes;
            if (keyEncoding != "base64") keyBytes = CsxUtf8.Encode(key);
            else
            {
                try { keyBytes = CsxBase64.DecodeBytes(key); }
                catch (JsError) { throw new JsError(Js.MsgBadBase64Key); }
            }
            var messageBytes = MessageBytes(message, messageEncoding);
            using (var hmac = new HMACSHA256(keyBytes)) return hmac.ComputeHash(messageBytes);
        }

        static byte[] Sha256(string message, string encoding)
        {
            var bytes = MessageBytes(message, encoding);
            using (var sha = SHA256.Create()) return sha.ComputeHash(bytes);
        }

        static string Hex(byte[] bytes)
        {
            var text = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes) text.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 15]);
            return text.ToString();
        }
    }
