using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parcours.Domain.Sessions;

namespace Parcours.Infrastructure.Persistence.Configurations;

/// <summary>Both tables are created WITHOUT ROWID by migration SessionFeedback: rows are kept in key order, never in insertion order.</summary>
internal sealed class SessionFeedbackConfiguration : IEntityTypeConfiguration<SessionFeedback>
{
    public void Configure(EntityTypeBuilder<SessionFeedback> b)
    {
        b.ToTable("SessionFeedbacks");
        b.HasKey(x => x.Id);
        b.Property(x => x.TakeAway).HasMaxLength(SessionFeedback.TextMax);
        b.Property(x => x.Missing).HasMaxLength(SessionFeedback.TextMax);
        b.HasIndex(x => x.SessionId);
        b.HasIndex(x => x.CohortId);
    }
}

internal sealed class FeedbackReceiptConfiguration : IEntityTypeConfiguration<FeedbackReceipt>
{
    public void Configure(EntityTypeBuilder<FeedbackReceipt> b)
    {
        b.ToTable("FeedbackReceipts");
        b.HasKey(x => new { x.SessionId, x.PersonId });
    }
}
