namespace Parcours.Application.Common.Documents;

/// <summary>A report as blocks the renderer lays out in order; it knows nothing of where the figures came from.</summary>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportBlock> Blocks);

public abstract record ReportBlock;

public sealed record ReportHeading(string Text) : ReportBlock;

public sealed record ReportParagraph(string Text) : ReportBlock;

public sealed record ReportFigure(string Label, string Value);

/// <summary>A row of key figures, drawn as boxes.</summary>
public sealed record ReportFigures(IReadOnlyList<ReportFigure> Figures) : ReportBlock;

public sealed record ReportBar(string Label, double Value, string Display);

/// <summary>A horizontal bar chart; bars are drawn to scale against <see cref="Max"/>.</summary>
public sealed record ReportBarChart(string Title, IReadOnlyList<ReportBar> Bars, double Max) : ReportBlock;

public sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<double> Shares, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
