using System.Security.Cryptography;
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
        if (request.Content.LongLength > DocumentTypes.MaxBytes)
        {
            throw new DocumentRefusedException(413, "document-too-large", $"Le fichier dépasse {DocumentTypes.MaxBytes / (1024 * 1024)} Mo.");
        }
        var contentType = DocumentTypes.Sniff(request.Content, request.FileName)
            ?? throw new DocumentRefusedException(415, "document-type-forbidden",
                "Ce type de fichier n'est pas accepté : PDF, PNG, JPEG, documents Office ou OpenDocument, texte ou CSV seulement (le contenu est vérifié, pas seulement le nom).");
        var committee = await CommitteeAccess.LoadAsync(db, access, request.CommitteeId, tracking: false, cancellationToken);
        var meeting = await CommitteeAccess.MeetingAsync(db, committee, request.MeetingId, tracking: false, cancellationToken);
        var fileName = DocumentTypes.SafeFileName(request.FileName);
        var key = await store.SaveAsync(request.Content, cancellationToken);
        var document = new CommitteeDocument(meeting, string.IsNullOrWhiteSpace(request.Title) ? fileName : request.Title, fileName, contentType,
            request.Content.LongLength, Convert.ToHexStringLower(SHA256.HashData(request.Content)), key, DocumentSource.Uploaded,
            request.SharedWithCohort, access.Actor, clock.GetUtcNow().UtcDateTime);
        db.CommitteeDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDto.From(document);
    }
}

/// <summary>An upload refused for its size (413) or its type (415).</summary>
public sealed class DocumentRefusedException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}
