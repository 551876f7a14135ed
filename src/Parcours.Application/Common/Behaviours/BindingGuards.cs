using System.Collections.Concurrent;
using System.Reflection;

namespace Parcours.Application.Common.Behaviours;

/// <summary>
/// Checks made on every request, whatever the use case, because binding lets them through: a date
/// must lie within the years the programme can live in (0001-01-01 or 9999-12-31 would otherwise
/// overflow later, in a time-zone conversion or a date sum, as a 500), and an enumerated value must be
/// one of its names (a query string « kind=12 » binds to an undefined number). Values of the request
/// and of the records it carries (one level down).
/// </summary>
internal static class BindingGuards
{
    public static readonly DateOnly Min = new(1900, 1, 1);
    public static readonly DateOnly Max = new(2199, 12, 31);

    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, PropertyInfo? Inner)[]> Paths = new();

    public static IEnumerable<(string Field, string Message)> Check(object request)
    {
        foreach (var (property, inner) in Paths.GetOrAdd(request.GetType(), Find))
        {
            var owner = inner is null ? request : property.GetValue(request);
            if (owner is null) continue;
            var dated = inner ?? property;
            var value = dated.GetValue(owner);
            if (value is Enum e && !Enum.IsDefined(e.GetType(), e))
            {
                var name = char.ToLowerInvariant(dated.Name[0]) + dated.Name[1..];
                yield return (name, $"La valeur « {e} » du champ « {name} » est inconnue.");
                continue;
            }
            var day = value switch
            {
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                _ => (DateOnly?)null,
            };
            if (day is { } x && (x < Min || x > Max))
            {
                var field = char.ToLowerInvariant(dated.Name[0]) + dated.Name[1..];
                yield return (field, $"La date « {field} » doit être comprise entre {Min.Year} et {Max.Year}.");
            }
        }
    }

    private static (PropertyInfo, PropertyInfo?)[] Find(Type type)
    {
        var paths = new List<(PropertyInfo, PropertyInfo?)>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (IsChecked(property.PropertyType))
            {
                paths.Add((property, null));
            }
            else if (property.PropertyType.Assembly == typeof(BindingGuards).Assembly && property.PropertyType.IsClass)
            {
                paths.AddRange(property.PropertyType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => IsChecked(p.PropertyType)).Select(p => (property, (PropertyInfo?)p)));
            }
        }
        return [.. paths];
    }

    private static bool IsChecked(Type t) => (Nullable.GetUnderlyingType(t) ?? t) is var u && (u == typeof(DateOnly) || u == typeof(DateTime) || u.IsEnum);
}
