using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Harness.Contract.Fields;

namespace Harness.Fakes.Store;

/// <summary>Writes stored and recent alarms as JSON, for the admin surface and the journal.</summary>
internal static class AlarmJson
{
    /// <summary>CJK and emoji stay readable; these documents are never embedded in HTML.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteRecent(Utf8JsonWriter writer, RecentAlarm recent)
    {
        writer.WriteStartObject();
        writer.WriteNumber("seq"u8, recent.Sequence);
        writer.WriteString("receivedAt"u8, recent.ReceivedAt.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("key"u8, recent.RedactedKey);
        writer.WriteString("outcome"u8, OutcomeName(recent.Outcome));
        writer.WritePropertyName("alarm"u8);
        WriteAlarm(writer, recent.Alarm);
        writer.WriteEndObject();
    }

    public static void WriteAlarm(Utf8JsonWriter writer, Contract.Validation.Alarm alarm)
    {
        writer.WriteStartObject();
        foreach (var field in AlarmFields.All)
        {
            if (ReferenceEquals(field, AlarmFields.Time))
            {
                writer.WriteNumber(field.Name, alarm.Time);
            }
            else if (ReferenceEquals(field, AlarmFields.Additional))
            {
                if (alarm.AdditionalJson is { } additional)
                {
                    writer.WritePropertyName(field.Name);
                    writer.WriteRawValue(additional, skipInputValidation: true);
                }
            }
            else if (alarm[field] is { } text)
            {
                writer.WriteString(field.Name, text);
            }
        }

        writer.WriteEndObject();
    }

    public static string OutcomeName(StoreOutcome outcome) => outcome switch
    {
        StoreOutcome.Raised => "raised",
        StoreOutcome.Updated => "updated",
        StoreOutcome.Cleared => "cleared",
        _ => "orphanRecovery",
    };
}
