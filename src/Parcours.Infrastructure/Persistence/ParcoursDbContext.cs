using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Parcours.Application.Common;
using Parcours.Domain.Cohorts;
using Parcours.Domain.Pairs;
using Parcours.Domain.People;
using Parcours.Domain.Territories;
using Parcours.Infrastructure.Identity;

namespace Parcours.Infrastructure.Persistence;

public sealed class ParcoursDbContext(DbContextOptions<ParcoursDbContext> options)
    : IdentityDbContext<ParcoursUser>(options), IParcoursDbContext
{
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<Participation> Participations => Set<Participation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Pair> Pairs => Set<Pair>();
    public DbSet<PairMember> PairMembers => Set<PairMember>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParcoursDbContext).Assembly);
    }

    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await work();
        }
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
