package nl.stemmen.xlsform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stemmen.questionnaire.load.SourceText;
import nl.stemmen.xlsform.SheetTable.Column;
import nl.stemmen.xlsform.SheetTable.Line;

/**
 * One conversion of an XLSForm workbook's sheets to a questionnaire file and its PO files (docs/xlsform.md), before
 * Stemmen's loader checks the result. Collects every problem and warning with its sheet, row and column.
 *
 * <p>Pages: a group whose appearance holds {@code field-list} is one page (named after the group, titled by its
 * label, relevant when it and every group around it are); groups inside it add their {@code relevant} to their
 * questions. Every other question is a page of its own, named after the question (made unique) and titled by the label of the
 * group it stands in, relevant when every group around it is. A calculate outside a field-list group has no screen:
 * it joins the page before it (the first page, when it comes first).
 */
final class FormReading {

    /** Text columns, each with translations as {@code <column>::<language>}. */
    private static final Set<String> TEXT_COLUMNS = Set.of("label", "hint", "constraint_message", "required_message",
            "form_title", "intro", "outro", "guidance_hint");
    private static final Set<String> SURVEY_COLUMNS = Set.of("type", "name", "label", "hint", "required",
            "required_message", "relevant", "constraint", "constraint_message", "appearance", "default", "read_only",
            "calculation", "choice_filter", "parameters", "rows", "media", "image", "audio", "video", "guidance_hint");
    private static final Set<String> SETTINGS_COLUMNS = Set.of("form_id", "form_title", "version", "default_language",
            "intro", "outro", "dont_understand", "frame_attributes");
    private static final Set<String> MEDIA_COLUMNS = Set.of("media", "image", "audio", "video");
    private static final Pattern NOT_IN_ID = Pattern.compile("[^a-z0-9]+");
    /** A name in an expression that is not a ${reference}, a quoted text or a function: a choice column in a filter. */
    private static final Pattern BARE_NAME = Pattern.compile("(?<![$\\w.-])([A-Za-z_][A-Za-z0-9_.-]*+)(?!\\s*\\()");
    private static final Set<String> OPERATORS = Set.of("and", "or", "div", "mod");

    /** The result before the loader's check. */
    record Draft(String id, String yaml, Map<String, String> translations, List<SheetProblem> warnings,
            List<SheetProblem> problems, NavigableMap<Integer, Place> lines) {
    }

    /** A text to translate: its key, and per language code its text in the workbook. */
    private record Text(String key, Map<String, String> byLanguage) {
    }

    /** A group being read: the page it belongs to, when it is (or stands in) a field-list group. */
    private record Group(String name, Map<String, String> label, String relevant, Map<String, Object> page,
            boolean opensPage, Line line) {
    }

    /** Why a column's cells were left out, and on which rows. */
    private record Dropped(SheetTable table, Column column, String why, List<Integer> rows) {
    }

    private final SheetTable survey;
    private final SheetTable choices;
    private final SheetTable settings;
    private final String fileName;
    private final List<SheetProblem> problems = new ArrayList<>();
    private final List<SheetProblem> warnings = new ArrayList<>();
    private final Map<String, Dropped> dropped = new LinkedHashMap<>();
    private final YamlWriting yaml = new YamlWriting();
    private final List<Text> texts = new ArrayList<>();
    /** A column's language as written after '::' → its code; "" is the source language. */
    private final Map<String, String> codes = new LinkedHashMap<>();
    private String source;
    private final List<Map<String, Object>> pages = new ArrayList<>();
    private final Deque<Group> groups = new ArrayDeque<>();
    private final List<Map<String, Object>> waitingCalculates = new ArrayList<>();
    /** Choice lists named in a matrix's rows column: their entries are statements. */
    private final Set<String> rowLists = new LinkedHashSet<>();
    /** Choice lists named by a select type. */
    private final Set<String> selectLists = new LinkedHashSet<>();
    private final Set<String> filterColumns = new LinkedHashSet<>();
    /** Names of every group and of the pages made so far: a question's own page must not take one. */
    private final Set<String> pageNames = new LinkedHashSet<>();

    FormReading(SheetTable survey, SheetTable choices, SheetTable settings, String fileName) {
        this.survey = survey;
        this.choices = choices;
        this.settings = settings;
        this.fileName = fileName;
    }

