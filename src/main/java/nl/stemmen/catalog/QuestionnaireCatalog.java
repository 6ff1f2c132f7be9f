package nl.stemmen.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.load.LoadProblem;
import nl.stemmen.questionnaire.load.QuestionnaireFileException;
import nl.stemmen.questionnaire.load.QuestionnaireLoader;
import nl.stemmen.questionnaire.load.SourceText;
import nl.stemmen.questionnaire.model.Piping;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.questionnaire.translation.PoFile;
import nl.stemmen.questionnaire.translation.Translation;
import nl.stemmen.questionnaire.translation.TranslationReport;

/**
 * The questionnaires Stemmen serves, read at start-up from the questionnaire and translation
 * directories on disk. A broken file is refused with its problems and never stops the others.
 * Each version's source is recorded on first use; a file whose content changed without a new
 * version number is refused, because responses already started on that version must keep it.
 */
@ApplicationScoped
public class QuestionnaireCatalog {

    private static final Logger LOG = Logger.getLogger(QuestionnaireCatalog.class);

    private final CatalogConfig config;
    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private volatile Map<String, PublishedQuestionnaire> current = Map.of();
    private volatile List<LoadProblem> problems = List.of();
    private final Map<QuestionnaireVersion.Key, PublishedQuestionnaire> earlierVersions = new ConcurrentHashMap<>();

