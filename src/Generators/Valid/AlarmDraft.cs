namespace Harness.Generators.Valid;

/// <summary>What one alarm is about, chosen first so its fields agree with each other.</summary>
internal sealed record AlarmDraft(
    AlarmTemplate Template,
    int Threshold,
    string Source,
    string Service,
    string Region,
    string Resource,
    string Domain);
