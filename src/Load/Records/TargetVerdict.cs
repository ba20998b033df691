namespace Harness.Load.Records;

/// <summary>What the answers say about the target as a whole.</summary>
internal enum TargetVerdict
{
    /// <summary>The target answered, mostly as the API does (thresholds judge the rest).</summary>
    Answering,

    /// <summary>The target stopped answering (or never did): timeouts and connection errors instead of answers. Exit 3.</summary>
    StoppedAnswering,

    /// <summary>Most answers are not the API's (no COC envelope: a proxy's 502, a 403/405 page). Exit 1.</summary>
    NotTheApi,

    /// <summary>Most answers are a rate limiter's or an overloaded proxy's 429/503 pages (no COC envelope): the target turned the load away. Exit 1.</summary>
    ShedLoad,
}
