package nl.stemmen.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Walks the demo questionnaire {@code thuis-in-de-stad} over HTTP along the two test routes
 * described at the top of {@code questionnaires/thuis-in-de-stad.yaml}, in Dutch, Arabic and
 * Tigrinya. On every page it checks which page is shown, exactly which questions are in the HTML,
 * and the page's language and writing direction; at the end, that the response is completed and
 * exactly which answers are stored, so a skipped page that is shown, a hidden question that is
 * rendered or an answer that routing should have cleared fails the walk.
 */
@QuarkusTest
class DemoWalkTest {

    private static final String DEMO = "thuis-in-de-stad";
    private static final String UNANSWERED = "unanswered";
    /** A select_multiple left empty: the driver lists select_multiple rows, so its status comes in a list. */
    private static final List<String> UNANSWERED_LIST = List.of(UNANSWERED);

    /** Matrix questions store one variable per row: {@code <question>_<row>}. */
    private static final Map<String, List<String>> MATRIX_ROWS = Map.of(
            "nl_kunnen", List.of("praten", "verstaan", "lezen", "schrijven"),
            "taalles_stellingen", List.of("veel_leren", "docent", "niveau", "tempo", "combineren"),
            "buurt_stellingen", List.of("veilig", "schoon", "omgang", "helpen", "voorzieningen"),
            "contact", List.of("eigen_groep", "nieuwkomers", "lang_hier", "buren"),
            "thuis_stellingen", List.of("welkom", "thuis_nl", "blijven", "geaccepteerd"),
            "gevoelens", List.of("zenuwachtig", "rustig", "somber", "gelukkig"),
            "gemeente_stellingen", List.of("luistert", "bereikbaar", "intake", "plan"));
    /** Notes show text only and have no input. */
    private static final Set<String> NOTES = Set.of("uitleg_gezondheid", "uitleg_somber");

    private static final List<String> ALL_PAGES = List.of("over_u", "uw_situatie", "taal", "taalles", "werk", "geld",
            "wonen", "contacten", "thuis", "gezondheid", "gemeente");

