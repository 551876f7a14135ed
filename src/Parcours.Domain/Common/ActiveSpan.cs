namespace Parcours.Domain.Common;

/// <summary>
/// « From … until … (both days included; no end yet: still running) »: a coach's
/// assignment, a committee seat, a line of the attendance roster. One rule for « active on that day », written once.
/// </summary>
public readonly record struct ActiveSpan(DateOnly From, DateOnly? Until)
{
    public bool ActiveOn(DateOnly day) => From <= day && (Until is null || Until >= day);
}
