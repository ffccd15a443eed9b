namespace Winwin.Live.Features.Mail;

public static class MailSetup
{
    /// <summary>
    /// Registers e-mail: the <see cref="Mailer"/>, and with <c>Winwin:Smtp:Host</c> set, the queue's sender. Wrong SMTP
    /// settings, or a <c>Winwin:PublicBaseUrl</c> that is not an address, stop the start-up with the setting's name.
    /// </summary>
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        var options = SmtpOptions.Read(builder.Configuration);
        SiteAddress.Normalize(builder.Configuration["Winwin:PublicBaseUrl"]);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<MailWriter>();
        builder.Services.AddSingleton<MailQueue>();
        builder.Services.AddSingleton<Mailer>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<SiteAddress>();
        if (options.IsOn)
        {
            builder.Services.AddHostedService<MailSender>();
        }
        return builder;
    }
}