    /** Route A: asylum status holder with paid work and language class, consents to health questions. */
    @ParameterizedTest(name = "route A in {0}")
    @ValueSource(strings = { "nl", "ar", "ti" })
    void routeA(String language) {
        Walk walk = Walk.start(language);

        walk.onPage("over_u", "status", "geslacht", "leeftijd", "geboorteland", "aankomstjaar", "leerroute");
        walk.next("status", "asiel", "geslacht", "vrouw", "leeftijd", "30_39", "geboorteland", "syrie",
                "aankomstjaar", "2021", "leerroute", "b1");

        // zoekt_werk is hidden while situatie is empty; with paid work chosen it stays hidden, no come-back
        walk.onPage("uw_situatie", "situatie", "inburgering_start", "inburgering_klaar");
        walk.next("situatie", List.of("taalles", "betaald_werk"), "inburgering_klaar", "nee");

        walk.onPage("taal", "nl_kunnen", "nl_oefenen", "nl_meer_oefenen", "nl_helpt");
        walk.next("nl_kunnen_praten", "goed", "nl_oefenen", List.of("winkel", "werk"));

        // taalles applies: the language class was chosen
        walk.onPage("taalles", "taalles_uren", "taalles_stellingen", "taalles_tevreden");
        walk.next("taalles_uren", "8", "taalles_tevreden", "tevreden");

        // werk applies through paid work; nothing about volunteering
        walk.onPage("werk", "werk_uren", "werk_contract", "werk_tevreden");
        walk.next("werk_uren", "16", "werk_contract", "tijdelijk");
        // 16 < 24 hours: the page comes back asking about more hours
        walk.cameBackWith("werk", "werk_uren", "werk_meer_uren", "werk_contract", "werk_tevreden");
        walk.nextKeepingAnswers();

        walk.onPage("geld", "rondkomen", "hulp_geld", "problemen");
        walk.next("rondkomen", "moeilijk", "problemen", List.of("nederlands", "geld"));
        walk.cameBackWith("geld", "rondkomen", "hulp_geld", "problemen", "problemen_hulp");
        walk.nextKeepingAnswers();

        walk.onPage("wonen", "woonsituatie", "woning_tevreden", "buurt_stellingen");
        walk.next("woonsituatie", "huur_corporatie");
        // a rented home: rent and household size appear
        walk.cameBackWith("wonen", "woonsituatie", "huur", "huishouden", "woning_tevreden", "buurt_stellingen");
        walk.nextKeepingAnswers("huur", "650.50", "huishouden", "3");

        walk.onPage("contacten", "contact", "ontmoeten", "drempels", "meer_contact");
        walk.next();

        walk.onPage("thuis", "thuis_stellingen", "discriminatie", "uitleg_gezondheid", "toestemming_gezondheid");
        walk.next("discriminatie", "nooit", "toestemming_gezondheid", "ja");

        // consent given: the health page applies
        walk.onPage("gezondheid", "gezondheid_algemeen", "gevoelens", "zorg_gekregen");
        walk.next("gevoelens_somber", "soms", "zorg_gekregen", "ja");

        walk.onPage("gemeente", "klantmanager", "gemeente_cijfer", "gemeente_tip", "hulp_invullen");
        walk.next("klantmanager", "ja", "gemeente_cijfer", "7");
        walk.cameBackWith("gemeente", "klantmanager", "gemeente_stellingen", "gemeente_cijfer", "gemeente_tip", "hulp_invullen");
        walk.nextKeepingAnswers();

        walk.assertCompleted();
        walk.assertVisited(ALL_PAGES, List.of());

        Map<String, Object> expected = new LinkedHashMap<>();
        // over_u (geboorteland_anders not shown)
        expected.put("status", "asiel");
        expected.put("geslacht", "vrouw");
        expected.put("leeftijd", "30_39");
        expected.put("geboorteland", "syrie");
        expected.put("aankomstjaar", number("2021"));
        expected.put("aankomst_periode", "vanaf_2015");
        expected.put("leerroute", "b1");
        // uw_situatie: choices in the order of the choice list, not the order sent
        expected.put("situatie", List.of("betaald_werk", "taalles"));
        expected.put("inburgering_start", UNANSWERED);
        expected.put("inburgering_klaar", "nee");
        // taal
        expected.put("nl_kunnen_praten", "goed");
        expected.put("nl_kunnen_verstaan", UNANSWERED);
        expected.put("nl_kunnen_lezen", UNANSWERED);
        expected.put("nl_kunnen_schrijven", UNANSWERED);
        expected.put("nl_oefenen", List.of("werk", "winkel"));
        expected.put("nl_meer_oefenen", UNANSWERED);
        expected.put("nl_helpt", UNANSWERED);
        // taalles
        expected.put("taalles_uren", number("8"));
        rowsUnanswered(expected, "taalles_stellingen");
        expected.put("taalles_tevreden", "tevreden");
        // werk
        expected.put("werk_uren", number("16"));
        expected.put("werk_meer_uren", UNANSWERED);
        expected.put("werk_contract", "tijdelijk");
        expected.put("werk_tevreden", UNANSWERED);
        // geld
        expected.put("rondkomen", "moeilijk");
        expected.put("hulp_geld", UNANSWERED);
        expected.put("problemen", List.of("geld", "nederlands"));
        expected.put("problemen_hulp", UNANSWERED);
        // wonen
        expected.put("woonsituatie", "huur_corporatie");
        expected.put("huur", number("650.5"));
        expected.put("huishouden", number("3"));
        expected.put("woning_tevreden", UNANSWERED);
        rowsUnanswered(expected, "buurt_stellingen");
        // contacten
        rowsUnanswered(expected, "contact");
        expected.put("ontmoeten", UNANSWERED_LIST);
        expected.put("drempels", UNANSWERED_LIST);
        expected.put("meer_contact", UNANSWERED);
        // thuis
        rowsUnanswered(expected, "thuis_stellingen");
        expected.put("discriminatie", "nooit");
        expected.put("toestemming_gezondheid", "ja");
        // gezondheid
        expected.put("gezondheid_algemeen", UNANSWERED);
        rowsUnanswered(expected, "gevoelens");
        expected.put("gevoelens_somber", "soms");
        expected.put("zorg_gekregen", "ja");
        // gemeente
        expected.put("klantmanager", "ja");
        rowsUnanswered(expected, "gemeente_stellingen");
        expected.put("gemeente_cijfer", number("7"));
        expected.put("gemeente_tip", UNANSWERED);
        expected.put("hulp_invullen", UNANSWERED);

        walk.assertStored(expected, "geboorteland_anders", "situatie_anders", "zoekt_werk", "taalles_verbeteren",
                "vrijwillig_uren", "vrijwillig_tevreden", "woonsituatie_anders", "drempels_anders",
                "discriminatie_waar", "discriminatie_reden", "zorg_probleem");
    }

