using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Microsoft.PowerPlatform.Connectors.CustomCode.CSharp
{
    // The documented members plus the two that certified scripts use although the documentation
    // leaves them out (OriginalRequestUri, CreateNotificationUri).
    public interface IScriptContext
    {
        string CorrelationId { get; }

        string OperationId { get; }

        HttpRequestMessage Request { get; }

        ILogger Logger { get; }

        Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);

        Uri OriginalRequestUri { get; }

        Uri CreateNotificationUri(string pathAndQuery);
    }
}
