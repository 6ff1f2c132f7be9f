package nl.stemmen.study;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import nl.stemmen.access.Role;
import nl.stemmen.access.Staff;
import nl.stemmen.language.Language;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.study.frame.ContactColumn;

/**
 * Creating, changing and finding studies, and the one place that decides who may see one: an admin
 * every study, a research lead their own, nobody else (fieldworkers reach theirs through flyers).
 * A study that the caller may not see is reported as not existing, so its id reveals nothing.
 */
@ApplicationScoped
public class Studies {

    /** The representativeness threshold when a study sets none (design §7). */
    public static final BigDecimal DEFAULT_THRESHOLD_PP = BigDecimal.valueOf(5);
    private static final Pattern DIMENSION_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final String ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final TypeReference<List<StudyDefinition.Dimension>> DIMENSIONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Map<String, Integer>>> QUOTAS = new TypeReference<>() {
    };

    private final QuestionnaireCatalog catalog;
    private final SubgroupCells cells;
    private final ObjectMapper json;
    private final PrivacyConfig privacy;
    private final SecureRandom random = new SecureRandom();

    public Studies(QuestionnaireCatalog catalog, SubgroupCells cells, ObjectMapper json, PrivacyConfig privacy) {
        this.cells = cells;
        this.catalog = catalog;
        this.json = json;
        this.privacy = privacy;
    }

    /** A study with its id and owner, as the API and the pages show it. */
    public record Saved(String id, String owner, StudyDefinition definition) {
    }

    /** Either the saved study or every problem with the definition (then nothing is stored). */
    public record Outcome(Optional<Saved> study, List<Problem> problems) {
    }

    /** @param field the JSON field the problem is in, e.g. {@code dimensions[1].question} */
    public record Problem(String field, String reason) {
    }

    /** Creates a study owned by {@code lead}; only leads and admins may. */
    @Transactional
    public Outcome create(Staff lead, StudyDefinition definition) {
        requireLeadOrAdmin(lead);
        StudyDefinition complete = withDefaults(definition);
        List<Problem> problems = problems(complete);
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        Study study = new Study();
        study.id = newId();
        study.owner = lead.username();
        study.createdAt = OffsetDateTime.now();
        write(study, complete);
        study.persist();
        return new Outcome(Optional.of(saved(study)), List.of());
    }

    /** Replaces a study's definition; empty when the caller may not see it. */
    @Transactional
    @TransactionConfiguration(timeout = SubgroupCells.BULK_SECONDS)
    public Optional<Outcome> update(Staff staff, String id, StudyDefinition definition) {
        Optional<Study> study = visible(staff, id);
        if (study.isEmpty()) {
            return Optional.empty();
        }
        StudyDefinition complete = withDefaults(definition);
        List<Problem> problems = problems(complete);
        if (problems.isEmpty()) {
            write(study.get(), complete);
            cells.refresh(id, complete.dimensionNames());
        }
        return Optional.of(problems.isEmpty() ? new Outcome(Optional.of(saved(study.get())), List.of())
                : new Outcome(Optional.empty(), problems));
    }

    /** The studies {@code staff} may see, oldest first. */
    @Transactional
    public List<Saved> visibleTo(Staff staff) {
        List<Study> studies = switch (staff.role()) {
            case ADMIN -> Study.allByCreation();
            case LEAD -> Study.ownedBy(staff.username());
            case FIELDWORKER -> List.of();
        };
        return studies.stream().map(this::saved).toList();
    }

    /** One study, when {@code staff} may see it. */
    @Transactional
    public Optional<Saved> find(Staff staff, String id) {
        return visible(staff, id).map(this::saved);
    }

    /**
     * One study without asking who wants it: only for services that decided access themselves (a
     * fieldworker reaches the studies of their own flyers, for counts, never answers).
     */
    @Transactional
    public Optional<Saved> withoutAccessCheck(String id) {
        return Optional.ofNullable(Study.<Study>findById(id)).map(this::saved);
    }

    private Optional<Study> visible(Staff staff, String id) {
        return Optional.ofNullable(Study.<Study>findById(id)).filter(s -> mayManage(staff, s));
    }

    private static boolean mayManage(Staff staff, Study study) {
        return staff.isAdmin() || staff.role() == Role.LEAD && staff.username().equals(study.owner);
    }

    private static void requireLeadOrAdmin(Staff staff) {
        if (staff.role() == Role.FIELDWORKER) {
            throw new SecurityException("a fieldworker cannot create studies");
        }
    }