    /** Route B: family migrant, no work, no language class, no consent to health questions. */
    @ParameterizedTest(name = "route B in {0}")
    @ValueSource(strings = { "nl", "ar", "ti" })
    void routeB(String language) {
        Walk walk = Walk.start(language);

        walk.onPage("over_u", "status", "geslacht", "leeftijd", "geboorteland", "aankomstjaar", "leerroute");
        walk.next("status", "gezinsmigrant", "geslacht", "man", "leeftijd", "40_49", "geboorteland", "marokko",
                "leerroute", "weet_niet");

        walk.onPage("uw_situatie", "situatie", "inburgering_start", "inburgering_klaar");
        walk.next("situatie", List.of("geen_inkomen"));
        // no paid work: the page comes back asking whether they look for work
        walk.cameBackWith("uw_situatie", "situatie", "zoekt_werk", "inburgering_start", "inburgering_klaar");
        walk.nextKeepingAnswers();

        walk.onPage("taal", "nl_kunnen", "nl_oefenen", "nl_meer_oefenen", "nl_helpt");
        walk.next();

        // taalles (no language class) and werk (no paid work, no volunteering) are skipped
        walk.onPage("geld", "rondkomen", "hulp_geld", "problemen");
        walk.next("problemen", List.of("geen"));
        // "none of these": problemen_hulp stays hidden, the page does not come back

        walk.onPage("wonen", "woonsituatie", "woning_tevreden", "buurt_stellingen");
        walk.next("woonsituatie", "familie");
        // living with family: household size appears, rent does not
        walk.cameBackWith("wonen", "woonsituatie", "huishouden", "woning_tevreden", "buurt_stellingen");
        walk.nextKeepingAnswers();

        walk.onPage("contacten", "contact", "ontmoeten", "drempels", "meer_contact");
        walk.next();

        walk.onPage("thuis", "thuis_stellingen", "discriminatie", "uitleg_gezondheid", "toestemming_gezondheid");
        walk.next("discriminatie", "zeg_niet", "toestemming_gezondheid", "nee");

        // no consent: gezondheid is skipped
        walk.onPage("gemeente", "klantmanager", "gemeente_cijfer", "gemeente_tip", "hulp_invullen");
        walk.next("klantmanager", "nee");
        // gemeente_stellingen stays hidden: this was the last page

        walk.assertCompleted();
        walk.assertVisited(List.of("over_u", "uw_situatie", "taal", "geld", "wonen", "contacten", "thuis", "gemeente"),
                List.of("taalles", "werk", "gezondheid"));

        Map<String, Object> expected = new LinkedHashMap<>();
        // over_u
        expected.put("status", "gezinsmigrant");
        expected.put("geslacht", "man");
        expected.put("leeftijd", "40_49");
        expected.put("geboorteland", "marokko");
        expected.put("aankomstjaar", UNANSWERED);
        expected.put("leerroute", "weet_niet");
        // uw_situatie
        expected.put("situatie", List.of("geen_inkomen"));
        expected.put("zoekt_werk", UNANSWERED);
        expected.put("inburgering_start", UNANSWERED);
        expected.put("inburgering_klaar", UNANSWERED);
        // taal
        rowsUnanswered(expected, "nl_kunnen");
        expected.put("nl_oefenen", UNANSWERED_LIST);
        expected.put("nl_meer_oefenen", UNANSWERED);
        expected.put("nl_helpt", UNANSWERED);
        // geld
        expected.put("rondkomen", UNANSWERED);
        expected.put("hulp_geld", UNANSWERED);
        expected.put("problemen", List.of("geen"));
        // wonen
        expected.put("woonsituatie", "familie");
        expected.put("huishouden", UNANSWERED);
        expected.put("woning_tevreden", UNANSWERED);
        rowsUnanswered(expected, "buurt_stellingen");
        // contacten
        rowsUnanswered(expected, "contact");
        expected.put("ontmoeten", UNANSWERED_LIST);
        expected.put("drempels", UNANSWERED_LIST);
        expected.put("meer_contact", UNANSWERED);
        // thuis
        rowsUnanswered(expected, "thuis_stellingen");
        expected.put("discriminatie", "zeg_niet");
        expected.put("toestemming_gezondheid", "nee");
        // gemeente
        expected.put("klantmanager", "nee");
        expected.put("gemeente_cijfer", UNANSWERED);
        expected.put("gemeente_tip", UNANSWERED);
        expected.put("hulp_invullen", UNANSWERED);

        walk.assertStored(expected,
                // questions hidden on the pages that were shown
                "geboorteland_anders", "situatie_anders", "problemen_hulp", "woonsituatie_anders", "huur",
                "drempels_anders", "discriminatie_waar", "discriminatie_reden", "gemeente_stellingen_luistert",
                // skipped pages: taalles, werk, gezondheid
                "taalles_uren", "taalles_stellingen_veel_leren", "taalles_tevreden", "taalles_verbeteren",
                "werk_uren", "werk_meer_uren", "werk_contract", "werk_tevreden", "vrijwillig_uren", "vrijwillig_tevreden",
                "gezondheid_algemeen", "gevoelens_somber", "zorg_gekregen", "zorg_probleem");
    }

