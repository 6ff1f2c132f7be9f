package nl.stemmen.monitor.quality;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Thresholds of the data-quality checks (docs/data-quality.md explains each). */
@ConfigMapping(prefix = "stemmen.quality")
public interface QualityConfig {

    /** A completed response faster than this fraction of its route's median completion time is a speeder. */
    @WithDefault("0.333")
    double speederFraction();

    /** Completed responses a route needs before its median judges anyone: a median of three says little. */
    @WithDefault("10")
    int speederMinimumRouteCompletes();

    /** Two completed responses with matching answers count as one person only when completed this close together. */
    @WithDefault("2H")
    Duration duplicateWindow();

    /** Share of the other closed questions both answered that must be answered alike for a duplicate. */
    @WithDefault("0.9")
    double duplicateAgreement();

    /** A matrix is straight-lined when at least this many of its rows are answered, all with one choice. */
    @WithDefault("3")
    int straightliningMinimumRows();
}
