package nl.stemmen.mailing;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.mailing.letter.LetterTexts;
import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.SourceText;
import nl.stemmen.study.Studies;

/**
 * A study's letter and e-mail texts (issue 15): Stemmen's default template per language ({@code letter/<lang>.po}),
 * replaced language by language by the PO file a lead uploads, the same workflow as questionnaire translations
 * (download, translate in Poedit or Weblate, upload). An upload is checked whole ({@link LetterTexts#problems}) and
 * either stored or refused with every problem and its line.
 */
@ApplicationScoped
public class LetterTemplates {

    private static final Logger LOG = Logger.getLogger(LetterTemplates.class);
    /** The width of study_letter_text.po, in characters: the default templates are under 5,000. */
    private static final int MAX_CHARS = 100_000;

    private final Studies studies;

    public LetterTemplates(Studies studies) {
        this.studies = studies;
    }

    /**
     * The texts a study's letters and e-mails use, by language code, Dutch first: its own where uploaded, else the
     * default (also for own texts stored earlier that no longer pass {@link LetterTexts#problems}).
     */
    @Transactional
    public Map<String, LetterTexts> of(String studyId) {
        Map<String, LetterTexts> texts = new LinkedHashMap<>(LetterTexts.defaults());
        for (StudyLetterText own : StudyLetterText.<StudyLetterText>list("studyId", studyId)) {
            try {
                texts.put(own.language, LetterTexts.fromPo(own.language, fileName(own.language), own.po));
            } catch (IllegalArgumentException e) {
                // stored before today's rules: the default prints, where the stored text would print a broken sentence
                LOG.warnf("Study %s: its own letter texts in %s break the rules now; the default is used until they are "
                        + "uploaded again. %s", studyId, own.language, e.getMessage());
            }
        }
        return texts;
    }

    /**
     * The PO text of a study's template in one language: its own, else the default.
     *
     * @return empty when the study is not the caller's or the language has no letter template
     */
    @Transactional
    public Optional<String> po(Staff staff, String studyId, String language) {
        if (studies.find(staff, studyId).isEmpty() || !LetterTexts.DEFAULT_LANGUAGES.contains(language)) {
            return Optional.empty();
        }
        return Optional.of(StudyLetterText.<StudyLetterText>findByIdOptional(new StudyLetterText.Key(studyId, language))
                .map(own -> own.po).orElseGet(() -> LetterTexts.defaultPo(language)));
    }

    /**
     * Stores a study's own template in one language, replacing an earlier one.
     *
     * @param body the PO file as uploaded: UTF-8 (with or without byte-order mark), at most {@value #MAX_CHARS} characters
     * @return empty when the study is not the caller's or the language has no letter template; else the problems
     *         (with their lines in {@code <language>.po}; a byte that is not UTF-8 by its line), none when it was stored
     */
    @Transactional
    public Optional<List<LoadProblem>> put(Staff staff, String studyId, String language, byte[] body) {
        if (studies.find(staff, studyId).isEmpty() || !LetterTexts.DEFAULT_LANGUAGES.contains(language)) {
            return Optional.empty();
        }
        String po;
        try {
            // decoded strictly: a Latin-1 file read as UTF-8 would print U+FFFD in every letter
            po = SourceText.decode(fileName(language), body == null ? new byte[0] : body);
        } catch (QuestionnaireFileException e) {
            return Optional.of(e.problems());
        }
        if (po.length() > MAX_CHARS) {
            return Optional.of(List.of(new LoadProblem(fileName(language), 0, "the file has " + po.length()
                    + " characters; letter texts may be at most " + MAX_CHARS + " (remove long comments)")));
        }
        List<LoadProblem> problems = LetterTexts.problems(fileName(language), po);
        if (!problems.isEmpty()) {
            return Optional.of(problems);
        }
        StudyLetterText own = StudyLetterText.<StudyLetterText>findByIdOptional(new StudyLetterText.Key(studyId, language))
                .orElseGet(() -> {
                    StudyLetterText made = new StudyLetterText();
                    made.studyId = studyId;
                    made.language = language;
                    return made;
                });
        own.po = po;
        own.updatedAt = OffsetDateTime.now();
        own.updatedBy = staff.username();
        own.persist();
        LOG.infof("Study %s: letter texts in %s replaced by %s", studyId, language, staff.username());
        return Optional.of(List.of());
    }

    /** Goes back to the default template in one language; false when the study is not the caller's. */
    @Transactional
    public boolean reset(Staff staff, String studyId, String language) {
        if (studies.find(staff, studyId).isEmpty()) {
            return false;
        }
        if (StudyLetterText.deleteById(new StudyLetterText.Key(studyId, language))) {
            LOG.infof("Study %s: letter texts in %s back to the default, by %s", studyId, language, staff.username());
        }
        return true;
    }

    private static String fileName(String language) {
        return language + ".po";
    }
}
