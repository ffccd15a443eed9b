namespace Winwin.Live.Features.Accounts;

/// <summary>Authorization policies of the staff roles.</summary>
public static class StaffPolicies
{
    /// <summary>Coordinators and facilitators: event-day work.</summary>
    public const string Staff = "Staff";

    /// <summary>Coordinators only: accounts and event settings.</summary>
    public const string Coordinator = "Coordinator";

    /// <summary>Notaries and coordinators: approve or send back recorded deals.</summary>
    public const string Ratify = "Ratify";

    /// <summary>Anyone with a staff role may open the control panel; each page asks for what it needs.</summary>
    public const string ControlPanel = "ControlPanel";
}