    /**
     * Changing one's mind: an answer typed into a question that then stops applying is deleted, and
     * so are the answers on a page that is skipped after going back and changing an earlier answer.
     */
    @Test
    void changingAnAnswerClearsWhatNoLongerApplies() {
        Walk walk = Walk.start("nl");
        walk.onPage("over_u", "status", "geslacht", "leeftijd", "geboorteland", "aankomstjaar", "leerroute");
        walk.next("status", "asiel", "geslacht", "vrouw", "leeftijd", "30_39");
        walk.onPage("uw_situatie", "situatie", "inburgering_start", "inburgering_klaar");
        walk.next("situatie", List.of("betaald_werk", "taalles"));
        walk.onPage("taal", "nl_kunnen", "nl_oefenen", "nl_meer_oefenen", "nl_helpt");
        walk.next();

        // unhappy with the class: the page comes back asking what could be better
        walk.onPage("taalles", "taalles_uren", "taalles_stellingen", "taalles_tevreden");
        walk.next("taalles_uren", "8", "taalles_tevreden", "ontevreden");
        walk.cameBackWith("taalles", "taalles_uren", "taalles_stellingen", "taalles_tevreden", "taalles_verbeteren");
        // types an improvement but then picks "tevreden": the improvement no longer applies and is not kept
        walk.nextKeepingAnswers("taalles_verbeteren", "Minder snel", "taalles_tevreden", "tevreden");

        walk.onPage("werk", "werk_uren", "werk_contract", "werk_tevreden");
        Map<String, Object> stored = walk.s.storedAnswers();
        assertFalse(stored.containsKey("taalles_verbeteren"), "taalles_verbeteren: " + stored.get("taalles_verbeteren"));
        assertEquals("tevreden", stored.get("taalles_tevreden"));
        walk.next("werk_uren", "30", "werk_contract", "vast");
        walk.onPage("geld", "rondkomen", "hulp_geld", "problemen");

        // back to uw_situatie (browser history): no paid work and no language class after all
        walk.goTo("uw_situatie");
        walk.onPage("uw_situatie", "situatie", "inburgering_start", "inburgering_klaar");
        assertEquals(List.of("betaald_werk", "taalles"), walk.s.prefilled().get("situatie"));
        walk.next("situatie", List.of("geen_inkomen"));
        walk.cameBackWith("uw_situatie", "situatie", "zoekt_werk", "inburgering_start", "inburgering_klaar");
        // taalles and werk no longer apply: their answers are gone at once
        stored = walk.s.storedAnswers();
        for (String variable : List.of("taalles_uren", "taalles_tevreden", "taalles_stellingen_docent", "werk_uren",
                "werk_contract", "werk_tevreden")) {
            assertFalse(stored.containsKey(variable), variable + " should be cleared, is " + stored.get(variable));
        }
        walk.nextKeepingAnswers();

        walk.onPage("taal", "nl_kunnen", "nl_oefenen", "nl_meer_oefenen", "nl_helpt");
        walk.next();
        // taalles and werk are skipped now, and cannot be opened by their address either
        walk.onPage("geld", "rondkomen", "hulp_geld", "problemen");
        walk.goTo("taalles");
        assertEquals("geld", walk.s.pageName(), "a skipped page leads to the current page");
        walk.goTo("werk");
        assertEquals("geld", walk.s.pageName(), "a skipped page leads to the current page");
        assertEquals(List.of("geen_inkomen"), walk.s.storedAnswers().get("situatie"));
    }

