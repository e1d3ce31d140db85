namespace JobFirst.Evaluation.Estimators;

/// <summary>The design a difference-in-means result was computed under, named as estimatr labels it.</summary>
public enum DimDesignLabel
{
    /// <summary>estimatr "Standard".</summary>
    Standard,

    /// <summary>estimatr "Blocked".</summary>
    Blocked,

    /// <summary>estimatr "Matched-pair": blocked with two units per block.</summary>
    MatchedPair,

    /// <summary>estimatr "Clustered".</summary>
    Clustered,

    /// <summary>estimatr "Block-clustered".</summary>
    BlockClustered,

    /// <summary>estimatr "Matched-pair clustered": two clusters per block.</summary>
    MatchedPairClustered,
}

/// <summary>Text forms of <see cref="DimDesignLabel"/>.</summary>
public static class DimDesignLabelExtensions
{
    /// <summary>The label exactly as <c>estimatr::difference_in_means(...)$design</c> prints it.</summary>
    public static string ToEstimatrLabel(this DimDesignLabel label) =>
        label switch
        {
            DimDesignLabel.Standard => "Standard",
            DimDesignLabel.Blocked => "Blocked",
            DimDesignLabel.MatchedPair => "Matched-pair",
            DimDesignLabel.Clustered => "Clustered",
            DimDesignLabel.BlockClustered => "Block-clustered",
            DimDesignLabel.MatchedPairClustered => "Matched-pair clustered",
            _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
        };
}
