package nl.stemmen.catalog;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "stemmen.catalog")
public interface CatalogConfig {

    /** Directory of the questionnaire files ({@code <id>.yaml}). */
    String questionnairesDir();

    /** Directory of the translations ({@code <id>/<lang>.po}). */
    String translationsDir();
}
