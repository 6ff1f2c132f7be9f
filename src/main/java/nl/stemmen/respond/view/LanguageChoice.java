package nl.stemmen.respond.view;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The page where a respondent picks their language, each in its own script, before a response
 * starts: shown by a preview and by a personal link whose letter gave no language. Its links add
 * {@code ?lang=} to the address it is shown at, after the query it keeps (a preview's {@code version=}).
 */
@CheckedTemplate(basePath = "LanguageChoice")
public final class LanguageChoice {

    private LanguageChoice() {
    }

    /**
     * @param frame the frame whose languages are offered
     * @param keep  the query the links keep before {@code lang=}, e.g. {@code version=2&}; empty for none
     */
    public static native TemplateInstance page(Frame frame, String keep);
}
