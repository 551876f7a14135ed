namespace Parcours.Tests.Support;

/// <summary>
/// Marks tests whose database does not follow the suite's provider: they test SQLite itself (its file, its online
/// backup, its native library, its migrations) or start the PostgreSQL cluster they need. They run once, in the
/// SQLite pass; test.sh's PostgreSQL pass leaves them out (<c>--filter Database!=Fixed</c>).
/// </summary>
internal static class FixedDatabase
{
    public const string Trait = "Database";
    public const string Value = "Fixed";
}
