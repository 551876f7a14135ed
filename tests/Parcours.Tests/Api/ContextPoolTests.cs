using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parcours.Application.Common;
using Parcours.Infrastructure.Persistence;
using Parcours.Tests.Support;

namespace Parcours.Tests.Api;

/// <summary>
/// Each request leases its own pooled context and gives it back once, when it ends: under parallel load
/// no two requests ever share a context, and none gets one already disposed (a context given back twice
/// — once per registration — was handed to two requests: rare 500s « Cannot access a disposed context »).
/// </summary>
public sealed class ContextPoolTests
{
    [Fact]
    public async Task ManyScopesAtOnce_EachUsingBothRegistrations_NeverShareOrInheritADisposedContext()
    {
        await using var app = new ParcoursApp();
        using (app.CreateClient()) { } // the host starts
        var inUse = new ConcurrentDictionary<ParcoursDbContext, byte>(ReferenceEqualityComparer.Instance);
        var shared = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 3000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParcoursDbContext>();
            Assert.Same(db, scope.ServiceProvider.GetRequiredService<IParcoursDbContext>());
            if (!inUse.TryAdd(db, 0)) Interlocked.Increment(ref shared);
            try
            {
                Assert.False(await db.Cohorts.AnyAsync(c => c.Id == Guid.Empty, ct));
            }
            finally
            {
                inUse.TryRemove(db, out byte _);
            }
        });
        Assert.Equal(0, shared);
    }
}
