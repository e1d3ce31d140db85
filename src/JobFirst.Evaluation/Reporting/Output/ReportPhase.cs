namespace JobFirst.Evaluation.Reporting.Output;

/// <summary>The stages of writing a report, in order (progress bars show one per phase).</summary>
public enum ReportPhase
{
    /// <summary>Reading the spec, hashing the inputs, loading the study (the long streaming pass).</summary>
    Load,

    /// <summary>Running the sections.</summary>
    Analyse,

    /// <summary>Rendering figures to SVG (and PNG when a rasterizer is available).</summary>
    Render,

    /// <summary>Writing tables, report.md, index.html and manifest.json, then publishing the directory.</summary>
    Write,
}
