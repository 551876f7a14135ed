namespace Parcours.Application.Dashboard;

/// <summary>The dashboard's states in French, for its page and its CSV alike.</summary>
public static class DashboardLabels
{
    public static string Attendance(BinomeAttendance state) => state switch
    {
        BinomeAttendance.Present => "Présent",
        BinomeAttendance.Excused => "Excusé",
        BinomeAttendance.Absent => "Absent",
        BinomeAttendance.NotRecorded => "Non renseigné",
        _ => "—",
    };

    public static string Roadmap(DashboardRoadmapState state) => state switch
    {
        DashboardRoadmapState.NotStarted => "Pas commencée",
        DashboardRoadmapState.Draft => "Brouillon",
        DashboardRoadmapState.Submitted => "Soumise",
        DashboardRoadmapState.ChangesRequested => "À reprendre",
        _ => "Validée",
    };
}
