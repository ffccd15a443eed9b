using Microsoft.AspNetCore.Components.Forms;
using Winwin.Data;

namespace Winwin.Live.Components.Layout;

/// <summary>
/// What a refused form's command said about each of its fields, so that the form marks the field itself (red outline,
/// the reason under it) rather than stacking messages elsewhere. What concerns no field of the form stays general.
/// </summary>
public sealed class FieldErrors
{
    private static readonly Dictionary<string, object> NoAttributes = [];
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);
    private readonly List<string> _general = [];

    /// <summary>The messages that belong to no field shown by the form.</summary>
    public IReadOnlyList<string> General => _general;

    public int Count => _byField.Count + _general.Count;

    public bool Has(string field) => _byField.ContainsKey(field);

    /// <summary>The reason the field was refused, or null.</summary>
    public string? this[string field] => _byField.GetValueOrDefault(field);

    public void Clear()
    {
        _byField.Clear();
        _general.Clear();
    }

    /// <summary>A message that concerns the whole form rather than one of its fields.</summary>
    public void AddGeneral(string message) => _general.Add(message);

    /// <summary>Marks a field with a reason found by the form itself (two passwords that differ).</summary>
    public void Add(string field, string message) => _byField.TryAdd(field, message);

    /// <summary>The element that holds a field's reason, for <c>aria-describedby</c> on a plain HTML form.</summary>
    public static string MessageId(string field) => $"{field}-error";

    /// <summary>
    /// Marks a plain Blazor form's refused inputs (<c>aria-invalid</c>, class <c>invalid</c>) through its edit context;
    /// <paramref name="propertyOf"/> names the model's property behind each field.
    /// </summary>
    public void MarkIn(EditContext form, ValidationMessageStore store, IReadOnlyDictionary<string, string> propertyOf)
    {
        store.Clear();
        foreach (var (field, property) in propertyOf)
        {
            if (this[field] is { } message)
            {
                store.Add(form.Field(property), message);
            }
        }
        form.NotifyValidationStateChanged();
    }

    /// <summary>The attribute that points a plain HTML input to its reason (none when it is fine).</summary>
    public IReadOnlyDictionary<string, object> DescribedBy(string field) => Has(field)
        ? new Dictionary<string, object> { ["aria-describedby"] = MessageId(field) }
        : NoAttributes;

    /// <summary>Forgets a field's reason once the person changes it.</summary>
    public void Clear(string field) => _byField.Remove(field);

    /// <summary>
    /// Files each error under its field when the form shows that field (the first reason per field), the others as
    /// general messages; <paramref name="describe"/> gives an error's message without the field's name.
    /// </summary>
    public void Set(IEnumerable<DomainError> errors, IReadOnlyCollection<string> formFields, Func<DomainError, string> describe, Func<DomainError, string> describeWithField)
    {
        Clear();
        foreach (var error in errors)
        {
            if (error.Field is { } field && formFields.Contains(field))
            {
                _byField.TryAdd(field, describe(error));
            }
            else
            {
                _general.Add(describeWithField(error));
            }
        }
    }
}