    // ---------------------------------------------------------------------------------------------

    /** One respondent's walk: the session, its language, the pages seen and what was last submitted. */
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\p{Nd}+");

    private static final class Walk {

        final String language;
        final RespondentSession s;
        final List<String> visited = new ArrayList<>();
        private Map<String, List<String>> lastSubmitted = Map.of();
        /** "Step n of m" on the last page arrived at, as its two numbers, and each page's n, m and bar width. */
        private List<Integer> lastProgress = List.of();
        private final List<Integer> steps = new ArrayList<>();
        private final List<Integer> counts = new ArrayList<>();
        private final List<Integer> bars = new ArrayList<>();

        private Walk(String language, RespondentSession session) {
            this.language = language;
            this.s = session;
        }

        static Walk start(String language) {
            return new Walk(language, RespondentSession.preview(DEMO, language));
        }

        /** Arrived on {@code page} (not a come-back) showing exactly {@code questions}, in this order. */
        void onPage(String page, String... questions) {
            assertFalse(s.path.endsWith("/added"), "expected a new page, got a come-back: " + s.path);
            assertPage(page, questions);
            assertNull(s.page.selectFirst(".added"), "no 'more questions' notice on " + page);
            visited.add(page);
            lastProgress = progress();
            steps.add(lastProgress.get(0));
            counts.add(lastProgress.get(1));
            bars.add(bar());
        }

        private List<Integer> progress() {
            return DIGITS.matcher(s.page.selectFirst(".progress").text()).results().map(m -> Integer.parseInt(m.group())).toList();
        }

        private int bar() {
            String style = s.page.selectFirst(".progress .bar span").attr("style");
            return Integer.parseInt(style.replaceAll("\\D", ""));
        }

        /** The same page came back after Next, with questions added and the answers just given kept. */
        void cameBackWith(String page, String... questions) {
            assertTrue(s.path.endsWith("/p/" + page + "/added"), "expected " + page + " to come back, got " + s.path);
            assertPage(page, questions);
            assertNotNull(s.page.selectFirst(".added"), "'more questions' notice on " + page);
            // stored numbers come back in the page's digits (١٦ for 16 on Arabic pages)
            assertEquals(sorted(lastSubmitted), sorted(latinDigits(s.prefilled())), "answers kept when " + page + " came back");
            // ticking options once made "step 2 of 8" become "2 of 10" with a shorter bar
            assertEquals(lastProgress, progress(), "progress unchanged when " + page + " came back");
            assertEquals(bars.get(bars.size() - 1), bar(), "bar unchanged when " + page + " came back");
        }