    private StudyDefinition withDefaults(StudyDefinition d) {
        Integer version = d.version() != null ? d.version()
                : d.questionnaire() == null ? null
                : catalog.current(d.questionnaire()).map(p -> p.questionnaire().version()).orElse(null);
        List<String> languages = d.languages() != null ? d.languages()
                : d.questionnaire() == null ? List.of()
                : catalog.current(d.questionnaire()).map(p -> p.liveLanguages().stream().map(Language::code).toList())
                        .orElse(List.of());
        return new StudyDefinition(strip(d.name()), strip(d.organisation()), d.questionnaire(), version, d.start(), d.end(),
                d.dimensions() == null ? List.of() : d.dimensions(), d.quotas() == null ? Map.of() : d.quotas(),
                d.thresholdPp() == null ? DEFAULT_THRESHOLD_PP : d.thresholdPp(), languages,
                d.minimumCell() == null ? privacy.minimumCell() : d.minimumCell(),
                d.contactEmail() == null || d.contactEmail().isBlank() ? null : d.contactEmail().strip(),
                d.assisted() == null || d.assisted(), Boolean.TRUE.equals(d.raffle()),
                Boolean.TRUE.equals(d.interviews()), d.signupsDeleteAfter(), d.landing());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Every problem with a definition, in the order of its fields. */
    private List<Problem> problems(StudyDefinition d) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "name", d.name(), 200);
        required(problems, "organisation", d.organisation(), 200);
        Optional<PublishedQuestionnaire> questionnaire = questionnaire(d, problems);
        if (d.start() == null) {
            problems.add(new Problem("start", "the first day of fieldwork is missing (YYYY-MM-DD)"));
        }
        if (d.end() == null) {
            problems.add(new Problem("end", "the last day of fieldwork is missing (YYYY-MM-DD)"));
        }
        if (d.start() != null && d.end() != null && d.end().isBefore(d.start())) {
            problems.add(new Problem("end", "fieldwork ends before it starts"));
        }
        if (d.thresholdPp().signum() <= 0 || d.thresholdPp().compareTo(BigDecimal.valueOf(100)) >= 0) {
            problems.add(new Problem("threshold_pp", "a number of percentage points above 0 and below 100"));
        }
        if (d.minimumCell() < 1) {
            problems.add(new Problem("minimum_cell", "the fewest respondents a breakdown of answers may show in a cell:"
                    + " a whole number, 1 or more (" + privacy.minimumCell() + " when left out)"));
        }
        if (d.contactEmail() != null) {
            Optional.ofNullable(ContactColumn.EMAIL.problemWith(d.contactEmail()))
                    .ifPresent(reason -> problems.add(new Problem("contact_email", reason)));
        }
        questionnaire.ifPresent(q -> languageProblems(d, q, problems));
        dimensionProblems(d, questionnaire, problems);
        LandingRules.check(d, catalog, problems);
        return problems;
    }

    private static void required(List<Problem> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "is missing"));
        } else if (value.length() > maxLength) {
            problems.add(new Problem(field, "longer than " + maxLength + " characters"));
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new Problem(field, "holds a control character (such as a line break or NUL)"));
        }
    }

    private Optional<PublishedQuestionnaire> questionnaire(StudyDefinition d, List<Problem> problems) {
        if (d.questionnaire() == null || catalog.current(d.questionnaire()).isEmpty()) {
            problems.add(new Problem("questionnaire", d.questionnaire() == null ? "is missing"
                    : "no questionnaire '" + d.questionnaire() + "' is loaded"));
            return Optional.empty();
        }
        PublishedQuestionnaire current = catalog.current(d.questionnaire()).get();
        if (d.version() != current.questionnaire().version()) {
            problems.add(new Problem("version", "questionnaire '" + d.questionnaire() + "' is at version "
                    + current.questionnaire().version() + "; a study runs on the current version"));
        }
        // the rest is checked against the current version all the same, so every problem comes at once
        return Optional.of(current);
    }

    private static void languageProblems(StudyDefinition d, PublishedQuestionnaire q, List<Problem> problems) {
        if (d.languages().isEmpty()) {
            problems.add(new Problem("languages", "offer at least one language"));
        }
        if (new HashSet<>(d.languages()).size() != d.languages().size()) {
            problems.add(new Problem("languages", "a language appears twice"));
        }
        for (String code : d.languages()) {
            Optional<Language> language = Language.byCode(code);
            if (language.isEmpty() || !q.liveLanguages().contains(language.get())) {
                problems.add(new Problem("languages", "'" + code + "' is not a live language of this questionnaire "
                        + "(live: " + String.join(", ", q.liveLanguages().stream().map(Language::code).toList())
                        + "); a translation must be complete to be offered"));
            }
        }
    }

    private static void dimensionProblems(StudyDefinition d, Optional<PublishedQuestionnaire> q, List<Problem> problems) {
        Map<String, StudyDefinition.Dimension> byName = new LinkedHashMap<>();
        for (int i = 0; i < d.dimensions().size(); i++) {
            StudyDefinition.Dimension dimension = d.dimensions().get(i);
            String field = "dimensions[" + i + "]";
            if (dimension == null || dimension.name() == null || !DIMENSION_NAME.matcher(dimension.name()).matches()) {
                problems.add(new Problem(field + ".name", "a frame column name: a-z, 0-9 and _, starting with a letter"));
                continue;
            }
            if (dimension.name().equals("ref") || ContactColumn.named(dimension.name()).isPresent()) {
                problems.add(new Problem(field + ".name", "'" + dimension.name() + "' is the frame's key or a contact"
                        + " column, kept apart from subgroups: a dimension is an attribute such as gender or age_band"));
                continue;
            }
            if (byName.put(dimension.name(), dimension) != null) {
                problems.add(new Problem(field + ".name", "'" + dimension.name() + "' appears twice"));
            }
            List<String> categories = dimension.categories() == null ? List.of() : dimension.categories();
            if (new HashSet<>(categories).size() != categories.size() || categories.stream().anyMatch(c -> c == null || c.isBlank())) {
                problems.add(new Problem(field + ".categories", "categories must be distinct and not empty"));
            }
            if (dimension.question() != null && q.isPresent()) {
                questionProblem(q.get(), dimension.question(), categories).ifPresent(reason -> problems.add(new Problem(field + ".question", reason)));
            }
        }
        d.quotas().forEach((dimension, targets) -> {
            StudyDefinition.Dimension declared = byName.get(dimension);
            if (declared == null) {
                problems.add(new Problem("quotas." + dimension, "not one of the study's dimensions"));
                return;
            }
            Set<String> categories = declared.categories() == null ? Set.of() : Set.copyOf(declared.categories());
            (targets == null ? Map.<String, Integer>of() : targets).forEach((category, target) -> {
                if (!categories.isEmpty() && !categories.contains(category)) {
                    problems.add(new Problem("quotas." + dimension + "." + category, "not a category of '" + dimension + "'"));
                }
                if (target == null || target < 0) {
                    problems.add(new Problem("quotas." + dimension + "." + category, "a number of completes, 0 or more"));
                }
            });
        });
    }

    /**
     * A question reports a dimension when the respondent picks one category: a select_one whose
     * choices include every declared category (a category no answer can reach would stay empty).
     */
    private static Optional<String> questionProblem(PublishedQuestionnaire q, String name, List<String> categories) {
        Optional<Question> question = q.questionnaire().questions().filter(x -> x.name().equals(name)).findFirst();
        if (question.isEmpty()) {
            return Optional.of("the questionnaire has no question '" + name + "'");
        }
        if (question.get().type() != QuestionType.SELECT_ONE) {
            return Optional.of("'" + name + "' is a " + question.get().type().keyword() + "; a dimension needs a select_one");
        }
        List<String> unreachable = categories.stream().filter(c -> question.get().choices().choice(c).isEmpty()).toList();
        return unreachable.isEmpty() ? Optional.empty()
                : Optional.of("categories " + unreachable + " are no choices of '" + name + "' (its choices: "
                        + question.get().choices().choices().stream().map(c -> c.name()).toList() + ")");
    }

    private void write(Study study, StudyDefinition d) {
        study.name = d.name();
        study.organisation = d.organisation();
        study.questionnaireId = d.questionnaire();
        study.questionnaireVersion = d.version();
        study.fieldworkStart = d.start();
        study.fieldworkEnd = d.end();
        study.thresholdPp = d.thresholdPp();
        study.languages = String.join(" ", d.languages());
        study.minimumCell = d.minimumCell();
        study.contactEmail = d.contactEmail();
        study.assisted = d.assisted();
        study.raffle = d.raffle();
        study.interviews = d.interviews();
        study.signupsDeleteAfter = d.signupsDeleteAfter();
        try {
            study.dimensions = json.writeValueAsString(d.dimensions());
            study.quotas = json.writeValueAsString(d.quotas());
            study.landing = d.landing() == null ? null : json.writeValueAsString(d.landing());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Saved saved(Study study) {
        try {
            return new Saved(study.id, study.owner, new StudyDefinition(study.name, study.organisation,
                    study.questionnaireId, study.questionnaireVersion, study.fieldworkStart, study.fieldworkEnd,
                    json.readValue(study.dimensions, DIMENSIONS), json.readValue(study.quotas, QUOTAS),
                    study.thresholdPp.stripTrailingZeros(), Arrays.asList(study.languages.split(" ")), study.minimumCell,
                    study.contactEmail, study.assisted, study.raffle, study.interviews, study.signupsDeleteAfter, landing(study)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("study " + study.id + " holds unreadable dimensions or quotas", e);
        }
    }

    /** The study's landing as its lead defined it; null when it has none. */
    public StudyDefinition.Landing landing(Study study) {
        try {
            return study.landing == null ? null : json.readValue(study.landing, StudyDefinition.Landing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("study " + study.id + " holds an unreadable landing", e);
        }
    }

    private String newId() {
        StringBuilder id = new StringBuilder("st-");
        for (int i = 0; i < 8; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
