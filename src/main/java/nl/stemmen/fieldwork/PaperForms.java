package nl.stemmen.fieldwork;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Staff;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.fieldwork.view.PaperHtml;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.mailing.letter.LetterPdf;
import nl.stemmen.respond.Channel;
import nl.stemmen.respond.Entry;
import nl.stemmen.respond.LinkToken;
import nl.stemmen.respond.Mode;
import nl.stemmen.respond.Response;
import nl.stemmen.respond.ResponseFlow;
import nl.stemmen.study.Studies;

/**
 * Paper questionnaires: the printable form of a study's questionnaire in one of its languages, and typing in a
 * returned form.
 *
 * <p>Typing in is the respondent flow itself ({@link ResponseFlow}) on a response that a signed-in staff member
 * starts with mode PAPER (channel PAPER, who and when recorded on the response): the typist goes through the same
 * pages, so the same routing skips the same questions, the same checks refuse the same answers, and relevant-on-
 * the-same-page and "Send led back" work as on the web. A second entry path with its own checks would drift from
 * the web's; the paper form's numbering and instructions are derived from the same conditions ({@link PaperRouting}).
 * The response starts in the paper form's language, recorded apart ({@code paper_language}) since a typist may
 * switch the screen to a language they read; its link goes only to the staff member who started it.
 */
@ApplicationScoped
public class PaperForms {

    private static final Logger LOG = Logger.getLogger(PaperForms.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Studies studies;
    private final QuestionnaireCatalog catalog;
    private final UiTexts uiTexts;
    private final ResponseFlow flow;

    public PaperForms(Studies studies, QuestionnaireCatalog catalog, UiTexts uiTexts, ResponseFlow flow) {
        this.studies = studies;
        this.catalog = catalog;
        this.uiTexts = uiTexts;
        this.flow = flow;
    }

    /** What a paper request can answer: the thing asked for, a study the caller may not see, or a language it does not offer. */
    public sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {
        }

        record NoStudy<T>() implements Outcome<T> {
        }

        /** @param offered the study's languages, for the message */
        record NoLanguage<T>(List<String> offered) implements Outcome<T> {
        }
    }

    /** The printable form (PDF bytes) of the study's questionnaire version in {@code languageCode}. */
    public Outcome<byte[]> pdf(Staff staff, String studyId, String languageCode) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        if (study.isEmpty()) {
            return new Outcome.NoStudy<>();
        }
        Optional<Language> language = language(study.get(), languageCode);
        if (language.isEmpty()) {
            return new Outcome.NoLanguage<>(study.get().definition().languages());
        }
        PublishedQuestionnaire published = published(study.get());
        String xhtml = new PaperHtml(published, language.get(), uiTexts.in(language.get()),
                new PaperRouting(published.questionnaire(), LocalDate.now(ZONE))).document();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            LetterPdf.renderDocument(pdf, xhtml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome.Done<>(pdf.toByteArray());
    }

    /**
     * Starts typing in a returned paper form: a new response of the study in the form's language, mode PAPER,
     * entered by {@code staff} now. Its link's token (the pages at {@code /r/<token>}) is returned only here.
     */
    @Transactional
    public Outcome<String> startEntry(Staff staff, String studyId, String languageCode) {
        Optional<Studies.Saved> study = studies.find(staff, studyId);
        if (study.isEmpty()) {
            return new Outcome.NoStudy<>();
        }
        Optional<Language> language = language(study.get(), languageCode);
        if (language.isEmpty()) {
            return new Outcome.NoLanguage<>(study.get().definition().languages());
        }
        String token = flow.start(published(study.get()), Entry.open(Channel.PAPER, Mode.PAPER, studyId, null, null), language.get());
        Response response = Response.byAccessHash(LinkToken.hash(token)).orElseThrow();
        response.enteredBy = staff.username();
        response.enteredAt = OffsetDateTime.now(ZONE);
        response.paperLanguage = language.get().code();
        LOG.infof("Paper form of study %s started as response %d by %s", studyId, response.id, staff.username());
        return new Outcome.Done<>(token);
    }

    private PublishedQuestionnaire published(Studies.Saved study) {
        return catalog.version(study.definition().questionnaire(), study.definition().version());
    }

    private static Optional<Language> language(Studies.Saved study, String code) {
        return Language.byCode(code).filter(l -> study.definition().languages().contains(l.code()));
    }
}
