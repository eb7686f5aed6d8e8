// csxc-feature: Xml
// csxc-needs: Json, Errors
    /** The xml helper of "csxc" (xml.ts): Newtonsoft's XmlNodeConverter on a System.Xml XmlDocument. */
    static class CsxXml
    {
        /**
         * JsonConvert.SerializeXmlNode of the parsed text. DTDs are refused (no entity expansion), and
         * so are processing instructions besides the declaration; comments are left out, as if absent
         * (Newtonsoft would write them as JSON comments, which JSON text cannot hold).
         */
        public static JToken ToJson(string text)
        {
            var doc = new System.Xml.XmlDocument();
            var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null };
            try
            {
                using (var reader = System.Xml.XmlReader.Create(new System.IO.StringReader(text), settings)) doc.Load(reader);
            }
            catch (System.Xml.XmlException) { throw new JsError(Js.MsgBadXml); }
            if (doc.SelectNodes("//processing-instruction()").Count > 0) throw new JsError(Js.MsgXmlInstruction);
            var comments = new List<System.Xml.XmlNode>();
            foreach (System.Xml.XmlNode comment in doc.SelectNodes("//comment()")) comments.Add(comment);
            foreach (var comment in comments) comment.ParentNode.RemoveChild(comment);
            return Js.ParseJson(JsonConvert.SerializeXmlNode(doc));
        }

        /**
         * JsonConvert.DeserializeXmlNode(json, rootName), written as XmlDocument.OuterXml. Strings that
         * Newtonsoft's reader would take for dates (and rewrite, in the machine's time zone) are passed
         * through it as placeholders and put back, so every string arrives as written.
         */
        public static string FromJson(JToken value, string rootName)
        {
            if (!(value is JObject)) throw new JsError(Js.MsgXmlFromJson);
            var hidden = new List<string>();
            var json = Js.Stringify(XmlHide(value, hidden));
            try
            {
                var doc = JsonConvert.DeserializeXmlNode(json, rootName);
                if (hidden.Count > 0) XmlRestore(doc, hidden);
                return doc.OuterXml;
            }
            catch (JsError) { throw; }
            catch (Exception) { throw new JsError(Js.MsgXmlFromJson); }
        }

        /** A copy with each string that might read as a date (or that starts like a placeholder) swapped for "\uE000n\uE000". */
        static JToken XmlHide(JToken value, List<string> hidden)
        {
            if (value is JObject o)
            {
                var copy = new JObject();
                foreach (var p in o.Properties())
                {
                    // Newtonsoft's $id/$ref/$type/$values would become json: attributes, "?name" a processing
                    // instruction: csxc refuses them alike (as xml.toJson refuses instructions).
                    if (p.Name.StartsWith("$", StringComparison.Ordinal) || (p.Name.StartsWith("?", StringComparison.Ordinal) && p.Name != "?xml")) throw new JsError(Js.MsgXmlFromJson);
                    copy.Add(p.Name, XmlHide(p.Value, hidden));
                }
                return copy;
            }
            if (value is JArray a)
            {
                var copy = new JArray();
                foreach (var item in a) copy.Add(XmlHide(item, hidden));
                return copy;
            }
            if (value.Type == JTokenType.String)
            {
                var s = (string)value;
                if (s.Length > 0 && (s[0] == '/' || s[0] == '\uE000' || (s[0] >= '0' && s[0] <= '9' && s.Length >= 19)))
                {
                    hidden.Add(s);
                    return new JValue("\uE000" + (hidden.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\uE000");
                }
            }
            return value;
        }

        static void XmlRestore(System.Xml.XmlNode node, List<string> hidden)
        {
            if (node is System.Xml.XmlCharacterData data) data.Value = XmlRestored(data.Value, hidden);
            if (node.Attributes != null) foreach (System.Xml.XmlAttribute attribute in node.Attributes) attribute.Value = XmlRestored(attribute.Value, hidden);
            foreach (System.Xml.XmlNode child in node.ChildNodes) XmlRestore(child, hidden);
        }

        static string XmlRestored(string text, List<string> hidden)
        {
            if (text == null || text.Length < 3 || text[0] != '\uE000' || text[text.Length - 1] != '\uE000') return text;
            int index;
            return int.TryParse(text.Substring(1, text.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index) && index < hidden.Count ? hidden[index] : text;
        }
    }
