// csxc-feature: ErrorText
// csxc-needs: HttpError
    // String(error) for a caught error: "Name: message", or the name alone when the message is empty.
    static partial class Js
    {
        public static string ErrorToString(Exception error)
        {
            var name = error is HttpError ? "HttpError" : "Error";
            return string.IsNullOrEmpty(error.Message) ? name : name + ": " + error.Message;
        }
    }
