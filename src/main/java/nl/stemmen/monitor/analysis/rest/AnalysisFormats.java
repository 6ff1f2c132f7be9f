package nl.stemmen.monitor.analysis.rest;

import io.quarkus.qute.TemplateExtension;
import nl.stemmen.language.Language;

/**
 * How the analysis pages write figures: {@code {analysis:percent(0.125)}} is "12,5%" (Dutch style, 0.25 "25%"),
 * {@code {analysis:languageName('ti')}} is "ትግርኛ" (a code Stemmen does not know stays as it is).
 */
@TemplateExtension(namespace = "analysis")
public final class AnalysisFormats {

    private AnalysisFormats() {
    }

    static String languageName(String code) {
        return Language.byCode(code).map(Language::nativeName).orElse(code);
    }

    static String percent(Double share) {
        if (share == null) {
            return "";
        }
        double percent = Math.round(share * 1000) / 10.0;
        String text = percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent).replace('.', ',');
        return text + "%";
    }
}
