using System.Buffers.Text;
using System.Globalization;
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
            return ValidationResult.Rejected(BodyProblem.UnsupportedContentType);
        }

        var slotStorage = default(FieldSlots);
        Span<FieldSlot> slots = slotStorage;
        var problem = BodyReader.Read(body, slots, Profile, out var offset);
        if (problem != BodyProblem.None)
        {
            return ValidationResult.Rejected(problem);
        }

        body = body[offset..];
        List<Violation>? violations = null;
        var texts = new string?[slots.Length];
        long time = 0;
        string? additional = null;
        for (var i = 0; i < slots.Length; i++)
        {
            var field = AlarmFields.All[i];
            ViolationRule? broken = field.Kind switch
            {
                JsonKind.String => CheckText(field, slots[i], body, out texts[i]),
                JsonKind.Integer => CheckTime(field, slots[i], body, out time),
                _ => CheckObject(field, slots[i], body, out additional),
            };
            if (broken is { } rule)
            {
                (violations ??= []).Add(new Violation(field, rule, Messages.For(field, rule)));
            }
        }

        return violations is null
            ? ValidationResult.Accepted(new Alarm(texts, time, additional))
            : ValidationResult.Rejected(violations);
    }

    private ViolationRule? CheckText(FieldRule field, FieldSlot slot, ReadOnlySpan<byte> body, out string? text)
    {
        text = slot.Kind switch
        {
            SlotKind.String => slot.Text,
            // Jackson turns scalars into their JSON text when a String is wanted (row 8, lenient).
            SlotKind.Number when Profile.CoercesScalars => Encoding.UTF8.GetString(body.Slice(slot.Start, slot.Length)),
            SlotKind.True when Profile.CoercesScalars => "true",
            SlotKind.False when Profile.CoercesScalars => "false",
            _ => null,
        };

        if (slot.Kind is SlotKind.Absent or SlotKind.Null)
        {
            return field.Required ? ViolationRule.Missing : null;
        }

        if (text is null)
        {
            return ViolationRule.Type;
        }

        if (text.Length < field.MinLength || text.Length > field.MaxLength)
        {
            return ViolationRule.Size;
        }

        // Row 17 read the @NotBlank way: blank counts as missing.
        if (field.Required && !Profile.AcceptsBlankStrings && string.IsNullOrWhiteSpace(text))
        {
            return ViolationRule.Missing;
        }

        // An optional enum may be empty (row 7): "absent/empty" means no status.
        if (field.IsEnum && text.Length > 0 && !IsAllowed(field, text))
        {
            return ViolationRule.Enum;
        }

        return null;
    }

    private bool IsAllowed(FieldRule field, string text)
    {
        var comparison = Profile.CaseInsensitiveEnums ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var value in field.EnumValues)
        {
            if (string.Equals(value, text, comparison))
            {
                return true;
            }
        }

        return false;
    }

    private ViolationRule? CheckTime(FieldRule field, FieldSlot slot, ReadOnlySpan<byte> body, out long time)
    {
        time = 0;
        switch (slot.Kind)
        {
            case SlotKind.Absent or SlotKind.Null:
                return field.Required ? ViolationRule.Missing : null;
            case SlotKind.Number:
                return ReadNumber(body.Slice(slot.Start, slot.Length), out time);
            case SlotKind.String when Profile.CoercesTime:
                // Jackson coerces a numeric string into a Long (row 3, lenient); anything else is a type error.
                if (!IsIntegerText(slot.Text!))
                {
                    return ViolationRule.Type;
                }

                return long.TryParse(slot.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out time)
                    ? InRange(time) : ViolationRule.Range;
            default:
                return ViolationRule.Type;
        }
    }

    private ViolationRule? ReadNumber(ReadOnlySpan<byte> number, out long time)
    {
        time = 0;
        if (number.IndexOfAny(".eE"u8) < 0)
        {
            return Utf8Parser.TryParse(number, out time, out var used) && used == number.Length
                ? InRange(time) : ViolationRule.Range;
        }

        if (!Profile.CoercesTime)
        {
            return ViolationRule.Type;
        }

        // Lenient: exponent forms and fractions are truncated into a Long, as Jackson does.
        if (!decimal.TryParse(Encoding.ASCII.GetString(number), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return ViolationRule.Range;
        }

        value = decimal.Truncate(value);
        if (value > long.MaxValue || value < long.MinValue)
        {
            return ViolationRule.Range;
        }

        time = (long)value;
        return InRange(time);
    }

    private static ViolationRule? InRange(long time) => time >= 1 ? null : ViolationRule.Range;

    private static bool IsIntegerText(string text)
    {
        var digits = text.StartsWith('-') || text.StartsWith('+') ? text.AsSpan(1) : text.AsSpan();
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static ViolationRule? CheckObject(FieldRule field, FieldSlot slot, ReadOnlySpan<byte> body, out string? json)
    {
        json = null;
        switch (slot.Kind)
        {
            case SlotKind.Absent or SlotKind.Null:
                return field.Required ? ViolationRule.Missing : null;
            case SlotKind.Object:
                json = Encoding.UTF8.GetString(body.Slice(slot.Start, slot.Length));
                return null;
            default:
                return ViolationRule.Type;
        }
    }
}
