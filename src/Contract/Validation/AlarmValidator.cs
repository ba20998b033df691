using System.Diagnostics.CodeAnalysis;
using System.Text;
using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>
/// Judges a request body against the field table under a profile, reporting every violation in
/// field-declaration order (DECISIONS rows 3-9, 11, 12, 17, 18). Thread-safe and allocation-light:
/// the reference receiver calls it on every request.
/// </summary>
public sealed class AlarmValidator(ReceiverProfile profile)
{
    /// <summary>The reading of the open points this validator judges by.</summary>
    public ReceiverProfile Profile { get; } = profile ?? throw new ArgumentNullException(nameof(profile));

    /// <summary>Judges a body as text (convenience for tests and tools).</summary>
    public ValidationResult Validate(string body, string? contentType = ContentTypeRule.Canonical) =>
        Validate(Encoding.UTF8.GetBytes(body ?? string.Empty), contentType);

    /// <summary>Judges the raw bytes of a body sent with the given Content-Type header.</summary>
    public ValidationResult Validate(ReadOnlySpan<byte> body, string? contentType)
    {
        if (!ContentTypeRule.Accepts(contentType, Profile))
        {
            return ValidationResult.Rejected(BodyProblem.UnsupportedContentType, Profile.MaxDepth);
        }

        var texts = new string?[AlarmFields.All.Count];
        return Judge(body, texts, out var time, out var additional, out _) ?? ValidationResult.Accepted(new Alarm(texts, time, additional));
    }

    /// <summary>
    /// Judges like <see cref="Validate(ReadOnlySpan{byte}, string?)"/>, to the same verdict, but builds
    /// no <see cref="Alarm"/> for an accepted body: only its <paramref name="summary"/>. An ASCII body
    /// is judged on its bytes without decoding a string but the id. A receiver keeps the bytes and
    /// builds the alarm with <see cref="ReadAccepted"/> when someone asks for it.
    /// </summary>
    public bool TryAccept(ReadOnlySpan<byte> body, string? contentType, out AlarmSummary summary, [NotNullWhen(false)] out ValidationResult? rejection)
    {
        if (!ContentTypeRule.Accepts(contentType, Profile))
        {
            summary = default;
            rejection = ValidationResult.Rejected(BodyProblem.UnsupportedContentType, Profile.MaxDepth);
            return false;
        }

        rejection = Judge(body, texts: null, out _, out _, out summary);
        return rejection is null;
    }

    /// <summary>
    /// The alarm of a body this validator accepted (its Content-Type already judged), as
    /// <see cref="Validate(ReadOnlySpan{byte}, string?)"/> would have given it.
    /// </summary>
    /// <exception cref="ArgumentException">The body is not one this validator accepts.</exception>
    public Alarm ReadAccepted(ReadOnlySpan<byte> body)
    {
        var texts = new string?[AlarmFields.All.Count];
        return Judge(body, texts, out var time, out var additional, out _) is { } rejected
            ? throw new ArgumentException($"The body is not one this validator accepts: {rejected.ErrorMessage}", nameof(body))
            : new Alarm(texts, time, additional);
    }

    /// <summary>
    /// One pass over the body: null when it is accepted, else the rejection. With
    /// <paramref name="texts"/> every string field is decoded into it; without, only the id is.
    /// </summary>
    private ValidationResult? Judge(ReadOnlySpan<byte> body, string?[]? texts, out long time, out string? additional, out AlarmSummary summary)
    {
        time = 0;
        additional = null;
        summary = default;
        var slotStorage = default(FieldSlots);
        Span<FieldSlot> slots = slotStorage;
        var problem = BodyReader.Read(body, slots, Profile, out var offset, out var ascii);
        if (problem != BodyProblem.None)
        {
            return ValidationResult.Rejected(problem, Profile.MaxDepth);
        }

        body = body[offset..];

        // The common body: judged to "accepted" without the per-field machinery below, or left to it.
        if (texts is null && ascii && AsciiAcceptance.TryAccept(slots, body, Profile, out summary))
        {
            return null;
        }

        List<Violation>? violations = null;
        string? alarmId = null;
        var recovery = false;
        for (var i = 0; i < slots.Length; i++)
        {
            var field = FieldTable.Fields[i];
            string? text = null;
            ViolationRule? broken = field.Kind switch
            {
                JsonKind.String => TextRule.Check(i, field, slots[i], body, Profile, texts is not null || i == FieldTable.IdIndex, ascii, out text),
                JsonKind.Integer => TimeRule.Check(field, slots[i], body, Profile, out time),
                _ => CheckObject(field, slots[i], body, texts is not null, out additional),
            };
            if (broken is { } rule)
            {
                (violations ??= []).Add(new Violation(field, rule, Messages.For(field, rule)));
            }

            texts?[i] = text;
            if (i == FieldTable.IdIndex)
            {
                alarmId = text;
            }
            else if (i == FieldTable.StatusIndex)
            {
                recovery = text is not null
                    ? string.Equals(text, AlarmStatuses.Ok, StringComparison.OrdinalIgnoreCase)
                    : slots[i].Kind == SlotKind.String && AsciiText.IsOk(body.Slice(slots[i].Start, slots[i].Length));
            }
        }

        if (violations is not null)
        {
            return ValidationResult.Rejected(violations);
        }

        summary = new AlarmSummary(alarmId!, recovery);
        return null;
    }

    private static ViolationRule? CheckObject(FieldRule field, in FieldSlot slot, ReadOnlySpan<byte> body, bool keep, out string? json)
    {
        json = null;
        switch (slot.Kind)
        {
            case SlotKind.Absent or SlotKind.Null:
                return field.Required ? ViolationRule.Missing : null;
            case SlotKind.Object:
                json = keep ? Encoding.UTF8.GetString(body.Slice(slot.Start, slot.Length)) : null;
                return null;
            default:
                return ViolationRule.Type;
        }
    }
}
