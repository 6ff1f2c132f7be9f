package nl.stemmen.monitor.analysis.rest;

import io.quarkus.qute.TemplateExtension;

/** Shares as the staff pages write them, Dutch style: {@code {analysis:percent(0.125)}} is "12,5%", 0.25 "25%". */
@TemplateExtension(namespace = "analysis")
public final class Percent {

    private Percent() {
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
