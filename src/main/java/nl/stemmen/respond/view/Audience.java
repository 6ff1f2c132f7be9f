package nl.stemmen.respond.view;

import java.util.List;

import nl.stemmen.language.Language;

/**
 * Whom a page speaks to: their language, whether theirs is a test (preview) response, and the
 * languages they may switch to (a study's languages, or the questionnaire's for a preview).
 */
public record Audience(Language language, boolean test, List<Language> languages) {
}
