using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Csxc.Harness;

// Case messages to HttpRequestMessage / HttpResponseMessage and back to outcome messages.
public static class Messages
{
    public static HttpRequestMessage Request(CaseMessage given)
    {
        var request = new HttpRequestMessage(new HttpMethod(given.Method), new Uri(given.Url, UriKind.Absolute));
        request.Content = Headers.Apply(request.Headers, given.Headers, Bodies.FromCase(given.Body, given.BodyBase64), contentAlways: false);
        return request;
    }

    /// <summary>A backend answer. Its content is never null, as with a real HttpClient response.</summary>
    public static HttpResponseMessage Response(CaseMessage given, HttpRequestMessage request)
    {
        var response = new HttpResponseMessage((HttpStatusCode)given.Status) { RequestMessage = request };
        response.Content = Headers.Apply(response.Headers, given.Headers, Bodies.FromCase(given.Body, given.BodyBase64), contentAlways: true);
        return response;
    }

    public static async Task<OutcomeMessage> Describe(HttpRequestMessage request)
    {
        var described = new OutcomeMessage
        {
            Method = request.Method.Method,
            Url = request.RequestUri?.AbsoluteUri,
            Headers = Headers.Wire(request.Headers, request.Content),
        };
        Bodies.Describe(request.Content == null ? null : await request.Content.ReadAsByteArrayAsync(), described);
        return described;
    }

    public static async Task<OutcomeMessage> Describe(HttpResponseMessage response)
    {
        var described = new OutcomeMessage { Status = (int)response.StatusCode, Headers = Headers.Wire(response.Headers, response.Content) };
        Bodies.Describe(response.Content == null ? null : await response.Content.ReadAsByteArrayAsync(), described);
        return described;
    }
}
