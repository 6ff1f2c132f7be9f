package nl.stemmen.catalog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.load.SourceText;
import nl.stemmen.questionnaire.model.Piping;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.questionnaire.translation.Translation;
import nl.stemmen.study.Study;
import nl.stemmen.xlsform.SheetProblem;
import nl.stemmen.xlsform.XlsformImport;
import nl.stemmen.xlsform.XlsformResult;

/**
 * Publishing questionnaire versions and their translations without a restart: checked with the
 * same loader as the questionnaire directory, stored in the database, and served by every replica
 * within {@code stemmen.catalog.refresh-interval}. Who may: admins, and research leads; a lead only
 * for an id they published first (an id from the directory: admins only). A version number is
 * never reused with other content; a translation changes only while no study uses its version.
 */
@ApplicationScoped
public class Publishing {

    /** The content type of an XLSForm (.xlsx) upload. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern OLD_WORKBOOK_LINE =
            Pattern.compile("\\A(# Made by Stemmen from an XLSForm workbook) \\([^\n]*\\)\\.");

    private static final Logger LOG = Logger.getLogger(Publishing.class);

    private final QuestionnaireCatalog catalog;
    private final QuestionnaireLoader loader = new QuestionnaireLoader();

    public Publishing(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    /** One uploaded file: its name (problems name it), its content type (null when unknown) and its bytes. */
    public record Upload(String name, String contentType, byte[] bytes) {
    }

    /**
     * A questionnaire version to publish, whatever it was uploaded as.
     *
     * @param name         how problems name the questionnaire, e.g. {@code kort.yaml}
     * @param yaml         the questionnaire in Stemmen's YAML format
     * @param translations PO texts by language code (each named {@code <lang>.po} in problems)
     */
    public record Submission(String name, String yaml, Map<String, String> translations) {
    }

    /** What became of a request. */
    public sealed interface Outcome {
        /** The HTTP status that says it. */
        int status();
    }

    /** Stored: 201, or 200 when it was stored already with the same content ({@code created} false). */
    public record Published(String id, int version, boolean created) implements Outcome {
        @Override
        public int status() {
            return created ? 201 : 200;
        }
    }

    /** 422: the files have problems, each with file and line (0: the whole file); nothing was stored. */
    public record Refused(List<LoadProblem> problems) implements Outcome {
        @Override
        public int status() {
            return 422;
        }
    }

    /** 422: the XLSForm workbook has problems, each with sheet, row and column; nothing was stored. */
    public record RefusedWorkbook(List<SheetProblem> problems) implements Outcome {
        @Override
        public int status() {
            return 422;
        }
    }

    /** Not done, for one reason about {@code field}: see {@link Why}. Nothing was stored. */
    public record NotDone(Why why, String field, String reason) implements Outcome {
        @Override
        public int status() {
            return why.status;
        }
    }

    /** Why a request was not done, with the HTTP status that says it. */
    public enum Why {
        /** 403: another lead's questionnaire, or one from the directory. */
        NOT_YOURS(403),
        /** 404: no such version. */
        UNKNOWN(404),
        /** 409: the version number is taken, too low, or in use by a study. */
        CONFLICT(409);

        private final int status;

        Why(int status) {
            this.status = status;
        }
    }