        private void assertPage(String page, String... questions) {
            assertEquals(200, s.lastStatus, "status of " + s.path + " " + errors());
            assertEquals(page, s.pageName(), "page shown");
            assertEquals(List.of(questions), s.questions(), "questions on " + page);
            // independent of the _shown field: the inputs and notes actually in the HTML
            assertEquals(inputsOf(questions), new TreeSet<>(s.inputNames()), "inputs in the HTML of " + page);
            Set<String> notes = new TreeSet<>(Arrays.stream(questions).filter(NOTES::contains).toList());
            Set<String> notesInHtml = new TreeSet<>();
            s.page.select("form div.note[id]").forEach(e -> notesInHtml.add(e.id().substring(2)));
            assertEquals(notes, notesInHtml, "notes in the HTML of " + page);
            assertLanguage(page);
        }

        /** Opens a page by its address, as with the browser's history. */
        void goTo(String page) {
            s.go("/r/" + s.token + "/p/" + page);
        }

        void next(Object... nameValues) {
            lastSubmitted = withoutEmpty(s.form("_action", "next", nameValues));
            s.next(nameValues);
        }

        /** Next on a page that came back: the form sends what it holds, plus {@code more}. */
        void nextKeepingAnswers(Object... more) {
            List<Object> nameValues = new ArrayList<>();
            Map<String, List<String>> kept = new LinkedHashMap<>(s.prefilled());
            for (int i = 0; i < more.length; i += 2) {
                kept.remove(more[i].toString());
            }
            kept.forEach((name, values) -> {
                nameValues.add(name);
                nameValues.add(values);
            });
            nameValues.addAll(List.of(more));
            next(nameValues.toArray());
        }

        void assertCompleted() {
            assertEquals(200, s.lastStatus, "status of " + s.path + " " + errors());
            assertEquals("/r/" + s.token + "/done", s.path, "after the last page the response is done");
            assertHtmlLanguage();
            assertScript(s.page.selectFirst("main").text(), "thank-you page");
            JsonPath stored = s.stored();
            assertEquals("completed", stored.getString("status"));
            assertNotNull(stored.getString("completedAt"));
            assertEquals(language, stored.getString("language"));
            assertTrue(stored.getBoolean("test"), "a preview is a test response");
            assertEquals("preview", stored.getString("channel"));
        }

        void assertVisited(List<String> shown, List<String> skipped) {
            assertEquals(shown, visited.stream().distinct().toList(), "pages visited, in order");
            assertEquals(java.util.stream.IntStream.rangeClosed(1, shown.size()).boxed().toList(), steps, "step numbers");
            assertEquals(List.of(shown.size(), shown.size()), lastProgress, "the last page is step n of n: skipped pages not counted");
            // m counts the pages that may still apply: it only shrinks, and the bar (n/m) only grows, to full
            for (int i = 1; i < counts.size(); i++) {
                assertTrue(counts.get(i) <= counts.get(i - 1), "the count never grows: " + counts);
                assertTrue(bars.get(i) > bars.get(i - 1), "the bar moves forward on every page: " + bars);
            }
            assertTrue(bars.get(0) > 0, "the first page is a step: " + bars);
            assertEquals(100, bars.get(bars.size() - 1), "full on the last page: " + bars);
            for (String page : skipped) {
                assertFalse(visited.contains(page), page + " should have been skipped");
            }
            List<String> all = new ArrayList<>(shown);
            all.addAll(skipped);
            assertEquals(new TreeSet<>(ALL_PAGES), new TreeSet<>(all), "every page is either shown or skipped");
        }

