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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
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
 * The questionnaires Stemmen serves: read at start-up from the questionnaire and translation
 * directories on disk, and from the versions published through Stemmen ({@link Publishing}) into the
 * database, which every replica polls every {@code stemmen.catalog.refresh-interval} (5 s) with one
 * row count. What is served is swapped whole, so a request sees one consistent catalog. For an id
 * the highest version wins, wherever it comes from; one id+version has one source only: a file whose
 * content differs from the version stored under its number is refused, because responses already
 * started on that version must keep it.
 */
@ApplicationScoped
public class QuestionnaireCatalog {

    private static final Logger LOG = Logger.getLogger(QuestionnaireCatalog.class);

    private final CatalogConfig config;
    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), List.of(), Map.of());
    /** The directory's questionnaires and problems as last read; guarded by this. */
    private Map<String, PublishedQuestionnaire> disk = Map.of();
    private List<LoadProblem> diskProblems = List.of();
    /** The number of publications the snapshot includes; guarded by this. */
    private long publications = -1;
    private final Map<QuestionnaireVersion.Key, PublishedQuestionnaire> versions = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;

    /**
     * What is served at one moment: the current version per id (directory order, then published ids),
     * the problems of the directory's files, and every stored version number per id.
     */
    private record Snapshot(Map<String, PublishedQuestionnaire> current, List<LoadProblem> problems,
            Map<String, List<Integer>> versions) {
    }

    public QuestionnaireCatalog(CatalogConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        reload();
        long every = config.refreshInterval().toMillis();
        poller = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, "questionnaire-catalog-poll");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the database may be away for a moment: what is served stays, the next poll tries again
            LOG.warnf("Could not look for newly published questionnaires: %s", e.getMessage());
        }
    }

    /**
     * Serves what was published since the last look: one count of publications, and only when it
     * changed are the published versions read again.
     *
     * @return whether something new was published (and is now served)
     */
    public synchronized boolean poll() {
        long count = QuarkusTransaction.requiringNew().call(() -> QuestionnairePublication.count());
        if (count == publications) {
            return false;
        }
        servePublished(count);
        return true;
    }

    /** Reads every questionnaire file again, and the published versions. */
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
                    throw refused(name, topKeyLine(source, "language"), unoffered(questionnaire.language()));
                }
                if (loaded.containsKey(questionnaire.id())) {
                    throw refused(name, topKeyLine(source, "id"), "a second file with id " + questionnaire.id());
                }
                record(questionnaire, source, name);
                loaded.put(questionnaire.id(), withTranslations(questionnaire, source, name, diskTranslations(questionnaire.id()), found));
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
        disk = Collections.unmodifiableMap(loaded); // in file order, as the overview lists them
        diskProblems = List.copyOf(found);
        found.forEach(p -> LOG.warnf("Questionnaire refused: %s", p));
        try {
            servePublished(QuarkusTransaction.requiringNew().call(() -> QuestionnairePublication.count()));
        } catch (RuntimeException e) {
            // without the database the directory is served alone; the next poll adds the published versions
            LOG.warnf("Published questionnaires could not be read, only the directory's are served: %s", e.toString());
            snapshot = new Snapshot(disk, diskProblems, snapshot.versions());
            publications = -1;
        }
        if (snapshot.current().isEmpty()) {
            LOG.warnf("Stemmen serves NO questionnaires: none loaded from %s and none published. Start Stemmen in the"
                    + " directory that holds questionnaires/, set stemmen.catalog.questionnaires-dir, or publish one.",
                    Path.of(config.questionnairesDir()).toAbsolutePath().normalize());
        }
        snapshot.current().values().forEach(this::logTranslationStatus);
    }

    /**
     * Swaps in the directory's questionnaires merged with the published versions: per id the highest
     * version; for the same version number the published one, whose translations are in the database.
     *
     * @param count the number of publications read, remembered for {@link #poll()}
     */
    private void servePublished(long count) {
        versions.clear(); // a published version's translations may have changed
        Map<String, Integer> latest = QuarkusTransaction.requiringNew().call(QuestionnairePublication::latestVersions);
        Map<String, List<Integer>> stored = QuarkusTransaction.requiringNew().call(QuestionnaireVersion::allVersions);
        Map<String, PublishedQuestionnaire> merged = new LinkedHashMap<>(disk);
        List<LoadProblem> found = new ArrayList<>(diskProblems);
        latest.forEach((id, version) -> {
            PublishedQuestionnaire fromDisk = merged.get(id);
            if (fromDisk != null && fromDisk.questionnaire().version() > version) {
                return;
            }
            try {
                stored(id, version).ifPresent(published -> merged.put(id, published));
            } catch (IllegalStateException e) {
                LOG.errorf(e, "Published questionnaire %s version %d no longer loads", id, version);
                found.add(new LoadProblem(id + " version " + version, 0, "published, but no longer loads: " + e.getMessage()));
            }
        });
        snapshot = new Snapshot(Collections.unmodifiableMap(merged), List.copyOf(found), Map.copyOf(stored));
        publications = count;
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

    /** Where the PO text of a language comes from: a file in the translations directory, or the database. */
    @FunctionalInterface
    interface PoSource {
        /** @return the PO text and the name problems give it; empty when there is no translation yet */
        Optional<PoText> find(String language) throws IOException, QuestionnaireFileException;
    }

    /** A translation's PO text and how problems name it. */
    record PoText(String name, String text) {
    }

    private PoSource diskTranslations(String id) {
        return language -> {
            Path po = Path.of(config.translationsDir(), id, language + ".po");
            return Files.isRegularFile(po) ? Optional.of(new PoText(po.toString(), SourceText.read(po.toString(), po)))
                    : Optional.empty();
        };
    }

    /**
     * @param source the questionnaire's text and {@code file} its name, for problems with its list of translations
     */
    private PublishedQuestionnaire withTranslations(Questionnaire questionnaire, String source, String file,
            PoSource poSource, List<LoadProblem> found) {
        Map<String, Translation> translations = new LinkedHashMap<>();
        Map<String, TranslationReport> reports = new LinkedHashMap<>();
        Map<String, String> sourceTexts = questionnaire.sourceTexts();
        Piping piping = Piping.of(questionnaire);
        for (String language : questionnaire.translations()) {
            if (Language.byCode(language).isEmpty()) {
                found.add(new LoadProblem(file, topKeyLine(source, "translations"), unoffered(language)));
                continue;
            }
            Translation translation = new Translation(language, Map.of());
            try {
                Optional<PoText> po = poSource.find(language);
                if (po.isPresent()) {
                    translation = translation(po.get(), language, found).withoutWrongReferences(piping, po.get().name(), found);
                }
            } catch (QuestionnaireFileException e) {
                found.addAll(e.problems());
            } catch (IOException e) {
                found.add(new LoadProblem(Path.of(config.translationsDir(), questionnaire.id(), language + ".po").toString(), 0,
                        "cannot be read: " + e.getMessage()));
            }
            translations.put(language, translation);
            reports.put(language, translation.check(sourceTexts));
        }
        return new PublishedQuestionnaire(questionnaire, Map.copyOf(translations), Map.copyOf(reports));
    }

    /**
     * Reads a PO text as the translation into {@code language}, adding its problems (with line) to {@code found};
     * a header naming another language is a problem too.
     */
    static Translation translation(PoText po, String language, List<LoadProblem> found) {
        PoFile file = PoFile.parse(po.name(), po.text(), found);
        String declared = file.header().getOrDefault("Language", language);
        if (!declared.equals(language)) {
            found.add(new LoadProblem(po.name(), lineOf(po.text(), "^\"Language:"), "says 'Language: " + declared
                    + "' in its header, but is the file for '" + language + "'"));
        }
        return new Translation(language, file.entries());
    }

    /** Why a language code is refused: Stemmen does not offer it (with those it does). */
    static String unoffered(String code) {
        return "Stemmen does not offer language '" + code + "' (offered: " + Language.all().stream().map(Language::code).toList() + ")";
    }

    private static QuestionnaireFileException refused(String file, int line, String reason) {
        return new QuestionnaireFileException(List.of(new LoadProblem(file, line, reason)));
    }

    /** The line of a top-level YAML key, for problems found after loading, when the model no longer knows lines. */
    static int topKeyLine(String source, String key) {
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

    /** The version of {@code id} served to new responses; empty when there is none. */
    public Optional<PublishedQuestionnaire> current(String id) {
        return Optional.ofNullable(snapshot.current().get(id));
    }

    /** The current version of every questionnaire: the directory's in file order, then published ones by id. */
    public List<PublishedQuestionnaire> all() {
        return List.copyOf(snapshot.current().values());
    }

    /** Every stored version number of {@code id}, ascending; empty for an unknown id. */
    public List<Integer> versions(String id) {
        return snapshot.versions().getOrDefault(id, List.of());
    }

    /** The directory's refused files, and published versions that no longer load, each with file, line and reason. */
    public List<LoadProblem> problems() {
        return snapshot.problems();
    }

    /**
     * The version a response started on.
     *
     * @throws IllegalStateException the version is not stored, or no longer loads
     */
    public PublishedQuestionnaire version(String id, int version) {
        return find(id, version).orElseThrow(() -> new IllegalStateException(id + " version " + version + " is not stored"));
    }

    /**
     * A stored version: the current one, or the source recorded when it was in use or published
     * (translations from the database when it was published, else from the translations directory).
     *
     * @return empty when {@code id} has no version {@code version}
     * @throws IllegalStateException the recorded source no longer loads
     */
    public Optional<PublishedQuestionnaire> find(String id, int version) {
        PublishedQuestionnaire now = snapshot.current().get(id);
        if (now != null && now.questionnaire().version() == version) {
            return Optional.of(now);
        }
        return stored(id, version);
    }

    private Optional<PublishedQuestionnaire> stored(String id, int version) {
        return Optional.ofNullable(versions.computeIfAbsent(new QuestionnaireVersion.Key(id, version), this::load));
    }

    /** Loads a stored version; null when it is not stored. */
    private PublishedQuestionnaire load(QuestionnaireVersion.Key key) {
        record Stored(String source, boolean published, Map<String, String> translations) {
        }
        Stored stored = QuarkusTransaction.requiringNew().call(() -> {
            QuestionnaireVersion recorded = QuestionnaireVersion.findById(key);
            if (recorded == null) {
                return null;
            }
            boolean published = QuestionnairePublication.isPublished(key.questionnaireId(), key.version());
            return new Stored(recorded.source, published,
                    published ? QuestionnaireTranslation.sourcesOf(key.questionnaireId(), key.version()) : Map.of());
        });
        if (stored == null) {
            return null;
        }
        String name = key.questionnaireId() + " version " + key.version();
        PoSource translations = stored.published()
                ? language -> Optional.ofNullable(stored.translations().get(language)).map(text -> new PoText(language + ".po", text))
                : diskTranslations(key.questionnaireId());
        try {
            return withTranslations(loader.load(name, stored.source()), stored.source(), name, translations, new ArrayList<>());
        } catch (QuestionnaireFileException e) {
            throw new IllegalStateException("recorded questionnaire no longer loads: " + e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
