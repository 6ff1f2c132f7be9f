package nl.stemmen.study;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Privacy settings every study starts from (design §5). */
@ConfigMapping(prefix = "stemmen.privacy")
public interface PrivacyConfig {

    /**
     * The fewest respondents a breakdown of answers may show in a cell, for a study that sets no
     * {@code minimum_cell} of its own (a whole number, at least 1).
     */
    @WithDefault("5")
    int minimumCell();
}
