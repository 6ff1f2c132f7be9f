package nl.stemmen.fieldwork.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;

import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.fieldwork.PaperRouting;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.mailing.letter.LetterPdf;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.MatrixRow;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;

/**
 * A questionnaire as a printable paper form in one language, as XHTML for {@link LetterPdf#renderDocument}: numbered
 * questions, a box to tick beside each choice, boxes to write numbers, dates and text in, a matrix as a table, and
 * the routing as written instructions ({@link PaperRouting}): "Only if you answered Yes to question 3" under a
 * question or section, "(go to question 14)" beside a choice. Right-to-left languages are laid out right to left,
 * Tigrinya in Noto Sans Ethiopic; digits are the language's (UiTexts' numbering system), as on its web pages.
 */
public final class PaperHtml {

    private static final String STYLE = """
            @page { size: A4; margin: 15mm 18mm 15mm 18mm; @bottom-center { content: counter(page); font-size: 8pt; } }
            body { font-family: 'Noto Sans', 'Noto Naskh Arabic', 'Noto Sans Ethiopic'; font-size: 10.5pt; line-height: 1.35; margin: 0; }
            body.rtl { direction: rtl; text-align: right; font-family: 'Noto Naskh Arabic', 'Noto Sans'; }
            body.ethiopic { font-family: 'Noto Sans Ethiopic', 'Noto Sans'; }
            h1 { font-size: 16pt; margin: 0 0 3mm 0; }
            h2 { font-size: 12.5pt; margin: 6mm 0 2mm 0; padding-bottom: 1mm; border-bottom: 0.8pt solid #000; }
            .instructions { border: 0.8pt solid #000; padding: 2.5mm; margin: 3mm 0; }
            .q { margin: 0 0 4mm 0; page-break-inside: avoid; }
            .label { font-weight: bold; }
            .n { font-weight: bold; }
            .hint, .how { font-size: 9pt; }
            .only { font-size: 9.5pt; font-weight: bold; margin: 0 0 1mm 0; }
            .choice { margin: 0.8mm 0; }
            .box { display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.8pt solid #000; vertical-align: middle; margin: 0 2mm; }
            .goto { font-weight: bold; }
            .digits .box { width: 6mm; height: 7mm; margin: 0 0.6mm; }
            .lines { border: 0.8pt solid #000; height: 18mm; margin-top: 1mm; }
            table.matrix { border-collapse: collapse; width: 100%; margin-top: 1mm; font-size: 9pt; }
            table.matrix th, table.matrix td { border: 0.5pt solid #777; padding: 1mm; text-align: center; vertical-align: middle; }
            table.matrix th.row { text-align: start; font-weight: normal; width: 35%; }
            .end { margin-top: 6mm; font-weight: bold; }
            """;

    private final PublishedQuestionnaire published;
    private final Language language;
    private final UiTexts.Texts t;
    private final PaperRouting routing;

    /** @param t the UI texts in {@code language}, for the instructions */
    public PaperHtml(PublishedQuestionnaire published, Language language, UiTexts.Texts t, PaperRouting routing) {
        this.published = published;
        this.language = language;
        this.t = t;
        this.routing = routing;
    }

