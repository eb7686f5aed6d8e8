// csxc-feature: Routing
// csxc-needs: Base64, Json
    static class CsxRouting
    {
        /** The platform sometimes passes the operationId base64-encoded; accept both spellings (run.ts). */
        public static string ResolveOperationId(string raw, string[] known)
        {
            if (raw == null || known.Contains(raw) || raw.Length == 0) return raw;
            string decoded;
            try { decoded = CsxBase64.Decode(raw); }
            catch (JsError) { return raw; }
            return known.Contains(decoded) ? decoded : raw;
        }
    }
