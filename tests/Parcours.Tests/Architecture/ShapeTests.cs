using System.Reflection;
using System.Text.RegularExpressions;
using MediatR;
using Parcours.Domain.Cohorts;

namespace Parcours.Tests.Architecture;

/// <summary>
/// The lines a newcomer relies on: every use case in the file that bears its name, handlers internal,
/// modules speaking to each other through their public contracts only, and pages and endpoints going
/// through the use cases — never the database.
/// </summary>
public sealed partial class ShapeTests
{
    private static readonly Assembly Application = typeof(Parcours.Application.DependencyInjection).Assembly;

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parcours.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Parcours.sln not found above the test binaries.");
    }

    private static IEnumerable<Type> RequestTypes() => Application.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)));

    [Fact]
    public void Handlers_AreInternalAndSealed()
    {
        var offences = Application.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) || i.GetGenericTypeDefinition() == typeof(INotificationHandler<>))))
            .Where(t => t.IsPublic || t.IsNestedPublic || !t.IsSealed)
            .Select(t => t.FullName).ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void EveryUseCase_LivesInTheFileThatBearsItsName_AndAloneThere()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Root(), "src", "Parcours.Application"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllText);
        var requests = RequestTypes().Select(t => t.Name).ToHashSet();
        var offences = new List<string>();
        foreach (var name in requests)
        {
            var home = sources.Keys.Where(f => Path.GetFileNameWithoutExtension(f) == name).ToList();
            if (home.Count != 1 || !Regex.IsMatch(sources[home[0]], $@"\brecord {name}\b"))
            {
                offences.Add($"{name}: not declared in a file named {name}.cs");
            }
        }
        foreach (var (file, text) in sources)
        {
            var declared = RecordName().Matches(text).Select(m => m.Groups[1].Value).Where(requests.Contains).ToList();
            if (declared.Count > 1) offences.Add($"{Path.GetRelativePath(Root(), file)} declares {string.Join(", ", declared)}");
        }
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void ApplicationModules_ReferToEachOther_OnlyThroughPublicTypes()
    {
        static string? Module(Type t) => t.Namespace is { } ns && ns.StartsWith("Parcours.Application.", StringComparison.Ordinal)
            && !ns.StartsWith("Parcours.Application.Common", StringComparison.Ordinal) ? ns : null;
        static IEnumerable<Type> Mentioned(Type type) =>
            type.IsGenericType ? type.GetGenericArguments().SelectMany(Mentioned).Prepend(type) : type.HasElementType ? Mentioned(type.GetElementType()!) : [type];
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var offences = Application.GetTypes().Where(t => Module(t) is not null)
            .SelectMany(t => t.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
                .Concat(t.GetFields(all).Select(f => f.FieldType))
                .Concat(t.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .SelectMany(Mentioned)
                .Where(d => Module(d) is { } other && other != Module(t) && !(d.IsPublic || d.IsNestedPublic))
                .Select(d => $"{t.FullName} → {d.FullName}"))
            .Distinct().ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void PagesAndEndpoints_NeverTouchTheDatabase()
    {
        var folders = new[] { Path.Combine(Root(), "src", "Parcours.Web", "Pages"), Path.Combine(Root(), "src", "Parcours.Api", "Endpoints") };
        var offences = folders.SelectMany(d => Directory.EnumerateFiles(d, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => DbContextWord().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Root(), f)).ToList();
        Assert.NotEmpty(folders.SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories)));
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void WhoTheCallerIs_IsAskedOfCallerAccessOnly()
    {
        // One access model: handlers ask CallerAccess (and its CohortStanding), never the raw current user.
        var allowed = new[] { "CallerAccess", "LoggingBehaviour`2" };
        var offences = Application.GetTypes()
            .Where(t => !allowed.Contains(t.Name))
            .Where(t => t.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(Parcours.Application.Common.ICurrentUser))))
            .Select(t => t.FullName).ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void TheDomain_KeepsItsCollectionsToItself()
    {
        var offences = typeof(Cohort).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>))
                .Select(p => $"{t.Name}.{p.Name} is a List<>: expose IReadOnlyList<> over a private field"))
            .ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [GeneratedRegex(@"\brecord (\w+)")]
    private static partial Regex RecordName();

    [GeneratedRegex(@"\b(I?ParcoursDbContext|DbContext|DbSet<)")]
    private static partial Regex DbContextWord();
}
