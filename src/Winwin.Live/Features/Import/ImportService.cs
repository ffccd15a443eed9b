using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Winwin.Data;
using Winwin.Live.Features.Commands;
using Winwin.Live.Features.Live;
using Winwin.Live.Features.Localization;

namespace Winwin.Live.Features.Import;

/// <summary>What an import did, or would do, and every problem with its line and column, in the user's language.</summary>
public sealed record ImportReport(
    bool Imported,
    int OrganizationsCreated,
    int OrganizationsUpdated,
    int ListingsCreated,
    int ListingsAlreadyThere,
    IReadOnlyList<ImportProblemReport> Problems,
    IReadOnlyList<ImportProblemReport> Warnings);

public sealed record ImportProblemReport(int Line, string? Column, string Code, string Message);

/// <summary>
/// Imports organisations and their offers and requests from a CSV file: all or nothing, and idempotent
/// (organisations are matched by name ignoring case, accents and spacing; listings by organisation, kind and title).
/// </summary>
public sealed class ImportService(IDbContextFactory<WinwinDbContext> dbFactory, LiveWriter writer, TimeProvider time, IStringLocalizer<Text> text)
{
    /// <summary>
    /// The file in memory, to read again from its start: null when it already is (the endpoint and the control panel
    /// hand over a MemoryStream at its start, which is used as it is rather than copied once more).
    /// </summary>
    private static async Task<MemoryStream?> InMemoryCopyAsync(Stream csv, CancellationToken cancellationToken)
    {
        if (csv is MemoryStream { Position: 0 })
        {
            return null;
        }
        var copy = new MemoryStream();
        await csv.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Reads the file and reports what an import would do, without changing anything.</summary>
    public async Task<CommandResult<ImportReport>> PreviewAsync(string slug, Stream csv, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return CommandResult.NotFound<ImportReport>();
        }
        using var copy = await InMemoryCopyAsync(csv, cancellationToken);
        var buffer = copy ?? (MemoryStream)csv;
        var plan = await PlanAsync(db, ev.Id, buffer, cancellationToken);
        return CommandResult.Done(plan.Report(imported: false));
    }

