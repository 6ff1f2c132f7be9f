package nl.stemmen.monitor;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the monitor judges a study's fieldwork. */
@ConfigMapping(prefix = "stemmen.monitor")
public interface MonitorConfig {

    /** A started response with no activity for this long counts as partial (issue 14: 48 hours). */
    @WithDefault("48H")
    Duration partialAfter();

    /** The z-value of a cell's margin of error: 1.96 for 95% confidence. */
    @WithDefault("1.96")
    double confidenceZ();
}
