using System.Reflection;
using Parcours.Domain.Cohorts;

namespace Parcours.Tests.Architecture;

/// <summary>Modules refer to each other by id: no domain property navigates into another module's types.</summary>
public sealed class ModuleBoundaryTests
{
    private static string? Module(Type type) =>
        type.Namespace is { } ns && ns.StartsWith("Parcours.Domain.", StringComparison.Ordinal) && ns != "Parcours.Domain.Common" ? ns : null;

    private static IEnumerable<Type> Mentioned(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Mentioned).Prepend(type) : type.IsArray ? Mentioned(type.GetElementType()!) : [type];

    [Fact]
    public void DomainProperties_StayInsideTheirModule()
    {
        var crossings = typeof(Cohort).Assembly.GetTypes()
            .Where(t => Module(t) is not null)
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .SelectMany(p => Mentioned(p.PropertyType).Where(m => Module(m) is { } other && other != Module(t) && !m.IsEnum)
                    .Select(m => $"{t.Name}.{p.Name} → {m.FullName}")))
            .ToList();
        Assert.True(crossings.Count == 0, string.Join("\n", crossings));
    }

    [Fact]
    public void TheDomain_ReferencesNoPackage()
    {
        var references = typeof(Cohort).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard");
        Assert.Empty(references);
    }
}
