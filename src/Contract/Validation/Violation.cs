using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>One broken rule of one field, with the message a 400 carries for it.</summary>
public sealed record Violation(FieldRule Field, ViolationRule Rule, string Message);
