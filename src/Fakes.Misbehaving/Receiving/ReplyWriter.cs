using Harness.Contract.Envelopes;

namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>
/// Puts a decided answer on the wire as the contract wants it (status, <c>application/json</c>,
/// the whole envelope), except for the one thing the target's defect breaks.
/// </summary>
internal static class ReplyWriter
{
    public const string SuccessCodeOfTheDefect = "SUCCESS";
    public const string BadRequestCodeOfTheDefect = "400";
    public const string PlainContentType = "text/plain; charset=utf-8";

    public static WireReply Write(Defect? defect, Reply reply)
    {
        if (defect == Defect.RoutingErrorsWithoutEnvelope && reply.Kind is ResponseKind.NotFound or ResponseKind.MethodNotAllowed)
        {
            return new WireReply(ResponseCodes.For(reply.Kind).Status, null, [], reply.Delayed, null);
        }

        var code = ResponseCodes.For(reply.Kind);
        var status = code.Status;
        var errorCode = reply.ErrorCode ?? code.ErrorCode;
        var contentType = EnvelopeJson.ContentType;
        var dataJson = "null";
        var withProvider = true;
        string? message = reply.Message;
        switch (defect)
        {
            case Defect.ErrorsAnsweredWith200 when reply.Kind != ResponseKind.Success:
                status = 200;
                break;
            case Defect.UnauthorizedAnsweredAs400 when reply.Kind == ResponseKind.Unauthorized:
                status = 400;
                break;
            case Defect.MissingProviderCode:
                withProvider = false;
                break;
            case Defect.NullErrorMessage when reply.Kind != ResponseKind.Success:
                message = null;
                break;
            case Defect.TextPlainContentType:
                contentType = PlainContentType;
                break;
            case Defect.DataNotNull:
                dataJson = "{}";
                break;
            case Defect.WrongSuccessCode when reply.Kind == ResponseKind.Success:
                errorCode = SuccessCodeOfTheDefect;
                break;
            case Defect.WrongBadRequestCode when reply.Kind == ResponseKind.BadBody:
                errorCode = BadRequestCodeOfTheDefect;
                break;
            default:
                break;
        }

        var body = EnvelopeJson.ToUtf8(new Envelope(errorCode, message, dataJson, withProvider ? ResponseCodes.ProviderCode : null));
        var allow = reply.Kind == ResponseKind.MethodNotAllowed ? "POST" : null;
        return new WireReply(status, contentType, body, reply.Delayed, allow);
    }

    /// <summary>An nginx-style error page: what a gateway in front answers when it cannot reach the receiver.</summary>
    public static WireReply GatewayPage(int status)
    {
        var reason = status switch { 404 => "Not Found", 502 => "Bad Gateway", 503 => "Service Temporarily Unavailable", 504 => "Gateway Time-out", _ => "Error" };
        var html = $"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return new WireReply(status, "text/html", System.Text.Encoding.ASCII.GetBytes(html), false, null, "nginx/1.22.1");
    }
}
