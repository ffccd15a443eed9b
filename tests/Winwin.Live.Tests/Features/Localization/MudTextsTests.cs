using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Tests.Features.Localization;

/// <summary>MudBlazor's own words (the grids' pagers, the pickers, the close buttons) in the staff member's language.</summary>
public sealed class MudTextsTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    [Theory]
    [InlineData("fr", "Lignes par page :", "1–50 sur 500", "Mois précédent mars")]
    [InlineData("nl", "Rijen per pagina:", "1–50 van 500", "Vorige maand mars")]
    [InlineData("en", "Rows per page:", "1-50 of 500", "Previous month mars")]
    public async Task MudBlazorLocalizer_StaffLanguage_PagerAndPickerInThatLanguage(string language, string rowsPerPage, string info, string previousMonth)
    {
        await using var app = new WinwinApplication();
        using var scope = app.Services.CreateScope();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        // What MudBlazor's components ask through for each of their words.
        var localizer = scope.ServiceProvider.GetRequiredService<ILocalizationInterceptor>();

        Assert.Equal(rowsPerPage, localizer.Handle("MudDataGridPager_RowsPerPage").Value);
        Assert.Equal(info, localizer.Handle("MudDataGridPager_InfoFormat", 1, 50, 500).Value);
        Assert.Equal(previousMonth, localizer.Handle("MudBaseDatePicker_PrevMonth", "mars").Value);
    }

    [Fact]
    public void Resources_EveryMudBlazorText_IsAKeyMudBlazorAsksForInFrenchDutchAndEnglish()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Winwin.Live", "Resources");
        var byFile = new[] { "Text.resx", "Text.nl.resx", "Text.en.resx" }.ToDictionary(
            file => file,
            file => XDocument.Load(Path.Combine(directory, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
                .Where(k => k.StartsWith(MudTexts.Prefix, StringComparison.Ordinal)).ToHashSet());
        // MudBlazor's English for a key it does not know is the key itself.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        using var services = new ServiceCollection().AddLogging().AddMudServices().BuildServiceProvider();
        var english = services.GetRequiredService<ILocalizationInterceptor>();

        Assert.True(byFile["Text.resx"].Count >= 60);
        Assert.Equal(byFile["Text.resx"], byFile["Text.nl.resx"]);
        Assert.Equal(byFile["Text.resx"], byFile["Text.en.resx"]);
        Assert.All(byFile["Text.resx"], key => Assert.False(english.Handle(key[MudTexts.Prefix.Length..]).ResourceNotFound, key));
    }
}
