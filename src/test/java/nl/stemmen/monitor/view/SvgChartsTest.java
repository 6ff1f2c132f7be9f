package nl.stemmen.monitor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import nl.stemmen.monitor.view.SvgCellShares.Cell;
import nl.stemmen.monitor.view.SvgCompletesPerDay.Wave;

/** The charts parsed back as XML, as a browser or a screen reader gets them. */
class SvgChartsTest {

    private static final String NASTY = "a<b & \"c\" 'd'";
    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    @Test
    void completesPerDayDrawsABarPerDayWithCompletesAndMarksTheWaves() throws Exception {
        Map<LocalDate, Integer> completes = Map.of(START, 4, START.plusDays(1), 9, START.plusDays(4), 14, START.plusDays(9), 2);
        String svg = SvgCompletesPerDay.render(START, START.plusDays(9), completes,
                List.of(new Wave(START.plusDays(4), "H1"), new Wave(START.plusDays(7), "تذكير ٢"), new Wave(START.plusDays(30), "later")));
        Document chart = parse(svg);

        assertFigure(chart);
        assertEquals(4, chart.getElementsByTagName("rect").getLength(), "one bar for each day with completes");
        List<String> texts = texts(chart);
        assertTrue(texts.contains("14"), "the busiest day's count labels the top: " + texts);
        assertTrue(texts.containsAll(List.of("3 mrt.", "6 mrt.", "9 mrt.", "12 mrt.")), "every third day of ten: " + texts);
        assertTrue(texts.containsAll(List.of("H1", "تذكير ٢")), "the waves within the days are labelled");
        assertFalse(texts.contains("later"), "a wave after the last day drawn is left out");
        assertEquals(2, dashedLines(chart), "a dashed line per wave");
        assertEquals("Voltooide vragenlijsten per dag, 3 maart 2025 tot en met 12 maart 2025: 29 in totaal, de meeste op "
                + "7 maart 2025 (14). Herinneringen: H1 op 7 maart 2025, تذكير ٢ op 10 maart 2025.", summary(chart));
    }

    @Test
    void aCompleteAfterTheLastDayStillGetsItsBar() throws Exception {
        Document chart = parse(SvgCompletesPerDay.render(START, START.plusDays(2), Map.of(START.plusDays(6), 3), List.of()));
        assertEquals(1, chart.getElementsByTagName("rect").getLength());
        assertTrue(texts(chart).contains("9 mrt."), "the chart runs to the day of that complete: " + texts(chart));
    }

    @Test
    void noCompletesYetSaysSoInTheChartAndItsSummary() throws Exception {
        Document chart = parse(SvgCompletesPerDay.render(START, START.plusDays(5), Map.of(START, 0), List.of()));
        assertFigure(chart);
        assertEquals(0, chart.getElementsByTagName("rect").getLength());
        assertTrue(texts(chart).contains("Nog geen voltooide vragenlijsten"));
        assertTrue(summary(chart).endsWith(": nog geen voltooide vragenlijsten."), summary(chart));

        Document beforeFieldwork = parse(SvgCompletesPerDay.render(START, START.minusDays(1), Map.of(), List.of()));
        assertTrue(texts(beforeFieldwork).contains("Nog geen voltooide vragenlijsten"));
        assertEquals("Voltooide vragenlijsten per dag, veldwerk vanaf 3 maart 2025: nog geen voltooide vragenlijsten.",
                summary(beforeFieldwork));
    }

    @Test
    void cellSharesWriteBothSharesAndTheDifferenceAndMarkTheLaggingCellInWords() throws Exception {
        Document chart = parse(SvgCellShares.render(List.of(
                new Cell("vrouw", 0.4682, 0.5242, 5.6, false),
                new Cell("man", 0.5318, 0.4758, -5.6, true),
                new Cell("سوريا", null, 0.05, null, false))));

        assertFigure(chart);
        List<String> texts = texts(chart);
        assertTrue(texts.containsAll(List.of("vrouw", "46,8%", "52,4%", "+5,6 pp", "man", "53,2%", "47,6%", "achter · \u22125,6 pp",
                "سوريا", "bevolking onbekend", "5,0%")), texts.toString());
        assertEquals(1, texts.stream().filter(t -> t.contains("achter")).count(), "only the lagging cell says it lags");
        assertEquals("Aandeel per cel in de bevolking en onder de respondenten: vrouw 46,8% en 52,4% (+5,6 pp); "
                + "man 53,2% en 47,6% (\u22125,6 pp), blijft achter; سوريا bevolking onbekend en 5,0%.", summary(chart));
    }