    public QuestionnaireCatalog(CatalogConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    /** Reads every questionnaire file again. */
    public synchronized void reload() {
        Map<String, PublishedQuestionnaire> loaded = new LinkedHashMap<>();
        List<LoadProblem> found = new ArrayList<>();
        for (Path file : questionnaireFiles(found)) {
            String name = file.toString();
            try {
                String source = SourceText.read(name, file);
                Questionnaire questionnaire = loader.load(name, source);
                String expectedId = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                if (!questionnaire.id().equals(expectedId)) {
                    throw refused(name, topKeyLine(source, "id"),
                            "id '" + questionnaire.id() + "' differs from the file name; call the file " + questionnaire.id() + ".yaml");
                }
                if (Language.byCode(questionnaire.language()).isEmpty()) {
                    throw refused(name, topKeyLine(source, "language"), "Stemmen does not offer language '"
                            + questionnaire.language() + "' (offered: " + Language.all().stream().map(Language::code).toList() + ")");
                }
                if (loaded.containsKey(questionnaire.id())) {
                    throw refused(name, topKeyLine(source, "id"), "a second file with id " + questionnaire.id());
                }
                record(questionnaire, source, name);
                loaded.put(questionnaire.id(), withTranslations(questionnaire, source, name, found));
            } catch (QuestionnaireFileException e) {
                found.addAll(e.problems());
            } catch (IOException e) {
                found.add(new LoadProblem(name, 0, "cannot be read: " + e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                // a fault in Stemmen itself: the file is refused, the others are still served
                LOG.errorf(e, "Questionnaire %s made Stemmen fail; it is refused", name);
                found.add(new LoadProblem(name, 0, "Stemmen failed on this file (" + e.getClass().getSimpleName()
                        + "); it is refused. Please report this with the file"));
            }
        }
        current = Collections.unmodifiableMap(loaded); // in file order, as the overview lists them
        problems = List.copyOf(found);
        found.forEach(p -> LOG.warnf("Questionnaire refused: %s", p));
        if (loaded.isEmpty()) {
            LOG.warnf("Stemmen serves NO questionnaires: none loaded from %s. Start Stemmen in the directory that"
                    + " holds questionnaires/, or set stemmen.catalog.questionnaires-dir.",
                    Path.of(config.questionnairesDir()).toAbsolutePath().normalize());
        }
        loaded.values().forEach(this::logTranslationStatus);
    }

    private List<Path> questionnaireFiles(List<LoadProblem> found) {
        Path dir = Path.of(config.questionnairesDir());
        String shown = dir.toAbsolutePath().normalize().toString();
        if (!Files.isDirectory(dir)) {
            found.add(new LoadProblem(shown, 0, "the questionnaire directory does not exist"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            found.add(new LoadProblem(shown, 0, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    /**
     * @param source the questionnaire file's text and {@code file} its name, for problems with its list of translations
     */
    private PublishedQuestionnaire withTranslations(Questionnaire questionnaire, String source, String file,
            List<LoadProblem> found) {
        Map<String, Translation> translations = new LinkedHashMap<>();
        Map<String, TranslationReport> reports = new LinkedHashMap<>();
        Map<String, String> sourceTexts = questionnaire.sourceTexts();
        Piping piping = Piping.of(questionnaire);
        for (String language : questionnaire.translations()) {
            if (Language.byCode(language).isEmpty()) {
                found.add(new LoadProblem(file, topKeyLine(source, "translations"), "Stemmen does not offer language '" + language
                        + "' (offered: " + Language.all().stream().map(Language::code).toList() + ")"));
                continue;
            }
            Path po = Path.of(config.translationsDir(), questionnaire.id(), language + ".po");
            Translation translation = new Translation(language, Map.of());
            if (Files.isRegularFile(po)) {
                translation = readTranslation(po, language, found).withoutWrongReferences(piping, po.toString(), found);
            }
            translations.put(language, translation);
            reports.put(language, translation.check(sourceTexts));
        }
        return new PublishedQuestionnaire(questionnaire, Map.copyOf(translations), Map.copyOf(reports));
    }

    private static Translation readTranslation(Path po, String language, List<LoadProblem> found) {
        String name = po.toString();
        try {
            String text = SourceText.read(name, po);
            PoFile file = PoFile.parse(name, text, found);
            String declared = file.header().getOrDefault("Language", language);
            if (!declared.equals(language)) {
                found.add(new LoadProblem(name, lineOf(text, "^\"Language:"), "says 'Language: " + declared
                        + "' in its header, but is the file for '" + language + "'"));
            }
            return new Translation(language, file.entries());
        } catch (QuestionnaireFileException e) {
            found.addAll(e.problems());
        } catch (IOException e) {
            found.add(new LoadProblem(name, 0, "cannot be read: " + e.getMessage()));
        }
        return new Translation(language, Map.of());
    }

    private static QuestionnaireFileException refused(String file, int line, String reason) {
        return new QuestionnaireFileException(List.of(new LoadProblem(file, line, reason)));
    }

    /** The line of a top-level YAML key, for problems found after loading, when the model no longer knows lines. */
    private static int topKeyLine(String source, String key) {
        return lineOf(source, "^" + key + "\\s*:");
    }

    /** The 1-based line of the first match of {@code regex} (multi-line mode), or 1. */
    private static int lineOf(String text, String regex) {
        Matcher match = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        return match.find() ? (int) text.substring(0, match.start()).chars().filter(c -> c == '\n').count() + 1 : 1;
    }

    private void record(Questionnaire questionnaire, String source, String file) throws QuestionnaireFileException {
        String sha = sha256(source);
        QuestionnaireVersion.Key key = new QuestionnaireVersion.Key(questionnaire.id(), questionnaire.version());
        boolean changed = QuarkusTransaction.requiringNew().call(() -> {
            QuestionnaireVersion known = QuestionnaireVersion.findById(key);
            if (known == null) {
                QuestionnaireVersion version = new QuestionnaireVersion();
                version.key = key;
                version.source = source;
                version.sourceSha256 = sha;
                version.firstLoadedAt = OffsetDateTime.now();
                version.persist();
                return false;
            }
            return !known.sourceSha256.equals(sha);
        });
        if (changed) {
            throw refused(file, topKeyLine(source, "version"), "version " + questionnaire.version()
                    + " is already in use with other content; raise 'version' when questions change");
        }
    }

    private void logTranslationStatus(PublishedQuestionnaire published) {
        published.reports().values().forEach(r -> LOG.infof("%s %s: %d of %d texts translated, %d missing, %d stale%s",
                published.id(), r.language(), r.translated(), r.texts(), r.missing().size(), r.stale().size(),
                r.complete() ? "" : " (not live in this language)"));
    }

    public Optional<PublishedQuestionnaire> current(String id) {
        return Optional.ofNullable(current.get(id));
    }

    public List<PublishedQuestionnaire> all() {
        return List.copyOf(current.values());
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    /** The version a response started on: the current file, or the source recorded when it was in use. */
    public PublishedQuestionnaire version(String id, int version) {
        PublishedQuestionnaire now = current.get(id);
        if (now != null && now.questionnaire().version() == version) {
            return now;
        }
        QuestionnaireVersion.Key key = new QuestionnaireVersion.Key(id, version);
        return earlierVersions.computeIfAbsent(key, k -> {
            QuestionnaireVersion recorded = QuarkusTransaction.requiringNew().call(() -> QuestionnaireVersion.findById(k));
            try {
                String name = id + " version " + version;
                return withTranslations(loader.load(name, recorded.source), recorded.source, name, new ArrayList<>());
            } catch (QuestionnaireFileException e) {
                throw new IllegalStateException("recorded questionnaire no longer loads: " + e.getMessage(), e);
            }
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
