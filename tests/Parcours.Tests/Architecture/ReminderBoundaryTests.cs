using System.Reflection;
using System.Text.RegularExpressions;
using Parcours.Domain.Cohorts;

namespace Parcours.Tests.Architecture;

/// <summary>
/// The modules announce, the reminders listen: no module that owns items knows reminders exist, and
/// the reminders read other modules only through their contracts (ISessionFacts…), never their tables.
/// Checked on the compiled types (what they depend on) and on the source (what their bodies touch).
/// </summary>
public sealed partial class ReminderBoundaryTests
{
    private static readonly string[] Modules = ["Cohorts", "Territories", "People", "Pairs", "Sessions", "FollowUps", "Committees", "Roadmaps", "Accounts", "Me"];
    private static readonly string[] ReminderFolders = ["Reminders", "Notifications"];
    private static readonly string[] OwnTables = ["Reminders", "Notifications", "NotificationPreferences", "ReminderSettings"];

    private static bool IsReminders(Type type) => type.Namespace is { } ns
        && ReminderFolders.Any(f => ns == $"Parcours.Application.{f}" || ns == $"Parcours.Domain.{f}");

    private static IEnumerable<Type> Mentioned(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Mentioned).Prepend(type) : type.HasElementType ? Mentioned(type.GetElementType()!) : [type];

    private static IEnumerable<Type> Dependencies(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        return type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
            .Concat(type.GetFields(all).Select(f => f.FieldType))
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.GetInterfaces())
            .SelectMany(Mentioned);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parcours.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Parcours.sln not found above the test binaries.");
    }

    private static IEnumerable<(string File, string Text)> Sources(string project, IEnumerable<string> folders) =>
        folders.Select(f => Path.Combine(Root(), "src", project, f)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Select(f => (Path.GetRelativePath(Root(), f), File.ReadAllText(f)));

    [Fact]
    public void OtherModules_DependOnNothingOfTheReminders()
    {
        var assemblies = new[] { typeof(Cohort).Assembly, typeof(Parcours.Application.DependencyInjection).Assembly };
        var offences = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace is { } ns && Modules.Any(m => ns == $"Parcours.Application.{m}" || ns == $"Parcours.Domain.{m}"))
            .SelectMany(t => Dependencies(t).Where(IsReminders).Select(d => $"{t.FullName} → {d.FullName}"))
            .Distinct().ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void OtherModules_NeverNameTheReminders_InTheirSource()
    {
        var offences = Sources("Parcours.Application", Modules).Concat(Sources("Parcours.Domain", Modules))
            .SelectMany(s => RemindersWord().Matches(s.Text).Select(m => $"{s.File}: « {m.Value} »")).ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void Reminders_ReadOnlyTheirOwnTables()
    {
        var sources = Sources("Parcours.Application", ReminderFolders).ToList();
        Assert.NotEmpty(sources);
        var tables = typeof(Parcours.Application.Common.IParcoursDbContext).GetProperties().Where(p => p.PropertyType.Name.StartsWith("DbSet", StringComparison.Ordinal))
            .Select(p => p.Name).ToHashSet();
        var offences = sources.SelectMany(s => DbMember().Matches(s.Text).Select(m => m.Groups[1].Value)
                .Where(member => tables.Contains(member) && !OwnTables.Contains(member)).Select(member => $"{s.File}: db.{member}"))
            .Distinct().ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [GeneratedRegex(@"\bReminder\w*|\bNotification\w*")]
    private static partial Regex RemindersWord();

    [GeneratedRegex(@"\bdb\.(\w+)")]
    private static partial Regex DbMember();
}
