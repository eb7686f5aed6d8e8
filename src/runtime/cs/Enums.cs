// csxc-feature: Enums
// csxc-needs: Json
    // The object of a TypeScript enum: made from its JSON on first use and then the same object for
    // every use, as the JS object is made once when its module loads.
    static partial class Js
    {
        static readonly Dictionary<string, JToken> EnumObjects = new Dictionary<string, JToken>();

        /** `key` names the enum's declaration; `json` is the object in JS's key order. */
        public static JToken EnumObject(string key, string json)
        {
            lock (EnumObjects)
            {
                JToken value;
                if (!EnumObjects.TryGetValue(key, out value)) EnumObjects[key] = value = ParseJson(json);
                return value;
            }
        }
    }
