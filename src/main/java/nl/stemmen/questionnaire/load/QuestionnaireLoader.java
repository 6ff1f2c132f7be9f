package nl.stemmen.questionnaire.load;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import nl.stemmen.questionnaire.expression.Expression;
import nl.stemmen.questionnaire.expression.ExpressionSyntaxException;
import nl.stemmen.questionnaire.expression.UnknownFunctionException;
import nl.stemmen.questionnaire.model.Choice;
import nl.stemmen.questionnaire.model.ChoiceList;
import nl.stemmen.questionnaire.model.MatrixRow;
import nl.stemmen.questionnaire.model.Page;
import nl.stemmen.questionnaire.model.Piping;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;
import nl.stemmen.questionnaire.model.Range;

/**
 * Reads a questionnaire file (format: docs/questionnaire-format.md) into the model, or refuses it with every
 * problem found, each with its line. Expressions may only refer to questions that come earlier, so
 * the routing is evaluated in file order and cannot loop.
 */
public final class QuestionnaireLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    /** XLSForm's names: a letter or _, then letters, digits, _, - and . */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    /** A sample-frame column as the frame reader names it. */
    private static final Pattern FRAME_ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_]*");
    /** XLSForm's choice names: anything without spaces (60+, 18-30), so they can match sample-frame categories. */
    private static final Pattern CHOICE_NAME = Pattern.compile("\\S+");
    /** A range offers at most this many numbers: more no longer fit a row of tap targets on a phone. */
    static final int MAX_RANGE_OPTIONS = 21;
    /** The longest questionnaire id and page name: what the response tables hold. */
    static final int MAX_ID = 100;
    /** The longest variable name: what the answer table holds. */
    static final int MAX_VARIABLE = 120;
    /** The label of the option or_other adds, in the model; the pages show it in the respondent's language. */
    private static final String OTHER_LABEL = "Anders, namelijk";
    private static final Set<String> TOP_KEYS = keys("id", "version", "language", "translations", "title", "intro",
            "outro", "dont_understand", "frame_attributes", "pages", "choices");
    private static final Set<String> PAGE_KEYS = keys("name", "title", "relevant", "questions");
    private static final Set<String> QUESTION_KEYS = keys("name", "type", "label", "hint", "required",
            "required_message", "relevant", "constraint", "constraint_message", "rows", "choice_filter", "parameters",
            "checks", "calculation");
    private static final Set<String> CHOICE_KEYS = keys("name", "label", "missing", "exclusive");
    private static final Set<String> ROW_KEYS = keys("name", "label", "relevant");
    /** XLSForm question types Stemmen does not take, with what to do instead. */
    private static final Map<String, String> UNSUPPORTED_TYPES = unsupportedTypes();

    /**
     * @param file how problems name the file
     * @param text the file's content (see {@link SourceText} for the limits on size and characters)
     * @return the questionnaire
     * @throws QuestionnaireFileException every problem found, each with its line where there is one
     */
    public Questionnaire load(String file, String text) throws QuestionnaireFileException {
        SourceText.check(file, text);
        Problems problems = new Problems(file);
        Node root;
        StreamReader reader = new StreamReader(new StringReader(text));
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Composer(new ParserImpl(reader, options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            problems.add(yamlErrorLine(e), "not valid YAML: " + e.getProblem() + yamlErrorContext(e));
            throw problems.exception();
        } catch (YAMLException e) {
            // SnakeYAML's limits (nesting depth, aliases) carry no position: the reader's is where it stopped
            problems.add(reader.getLine() + 1, "not valid YAML: " + inWords(e.getMessage()));
            throw problems.exception();
        }
        if (root == null) {
            problems.add(1, "the file is empty");
            throw problems.exception();
        }
        Optional<YamlMapping> top = YamlMapping.read(root, "the questionnaire", TOP_KEYS, problems);
        if (top.isEmpty()) {
            throw problems.exception();
        }
        Questionnaire questionnaire = new FileReading(top.get(), problems).questionnaire();
        if (problems.any()) {
            throw problems.exception();
        }
        return questionnaire;
    }

    /**
     * Where to send the author: where the parser gave up, unless that is the end of the file
     * (an unclosed quote), where the start of the construct it was reading says more.
     */
    private static int yamlErrorLine(MarkedYAMLException e) {
        boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
        var mark = atEnd && e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
        return mark == null ? 0 : mark.getLine() + 1;
    }

    /** The expression, or for a long one the part around {@code position}, so a message stays readable. */
    private static String around(String source, int position) {
        int width = 40;
        if (source.length() <= 2 * width) {
            return source;
        }
        int start = Math.max(0, Math.min(position - width / 2, source.length() - width));
        return (start > 0 ? "…" : "") + source.substring(start, Math.min(source.length(), start + width))
                + (start + width < source.length() ? "…" : "");
    }

    private static String inWords(String snakeYamlMessage) {
        if (snakeYamlMessage.startsWith("Nesting Depth exceeded")) {
            return "lists and mappings nested more than " + new LoaderOptions().getNestingDepthLimit() + " deep";
        }
        if (snakeYamlMessage.startsWith("Number of aliases")) {
            return "more than " + new LoaderOptions().getMaxAliasesForCollections()
                    + " aliases (*name) of lists or mappings; write the content out instead";
        }
        return snakeYamlMessage;
    }

    private static String yamlErrorContext(MarkedYAMLException e) {
        return e.getContext() == null || e.getContextMark() == null ? ""
                : " (" + e.getContext() + " that starts on line " + (e.getContextMark().getLine() + 1) + ")";
    }

    private static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    private static Map<String, String> unsupportedTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        String repeat = "repeats are not supported: ask a fixed number of times (kind_1, kind_2, … each with a relevant"
                + " on a count asked before), or ask for a count or a list";
        for (String type : List.of("begin_repeat", "end_repeat", "begin repeat", "end repeat", "repeat")) {
            types.put(type, repeat);
        }
        String group = "groups are pages in Stemmen: put the questions of a group under a page of their own";
        for (String type : List.of("begin_group", "end_group", "begin group", "end group")) {
            types.put(type, group);
        }
        String fromFile = "choices from an external file are not supported: write the choices under 'choices:'"
                + " (a choice_filter narrows a long list)";
        types.put("select_one_from_file", fromFile);
        types.put("select_multiple_from_file", fromFile);
        String press = "there is nothing to press: use a note to show a text, or a select_one with one option to have it confirmed";
        types.put("trigger", press);
        types.put("acknowledge", press);
        String location = "locations are not collected: ask for a postcode, neighbourhood or city as select_one or text";
        for (String type : List.of("geopoint", "geotrace", "geoshape", "start-geopoint")) {
            types.put(type, location);
        }
        String capture = "photos, sound, video and files are not collected (they identify people and fill the database):"
                + " ask in words with a text question";
        for (String type : List.of("image", "audio", "video", "file", "background-audio")) {
            types.put(type, capture);
        }
        types.put("barcode", "scanning is not supported: ask for the code as text");
        types.put("rank", "ranking is not supported: use a matrix with one row per item and the ranks as its choices,"
                + " or a select_multiple 'choose your three most important'");
        String metadata = "Stemmen records when and how a response was given itself: remove the row";
        for (String type : List.of("start", "end", "today", "deviceid", "phonenumber", "username", "email", "audit",
                "simserial", "subscriberid")) {
            types.put(type, metadata);
        }
        return Map.copyOf(types);
    }

    /** The state of reading one file: the choice lists and the variables defined so far. */
    private static final class FileReading {
        private final YamlMapping top;
        private final Problems problems;
        private final Map<String, ChoiceList> choiceLists = new LinkedHashMap<>();
        /** variable → line where it is defined, for every variable in the file. */
        private final Map<String, Integer> allVariables = new HashMap<>();
        /** names of questions that store no variable of their own name: matrices and notes → their type. */
        private final Map<String, String> withoutVariable = new HashMap<>();
        /** variables whose question comes before the expression being checked. */
        private final Set<String> earlier = new LinkedHashSet<>();
        private final Set<String> pageNames = new LinkedHashSet<>();
        /** the frame attributes declared under frame_attributes, which frame('…') may read. */
        private final Set<String> frameAttributes = new LinkedHashSet<>();
        /** variables of questions on pages before the one being read: what a choice_filter or a row may refer to. */
        private final Set<String> earlierPages = new LinkedHashSet<>();
        /** list → its choices' extra columns → the line of the first, kept only when a choice_filter reads them. */
        private final Map<String, Map<String, Integer>> extraColumns = new LinkedHashMap<>();
        /** list → the columns that choice_filters over it read. */
        private final Map<String, Set<String>> filteredColumns = new HashMap<>();
        /** variables of questions with choices (select_one, select_multiple, a matrix's rows), for jr:choice-name(). */
        private final Set<String> withChoices = new HashSet<>();
        /** translation key → line of every text that may show answers ({@code ${name}}), for problems with them. */
        private final Map<String, Integer> textLines = new HashMap<>();

        FileReading(YamlMapping top, Problems problems) {
            this.top = top;
            this.problems = problems;
        }

        Questionnaire questionnaire() {
            String id = top.text("id", true, "the questionnaire");
            if (id != null && !ID.matcher(id).matches()) {
                problems.add(top.line("id"), "id '" + id + "' may only hold a-z, 0-9 and '-'");
            } else if (id != null && id.length() > MAX_ID) {
                problems.add(top.line("id"), "the id has " + id.length() + " characters; at most " + MAX_ID);
            }
            int version = version();
            String language = top.text("language", true, "the questionnaire");
            List<String> translations = top.list("translations", false, "the questionnaire").stream()
                    .map(n -> scalar(n, "a translation language")).filter(s -> s != null).toList();
            String title = top.text("title", true, "the questionnaire");
            String intro = top.text("intro", false, "the questionnaire");
            String outro = top.text("outro", false, "the questionnaire");
            boolean dontUnderstand = top.flag("dont_understand", "the questionnaire");
            for (Node node : top.list("frame_attributes", false, "the questionnaire")) {
                String name = scalar(node, "a frame attribute");
                if (name != null && !FRAME_ATTRIBUTE.matcher(name).matches()) {
                    problems.add(node, "frame attribute '" + name + "': a frame column's name, a-z, 0-9 and _, starting with a letter");
                } else if (name != null) {
                    frameAttributes.add(name);
                }
            }
            top.get("choices").ifPresent(this::readChoiceLists);
            List<Node> pageNodes = top.list("pages", true, "the questionnaire");
            if (top.get("pages").isPresent() && pageNodes.isEmpty()) {
                problems.add(top.line("pages"), "the questionnaire has no pages");
            }
            collectVariables(pageNodes);
            List<Page> pages = pageNodes.stream().map(this::page).flatMap(Optional::stream).toList();
            unreadColumns();
            List.of("title", "intro", "outro").forEach(key -> textLines.put(key, top.line(key)));
            Questionnaire questionnaire = new Questionnaire(id, version, language, translations, title, intro, outro,
                    dontUnderstand, List.copyOf(frameAttributes), pages, choiceLists);
            // only a file that is whole otherwise: a question left out for another problem is no unknown name
            if (!problems.any()) {
                Piping piping = Piping.of(questionnaire);
                questionnaire.sourceTexts().forEach((key, text) -> piping.problems(key, text)
                        .forEach(problem -> problems.add(textLines.getOrDefault(key, 0), "text '" + key + "' " + problem)));
            }
            return questionnaire;
        }

        private int version() {
            String text = top.text("version", true, "the questionnaire");
            if (text == null) {
                return 0;
            }
            try {
                int version = Integer.parseInt(text);
                if (version >= 1) {
                    return version;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(top.line("version"), "version should be a whole number from 1, not '" + text + "'");
            return 0;
        }

        private String scalar(Node node, String what) {
            if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
                return s.getValue().strip();
            }
            problems.add(node, what + " should be a single value");
            return null;
        }

        private void readChoiceLists(Node node) {
            Optional<YamlMapping> lists = YamlMapping.read(node, "choices", anyKey(node), problems);
            lists.ifPresent(mapping -> anyKey(node).forEach(listName -> {
                if (!NAME.matcher(listName).matches()) {
                    problems.add(mapping.line(listName), "choice list name '" + listName + "' may only hold letters, digits, _, - and . (and start with a letter or _)");
                }
                List<Choice> choices = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (Node choiceNode : mapping.list(listName, true, "choice list '" + listName + "'")) {
                    String what = "a choice of list '" + listName + "'";
                    Set<String> extra = extraKeys(choiceNode);
                    Set<String> allowed = new LinkedHashSet<>(CHOICE_KEYS);
                    allowed.addAll(extra);
                    YamlMapping.read(choiceNode, what, allowed, problems).ifPresent(c -> {
                        String name = c.text("name", true, what);
                        String label = c.text("label", true, what);
                        if (name != null && !CHOICE_NAME.matcher(name).matches()) {
                            problems.add(c.line("name"), "choice name '" + name + "' may not hold spaces");
                        } else if (name != null && name.startsWith("_")) {
                            problems.add(c.line("name"), "choice name '" + name + "' may not start with _, which Stemmen keeps for its own options");
                        } else if (name != null && !seen.add(name)) {
                            problems.add(c.line("name"), "choice '" + name + "' appears twice in list '" + listName + "'");
                        }
                        Map<String, String> columns = new LinkedHashMap<>();
                        for (String column : extra) {
                            extraColumns.computeIfAbsent(listName, l -> new LinkedHashMap<>()).putIfAbsent(column, c.line(column));
                            Optional.ofNullable(c.text(column, false, what)).ifPresent(value -> columns.put(column, value));
                        }
                        choices.add(new Choice(name, label, c.flag("missing", what), c.flag("exclusive", what),
                                Map.copyOf(columns)));
                        textLines.put("choices." + listName + "." + name, c.line("label"));
                    });
                }
                choiceLists.put(listName, new ChoiceList(listName, List.copyOf(choices)));
            }));
        }

        /**
         * A choice's keys beyond name, label, missing and exclusive: columns a choice_filter may read. Known XLSForm
         * columns (image, label::English) and a stray key from a comma in {…} (no value) are not, so their messages stand.
         */
        private static Set<String> extraKeys(Node choice) {
            Set<String> extra = new LinkedHashSet<>();
            if (choice instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    boolean stray = t.getValueNode() instanceof ScalarNode value && value.getValue().isEmpty();
                    if (t.getKeyNode() instanceof ScalarNode k && !CHOICE_KEYS.contains(k.getValue())
                            && !k.getValue().contains("::") && !YamlMapping.isXlsFormOnly(k.getValue()) && !stray) {
                        extra.add(k.getValue());
                    }
                }
            }
            return extra;
        }

        /** A choice's column that no choice_filter reads is a typo as much as any unknown key. */
        private void unreadColumns() {
            extraColumns.forEach((list, columns) -> columns.forEach((column, line) -> {
                if (!filteredColumns.getOrDefault(list, Set.of()).contains(column)) {
                    problems.add(line, "unknown key '" + column + "' in a choice of list '" + list + "' (allowed: "
                            + String.join(", ", CHOICE_KEYS) + "; a column of your own only when a choice_filter over"
                            + " this list reads it)");
                }
            }));
        }

        private static Set<String> anyKey(Node node) {
            Set<String> keys = new LinkedHashSet<>();
            if (node instanceof MappingNode m) {
                m.getValue().forEach(t -> {
                    if (t.getKeyNode() instanceof ScalarNode s) {
                        keys.add(s.getValue());
                    }
                });
            }
            return keys;
        }

        /** A first pass, so that a reference to a later question can be told from one to a missing question. */
        private void collectVariables(List<Node> pageNodes) {
            for (Node pageNode : pageNodes) {
                for (Node q : sequence(pageNode, "questions")) {
                    String name = scalarValue(q, "name");
                    if (name == null) {
                        continue;
                    }
                    String type = Optional.ofNullable(scalarValue(q, "type")).map(t -> t.split("\\s+")[0]).orElse("");
                    if (type.equals("matrix") || type.equals("note")) {
                        withoutVariable.putIfAbsent(name, type);
                    } else {
                        allVariables.putIfAbsent(name, Problems.line(q));
                    }
                    if (Optional.ofNullable(scalarValue(q, "type")).orElse("").endsWith(" or_other")) {
                        allVariables.putIfAbsent(name + "_" + Choice.OTHER, Problems.line(q));
                    }
                    if (type.startsWith("select_")) {
                        withChoices.add(name);
                    }
                    sequence(q, "rows").stream().map(row -> scalarValue(row, "name")).filter(row -> row != null)
                            .forEach(row -> {
                                allVariables.putIfAbsent(name + "_" + row, Problems.line(q));
                                withChoices.add(name + "_" + row);
                            });
                }
            }
            allVariables.forEach((variable, line) -> {
                if (variable.length() > MAX_VARIABLE) {
                    problems.add(line, "variable '" + variable.substring(0, 40) + "…' has " + variable.length()
                            + " characters; a variable (a question's name, with its row or _other) has at most " + MAX_VARIABLE);
                }
            });
        }

        private Optional<Page> page(Node node) {
            Optional<YamlMapping> read = YamlMapping.read(node, "a page", PAGE_KEYS, problems);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            YamlMapping page = read.get();
            String name = page.text("name", true, "a page");
            String what = name == null ? "a page" : "page '" + name + "'";
            if (name != null && !NAME.matcher(name).matches()) {
                problems.add(page.line("name"), "page name '" + name + "' may only hold letters, digits, _, - and . (and start with a letter or _)");
            } else if (name != null && name.length() > MAX_ID) {
                problems.add(page.line("name"), "page name '" + name.substring(0, 40) + "…' has " + name.length()
                        + " characters; at most " + MAX_ID);
            } else if (name != null && !pageNames.add(name)) {
                problems.add(page.line("name"), "there are two pages named '" + name + "'");
            }
            String title = page.text("title", false, what);
            textLines.put(name + ".title", page.line("title"));
            Optional<Expression> relevant = expression(page, "relevant", what, List.of(), false);
            List<Question> questions = new ArrayList<>();
            List<Node> questionNodes = page.list("questions", true, what);
            if (page.get("questions").isPresent() && questionNodes.isEmpty()) {
                problems.add(page.line("questions"), what + " has no questions");
            }
            for (Node q : questionNodes) {
                question(name, q).ifPresent(questions::add);
            }
            earlierPages.addAll(earlier);
            return Optional.of(new Page(name, title, relevant, List.copyOf(questions), page.line()));
        }

        private Optional<Question> question(String pageName, Node node) {
            Optional<YamlMapping> read = YamlMapping.read(node, "a question", QUESTION_KEYS, problems);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            YamlMapping q = read.get();
            String name = q.text("name", true, "a question");
            String what = name == null ? "a question" : "question '" + name + "'";
            if (name != null && !NAME.matcher(name).matches()) {
                problems.add(q.line("name"), "question name '" + name + "' may only hold letters, digits, _, - and . (and start with a letter or _)");
            }
            String typeText = q.text("type", true, what);
            QuestionType type = null;
            ChoiceList choices = null;
            boolean orOther = false;
            if (typeText != null) {
                String[] parts = typeText.split("\\s+");
                type = QuestionType.byKeyword(parts[0]).orElse(null);
                orOther = type != null && parts.length == 3 && parts[2].equals("or_other");
                String unsupported = UNSUPPORTED_TYPES.getOrDefault(String.join(" ", parts), UNSUPPORTED_TYPES.get(parts[0]));
                if (type == null && unsupported != null) {
                    problems.add(q.line("type"), "type '" + typeText + "' of " + what + " is XLSForm that Stemmen does not take: "
                            + unsupported);
                } else if (type == null) {
                    problems.add(q.line("type"), "unknown type '" + parts[0] + "' for " + what + " (known: "
                            + QuestionType.keywords() + ")");
                } else if (orOther && type != QuestionType.SELECT_ONE && type != QuestionType.SELECT_MULTIPLE) {
                    problems.add(q.line("type"), "or_other is for select_one and select_multiple, not " + type.keyword());
                } else if (type.needsChoices() && parts.length == 3 && !orOther) {
                    problems.add(q.line("type"), "'" + parts[2] + "' after the choice list of " + what
                            + ": only or_other may follow it");
                } else if (type.needsChoices() && parts.length != (orOther ? 3 : 2)) {
                    problems.add(q.line("type"), "type " + type.keyword() + " needs a choice list, e.g. '"
                            + type.keyword() + " ja_nee'");
                } else if (type.needsChoices()) {
                    choices = choiceLists.get(parts[1]);
                    if (choices == null) {
                        problems.add(q.line("type"), what + " uses choice list '" + parts[1]
                                + "', which is not under 'choices:'" + known(choiceLists.keySet()));
                    } else if (choices.choices().isEmpty()) {
                        problems.add(q.line("type"), "choice list '" + parts[1] + "' has no choices");
                    } else if (orOther) {
                        choices = withOther(choices, q.line("type"));
                    }
                } else if (parts.length > 1) {
                    problems.add(q.line("type"), "type " + type.keyword() + " takes no choice list");
                }
            }
            // a calculate is never shown, so its label is only for the codebook
            String label = q.text("label", type != QuestionType.CALCULATE, what);
            String hint = q.text("hint", false, what);
            boolean required = q.flag("required", what);
            String requiredMessage = q.text("required_message", false, what);
            for (String field : List.of("label", "hint", "required_message", "constraint_message")) {
                textLines.put(pageName + "." + name + "." + field, q.line(field));
            }
            List<MatrixRow> rows = rows(q, type, what);
            rows.forEach(row -> textLines.put(pageName + "." + name + ".row." + row.name(), q.line("rows")));
            Optional<Expression> choiceFilter = choiceFilter(q, type, choices, what);
            Range range = range(q, type, what);

            // The question's own relevance may only look back; its constraint may also look at itself.
            List<String> variables = variables(name, type, rows, orOther);
            Optional<Expression> relevant = expression(q, "relevant", what, variables, false);
            Optional<Expression> constraint = expression(q, "constraint", what, variables, true);
            String constraintMessage = q.text("constraint_message", false, what);
            if (type == QuestionType.NOTE && (required || constraint.isPresent())) {
                problems.add(q.line(), "a note cannot be required or have a constraint");
            }
            Optional<Expression> calculation = calculation(q, type, what, variables);
            if (type == QuestionType.CALCULATE && (required || constraint.isPresent())) {
                problems.add(q.line(), what + " is a calculate, which nobody answers: it cannot be required or have"
                        + " a constraint (check the answers it is calculated from instead)");
            }
            for (String variable : variables) {
                if (!earlier.add(variable)) {
                    problems.add(q.line("name"), "the name '" + variable + "' is used twice");
                }
            }
            String checks = q.text("checks", false, what);
            if (checks != null && !NAME.matcher(checks).matches()) {
                problems.add(q.line("checks"), "checks of " + what + ": '" + checks + "' is no question name; write the"
                        + " name of the landing page's filter question this question repeats");
            } else if (checks != null && (type == QuestionType.NOTE || type == QuestionType.MATRIX)) {
                problems.add(q.line("checks"), "a " + type.keyword() + " has no single answer to compare: only a question"
                        + " with one variable checks a filter question");
            }
            if (name == null || type == null) {
                return Optional.empty();
            }
            return Optional.of(new Question(pageName, name, type, choices, rows, label, hint, required,
                    requiredMessage, relevant, constraint, constraintMessage, q.line(), choiceFilter, orOther, range,
                    checks, calculation));
        }

        /** A calculate's {@code calculation}: required there, over earlier questions only; refused on any other type. */
        private Optional<Expression> calculation(YamlMapping q, QuestionType type, String what, List<String> own) {
            if (type != QuestionType.CALCULATE) {
                if (q.get("calculation").isPresent()) {
                    problems.add(q.line("calculation"), "only a question of type calculate has a calculation");
                }
                return Optional.empty();
            }
            if (q.get("calculation").isEmpty()) {
                problems.add(q.line(), what + " is a calculate and needs 'calculation:', e.g. calculation: ${a} + ${b}");
                return Optional.empty();
            }
            return expression(q, "calculation", what, own, false);
        }

        private static List<String> variables(String name, QuestionType type, List<MatrixRow> rows, boolean orOther) {
            if (name == null || type == QuestionType.NOTE) {
                return List.of();
            }
            if (type == QuestionType.MATRIX) {
                return rows.stream().map(r -> name + "_" + r.name()).toList();
            }
            return orOther ? List.of(name, name + "_" + Choice.OTHER) : List.of(name);
        }

        /** The list as an or_other question offers it: its choices, then {@link Choice#OTHER}. */
        private ChoiceList withOther(ChoiceList list, int line) {
            if (list.choice(Choice.OTHER).isPresent()) {
                problems.add(line, "choice list '" + list.name() + "' has a choice 'other' already: remove it, or"
                        + " remove or_other (which adds it)");
            }
            List<Choice> choices = new ArrayList<>(list.choices());
            choices.add(new Choice(Choice.OTHER, OTHER_LABEL, false, false, Map.of()));
            return new ChoiceList(list.name(), List.copyOf(choices));
        }

        /**
         * A choice_filter: over a select or matrix, its references on earlier pages (the page is shown once, without
         * JavaScript), its bare words {@code name} or a column that the list's choices have.
         */
        private Optional<Expression> choiceFilter(YamlMapping q, QuestionType type, ChoiceList choices, String what) {
            if (q.get("choice_filter").isEmpty()) {
                return Optional.empty();
            }
            if (type != null && !type.needsChoices()) {
                problems.add(q.line("choice_filter"), "only a select_one, select_multiple or matrix has a choice_filter");
                return Optional.empty();
            }
            Optional<Expression> filter = earlierPagesExpression(q, "choice_filter", what, true);
            if (filter.isEmpty() || choices == null) {
                return filter;
            }
            Set<String> columns = new LinkedHashSet<>();
            choices.choices().forEach(c -> columns.addAll(c.columns().keySet()));
            for (String field : filter.get().choiceFields()) {
                if (field.equals("name")) {
                    continue;
                }
                filteredColumns.computeIfAbsent(choices.name(), l -> new LinkedHashSet<>()).add(field);
                if (!columns.contains(field)) {
                    problems.add(q.line("choice_filter"), "choice_filter of " + what + " reads '" + field + "', which no"
                            + " choice of list '" + choices.name() + "' has" + (columns.isEmpty() ? "" : " (they have: "
                            + String.join(", ", columns) + ")") + "; write a text in quotes ('" + field + "'), an answer as ${"
                            + field + "}, or add the column to the choices");
                }
            }
            return filter;
        }

        /** The numbers of a range question, from {@code parameters: start=0 end=10 step=1} (XLSForm's defaults 1, 10, 1). */
        private Range range(YamlMapping q, QuestionType type, String what) {
            String text = q.text("parameters", false, what);
            if (type != QuestionType.RANGE) {
                if (text != null) {
                    problems.add(q.line("parameters"), "only a range question takes parameters (start=0 end=10 step=1)");
                }
                return null;
            }
            Map<String, BigDecimal> values = new HashMap<>(Map.of("start", Range.DEFAULT.start(), "end",
                    Range.DEFAULT.end(), "step", Range.DEFAULT.step()));
            for (String part : text == null ? new String[0] : text.strip().split("\\s+")) {
                String[] pair = part.split("=", 2);
                BigDecimal number = pair.length == 2 ? number(pair[1]) : null;
                if (number == null || !values.containsKey(pair[0])) {
                    problems.add(q.line("parameters"), "parameters of " + what + ": '" + part + "' is not start=, end= or"
                            + " step= with a number; write e.g. start=0 end=10 step=1");
                    return null;
                }
                values.put(pair[0], number);
            }
            BigDecimal start = values.get("start");
            BigDecimal end = values.get("end");
            BigDecimal step = values.get("step");
            String problem = step.signum() <= 0 ? "step must be above 0"
                    : start.compareTo(end) == 0 ? "start and end are the same"
                    : end.subtract(start).abs().remainder(step).signum() != 0 ? "steps of " + step + " from " + start
                            + " do not reach " + end
                    : end.subtract(start).abs().divide(step).compareTo(BigDecimal.valueOf(MAX_RANGE_OPTIONS - 1)) > 0
                            ? "more than " + MAX_RANGE_OPTIONS + " numbers do not fit on a phone; use an integer"
                                    + " question with a constraint instead"
                    : null;
            if (problem != null) {
                problems.add(q.line("parameters"), "parameters of " + what + ": " + problem);
                return null;
            }
            return new Range(start, end, step);
        }

        private static BigDecimal number(String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private List<MatrixRow> rows(YamlMapping q, QuestionType type, String what) {
            if (q.get("rows").isPresent() && type != QuestionType.MATRIX) {
                problems.add(q.line("rows"), "only a matrix question has rows");
                return List.of();
            }
            if (type != QuestionType.MATRIX) {
                return List.of();
            }
            List<MatrixRow> rows = new ArrayList<>();
            List<Node> rowNodes = q.list("rows", true, what);
            if (q.get("rows").isPresent() && rowNodes.isEmpty()) {
                problems.add(q.line("rows"), what + " has no rows");
            }
            for (Node rowNode : rowNodes) {
                YamlMapping.read(rowNode, "a row of " + what, ROW_KEYS, problems).ifPresent(row -> {
                    String rowName = row.text("name", true, "a row of " + what);
                    if (rowName != null && !NAME.matcher(rowName).matches()) {
                        problems.add(row.line("name"), "row name '" + rowName + "' may only hold letters, digits, _, - and . (and start with a letter or _)");
                    }
                    String rowWhat = rowName == null ? "a row of " + what : "row '" + rowName + "' of " + what;
                    rows.add(new MatrixRow(rowName, row.text("label", true, "a row of " + what),
                            earlierPagesExpression(row, "relevant", rowWhat, false)));
                });
            }
            return List.copyOf(rows);
        }

        /**
         * Parses an expression and checks what it refers to: only earlier questions, and for a
         * constraint also the question's own variables ({@code own}).
         */
        private Optional<Expression> expression(YamlMapping owner, String key, String what, List<String> own,
                boolean isConstraint) {
            String source = owner.text(key, false, what);
            if (source == null) {
                return Optional.empty();
            }
            int line = owner.line(key);
            Expression expression;
            try {
                expression = Expression.parse(source);
            } catch (ExpressionSyntaxException e) {
                problems.add(line, key + " of " + what + ": " + syntaxProblem(e) + " at position " + (e.position() + 1)
                        + " in: " + around(source, e.position()));
                return Optional.empty();
            }
            checkReferences(expression, line, key, what, own, isConstraint);
            return Optional.of(expression);
        }

        /** pulldata() is XLSForm's way to read external data; it gets a sentence of its own. */
        private static String syntaxProblem(ExpressionSyntaxException e) {
            return e instanceof UnknownFunctionException unknown && unknown.functionName().equals("pulldata")
                    ? "pulldata() reads an external file, which Stemmen does not take: what the sample frame knows of"
                            + " a respondent is read with frame('attribute') (see frame_attributes)"
                    : e.getMessage();
        }

        /**
         * An expression that may only refer to questions on earlier pages: a choice_filter (bare words are the
         * choice's fields) or a matrix row's relevant. Pages work without JavaScript, so what they offer is
         * settled before they are shown.
         */
        private Optional<Expression> earlierPagesExpression(YamlMapping owner, String key, String what, boolean filter) {
            String source = owner.text(key, false, what);
            if (source == null) {
                return Optional.empty();
            }
            int line = owner.line(key);
            Expression expression;
            try {
                expression = filter ? Expression.parseChoiceFilter(source) : Expression.parse(source);
            } catch (ExpressionSyntaxException e) {
                problems.add(line, key + " of " + what + ": " + syntaxProblem(e) + " at position " + (e.position() + 1)
                        + " in: " + around(source, e.position()));
                return Optional.empty();
            }
            checkReferences(expression, line, key, what, List.of(), false);
            for (String ref : expression.references()) {
                if (earlier.contains(ref) && !earlierPages.contains(ref)) {
                    problems.add(line, key + " of " + what + " refers to ${" + ref + "}, which is on the same page: it can"
                            + " only use answers from earlier pages, so move " + ref + " to a page before");
                }
            }
            return Optional.of(expression);
        }

        private void checkReferences(Expression expression, int line, String key, String what, List<String> own,
                boolean isConstraint) {
            for (String attribute : expression.frameAttributes()) {
                if (!frameAttributes.contains(attribute)) {
                    problems.add(line, key + " of " + what + " reads frame('" + attribute + "'), which is not declared: "
                            + "add it to frame_attributes at the top of the file");
                }
            }
            for (String question : expression.choiceNameQuestions()) {
                if (allVariables.containsKey(question) && !withChoices.contains(question)) {
                    problems.add(line, key + " of " + what + " asks jr:choice-name() for a label of ${" + question
                            + "}, which has no choices");
                }
            }
            if (expression.usesCurrentValue() && !isConstraint) {
                problems.add(line, key + " of " + what + " uses '.', which only a constraint can use");
            }
            for (String ref : expression.references()) {
                if (earlier.contains(ref) || isConstraint && own.contains(ref)) {
                    continue;
                }
                if (own.contains(ref)) {
                    problems.add(line, key + " of " + what + " refers to itself: a cycle");
                } else if ("matrix".equals(withoutVariable.get(ref))) {
                    problems.add(line, key + " of " + what + " refers to ${" + ref + "}, a matrix: refer to one of its"
                            + " statements instead, e.g. ${" + ref + "_<row>}");
                } else if ("note".equals(withoutVariable.get(ref))) {
                    problems.add(line, key + " of " + what + " refers to ${" + ref + "}, a note, which has no answer");
                } else if (allVariables.containsKey(ref)) {
                    problems.add(line, key + " of " + what + " refers to ${" + ref + "}, which comes later (line "
                            + allVariables.get(ref) + "); it can only depend on earlier questions");
                } else {
                    problems.add(line, key + " of " + what + " refers to ${" + ref + "}, which does not exist");
                }
            }
        }

        /** The value under {@code key} in a mapping node, before the mapping is read and checked. */
        private static Optional<Node> child(Node node, String key) {
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                        return Optional.of(tuple.getValueNode());
                    }
                }
            }
            return Optional.empty();
        }

        private static List<Node> sequence(Node node, String key) {
            return child(node, key).filter(SequenceNode.class::isInstance).map(n -> ((SequenceNode) n).getValue())
                    .orElse(List.of());
        }

        private static String scalarValue(Node node, String key) {
            return child(node, key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue().strip())
                    .orElse(null);
        }

        private static String known(Set<String> names) {
            return names.isEmpty() ? "" : " (there: " + String.join(", ", names) + ")";
        }
    }
}
