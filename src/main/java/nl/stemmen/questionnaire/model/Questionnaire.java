package nl.stemmen.questionnaire.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded questionnaire: one version of one file, texts in its source language.
 * {@code frameAttributes}: the sample-frame attributes its conditions may read with {@code frame('…')}.
 */
public record Questionnaire(
        String id,
        int version,
        String language,
        List<String> translations,
        String title,
        String intro,
        String outro,
        boolean dontUnderstand,
        List<String> frameAttributes,
        List<Page> pages,
        Map<String, ChoiceList> choiceLists) {

    public Optional<Page> page(String name) {
        return pages.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public int pageIndex(String name) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Stream<Question> questions() {
        return pages.stream().flatMap(p -> p.questions().stream());
    }

    /** Every source text with its translation key, in the order of the file: what a PO file must translate (a calculate's none). */
    public Map<String, String> sourceTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", title);
        putIfPresent(texts, "intro", intro);
        putIfPresent(texts, "outro", outro);
        for (Page page : pages) {
            putIfPresent(texts, page.titleKey(), page.title());
            // a calculate is never shown: its label is for the codebook only, and needs no translation
            for (Question q : page.questions().stream().filter(q -> q.type() != QuestionType.CALCULATE).toList()) {
                putIfPresent(texts, q.textKey("label"), q.label());
                putIfPresent(texts, q.textKey("hint"), q.hint());
                putIfPresent(texts, q.textKey("constraint_message"), q.constraintMessage());
                putIfPresent(texts, q.textKey("required_message"), q.requiredMessage());
                q.rows().forEach(row -> texts.put(q.rowTextKey(row), row.label()));
            }
        }
        for (ChoiceList list : choiceLists.values()) {
            list.choices().forEach(c -> texts.put(list.textKey(c), c.label()));
        }
        return texts;
    }

    private static void putIfPresent(Map<String, String> texts, String key, String text) {
        if (text != null) {
            texts.put(key, text);
        }
    }
}