    /// <summary>
    /// Imports the file if it has no problem at all and its warnings, if any, were read (<paramref name="warningsConfirmed"/>);
    /// otherwise changes nothing and answers the report (<see cref="ImportReport.Imported"/> false): the problems, or the
    /// warnings still to be read.
    /// </summary>
    public async Task<CommandResult<ImportReport>> ImportAsync(string slug, Stream csv, StaffActor actor, bool warningsConfirmed, CancellationToken cancellationToken = default)
    {
        // The file is read once: the transaction may be retried by the execution strategy.
        using var copy = await InMemoryCopyAsync(csv, cancellationToken);
        var buffer = copy ?? (MemoryStream)csv;
        ImportReport? refused = null;
        var result = await writer.WriteAsync(slug, async tx =>
        {
            buffer.Position = 0;
            var plan = await PlanAsync(tx.Db, tx.Event.Id, buffer, tx.CancellationToken);
            if (plan.Problems.Count > 0)
            {
                refused = plan.Report(imported: false);
                return CommandResult.Invalid<ImportReport>(new DomainError(ImportProblems.BadCsv));
            }
            if (plan.Warnings.Count > 0 && !warningsConfirmed)
            {
                // A warning never refuses a file, but nothing is written before someone has read it.
                refused = plan.Report(imported: false);
                return CommandResult.Invalid<ImportReport>(new DomainError(ImportProblems.WarningsToConfirm));
            }
            var now = time.GetUtcNow().UtcDateTime;
            var organizations = await tx.Db.Organizations.Where(o => o.EventId == tx.Event.Id).ToListAsync(tx.CancellationToken);
            var byKey = organizations.GroupBy(o => TextKey.NameKey(o.Name)).ToDictionary(g => g.Key, g => g.First());
            foreach (var row in plan.Preview.Organizations)
            {
                if (!byKey.TryGetValue(TextKey.NameKey(row.Name), out var organization))
                {
                    organization = new Organization { EventId = tx.Event.Id, Name = row.Name, Kind = row.Kind!.Value, CreatedAt = now };
                    tx.Db.Organizations.Add(organization);
                    byKey[TextKey.NameKey(row.Name)] = organization;
                }
                // What the database already knows wins; the file fills what is missing.
                organization.Sector ??= row.Sector;
                organization.TableNumber ??= row.Table;
                organization.ContactName ??= row.ContactName;
                organization.ContactEmail ??= row.ContactEmail;
                organization.ContactPhone ??= row.ContactPhone;
            }
            await tx.SaveAsync();
            foreach (var row in plan.NewListings)
            {
                tx.Db.Listings.Add(new Listing
                {
                    EventId = tx.Event.Id,
                    OrganizationId = byKey[TextKey.NameKey(row.OrganizationName)].Id,
                    Kind = row.Kind,
                    CategoryId = row.CategoryId,
                    Title = row.Title,
                    Description = row.Description,
                    CreatedAt = now,
                });
            }
            await tx.SaveAsync();
            var report = plan.Report(imported: true);
            tx.Audit(actor, "import.done", tx.Event.Name, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"+{report.OrganizationsCreated} / ~{report.OrganizationsUpdated} · +{report.ListingsCreated}{(report.Warnings.Any(w => w.Code == DomainErrors.MoneyToConfirm) ? $" · money mentions confirmed: {report.Warnings.Count(w => w.Code == DomainErrors.MoneyToConfirm)}" : "")}"));
            if (report.OrganizationsCreated + report.OrganizationsUpdated + report.ListingsCreated > 0)
            {
                // Many rows at once: screens take a fresh snapshot rather than hundreds of entries.
                await tx.Db.Entry(tx.Event).Collection(e => e.Categories).LoadAsync(tx.CancellationToken);
                await tx.AppendAsync(FeedTypes.EventUpdated, tx.Event.ToDto());
            }
            return CommandResult.Done(report);
        }, cancellationToken);
        return refused is null ? result : CommandResult.Refused(refused);
    }

    /// <summary>The categories as a file may name them: key, or the label in any language, or the coordinator's own name.</summary>
    private static async Task<Dictionary<string, int>> CategoryNamesAsync(WinwinDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => c.EventId == eventId && !c.IsRetired).ToListAsync(cancellationToken);
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in categories)
        {
            foreach (var name in category.Name is { } own ? [own] : CategoryLabels.AllLanguages(category.Key))
            {
                names.TryAdd(name, category.Id);
            }
        }
        return names;
    }

    private async Task<ImportPlan> PlanAsync(WinwinDbContext db, int eventId, Stream csv, CancellationToken cancellationToken)
    {
        var preview = CsvImportParser.Parse(csv, await CategoryNamesAsync(db, eventId, cancellationToken));
        var problems = preview.Problems.ToList();
        var existing = await db.Organizations.AsNoTracking().Where(o => o.EventId == eventId)
            .Select(o => new { o.Id, o.Name, o.Sector, o.TableNumber, o.ContactName, o.ContactEmail, o.ContactPhone }).ToListAsync(cancellationToken);
        var existingByKey = existing.GroupBy(o => TextKey.NameKey(o.Name)).ToDictionary(g => g.Key, g => g.First());
        var listings = await db.Listings.AsNoTracking().Where(l => l.EventId == eventId)
            .Select(l => new { l.OrganizationId, l.Kind, l.Title }).ToListAsync(cancellationToken);
        var listingKeys = listings.Select(l => (l.OrganizationId, l.Kind, TextKey.Words(l.Title))).ToHashSet();

        int created = 0, updated = 0;
        foreach (var organization in preview.Organizations)
        {
            if (existingByKey.TryGetValue(TextKey.NameKey(organization.Name), out var known))
            {
                var fills = (known.Sector is null && organization.Sector is not null) || (known.TableNumber is null && organization.Table is not null)
                    || (known.ContactName is null && organization.ContactName is not null) || (known.ContactEmail is null && organization.ContactEmail is not null)
                    || (known.ContactPhone is null && organization.ContactPhone is not null);
                updated += fills ? 1 : 0;
            }
            else if (organization.Kind is null)
            {
                problems.Add(new ImportProblem(organization.Line, preview.Headers.GetValueOrDefault("organisation_type", preview.HeaderOf("organisation")),
                    ImportProblems.UnknownOrganization, organization.Name));
            }
            else
            {
                created++;
            }
        }
        var newListings = new List<ImportListing>();
        var warnings = preview.Warnings.ToList();
        var already = 0;
        foreach (var listing in preview.Listings)
        {
            foreach (var (column, value, maxLength) in new[] { ("title", listing.Title, Listing.TitleMaxLength), ("description", listing.Description, Listing.DescriptionMaxLength) })
            {
                // A too long value is already a problem of its own: the rule does not read it.
                var money = value is { Length: > 0 } && value.Length <= maxLength ? MoneyRule.Assess(value, cancellationToken) : MoneyAssessment.Accepted;
                if (money.Verdict == MoneyVerdict.Refuse)
                {
                    problems.Add(new ImportProblem(listing.Line, preview.HeaderOf(column), DomainErrors.Money, money.Quoted));
                }
                else if (money.Verdict == MoneyVerdict.Warn)
                {
                    // A mention of money never stops an import: the person importing reads and confirms it.
                    warnings.Add(new ImportProblem(listing.Line, preview.HeaderOf(column), DomainErrors.MoneyToConfirm, money.Quoted));
                }
            }
            var known = existingByKey.TryGetValue(TextKey.NameKey(listing.OrganizationName), out var organization)
                && listingKeys.Contains((organization.Id, listing.Kind, TextKey.Words(listing.Title)));
            if (known)
            {
                already++;
            }
            else
            {
                newListings.Add(listing);
            }
        }
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ImportPlan(preview, problems, warnings, newListings, created, updated, already, Describe);
    }

    private ImportProblemReport Describe(ImportProblem problem)
    {
        // The parser's own codes are texts of their own; rules shared with the forms (the no-money rule) are errors.
        var template = problem.Code.StartsWith("import.", StringComparison.Ordinal) ? text[problem.Code] : text[$"error.{problem.Code}"];
        var message = problem.Value is null ? template.Value : string.Format(CultureInfo.CurrentCulture, template, problem.Value);
        return new ImportProblemReport(problem.Line, problem.Column, problem.Code, message);
    }

    private sealed record ImportPlan(ImportPreview Preview, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ImportProblem> Warnings,
        IReadOnlyList<ImportListing> NewListings, int OrganizationsCreated, int OrganizationsUpdated, int ListingsAlreadyThere,
        Func<ImportProblem, ImportProblemReport> Describe)
    {
        public ImportReport Report(bool imported) => new(imported, OrganizationsCreated, OrganizationsUpdated, NewListings.Count, ListingsAlreadyThere,
            [.. Problems.Select(Describe)], [.. Warnings.Select(Describe)]);
    }
}
