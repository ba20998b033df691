namespace Harness.Contract.Envelopes;

/// <summary>Every answer the endpoint can give, each with one HTTP status and one envelope code.</summary>
public enum ResponseKind
{
    /// <summary>200: the alarm was accepted.</summary>
    Success,

    /// <summary>400: the body broke the contract.</summary>
    BadBody,

    /// <summary>401: the key (or token) is missing or invalid.</summary>
    Unauthorized,

    /// <summary>404: a path outside the route.</summary>
    NotFound,

    /// <summary>405: the route with a method other than POST.</summary>
    MethodNotAllowed,

    /// <summary>413: the body is over the receiver's size limit.</summary>
    TooLarge,

    /// <summary>429: the key's rate limit was reached.</summary>
    Throttled,

    /// <summary>500: a server fault (only ever injected on purpose in the fake).</summary>
    ServerError,
}
