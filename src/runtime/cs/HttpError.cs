// csxc-feature: HttpError
// csxc-needs:
    /** The TypeScript HttpError: ExecuteAsync answers with its status and the JSON body {"message": ...}. */
    public class HttpError : Exception
    {
        public HttpError(double status, string message) : base(message ?? "") { Status = status; }

        public double Status { get; private set; }
    }
