namespace Winwin.Live.Features.Audit;

public static class AuditSetup
{
    /// <summary>Registers the reads of the audit trail (its lines are written by the writer, with each change).</summary>
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AuditQueries>();
        return builder;
    }
}
