using FluentValidation;
using Parcours.Application.Common;
using Parcours.Application.Common.Access;
using Parcours.Domain.Committees;

namespace Parcours.Application.Committees;

/// <summary>
/// Attaches an uploaded file to a meeting: 10 MB at most, its type decided by its content (PDF,
/// images, office documents, text), stored outside the web root under a random key.
/// </summary>
public sealed record UploadDocument(Guid CommitteeId, Guid MeetingId, string? Title, string FileName, byte[] Content, bool SharedWithCohort) : ICommand<DocumentDto>;

internal sealed class UploadDocumentValidator : AbstractValidator<UploadDocument>
{
    public UploadDocumentValidator()
    {
        RuleFor(x => x.Title).OptionalText("titre");
        RuleFor(x => x.Content).Must(c => c.Length > 0).WithMessage("Le fichier est vide.").OverridePropertyName("fichier");
    }
}

internal sealed class UploadDocumentHandler(IParcoursDbContext db, CallerAccess access, TimeProvider clock, IDocumentStore store) : MediatR.IRequestHandler<UploadDocument, DocumentDto>
{
    public async Task<DocumentDto> Handle(UploadDocument request, CancellationToken cancellationToken)
    {
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: false, cancellationToken);
        var file = await DocumentUploads.StoreAsync(store, request.FileName, request.Content, cancellationToken);
        var document = new CommitteeDocument(meeting, string.IsNullOrWhiteSpace(request.Title) ? file.FileName : request.Title, file.FileName, file.ContentType,
            file.Size, file.Sha256, file.StorageKey, DocumentSource.Uploaded,
            request.SharedWithCohort, access.Actor, clock.GetUtcNow().UtcDateTime);
        db.CommitteeDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDto.From(document);
    }
}

