using System.Security.Claims;
using Parcours.Application.Common;

namespace Parcours.Api.Web;

internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? Email => Principal?.FindFirstValue(ClaimTypes.Email) ?? Principal?.FindFirstValue(ClaimTypes.Name);
    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
