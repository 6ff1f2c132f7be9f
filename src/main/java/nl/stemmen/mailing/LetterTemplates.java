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

    private final Studies studies;

    public LetterTemplates(Studies studies) {
        this.studies = studies;
    }

    /** The texts a study's letters and e-mails use, by language code, Dutch first: its own where uploaded, else the default. */
    @Transactional
    public Map<String, LetterTexts> of(String studyId) {
        Map<String, LetterTexts> texts = new LinkedHashMap<>(LetterTexts.defaults());
        StudyLetterText.<StudyLetterText>list("studyId", studyId)
                .forEach(own -> texts.put(own.language, LetterTexts.fromPo(own.language, fileName(own.language), own.po)));
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
     * @return empty when the study is not the caller's or the language has no letter template; else the problems
     *         (with their lines in {@code <language>.po}), none when it was stored
     */
    @Transactional
    public Optional<List<LoadProblem>> put(Staff staff, String studyId, String language, String po) {
        if (studies.find(staff, studyId).isEmpty() || !LetterTexts.DEFAULT_LANGUAGES.contains(language)) {
            return Optional.empty();
        }
        List<LoadProblem> problems = LetterTexts.problems(fileName(language), po == null ? "" : po);
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
