using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Parcours.Infrastructure.Persistence.Configurations;

/// <summary>
/// A list of small values kept in one JSON text column: read and written whole, compared by
/// content so that adding to the list is seen as a change. Plain TEXT serves SQLite and PostgreSQL. The options are
/// the framework's public web defaults, not a field of ours: the compiled models (decision record 0028) name them.
/// </summary>
internal static class JsonColumn
{
    /// <summary>
    /// For a collection an aggregate exposes read-only (<c>IReadOnlyList&lt;T&gt;</c>) over a private
    /// <c>List&lt;T&gt;</c> field: EF reads and writes the field (its default access), the rest of the code
    /// only reads.
    /// </summary>
    public static PropertyBuilder<IReadOnlyList<T>> AsJson<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
                s => (IReadOnlyList<T>)(JsonSerializer.Deserialize<List<T>>(s, JsonSerializerOptions.Web) ?? new List<T>()),
                new ValueComparer<IReadOnlyList<T>>(
                    (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
                    v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!))
            .IsRequired();
}
