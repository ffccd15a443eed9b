namespace Winwin.Data.Tests;

public class FieldRulesTests
{
    [Theory]
    [InlineData("Garage\u202E Piron", "Garage Piron")]
    [InlineData("Imprimerie\0 Gilson\u0007", "Imprimerie Gilson")]
    [InlineData("\u2066Restos du Cœur\u2069 Namur\u0085", "Restos du Cœur Namur")]
    [InlineData("Ligne 1\nLigne 2\tfin", "Ligne 1\nLigne 2\tfin")]
    [InlineData("شركة \u200Fمثال", "شركة \u200Fمثال")]
    public void Text_ControlCharactersAndBidiOverrides_RemovedLineBreaksAndMarksKept(string written, string stored)
    {
        var rules = new FieldRules();

        var text = rules.Text("name", written, 200, required: true);

        Assert.Equal(stored, text);
        Assert.True(rules.IsValid);
    }

    [Fact]
    public void Text_OnlyHiddenCharacters_RequiredFieldRefused()
    {
        var rules = new FieldRules();

        var text = rules.Text("name", "\u202E\0\u2066", 200, required: true);

        Assert.Null(text);
        Assert.Equal(DomainErrors.Required, Assert.Single(rules.Errors).Code);
    }
}
