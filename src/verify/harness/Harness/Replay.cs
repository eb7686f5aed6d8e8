using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Csxc.Harness;

/// <summary>The backend of one case: answers SendAsync with the case's upstream list, in order, and records what was sent.</summary>
public sealed class Replay
{
    readonly List<CaseMessage> upstream;
    readonly CaseMessage exhausted;
    readonly List<OutcomeMessage> sent = new();
    int next;

    /// <param name="exhausted">The answer to a call past the end of the list: node decides it (src/verify/node-side.ts) and the job carries it.</param>
    public Replay(List<CaseMessage> upstream, CaseMessage exhausted)
    {
        this.upstream = upstream ?? new List<CaseMessage>();
        this.exhausted = exhausted ?? throw new InvalidDataException("the job gives no answer for an exhausted replay (Job.Exhausted)");
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request == null) throw new ArgumentNullException(nameof(request));
        // HttpClient refuses such a request; so does the replay, so that the script fails here as it would there.
        if (request.RequestUri == null || !request.RequestUri.IsAbsoluteUri)
            throw new InvalidOperationException("An invalid request URI was provided. Either the request URI must be an absolute URI or BaseAddress must be set.");
        cancellationToken.ThrowIfCancellationRequested();
        // The answer is the one due at the call, as on the node side, even if calls overlap.
        int slot;
        lock (sent)
        {
            slot = next++;
            sent.Add(null);
        }
        var described = await Messages.Describe(request).ConfigureAwait(false);
        lock (sent) sent[slot] = described;
        return Messages.Response(slot < upstream.Count ? upstream[slot] : exhausted, request);
    }

    /// <summary>What was sent so far; a copy, since a script that ran past its time may still be sending.</summary>
    public List<OutcomeMessage> Sent()
    {
        lock (sent) return sent.Where(message => message != null).ToList();
    }
}