    @Test
    void aLongCellNameIsShortenedWithoutCuttingACharacterInTwo() throws Exception {
        String name = "Eritrea (ኤርትራ) en andere landen in de Hoorn van Afrika";
        String shown = texts(parse(SvgCellShares.render(List.of(new Cell(name, 0.2, 0.1, -10.0, false))))).stream()
                .filter(t -> t.startsWith("Eritrea")).findFirst().orElseThrow();
        assertTrue(shown.endsWith("…") && name.startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertEquals("e\u0301…", SvgFigure.label("e\u0301e\u0301e\u0301", 2).replaceAll("[\u2068\u2069]", ""),
                "an accent written as a combining mark stays with its letter");
        assertEquals("e\u0301e\u0301", SvgFigure.label("e\u0301e\u0301", 2).replaceAll("[\u2068\u2069]", ""));
    }

    @Test
    void funnelWritesEachCountAndItsShareOfTheInvited() throws Exception {
        Document chart = parse(SvgFunnel.render(786, 301, 240, 116, 124));
        assertFigure(chart);
        assertTrue(texts(chart).containsAll(List.of("Uitgenodigd", "786", "Geopend", "301 · 38,3%", "Begonnen", "240 · 30,5%",
                "Gedeeltelijk", "116 · 14,8%", "Voltooid", "124 · 15,8%")), texts(chart).toString());
        assertEquals(5, chart.getElementsByTagName("rect").getLength());
        assertEquals("Trechter: 786 uitgenodigd, 301 geopend, 240 begonnen, 116 gedeeltelijk, 124 voltooid.", summary(chart));
    }

    @Test
    void anEmptyFunnelAndNoCellsAreChartsThatSaySo() throws Exception {
        Document funnel = parse(SvgFunnel.render(0, 0, 0, 0, 0));
        assertEquals(0, funnel.getElementsByTagName("rect").getLength());
        assertEquals(5, texts(funnel).stream().filter("0"::equals).count(), "each stage says 0 and no share of nobody");

        Document cells = parse(SvgCellShares.render(List.of()));
        assertFigure(cells);
        assertTrue(texts(cells).contains("Nog geen cellen om te tonen"));
    }

    @Test
    void labelsWithMarkupCharactersAreTextNotMarkup() throws Exception {
        String completes = SvgCompletesPerDay.render(START, START, Map.of(START, 1), List.of(new Wave(START, NASTY)));
        String shares = SvgCellShares.render(List.of(new Cell(NASTY, 0.5, 0.5, 0.0, true)));
        for (String svg : List.of(completes, shares)) {
            assertFalse(svg.contains("<b"), svg);
            Document chart = parse(svg);
            assertTrue(texts(chart).contains(NASTY), texts(chart).toString());
            assertTrue(summary(chart).contains(NASTY));
        }
    }

    @Test
    void differencesAreWrittenWithASignAndADecimalComma() {
        assertEquals("+5,6 pp", Dutch.points(5.6));
        assertEquals("\u221218,0 pp", Dutch.points(-18));
        assertEquals("0,0 pp", Dutch.points(-0.04), "no sign on a difference that rounds to nothing");
        assertEquals("46,8%", Dutch.percent(0.46815));
    }

    /** Scales to its container, is one image with a name for screen readers, and keeps its text at least 12 px on a phone. */
    private static void assertFigure(Document chart) {
        Element svg = chart.getDocumentElement();
        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("100%", svg.getAttribute("width"));
        assertTrue(svg.getAttribute("viewBox").startsWith("0 0 300 "), svg.getAttribute("viewBox"));
        Element title = (Element) svg.getElementsByTagName("title").item(0);
        assertEquals(svg.getFirstChild(), title, "the title comes first");
        assertEquals(svg.getAttribute("aria-label"), title.getTextContent());
        // 13 units of 300 are 14.2 px in the 328 px a 360-px phone leaves inside the staff page's margins
        assertEquals("13", svg.getAttribute("font-size"));
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            assertFalse(((Element) texts.item(i)).hasAttribute("font-size"), "no text smaller than the figure's");
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** Every text element's content as a reader sees it, without the direction isolates around labels. */
    private static List<String> texts(Document chart) {
        NodeList nodes = chart.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().replaceAll("[\u2068\u2069]", ""));
        }
        return texts;
    }

    private static String summary(Document chart) {
        return chart.getDocumentElement().getAttribute("aria-label");
    }

    private static long dashedLines(Document chart) {
        NodeList lines = chart.getElementsByTagName("line");
        long dashed = 0;
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            dashed += line.getAttribute("stroke-dasharray").equals("4 3") ? 1 : 0;
        }
        return dashed;
    }
}