        /** Exactly these answers are stored; the variables listed as absent have no stored answer at all. */
        void assertStored(Map<String, Object> expected, String... absent) {
            Map<String, Object> stored = new TreeMap<>();
            s.storedAnswers().forEach((variable, value) -> stored.put(variable, normalised(variable, value)));
            for (String variable : absent) {
                assertFalse(stored.containsKey(variable), variable + " should have no stored answer, has " + stored.get(variable));
            }
            assertEquals(new TreeMap<>(expected), stored, "stored answers");
        }

        private void assertLanguage(String page) {
            assertHtmlLanguage();
            // the texts of the page itself, without the language switcher (which names every language in its own script)
            Element main = s.page.selectFirst("main").clone();
            main.select("fieldset.langs").remove();
            assertScript(main.text(), page);
            assertScript(s.page.selectFirst("h1").text(), "title of " + page);
            for (Element label : s.page.select("form label.label, form fieldset.q > legend, form fieldset.matrix > legend, form div.note > p")) {
                assertScript(label.text(), "question text on " + page);
            }
        }

        private void assertHtmlLanguage() {
            Element html = s.page.selectFirst("html");
            assertEquals(language, html.attr("lang"), "lang of " + s.path);
            assertEquals(language.equals("ar") ? "rtl" : "ltr", html.attr("dir"), "dir of " + s.path);
            boolean ethiopicFont = s.page.html().contains("noto-sans-ethiopic");
            assertEquals(language.equals("ti"), ethiopicFont, "Ethiopic font referenced on " + s.path);
        }

        /** The text is written in the walk's script: Ge'ez for ti, Arabic for ar, Latin only for nl. */
        private void assertScript(String text, String what) {
            switch (language) {
                case "ti" -> assertTrue(has(text, 0x1200, 0x137F), what + " in Ge'ez script: " + text);
                case "ar" -> assertTrue(has(text, 0x0600, 0x06FF), what + " in Arabic script: " + text);
                default -> assertFalse(has(text, 0x0600, 0x06FF) || has(text, 0x1200, 0x137F),
                        what + " in Dutch: " + text);
            }
        }

        private String errors() {
            return s.page.select("p.error").eachText().toString();
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static boolean has(String text, int from, int to) {
        return text.codePoints().anyMatch(c -> c >= from && c <= to);
    }

    private static BigDecimal number(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }

    /** Numbers compared by value whatever type the JSON parser chose; they must be JSON numbers though. */
    private static Object normalised(String variable, Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        if (value instanceof List<?> list) {
            list.forEach(v -> assertInstanceOf(String.class, v, variable));
        }
        return value;
    }

    private static void rowsUnanswered(Map<String, Object> expected, String matrix) {
        MATRIX_ROWS.get(matrix).forEach(row -> expected.putIfAbsent(matrix + "_" + row, UNANSWERED));
    }

    /** The input names the questions need: one per matrix row, none for a note. */
    private static Set<String> inputsOf(String... questions) {
        Set<String> inputs = new TreeSet<>();
        for (String question : questions) {
            if (MATRIX_ROWS.containsKey(question)) {
                MATRIX_ROWS.get(question).forEach(row -> inputs.add(question + "_" + row));
            } else if (!NOTES.contains(question)) {
                inputs.add(question);
            }
        }
        return inputs;
    }

    private static Map<String, List<String>> withoutEmpty(Map<String, List<String>> form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!name.startsWith("_") && !list.isEmpty()) {
                values.put(name, list);
            }
        });
        return values;
    }

    private static Map<String, List<String>> latinDigits(Map<String, List<String>> values) {
        Map<String, List<String>> latin = new java.util.LinkedHashMap<>();
        values.forEach((name, list) -> latin.put(name, list.stream().map(v -> v.codePoints()
                .map(c -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()).toList()));
        return latin;
    }

    private static Map<String, List<String>> sorted(Map<String, List<String>> values) {
        Map<String, List<String>> sorted = new TreeMap<>();
        values.forEach((name, list) -> sorted.put(name, list.stream().sorted().toList()));
        return sorted;
    }
}