    Draft read() {
        Optional<Line> settingsLine = settings == null || settings.lines.isEmpty() ? Optional.empty()
                : Optional.of(settings.lines.get(0));
        readLanguages(settingsLine);
        String id = id(settingsLine);
        Map<String, Object> document = new LinkedHashMap<>();
        Place settingsRow = settingsLine.map(l -> new Place(settings.name, l.number(), null)).orElse(null);
        if (settingsRow != null) {
            yaml.from(document, settingsRow);
        }
        document.put("id", id);
        settingsLine.ifPresent(l -> placeKey(document, "id", settings, l, "form_id"));
        document.put("version", version(settingsLine));
        settingsLine.ifPresent(l -> placeKey(document, "version", settings, l, "version"));
        document.put("language", source);
        settingsLine.ifPresent(l -> placeKey(document, "language", settings, l, "default_language"));
        List<String> translations = translationLanguages();
        if (!translations.isEmpty()) {
            document.put("translations", new YamlWriting.Names(translations));
        }
        Map<String, String> title = settingsLine.map(l -> texts(settings, l, "form_title")).orElse(Map.of());
        if (title.get(source) == null) {
            warnings.add(settingsRow == null ? new SheetProblem(null, 0, null, "there is no settings sheet with a form_title:"
                    + " the title is the id, '" + id + "'")
                    : settings.at(settingsLine.get(), "form_title", "no form_title in the source language: the title is the id, '"
                            + id + "'"));
            title = new LinkedHashMap<>(title);
            title.put(source, id);
        }
        putText(document, "title", "title", title);
        settingsLine.ifPresent(l -> placeKey(document, "title", settings, l, "form_title"));
        for (String key : List.of("intro", "outro")) {
            settingsLine.ifPresent(l -> {
                putText(document, key, key, texts(settings, l, key));
                placeKey(document, key, settings, l, key);
            });
        }
        settingsLine.ifPresent(l -> settingsExtras(document, l));
        readSurvey();
        document.put("pages", pages);
        yaml.from(document, "pages", new Place(survey.name, 0, null));
        Map<String, Object> choiceLists = choiceLists();
        if (!choiceLists.isEmpty()) {
            document.put("choices", choiceLists);
            yaml.from(document, "choices", new Place(choices.name, 0, null));
        }
        reportDropped();
        // not the file's name: the same workbook saved as "form (1).xlsx" is the same questionnaire, not other content
        String text = yaml.write(document, "Made by Stemmen from an XLSForm workbook."
                + "\nEdit the workbook and import it again, or edit this file and stop using the workbook.");
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > SourceText.MAX_BYTES) {
            // refused before the line map and the translations: a form this size costs seconds more to read on
            problems.add(new SheetProblem(survey.name, 0, null, "the questionnaire made from this workbook is "
                    + (bytes + 1023) / 1024 + " KB; a questionnaire may be at most " + SourceText.MAX_BYTES / 1024
                    + " KB (" + survey.lines.size() + " survey rows): split it into questionnaires a study's landing routes to"));
            return new Draft(id, null, Map.of(), List.copyOf(warnings), sorted(problems), new TreeMap<>());
        }
        Map<String, String> po = new LinkedHashMap<>();
        for (String language : otherLanguages()) {
            po.put(language, poFile(language, id + " " + document.get("version")));
        }
        return new Draft(id, text, po, List.copyOf(warnings), sorted(problems), yaml.places(text, document));
    }

    // ---- languages

    /**
     * Every language column's code; the source is settings' default_language, else the first label column's
     * language. Plain columns ({@code label}) are in the source language.
     */
    private void readLanguages(Optional<Line> settingsLine) {
        for (SheetTable table : tables()) {
            for (Column column : table.columns) {
                if (TEXT_COLUMNS.contains(column.base()) && !column.language().isEmpty()
                        && !codes.containsKey(column.language())) {
                    Optional<String> code = LanguageNames.code(column.language());
                    if (code.isEmpty()) {
                        problems.add(new SheetProblem(table.name, 1, column.place(), "'" + column.language()
                                + "' is no language Stemmen can name: write its two- or three-letter code in brackets"
                                + " after the name, as in " + column.base() + "::Somali (so)"));
                    } else {
                        codes.put(column.language(), code.get());
                    }
                }
            }
        }
        String defaultLanguage = settingsLine.map(l -> settings.text(l, "default_language")).orElse("");
        if (!defaultLanguage.isEmpty()) {
            Optional<String> code = LanguageNames.code(defaultLanguage);
            if (code.isEmpty()) {
                problems.add(settings.at(settingsLine.get(), "default_language", "'" + defaultLanguage
                        + "' is no language Stemmen can name: write it with its code, e.g. Nederlands (nl)"));
            }
            source = code.orElse("nl");
        } else {
            Optional<Column> first = survey.columns("label").stream().findFirst();
            if (first.isPresent() && !first.get().language().isEmpty()) {
                source = codes.getOrDefault(first.get().language(), "nl");
            } else {
                source = "nl";
                if (first.isPresent()) {
                    warnings.add(new SheetProblem(survey.name, 1, first.get().place(), "names no language and settings"
                            + " has no default_language: taken as Dutch (nl); write label::Nederlands (nl), or set"
                            + " default_language, when the texts are in another language"));
                }
            }
        }
        codes.put("", source);
        if (!LanguageNames.offered(source)) {
            problems.add(!defaultLanguage.isEmpty() ? settings.at(settingsLine.get(), "default_language", sourceRefusal())
                    : new SheetProblem(survey.name, 1, survey.columns("label").stream().findFirst().map(Column::place)
                            .orElse(null), sourceRefusal()));
        }
    }

    private String sourceRefusal() {
        return "the questionnaire's own language is '" + source + "', which Stemmen does not offer respondents"
                + " (nl, en, ar, tr, fa, ti): make one of those the default_language";
    }

    /** The languages other than the source, in the order their columns first appear. */
    private List<String> otherLanguages() {
        return codes.values().stream().filter(c -> !c.equals(source)).distinct().toList();
    }

    /** Other languages Stemmen offers; the rest still get a PO file, with a warning. */
    private List<String> translationLanguages() {
        List<String> offered = new ArrayList<>();
        for (String code : otherLanguages()) {
            if (LanguageNames.offered(code)) {
                offered.add(code);
            } else {
                warnings.add(new SheetProblem(null, 0, null, "Stemmen does not offer '" + code + "' to respondents yet:"
                        + " its translation is written to " + code + ".po but not listed under translations"));
            }
        }
        return offered;
    }

    private List<SheetTable> tables() {
        List<SheetTable> tables = new ArrayList<>();
        tables.add(survey);
        if (choices != null) {
            tables.add(choices);
        }
        if (settings != null) {
            tables.add(settings);
        }
        return tables;
    }

    /** The texts of column {@code base} on {@code line}, by language code; two columns for one language are a problem. */
    private Map<String, String> texts(SheetTable table, Line line, String base) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Map<String, Column> from = new LinkedHashMap<>();
        for (Column column : table.columns(base)) {
            String code = codes.get(column.language());
            String text = table.text(line, column);
            if (code == null || text.isEmpty()) {
                continue;
            }
            if (byLanguage.containsKey(code)) {
                problems.add(table.at(line, column, "a second " + base + " in language '" + code + "' (also in column "
                        + from.get(code).place() + "): keep one"));
            } else {
                byLanguage.put(code, text);
                from.put(code, column);
            }
        }
        return byLanguage;
    }

    /** Puts the source text under {@code key} and remembers every language's text under {@code textKey}. */
    private void putText(Map<String, Object> mapping, String key, String textKey, Map<String, String> byLanguage) {
        String text = byLanguage.get(source);
        if (text != null) {
            mapping.put(key, text);
            texts.add(new Text(textKey, byLanguage));
        }
    }

    private String poFile(String language, String project) {
        List<PoWriting.Entry> entries = new ArrayList<>();
        int missing = 0;
        for (Text text : texts) {
            String translation = text.byLanguage().getOrDefault(language, "");
            missing += translation.isEmpty() ? 1 : 0;
            entries.add(new PoWriting.Entry(text.key(), text.byLanguage().get(source), translation));
        }
        if (missing > 0) {
            warnings.add(new SheetProblem(null, 0, null, language + ": " + missing + " of " + texts.size()
                    + " texts have no translation in the workbook; they show in the source language until translated"));
        }
        return PoWriting.write(language, project, entries);
    }

    // ---- settings

    private String id(Optional<Line> settingsLine) {
        String formId = settingsLine.map(l -> settings.text(l, "form_id")).orElse("");
        String from = formId.isEmpty() && fileName != null ? fileName.replaceFirst("\\.[^.]*$", "") : formId;
        String id = NOT_IN_ID.matcher(from.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (id.isEmpty()) {
            SheetProblem place = settingsLine.map(l -> settings.at(l, "form_id", "")).orElse(new SheetProblem("settings", 0,
                    null, ""));
            problems.add(new SheetProblem(place.sheet(), place.row(), place.column(), formId.isEmpty()
                    ? "no form_id: add a settings sheet with a form_id column, e.g. thuis-in-de-stad"
                    : "form_id '" + formId + "' has no letters or digits to make an id of"));
            return "form";
        }
        if (!id.equals(from)) {
            SheetProblem place = settingsLine.filter(l -> !formId.isEmpty()).map(l -> settings.at(l, "form_id", ""))
                    .orElse(new SheetProblem(null, 0, null, ""));
            warnings.add(new SheetProblem(place.sheet(), place.row(), place.column(), (formId.isEmpty() ? "file name '"
                    : "form_id '") + from + "' becomes id '" + id + "' (a-z, 0-9 and -, as Stemmen's file names)"));
        }
        return id;
    }

    private int version(Optional<Line> settingsLine) {
        String version = settingsLine.map(l -> settings.text(l, "version")).orElse("");
        if (version.isEmpty()) {
            warnings.add(settingsLine.map(l -> settings.at(l, "version", "no version: taken as 1"))
                    .orElse(new SheetProblem(null, 0, null, "no settings sheet with a version: taken as 1")));
            return 1;
        }
        try {
            int number = Integer.parseInt(version);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        problems.add(settings.at(settingsLine.get(), "version", "version '" + version + "' should be a whole number"
                + " from 1 to 2147483647 (e.g. 3, or a date as 2026113001); raise it when questions change"));
        return 1;
    }

    private void settingsExtras(Map<String, Object> document, Line line) {
        if (flag(settings, line, "dont_understand")) {
            document.put("dont_understand", true);
            placeKey(document, "dont_understand", settings, line, "dont_understand");
        }
        String attributes = settings.text(line, "frame_attributes");
        if (!attributes.isEmpty()) {
            document.put("frame_attributes", new YamlWriting.Names(List.of(attributes.split("[\\s,]+"))));
            placeKey(document, "frame_attributes", settings, line, "frame_attributes");
        }
        for (Column column : settings.columns) {
            if (!SETTINGS_COLUMNS.contains(column.base()) && !settings.text(line, column).isEmpty()) {
                drop(settings, column, line, "it has no meaning in Stemmen");
            }
        }
    }

    private void placeKey(Map<String, Object> mapping, String key, SheetTable table, Line line, String base) {
        Column column = table.column(base).orElse(table.columns(base).stream().findFirst().orElse(null));
        yaml.from(mapping, key, new Place(table.name, line.number(), column == null ? null : column.place()));
    }

    // ---- survey

    private void readSurvey() {
        if (survey.column("type").isEmpty()) {
            problems.add(new SheetProblem(survey.name, 1, null, "the survey sheet has no type column"));
            return;
        }
        if (survey.column("name").isEmpty()) {
            problems.add(new SheetProblem(survey.name, 1, null, "the survey sheet has no name column"));
            return;
        }
        for (Column column : survey.columns) {
            if (!SURVEY_COLUMNS.contains(column.base())) {
                warnings.add(new SheetProblem(survey.name, 1, column.place(), "has no meaning in Stemmen: left out"));
            }
        }
        for (Line line : survey.lines) {
            if (XlsformTypes.words(survey.text(line, "type")).get(0).equals("begin_group")) {
                pageNames.add(survey.text(line, "name"));
            }
            Matcher filter = BARE_NAME.matcher(withoutReferences(survey.text(line, "choice_filter")));
            while (filter.find()) {
                if (!OPERATORS.contains(filter.group(1))) {
                    filterColumns.add(filter.group(1));
                }
            }
        }
        for (Line line : survey.lines) {
            String typeCell = survey.text(line, "type");
            if (typeCell.isEmpty()) {
                problems.add(survey.at(line, "type", "this row has no type"));
                continue;
            }
            List<String> words = XlsformTypes.words(typeCell);
            String keyword = words.get(0);
            if (keyword.equals("begin_group")) {
                beginGroup(line);
            } else if (keyword.equals("end_group")) {
                endGroup(line);
            } else if (XlsformTypes.METADATA.contains(keyword)) {
                warnings.add(survey.at(line, "type", "'" + keyword + "' left out: Stemmen records when a response starts"
                        + " and ends itself, and collects nothing about the device"));
            } else if (XlsformTypes.REFUSED.containsKey(keyword)) {
                problems.add(survey.at(line, "type", "'" + keyword + "' is not supported: "
                        + XlsformTypes.REFUSED.get(keyword)));
            } else if (!XlsformTypes.TAKEN.containsKey(keyword)) {
                problems.add(survey.at(line, "type", "unknown type '" + keyword + "' (Stemmen takes "
                        + String.join(", ", new TreeMap<>(XlsformTypes.TAKEN).keySet()) + ", begin_group and end_group)"));
            } else {
                question(line, XlsformTypes.TAKEN.get(keyword), words);
            }
        }
        for (Group open : groups) {
            problems.add(survey.at(open.line(), "type", "group '" + open.name() + "' has no end_group"));
        }
        if (!waitingCalculates.isEmpty()) {
            problems.add(new SheetProblem(survey.name, 0, null, "the form has calculations but no questions"));
        }
    }

    private void beginGroup(Line line) {
        String name = survey.text(line, "name");
        if (name.isEmpty()) {
            problems.add(survey.at(line, "name", "a group needs a name"));
        }
        Set<String> appearance = new LinkedHashSet<>(List.of(survey.text(line, "appearance").split("\\s+")));
        boolean fieldList = appearance.remove("field-list");
        appearance.remove("");
        if (!appearance.isEmpty()) {
            drop(survey, survey.column("appearance").get(), line, "Stemmen decides how pages look; only field-list (one"
                    + " page) has a meaning");
        }
        otherColumns(line, Set.of("type", "name", "label", "relevant", "appearance"));
        Map<String, String> label = texts(survey, line, "label");
        String relevant = expression(line, "relevant");
        Group around = groups.peek();
        if (around != null && around.page() != null) {
            groups.push(new Group(name, label, relevant, around.page(), false, line));
        } else if (fieldList) {
            Map<String, Object> page = page(line, name, label, and(relevants(null), relevant), relevant != null);
            groups.push(new Group(name, label, relevant, page, true, line));
        } else {
            groups.push(new Group(name, label, relevant, null, false, line));
        }
    }

    private void endGroup(Line line) {
        if (groups.isEmpty()) {
            problems.add(survey.at(line, "type", "end_group without a begin_group before it"));
            return;
        }
        Group group = groups.pop();
        if (group.opensPage() && questions(group.page()).isEmpty()) {
            problems.add(survey.at(group.line(), "type", "group '" + group.name() + "' is a page (field-list) without"
                    + " questions: add questions or remove the group"));
        }
    }

    /**
     * A new page, its title and relevance, with its place; its texts are remembered in reading order.
     * {@code ownRelevant}: the condition includes the relevant of row {@code from} itself (a field-list group's).
     */
    private Map<String, Object> page(Line from, String name, Map<String, String> title, String relevant,
            boolean ownRelevant) {
        Map<String, Object> page = new LinkedHashMap<>();
        yaml.from(page, new Place(survey.name, from.number(), null));
        page.put("name", name);
        placeKey(page, "name", survey, from, "name");
        putText(page, "title", name + ".title", title);
        placeKey(page, "title", survey, from, "label");
        if (relevant != null) {
            page.put("relevant", relevant);
            // a page's condition is its groups': a problem in it belongs at the innermost group that has one
            Line condition = ownRelevant ? from
                    : groups.stream().filter(g -> g.relevant() != null).map(Group::line).findFirst().orElse(from);
            placeKey(page, "relevant", survey, condition, "relevant");
        }
        List<Map<String, Object>> questions = new ArrayList<>(waitingCalculates);
        waitingCalculates.clear();
        page.put("questions", questions);
        pages.add(page);
        return page;
    }

    /** The question's name, or with _2, _3 … when a group or an earlier page has it: the author named no page. */
    private String ownPageName(String question) {
        String name = question;
        for (int n = 2; !pageNames.add(name); n++) {
            name = question + "_" + n;
        }
        return name;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> questions(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("questions");
    }

    /**
     * The relevants of the groups around, outermost first, joined with {@code and}; with {@code page}, only those of
     * the groups inside the group that opened that page.
     */
    private String relevants(Map<String, Object> page) {
        List<String> conditions = new ArrayList<>();
        for (Iterator<Group> outward = groups.descendingIterator(); outward.hasNext();) {
            Group group = outward.next();
            if (page == null || group.page() == page && !group.opensPage()) {
                if (group.relevant() != null) {
                    conditions.add(group.relevant());
                }
            }
        }
        return conditions.stream().reduce(null, FormReading::and);
    }

    private static String and(String a, String b) {
        return a == null ? b : b == null ? a : "(" + a + ") and (" + b + ")";
    }

    private void question(Line line, String type, List<String> words) {
        String name = survey.text(line, "name");
        if (name.isEmpty()) {
            problems.add(survey.at(line, "name", "a question needs a name"));
            return;
        }
        Map<String, Object> question = new LinkedHashMap<>();
        yaml.from(question, new Place(survey.name, line.number(), null));
        question.put("name", name);
        placeKey(question, "name", survey, line, "name");
        question.put("type", typeText(line, type, words));
        placeKey(question, "type", survey, line, "type");
        Group around = groups.peek();
        Map<String, Object> page;
        String groupRelevant;
        if (around != null && around.page() != null) {
            page = around.page();
            groupRelevant = relevants(page);
        } else if (type.equals("calculate")) {
            page = pages.isEmpty() ? null : pages.get(pages.size() - 1);
            groupRelevant = null;
        } else {
            page = page(line, ownPageName(name), around == null ? Map.of() : around.label(), relevants(null), false);
            groupRelevant = null;
        }
        String pageName = page == null ? "" : (String) page.get("name");
        if (!type.equals("calculate")) {
            questionText(question, pageName, name, line, "label");
            questionText(question, pageName, name, line, "hint");
        } else if (texts(survey, line, "label").get(source) != null) {
            // a calculate's label is for the codebook only: kept in the source language, not translated
            question.put("label", texts(survey, line, "label").get(source));
            placeKey(question, "label", survey, line, "label");
        }
        if (flag(survey, line, "required")) {
            question.put("required", true);
            placeKey(question, "required", survey, line, "required");
        }
        questionText(question, pageName, name, line, "required_message");
        String relevant = and(groupRelevant, expression(line, "relevant"));
        putExpression(question, "relevant", relevant, line);
        putExpression(question, "constraint", expression(line, "constraint"), line);
        questionText(question, pageName, name, line, "constraint_message");
        columnFor(question, line, "calculation", type.equals("calculate"), "only a calculate row has a calculation");
        columnFor(question, line, "choice_filter", type.startsWith("select") || type.equals("matrix"),
                "only a select or a matrix has a choice_filter");
        columnFor(question, line, "parameters", type.equals("range"), "only a range takes parameters here");
        if (type.equals("matrix")) {
            matrixRows(question, pageName, name, line);
        }
        otherColumns(line, Set.of("type", "name", "label", "hint", "required", "required_message", "relevant",
                "constraint", "constraint_message", "calculation", "choice_filter", "parameters", "rows"));
        if (page == null) {
            waitingCalculates.add(question);
        } else {
            questions(page).add(question);
        }
    }

    /** The type as Stemmen's format writes it, with its list and {@code or_other}; a missing list is a problem. */
    private String typeText(Line line, String type, List<String> words) {
        if (!XlsformTypes.WITH_LIST.contains(type)) {
            if (words.size() > 1) {
                problems.add(survey.at(line, "type", "type " + words.get(0) + " takes nothing after it, not '"
                        + String.join(" ", words.subList(1, words.size())) + "'"));
            }
            return type;
        }
        if (words.size() < 2) {
            problems.add(survey.at(line, "type", type + " needs a choice list after it, e.g. '" + type + " yes_no'"));
            return type;
        }
        boolean orOther = words.size() == 3 && words.get(2).equals("or_other") && !type.equals("matrix");
        if (words.size() > 2 && !orOther) {
            problems.add(survey.at(line, "type", "'" + String.join(" ", words.subList(2, words.size()))
                    + "' after the list name is not understood (only or_other is)"));
        }
        if (!type.equals("matrix")) {
            selectLists.add(words.get(1));
        }
        return type + " " + words.get(1) + (orOther ? " or_other" : "");
    }

    private void questionText(Map<String, Object> question, String page, String name, Line line, String base) {
        Map<String, String> byLanguage = texts(survey, line, base);
        if (!byLanguage.isEmpty() && !byLanguage.containsKey(source)) {
            warnings.add(survey.at(line, survey.columns(base).get(0), base + " has translations but no text in the"
                    + " source language (" + source + "): left out"));
        }
        putText(question, base, page + "." + name + "." + base, byLanguage);
        placeKey(question, base, survey, line, base);
    }

    private void putExpression(Map<String, Object> question, String key, String expression, Line line) {
        if (expression != null) {
            question.put(key, expression);
            placeKey(question, key, survey, line, key);
        }
    }

    /** A column kept only on the types that use it; elsewhere it is left out with a warning. */
    private void columnFor(Map<String, Object> question, Line line, String base, boolean applies, String otherwise) {
        String value = base.equals("parameters") ? survey.text(line, base) : expression(line, base);
        if (value == null || value.isEmpty()) {
            return;
        }
        if (applies) {
            question.put(base, value);
            placeKey(question, base, survey, line, base);
        } else {
            drop(survey, survey.column(base).get(), line, otherwise);
        }
    }

    private void matrixRows(Map<String, Object> question, String page, String name, Line line) {
        String list = survey.text(line, "rows");
        if (list.isEmpty()) {
            problems.add(survey.at(line, "rows", "a matrix needs the name of the choice list that holds its statements"
                    + " in the rows column"));
            return;
        }
        rowLists.add(list);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (choices != null) {
            for (Line choice : choices.lines) {
                if (choices.text(choice, "list_name").equals(list)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    yaml.from(row, new Place(choices.name, choice.number(), null));
                    String rowName = choices.text(choice, "name");
                    row.put("name", rowName);
                    placeKey(row, "name", choices, choice, "name");
                    putText(row, "label", page + "." + name + ".row." + rowName, texts(choices, choice, "label"));
                    placeKey(row, "label", choices, choice, "label");
                    if (choices.column("relevant").isPresent() && !choices.text(choice, "relevant").isEmpty()) {
                        row.put("relevant", choices.text(choice, "relevant"));
                        placeKey(row, "relevant", choices, choice, "relevant");
                    }
                    rows.add(row);
                }
            }
        }
        if (rows.isEmpty()) {
            problems.add(survey.at(line, "rows", "the choices sheet has no list '" + list + "' with this matrix's"
                    + " statements"));
        }
        question.put("rows", rows);
        placeKey(question, "rows", survey, line, "rows");
    }

    /** The expression in column {@code base}, or null; pulldata() is refused, since it reads a file on the phone. */
    private String expression(Line line, String base) {
        String expression = survey.text(line, base);
        if (expression.isEmpty()) {
            return null;
        }
        if (expression.contains("pulldata(")) {
            problems.add(survey.at(line, base, "pulldata() reads a CSV file attached to the form, which Stemmen does"
                    + " not have: put the values in the study's sample frame and read them with frame('column')"));
        }
        return expression;
    }

    /** Columns with a value that this row's kind does not use: left out with a warning. */
    private void otherColumns(Line line, Set<String> used) {
        for (Column column : survey.columns) {
            if (used.contains(column.base()) || survey.text(line, column).isEmpty()
                    || !SURVEY_COLUMNS.contains(column.base())) {
                continue;
            }
            drop(survey, column, line, switch (column.base()) {
                case "appearance" -> "Stemmen decides how questions look on a phone";
                case "default" -> "Stemmen gives no default answers: people answer for themselves";
                case "read_only" -> "a question is always answerable in Stemmen; use a note to show a text";
                case "guidance_hint" -> "use hint";
                case "media", "image", "audio", "video" -> "pictures and sound are not shown yet";
                case "rows" -> "only a matrix has rows";
                default -> "this kind of row does not use it";
            });
        }
    }

    /** Whether a yes/no cell says yes: yes, true, TRUE(), 1. An expression or anything else is a problem. */
    private boolean flag(SheetTable table, Line line, String base) {
        String value = table.text(line, base).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "yes", "true", "true()", "1", "y" -> true;
            case "", "no", "false", "false()", "0", "n" -> false;
            default -> {
                problems.add(table.at(line, base, base + " should be yes or no, not '" + table.text(line, base) + "'"
                        + (base.equals("required") ? "; a condition belongs in relevant" : "")));
                yield false;
            }
        };
    }

    // ---- choices

    private Map<String, Object> choiceLists() {
        Map<String, Object> lists = new LinkedHashMap<>();
        if (choices == null) {
            return lists;
        }
        if (choices.column("list_name").isEmpty() || choices.column("name").isEmpty()) {
            problems.add(new SheetProblem(choices.name, 1, null, "the choices sheet needs list_name and name columns"));
            return lists;
        }
        for (Column column : choices.columns) {
            boolean known = Set.of("list_name", "name", "label", "missing", "exclusive", "relevant").contains(column.base());
            if (MEDIA_COLUMNS.contains(column.base())) {
                warnings.add(new SheetProblem(choices.name, 1, column.place(), "pictures and sound are not shown yet:"
                        + " left out"));
            } else if (!known && !filterColumns.contains(column.base())) {
                warnings.add(new SheetProblem(choices.name, 1, column.place(), "no choice_filter uses this column:"
                        + " left out"));
            }
        }
        for (Line line : choices.lines) {
            String list = choices.text(line, "list_name");
            if (list.isEmpty()) {
                problems.add(choices.at(line, "list_name", "this choice belongs to no list: fill in list_name"));
                continue;
            }
            if (rowLists.contains(list) && !selectLists.contains(list)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) lists.computeIfAbsent(list,
                    l -> new ArrayList<Map<String, Object>>());
            Map<String, Object> choice = new LinkedHashMap<>();
            yaml.from(choice, new Place(choices.name, line.number(), null));
            String name = choices.text(line, "name");
            if (!name.isEmpty()) {
                choice.put("name", name);
            }
            placeKey(choice, "name", choices, line, "name");
            putText(choice, "label", "choices." + list + "." + name, texts(choices, line, "label"));
            placeKey(choice, "label", choices, line, "label");
            choices.column("relevant").filter(c -> !choices.text(line, c).isEmpty() && !filterColumns.contains("relevant"))
                    .ifPresent(c -> drop(choices, c, line, "only a matrix's statement (a list named in rows) has a relevant"));
            for (String flag : List.of("missing", "exclusive")) {
                if (flag(choices, line, flag)) {
                    choice.put(flag, true);
                    placeKey(choice, flag, choices, line, flag);
                }
            }
            for (String column : filterColumns) {
                choices.column(column).filter(c -> !choices.text(line, c).isEmpty()).ifPresent(c -> {
                    choice.put(column, choices.text(line, c));
                    placeKey(choice, column, choices, line, column);
                });
            }
            entries.add(choice);
        }
        return lists;
    }

    /** An expression without its ${references} and quoted texts, where only names of choice columns remain. */
    private static String withoutReferences(String expression) {
        return expression.replaceAll("\\$\\{[^}]*}", " ").replaceAll("'[^']*'|\"[^\"]*\"", " ");
    }

    // ---- warnings about what was left out

    private void drop(SheetTable table, Column column, Line line, String why) {
        dropped.computeIfAbsent(table.name + "\u0000" + column.index() + "\u0000" + why,
                k -> new Dropped(table, column, why, new ArrayList<>())).rows().add(line.number());
    }

    private void reportDropped() {
        for (Dropped d : dropped.values()) {
            List<Integer> rows = d.rows();
            String where = rows.size() == 1 ? "" : " (also on row" + (rows.size() == 2 ? " " : "s ")
                    + String.join(", ", rows.subList(1, rows.size()).stream().map(String::valueOf).toList()) + ")";
            warnings.add(new SheetProblem(d.table().name, rows.get(0), d.column().place(), "left out: " + d.why() + where));
        }
    }

    private static List<SheetProblem> sorted(List<SheetProblem> found) {
        List<String> order = List.of("survey", "choices", "settings");
        return found.stream().sorted(java.util.Comparator
                .comparingInt((SheetProblem p) -> p.sheet() == null ? -1 : order.indexOf(p.sheet().toLowerCase(Locale.ROOT)))
                .thenComparingInt(SheetProblem::row)).toList();
    }
}
