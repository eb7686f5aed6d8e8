// csxc-feature: Crypto
// csxc-needs: Base64, Utf8, Json, Errors
    /** hmacSha256Hex, hmacSha256Base64, sha256Hex and sha256Base64 of "csxc" (helpers.ts); text is UTF-8. */
    static class CsxCrypto
    {
        public static string HmacSha256Hex(string key, string message, string keyEncoding) { return Hex(Hmac(key, message, keyEncoding)); }

        public static string HmacSha256Base64(string key, string message, string keyEncoding) { return Convert.ToBase64String(Hmac(key, message, keyEncoding)); }

        public static string Sha256Hex(string message) { return Hex(Sha256(message)); }

        public static string Sha256Base64(string message) { return Convert.ToBase64String(Sha256(message)); }

        /** keyEncoding "base64" reads the key as strict base64; anything else as UTF-8 text. */
        static byte[] Hmac(string key, string message, string keyEncoding)
        {
            byte[] keyBytes;
            if (keyEncoding != "base64") keyBytes = CsxUtf8.Encode(key);
            else
            {
                try { keyBytes = CsxBase64.DecodeBytes(key); }
                catch (JsError) { throw new JsError(Js.MsgBadBase64Key); }
            }
            using (var hmac = new HMACSHA256(keyBytes)) return hmac.ComputeHash(CsxUtf8.Encode(message));
        }

        static byte[] Sha256(string message)
        {
            using (var sha = SHA256.Create()) return sha.ComputeHash(CsxUtf8.Encode(message));
        }

        static string Hex(byte[] bytes)
        {
            var text = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes) text.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 15]);
            return text.ToString();
        }
    }