    /**
     * Publishes what was uploaded: one questionnaire (.yaml) and any translations, each a file
     * named {@code <lang>.po}. The ONE place where an upload's format is told apart.
     */
    public Outcome publish(Staff staff, List<Upload> uploads) {
        Optional<Upload> workbook = uploads.stream().filter(Publishing::isXlsForm).findFirst();
        if (workbook.isPresent()) {
            return publishWorkbook(staff, workbook.get(), uploads.size());
        }
        List<LoadProblem> problems = new ArrayList<>();
        String name = null;
        String yaml = null;
        Map<String, String> translations = new LinkedHashMap<>();
        for (Upload upload : uploads) {
            String file = upload.name() == null || upload.name().isBlank() ? "questionnaire.yaml" : upload.name();
            String lower = file.toLowerCase(Locale.ROOT);
            try {
                if (lower.endsWith(".po")) {
                    String language = lower.substring(0, lower.length() - 3);
                    if (Language.byCode(language).isEmpty()) {
                        problems.add(new LoadProblem(file, 0, "name a translation <language>.po, e.g. en.po; "
                                + QuestionnaireCatalog.unoffered(language)));
                    } else if (translations.put(language, SourceText.decode(file, upload.bytes())) != null) {
                        problems.add(new LoadProblem(file, 0, "a second translation into '" + language + "'"));
                    }
                } else if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
                    problems.add(new LoadProblem(file, 0, "not a questionnaire (.yaml) nor a translation (<language>.po)"));
                } else if (yaml != null) {
                    problems.add(new LoadProblem(file, 0, "a second questionnaire; publish one at a time"));
                } else {
                    name = file;
                    yaml = SourceText.decode(file, upload.bytes());
                }
            } catch (QuestionnaireFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (yaml == null && problems.isEmpty()) {
            problems.add(new LoadProblem("questionnaire.yaml", 0, "the questionnaire (.yaml) is missing"));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        return publish(staff, new Submission(name, yaml, translations));
    }

    /** An XLSForm workbook, converted to a questionnaire and its translations, then published like a YAML upload. */
    private Outcome publishWorkbook(Staff staff, Upload workbook, int files) {
        String name = workbook.name() == null || workbook.name().isBlank() ? "questionnaire.xlsx" : workbook.name();
        if (files > 1) {
            return new RefusedWorkbook(List.of(new SheetProblem(null, 0, null, "send the workbook alone: its translations "
                    + "are its label::<language> columns")));
        }
        XlsformResult converted = new XlsformImport().convert(workbook.bytes(), name);
        if (!converted.ok()) {
            return new RefusedWorkbook(converted.problems());
        }
        converted.warnings().forEach(warning -> LOG.infof("Publishing %s: %s", name, warning));
        return publish(staff, new Submission(converted.id() + ".yaml", converted.yaml(), converted.translations().entrySet()
                .stream().filter(t -> Language.byCode(t.getKey()).isPresent())
                .collect(LinkedHashMap::new, (m, t) -> m.put(t.getKey(), t.getValue()), Map::putAll)));
    }

    private static boolean isXlsForm(Upload upload) {
        return upload.contentType() != null && upload.contentType().startsWith(XLSX)
                || upload.name() != null && upload.name().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Publishes a questionnaire version with its translations: every problem at once (nothing
     * stored), else stored and served by this replica at once. The version must be higher than every
     * stored one of its id; the same source again changes nothing but its translations.
     */
    public Outcome publish(Staff staff, Submission submission) {
        List<LoadProblem> problems = new ArrayList<>();
        Questionnaire questionnaire = null;
        try {
            questionnaire = loader.load(submission.name(), submission.yaml());
            if (Language.byCode(questionnaire.language()).isEmpty()) {
                problems.add(new LoadProblem(submission.name(), QuestionnaireCatalog.topKeyLine(submission.yaml(), "language"),
                        QuestionnaireCatalog.unoffered(questionnaire.language())));
            }
            for (String language : questionnaire.translations()) {
                if (Language.byCode(language).isEmpty()) {
                    problems.add(new LoadProblem(submission.name(),
                            QuestionnaireCatalog.topKeyLine(submission.yaml(), "translations"), QuestionnaireCatalog.unoffered(language)));
                }
            }
        } catch (QuestionnaireFileException e) {
            problems.addAll(e.problems());
        }
        for (Map.Entry<String, String> po : submission.translations().entrySet()) {
            translationProblems(questionnaire, po.getKey(), po.getValue(), problems);
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        Questionnaire checked = questionnaire;
        Outcome outcome = stored(() -> store(staff, checked, submission));
        if (outcome instanceof Published published && published.created()) {
            LOG.infof("%s (%s) published questionnaire %s version %d%s", staff.username(), staff.role().code(), published.id(),
                    published.version(), submission.translations().isEmpty() ? "" : " with " + submission.translations().keySet());
        }
        catalog.poll();
        return outcome;
    }

    /**
     * Stores the translation into {@code language} of a published version (PO text): allowed while
     * no study uses the version. The same text again changes nothing.
     */
    public Outcome putTranslation(Staff staff, String id, int version, String language, byte[] po) {
        String name = language + ".po";
        // who may comes first: another lead learns nothing about the version or the text
        Optional<NotDone> notYours = QuarkusTransaction.requiringNew().call(() -> mayPublish(staff, id));
        if (notYours.isPresent()) {
            return notYours.get();
        }
        Optional<PublishedQuestionnaire> published = catalog.find(id, version);
        if (published.isEmpty()) {
            return new NotDone(Why.UNKNOWN, "version", "questionnaire '" + id + "' has no version " + version);
        }
        List<LoadProblem> problems = new ArrayList<>();
        String text;
        try {
            text = SourceText.decode(name, po);
        } catch (QuestionnaireFileException e) {
            return new Refused(e.problems());
        }
        translationProblems(published.get().questionnaire(), language, text, problems);
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        Outcome outcome = stored(() -> {
            if (!QuestionnairePublication.isPublished(id, version)) {
                return fromDirectory(id, version);
            }
            if (sameTranslation(id, version, language, text)) {
                return new Published(id, version, false);
            }
            Optional<NotDone> used = inUse(id, version);
            if (used.isPresent()) {
                return used.get();
            }
            storeTranslation(staff, id, version, language, text);
            return new Published(id, version, true);
        });
        catalog.poll();
        return outcome;
    }

    /** Runs {@code work} in a transaction of its own; a publication at the same moment of the same version is a conflict. */
    private static Outcome stored(Callable<Outcome> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException) {
                    return new NotDone(Why.CONFLICT, "version", "someone published this at the same moment; send it again"
                            + " to see what is stored now");
                }
            }
            throw e;
        }
    }

    private Outcome store(Staff staff, Questionnaire questionnaire, Submission submission) {
        String id = questionnaire.id();
        int version = questionnaire.version();
        Optional<NotDone> refused = mayPublish(staff, id);
        if (refused.isPresent()) {
            return refused.get();
        }
        String sha = QuestionnaireCatalog.sha256(submission.yaml());
        QuestionnaireVersion same = QuestionnaireVersion.findById(new QuestionnaireVersion.Key(id, version));
        int highest = QuestionnaireVersion.highest(id);
        if (same != null && !same.sourceSha256.equals(sha) && !sameWorkbook(same.source, submission.yaml())) {
            return new NotDone(Why.CONFLICT, "version", "version " + version + " of '" + id + "' is already published with"
                    + " other content; raise 'version' to " + (highest + 1) + " when questions change");
        }
        if (same == null && version < highest) {
            return new NotDone(Why.CONFLICT, "version", "version " + version + " is lower than " + highest + ", the highest"
                    + " stored version of '" + id + "'; publish it as version " + (highest + 1));
        }
        Map<String, String> changed = new LinkedHashMap<>(submission.translations());
        changed.entrySet().removeIf(po -> sameTranslation(id, version, po.getKey(), po.getValue()));
        if (same != null && !changed.isEmpty()) {
            Optional<NotDone> notNow = QuestionnairePublication.isPublished(id, version) ? inUse(id, version)
                    : Optional.of(fromDirectory(id, version));
            if (notNow.isPresent()) {
                return notNow.get();
            }
        }
        if (same == null) {
            QuestionnaireVersion stored = new QuestionnaireVersion();
            stored.key = new QuestionnaireVersion.Key(id, version);
            stored.source = submission.yaml();
            stored.sourceSha256 = sha;
            stored.firstLoadedAt = OffsetDateTime.now();
            stored.persist();
            QuestionnairePublication.of(id, version, null, staff.username()).persist();
        }
        changed.forEach((language, text) -> storeTranslation(staff, id, version, language, text));
        return new Published(id, version, same == null);
    }

    /**
     * Whether a stored source differs from a submitted one only by the workbook's file name that versions converted
     * from a workbook before 2026-12 named in their first comment line ({@code … XLSForm workbook (form.xlsx).}).
     */
    private static boolean sameWorkbook(String stored, String submitted) {
        return stored != null && OLD_WORKBOOK_LINE.matcher(stored).replaceFirst("$1.").equals(submitted);
    }

    private static NotDone fromDirectory(String id, int version) {
        return new NotDone(Why.CONFLICT, "version", "version " + version + " of '" + id + "' comes from the questionnaires"
                + " directory on the server: its translations are files in translations/" + id + "/ there");
    }

    /**
     * Whether {@code staff} may publish versions of {@code id}: admins always; a lead when the id is
     * new or they published its first version; nobody else. Runs in the caller's transaction.
     */
    private static Optional<NotDone> mayPublish(Staff staff, String id) {
        if (staff.isAdmin()) {
            return Optional.empty();
        }
        if (staff.role() != Role.LEAD) {
            return Optional.of(new NotDone(Why.NOT_YOURS, "questionnaire", "only admins and research leads publish questionnaires"));
        }
        Optional<String> first = QuestionnairePublication.firstPublisher(id);
        if (first.isPresent() && !first.get().equals(staff.username())) {
            return Optional.of(new NotDone(Why.NOT_YOURS, "questionnaire", "questionnaire '" + id + "' was first published"
                    + " by another research lead; only they and admins publish its versions and translations"));
        }
        if (first.isEmpty() && QuestionnaireVersion.highest(id) > 0) {
            return Optional.of(new NotDone(Why.NOT_YOURS, "questionnaire", "questionnaire '" + id + "' comes from the"
                    + " questionnaires directory on the server; only admins publish its next versions"));
        }
        return Optional.empty();
    }

    /** Whether exactly this text is stored as the translation into {@code language}; in the caller's transaction. */
    private static boolean sameTranslation(String id, int version, String language, String text) {
        QuestionnaireTranslation stored = QuestionnaireTranslation.findById(new QuestionnaireTranslation.Key(id, version, language));
        return stored != null && stored.sourceSha256.equals(QuestionnaireCatalog.sha256(text));
    }

    /** A study that uses the version refuses changed translations, so its respondents' texts never change under them. */
    private static Optional<NotDone> inUse(String id, int version) {
        return Study.<Study>find("questionnaireId = ?1 and questionnaireVersion = ?2", id, version).firstResultOptional()
                .map(study -> new NotDone(Why.CONFLICT, "version", "version " + version + " of '" + id + "' is used by study '"
                        + study.name + "', so its translations no longer change; publish a new version"));
    }

    /** Stores (or replaces) one translation and records who published it; in the caller's transaction. */
    private static void storeTranslation(Staff staff, String id, int version, String language, String text) {
        QuestionnaireTranslation.Key key = new QuestionnaireTranslation.Key(id, version, language);
        QuestionnaireTranslation stored = QuestionnaireTranslation.findById(key);
        if (stored == null) {
            stored = new QuestionnaireTranslation();
            stored.key = key;
        }
        stored.source = text;
        stored.sourceSha256 = QuestionnaireCatalog.sha256(text);
        stored.persist();
        QuestionnairePublication.of(id, version, language, staff.username()).persist();
        LOG.infof("%s (%s) published the %s translation of questionnaire %s version %d", staff.username(),
                staff.role().code(), language, id, version);
    }

    /**
     * Adds the problems of a translation into {@code language} of {@code questionnaire}: not listed,
     * or not a valid PO file (checked also when the questionnaire itself was refused: null), or showing an answer
     * with {@code ${name}} that its text may not show.
     */
    private static void translationProblems(Questionnaire questionnaire, String language, String text, List<LoadProblem> problems) {
        String name = language + ".po";
        if (questionnaire != null && !questionnaire.translations().contains(language)) {
            problems.add(new LoadProblem(name, 0, "'" + language + "' is not among the questionnaire's translations "
                    + questionnaire.translations() + "; add it to 'translations:' in a new version"));
            return;
        }
        Translation translation = QuestionnaireCatalog.translation(new QuestionnaireCatalog.PoText(name, text), language, problems);
        if (questionnaire != null) {
            // a translated text may show only answers its source text may show
            translation.withoutWrongReferences(Piping.of(questionnaire), name, problems);
        }
    }
}
