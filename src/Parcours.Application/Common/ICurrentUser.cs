namespace Parcours.Application.Common;

/// <summary>Who is calling. Empty for background work.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string? Email { get; }
    bool IsInRole(string role);
}

/// <summary>The five roles of the programme (names are stored in the database: never rename).</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Coordinator = "Coordinator";
    public const string Coach = "Coach";
    public const string Catalyst = "Catalyst";
    public const string CommitteeMember = "CommitteeMember";

    public static readonly IReadOnlyList<string> All = [Administrator, Coordinator, Coach, Catalyst, CommitteeMember];
}
