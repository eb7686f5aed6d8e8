// csxc-feature: ErrorText
// csxc-needs: HttpError, Json
    // The JS class of a caught error (`e.name`, `e instanceof TypeError`) and String(error).
    static partial class Js
    {
        public static string ErrorToString(Exception error)
        {
            var name = ErrorName(error);
            return string.IsNullOrEmpty(error.Message) ? name : name + ": " + error.Message;
        }

        /**
         * The `name` of a caught error. The author's own errors carry the class they were made with;
         * an error the runtime raised carries V8's message, and V8 raises each message with one class,
         * so the message tells it (csxc's own messages are plain Errors, as on node).
         */
        public static string ErrorName(Exception error)
        {
            if (error is HttpError) return "HttpError";
            var js = error as JsError;
            if (js != null && js.Name != null) return js.Name;
            var m = error.Message;
            if (m.StartsWith("Unexpected end of JSON input", StringComparison.Ordinal) || m.StartsWith("Unexpected non-whitespace character after JSON", StringComparison.Ordinal) || m.EndsWith(" is not valid JSON", StringComparison.Ordinal) || m.Contains(" in JSON at position ")) return "SyntaxError";
            if (m == "URI malformed") return "URIError";
            foreach (var prefix in RangeErrorPrefixes) if (m.StartsWith(prefix, StringComparison.Ordinal)) return "RangeError";
            foreach (var prefix in TypeErrorPrefixes) if (m.StartsWith(prefix, StringComparison.Ordinal)) return "TypeError";
            if (m.EndsWith(" is not a function", StringComparison.Ordinal) || m.Contains(" is not iterable")) return "TypeError";
            return "Error";
        }

        static readonly string[] RangeErrorPrefixes =
        {
            "Invalid array length", "Invalid code point ", "Invalid count value", "Invalid string length", "Invalid time value",
            "toExponential() argument", "toFixed() digits", "toPrecision() argument", "toString() radix",
        };

        static readonly string[] TypeErrorPrefixes =
        {
            "Cannot convert undefined or null to object", "Cannot destructure ", "Cannot read properties of ", "Cannot set properties of ",
            "Cannot use 'in' operator", "Each query pair must be", "Invalid URL", "Iterator value ", "Reduce of empty array",
            "String.prototype.matchAll called", "String.prototype.replaceAll called",
        };
    }
