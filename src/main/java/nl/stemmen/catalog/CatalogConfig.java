package nl.stemmen.catalog;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where questionnaires come from: {@code stemmen.catalog.*}. */
@ConfigMapping(prefix = "stemmen.catalog")
public interface CatalogConfig {

    /** Directory of the questionnaire files ({@code <id>.yaml}). */
    String questionnairesDir();

    /** Directory of the translations ({@code <id>/<lang>.po}). */
    String translationsDir();

    /**
     * How often every replica looks for versions published through Stemmen (one row count; the
     * versions are read only when it changed), e.g. {@code 5S}. Positive.
     */
    @WithDefault("5S")
    Duration refreshInterval();
}