    /** The whole form as one XHTML document. */
    public String document() {
        StringBuilder html = new StringBuilder(64 * 1024);
        String script = language.isRightToLeft() ? "rtl" : language.needsEthiopicFont() ? "ethiopic" : "";
        html.append("<html lang=\"").append(language.code()).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(text("title", published.questionnaire().title()))).append("</title><style>").append(STYLE)
                .append("</style></head><body class=\"").append(script).append("\" dir=\"").append(language.direction()).append("\">");
        html.append("<h1>").append(esc(text("title", published.questionnaire().title()))).append("</h1>");
        if (published.questionnaire().intro() != null) {
            html.append("<p>").append(esc(text("intro", published.questionnaire().intro()))).append("</p>");
        }
        html.append("<div class=\"instructions\">").append(esc(t.plain("paper.instructions"))).append("</div>");
        for (Page page : published.questionnaire().pages()) {
            page(html, page);
        }
        html.append("<p class=\"end\">").append(esc(t.plain("paper.end"))).append("</p></body></html>");
        return html.toString();
    }

    private void page(StringBuilder html, Page page) {
        if (page.title() != null) {
            html.append("<h2>").append(esc(text(page.titleKey(), page.title()))).append("</h2>");
        }
        routing.condition(page).ifPresent(c -> html.append("<p class=\"only\">").append(esc(condition(c))).append("</p>"));
        // a calculate is computed, never asked: not on paper
        page.questions().stream().filter(q -> q.type() != QuestionType.CALCULATE).forEach(q -> question(html, q));
    }

    private void question(StringBuilder html, Question q) {
        html.append("<div class=\"q\">");
        routing.condition(q).ifPresent(c -> html.append("<p class=\"only\">").append(esc(condition(c))).append("</p>"));
        html.append("<div class=\"label\">");
        routing.number(q).ifPresent(n -> html.append("<span class=\"n\">").append(number(n)).append(". </span>"));
        html.append(esc(text(q.textKey("label"), q.label()))).append("</div>");
        if (q.hint() != null) {
            html.append("<div class=\"hint\">").append(esc(text(q.textKey("hint"), q.hint()))).append("</div>");
        }
        switch (q.type()) {
            case NOTE -> {
            }
            case SELECT_ONE, SELECT_MULTIPLE -> choices(html, q);
            case MATRIX -> matrix(html, q);
            case INTEGER, DECIMAL -> html.append("<div class=\"digits\">").append("<span class=\"box\">&#160;</span>".repeat(
                    q.type() == QuestionType.DECIMAL ? 6 : 4)).append("</div>");
            case DATE -> html.append("<div class=\"digits\">").append("<span class=\"box\">&#160;</span>".repeat(2)).append(" / ")
                    .append("<span class=\"box\">&#160;</span>".repeat(2)).append(" / ")
                    .append("<span class=\"box\">&#160;</span>".repeat(4)).append(" <span class=\"how\">")
                    .append(esc(t.plain("paper.date"))).append("</span></div>");
            default -> html.append("<div class=\"lines\">&#160;</div>");
        }
        html.append("</div>");
    }

    private void choices(StringBuilder html, Question q) {
        String how = t.plain(q.type() == QuestionType.SELECT_ONE ? "paper.one" : "paper.many");
        if (q.hint() == null || !text(q.textKey("hint"), q.hint()).contains(how)) {
            html.append("<div class=\"how\">").append(esc(how)).append("</div>");
        }
        Map<String, Integer> jumps = routing.goTo(q);
        for (Choice choice : q.choices().choices()) {
            html.append("<div class=\"choice\"><span class=\"box\">&#160;</span>")
                    .append(esc(text(q.choices().textKey(choice), choice.label())));
            Integer target = jumps.get(choice.name());
            if (target != null) {
                // in brackets, not an arrow: the embedded fonts have no arrow glyphs
                html.append(" <span class=\"goto\">(")
                        .append(esc(target == 0 ? t.plain("paper.goto_end") : format("paper.goto", Map.of("n", target))))
                        .append(")</span>");
            }
            html.append("</div>");
        }
    }

    private void matrix(StringBuilder html, Question q) {
        html.append("<table class=\"matrix\"><tr><th class=\"row\">&#160;</th>");
        for (Choice choice : q.choices().choices()) {
            html.append("<th>").append(esc(text(q.choices().textKey(choice), choice.label()))).append("</th>");
        }
        html.append("</tr>");
        for (MatrixRow row : q.rows()) {
            html.append("<tr><th class=\"row\">").append(esc(text(q.rowTextKey(row), row.label()))).append("</th>");
            html.append("<td><span class=\"box\">&#160;</span></td>".repeat(q.choices().choices().size())).append("</tr>");
        }
        html.append("</table>");
    }

    /** An instruction in words: the choices' texts joined with the language's "or". */
    private String condition(PaperRouting.Condition condition) {
        if (condition instanceof PaperRouting.Condition.OnlyIf onlyIf) {
            String answers = onlyIf.choices().stream().map(c -> "«" + text(onlyIf.question().choices().textKey(c), c.label()) + "»")
                    .collect(Collectors.joining(t.plain("paper.or")));
            return format("paper.only_if", Map.of("n", onlyIf.number(), "answers", answers));
        }
        List<Integer> numbers = ((PaperRouting.Condition.Depends) condition).numbers();
        return format("paper.depends", Map.of("questions", numbers.stream().map(this::number).collect(Collectors.joining(", "))));
    }

    private String text(String key, String source) {
        return Optional.ofNullable(published.text(language, key, source)).orElse(source);
    }

    private String format(String key, Map<String, Object> arguments) {
        return new MessageFormat(t.plain(key), t.writing().locale()).format(arguments);
    }

    private String number(int n) {
        NumberFormat format = NumberFormat.getIntegerInstance(t.writing().locale());
        format.setGroupingUsed(false);
        return format.format(n);
    }

    private static String esc(String text) {
        return LetterPdf.escape(text);
    }
}
