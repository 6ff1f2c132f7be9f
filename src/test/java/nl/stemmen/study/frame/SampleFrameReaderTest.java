package nl.stemmen.study.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Reading a sample frame as a research lead uploads it: what is accepted, and every problem with its line. */
class SampleFrameReaderTest {

    private static final String COMMA_FILE = """
            ref,name,postcode,email,letter_language,gender,country_of_birth,age_band
            A1,Amal Haddad,1234AB,amal@example.nl,AR,vrouw,Syrië,18-30
            A2,"Tesfay, Yonas",6211 ab,,ti,man,Eritrea,30-40
            A3,Ayşe Yılmaz,,ayse@voorbeeld.nl,tr,vrouw,Turkije,40-50
            """;

    /** A register extract with Dutch headers: its contact details must not end up among the subgroups. */
    @Test
    void dutchHeadersOfContactColumnsAreContactColumns() throws Exception {
        SampleFrame frame = read("Referentie;Naam;Straat;Postcode;Woonplaats;E-mailadres;Telefoon;Taal;geslacht\r\n"
                + "R1;Fatima Haddad;Markt 1;6211 AB;Maastricht;fatima@example.nl;0612345678;ar;vrouw\r\n");
        assertEquals(List.of("name", "street", "postcode", "city", "email", "phone", "letter_language"), frame.contactColumns());
        assertEquals(List.of("geslacht"), frame.attributeColumns());
        assertEquals("R1", frame.people().get(0).ref());
        assertEquals("ar", frame.people().get(0).contact().get("letter_language"));
    }

    @Test
    void commaFileGivesPeopleWithContactAndAttributes() throws Exception {
        SampleFrame frame = read(COMMA_FILE);

        assertEquals(List.of("name", "postcode", "email", "letter_language"), frame.contactColumns());
        assertEquals(List.of("gender", "country_of_birth", "age_band"), frame.attributeColumns());
        assertEquals(3, frame.people().size());
        FramePerson amal = frame.people().get(0);
        assertEquals("A1", amal.ref());
        assertEquals(Map.of("name", "Amal Haddad", "postcode", "1234 AB", "email", "amal@example.nl",
                "letter_language", "ar"), amal.contact());
        Map<String, String> attributes = Map.of("gender", "vrouw", "country_of_birth", "Syrië", "age_band", "18-30");
        assertEquals(attributes, amal.attributes());
        assertEquals(attributes.hashCode(), amal.attributes().hashCode(), "a map like any other");
        assertThrows(UnsupportedOperationException.class, () -> amal.attributes().put("gender", "man"));
        FramePerson yonas = frame.people().get(1);
        assertEquals("Tesfay, Yonas", yonas.contact().get("name"));
        assertEquals("6211 AB", yonas.contact().get("postcode"));
        assertEquals(null, yonas.contact().get("email"), "an empty value is absent, not an empty string");
    }

    @Test
    void excelSemicolonExportWithByteOrderMarkGivesTheSamePeopleAsTheCommaFile() throws Exception {
        String semicolons = "Ref;Name;Postcode;E-mail;Letter language;Gender;Country of birth;Age band\r\n"
                + "A1;Amal Haddad;1234AB;amal@example.nl;AR;vrouw;Syrië;18-30\r\n"
                + "A2;Tesfay, Yonas;6211 ab;;ti;man;Eritrea;30-40\r\n"
                + "A3; Ayşe Yılmaz ;;ayse@voorbeeld.nl;tr;vrouw;Turkije;40-50\r\n"
                + ";;;;;;;\r\n";
        byte[] withBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                semicolons.getBytes(StandardCharsets.UTF_8));

        SampleFrame fromExcel = new SampleFrameReader().read(new ByteArrayInputStream(withBom));

        assertEquals(read(COMMA_FILE), fromExcel);
        assertProblems(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                semicolons.replace("6211 ab", "6211 a").getBytes(StandardCharsets.UTF_8)),
                3, "postcode", "postcode '6211 a' is not a Dutch postcode");
    }

    @Test
    void tabSeparatedFileIsReadToo() throws Exception {
        SampleFrame frame = read("ref\tcity\tstatus\nX1\tMaastricht\tasylum status holder, since 2021\n");

        assertEquals(Map.of("status", "asylum status holder, since 2021"), frame.people().get(0).attributes());
    }

    @Test
    void quotedFieldsWithDelimitersQuotesAndLineBreaksStayWholeAndLinesCountPhysically() throws Exception {
        String file = """
                ref,street,email,note
                B1,"Markt 1, 2e verdieping",b1@example.nl,"says ""hello""
                and goes on
                for three lines"
                B2,"Kerkstraat
                7",b2@example,plain
                B3,Brink 3,b3 @example.nl,"one, two"
                """;

        assertProblems(file, 5, "email", "'b2@example' is not valid", 7, "email", "'b3 @example.nl' is not valid");
        SampleFrame fixed = read(file.replace("b2@example,", "b2@example.nl,").replace("b3 @", "b3@"));
        assertEquals("says \"hello\"\nand goes on\nfor three lines", fixed.people().get(0).attributes().get("note"));
        assertEquals("Markt 1, 2e verdieping", fixed.people().get(0).contact().get("street"));
        assertEquals("Kerkstraat\n7", fixed.people().get(1).contact().get("street"));
    }

    @Test
    void crlfAndCrLineEndsCountLinesLikeLf() throws Exception {
        String lf = "ref,postcode\nC1,1234 AB\n\"C2\",123\nC3,\"9999\nZZ\"\nC4,0000 AA\n";

        assertProblems(lf, 3, "postcode", "postcode '123' is not a Dutch postcode (1234 AB)",
                4, "postcode", "'9999\nZZ'", 6, "postcode", "'0000 AA'");
        assertProblems(lf.replace("\n", "\r\n"), 3, "postcode", "'123'", 4, "postcode", "'9999\r\nZZ'",
                6, "postcode", "'0000 AA'");
        assertProblems(lf.replace("\n", "\r"), 3, "postcode", "'123'", 4, "postcode", "'9999\rZZ'",
                6, "postcode", "'0000 AA'");
    }

    @Test
    void everyBadRowIsReportedWithItsLineColumnAndReason() {
        String file = """
                ref,email,postcode,letter_language,status
                D1,d1@example.nl,1234 AB,nl,asylum status holder
                ,d2@example.nl,1234 AB,nl,family migrant
                D3,d3@example.nl;d4@example.nl,1234 AB,nl,other
                D4,d4@example.nl,1234A,nl,other
                D1,d5@example.nl,1234 AB,nl,other
                D6,d6@example.nl,1234 AB,nl
                D7,d7@example.nl,1234 AB,de,other
                D8,d8@example.nl,1234 AB,en,other,extra
                D9,d9@example,12345,so,other
                """;

        assertProblems(file,
                3, "ref", "ref is empty",
                4, "email", "e-mail address 'd3@example.nl;d4@example.nl' is not valid",
                5, "postcode", "postcode '1234A' is not a Dutch postcode (1234 AB)",
                6, "ref", "ref 'D1' is already used on line 2",
                7, null, "this row has 4 fields where the header has 5 (every row needs a field for each column",
                8, "letter_language", "letter language 'de' is not one of nl, en, ar, tr, fa, ti",
                9, null, "this row has 6 fields where the header has 5 (a value containing the delimiter ',' needs",
                10, "email", "'d9@example'",
                10, "postcode", "'12345'",
                10, "letter_language", "'so'");
    }

    @Test
    void eMailAddressesArePragmaticallyChecked() throws Exception {
        for (String good : List.of("a@b.nl", "jan.de-vries+studie@gemeente.maastricht.nl", "أمل@مثال.مصر",
                "ayşe@örnek.com.tr", "X@Y.NL")) {
            assertEquals(good, read("ref,email\nE1," + good + "\n").people().get(0).contact().get("email"), good);
        }
        for (String bad : List.of("a@b", "a@@b.nl", "a@b@c.nl", "a b@c.nl", "@b.nl", "a@.nl", "a@b.", "a@b..nl",
                "Jan <jan@b.nl>", "a@b.nl, c@d.nl", "a@b.nl;c@d.nl", "mailto:a@b.nl", "a(at)b.nl")) {
            assertProblems("ref,email\nE1,\"" + bad + "\"\n", 2, "email", "'" + bad + "' is not valid");
        }
    }

    @Test
    void postcodesAreDutchWithOptionalSpaceAndNormalised() throws Exception {
        for (String good : List.of("1234AB", "1234 AB", "1234 ab", "9999zz", " 6211 CD ")) {
            String postcode = read("ref,postcode\nP1," + good + "\n").people().get(0).contact().get("postcode");
            assertTrue(postcode.matches("[1-9][0-9]{3} [A-Z]{2}"), postcode);
        }
        for (String bad : List.of("0123 AB", "1234A", "12345", "1234  AB", "1234-AB", "B-1000", "1234 A1")) {
            assertProblems("ref,postcode\nP1," + bad + "\n", 2, "postcode", "postcode '" + bad + "' is not a Dutch");
        }
    }

    @Test
    void aWindows1252FileIsRefusedAtTheLineOfItsFirstBadByte() {
        String text = "ref,name,city\nW1,Amal,Maastricht\nW2,José,Heerlen\nW3,Zoë,Sittard\n";
        byte[] windows1252 = text.getBytes(Charset.forName("windows-1252"));

        FrameRefusedException refused = assertThrows(FrameRefusedException.class,
                () -> new SampleFrameReader().read(new ByteArrayInputStream(windows1252)));

        assertEquals(List.of(new FrameProblem(3, null, "byte 0xE9 is not UTF-8; save the file as CSV UTF-8 (in Excel:"
                + " Save as, 'CSV UTF-8'). A plain 'CSV' from Excel on Windows is Windows-1252 and breaks letters like"
                + " é, ë and ç")), refused.problems());
    }

    @Test
    void excelsUnicodeTextExportIsRefusedOnItsFirstLine() {
        byte[] utf16 = "ref\tcity\nU1\tZwolle\n".getBytes(StandardCharsets.UTF_16LE);

        assertProblems(concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, utf16), 1, null, "byte 0xFF is not UTF-8");
    }

    @Test
    void aBadByteFarIntoTheFileIsReportedAfterTheProblemsBeforeIt() {
        StringBuilder file = new StringBuilder("ref,city\nR1,Maastricht,extra\n");
        for (int i = 2; i <= 5000; i++) {
            file.append("R").append(i).append(",Heerlen\n");
        }
        file.append("R5001,K\u00e9rkrade\n");

        assertProblems(file.toString().getBytes(StandardCharsets.ISO_8859_1),
                2, null, "this row has 3 fields", 5002, null, "byte 0xE9 is not UTF-8");
    }

    @Test
    void headerNamesAreTrimmedAndCaseInsensitiveAndEachAppearsOnce() throws Exception {
        SampleFrame frame = read(" REF ; E-Mail ;Country of Birth;learning-route\nH1;h1@example.nl;Syrië;B1\n");
        assertEquals(List.of("email"), frame.contactColumns());
        assertEquals(List.of("country_of_birth", "learning_route"), frame.attributeColumns());

        assertProblems("ref,Email,gender,E-mail,Gender\nH1,a@b.nl,x,a@b.nl,x\n",
                1, "email", "column 4 'E-mail' repeats column 2 'Email'",
                1, "gender", "column 5 'Gender' repeats column 3 'gender'");
        assertProblems("id,name,email\n1,Amal,a@b.nl\n", 1, "ref", "columns found: id, name, email");
        assertProblems("", 1, null, "the file is empty");
        assertProblems("\n\n;;\n", 1, null, "the file is empty");
        assertProblems("\uFEFF", 1, null, "the file is empty");
    }

    @Test
    void unnamedColumnsAreAllowedOnlyWhileEmpty() throws Exception {
        SampleFrame frame = read("ref;status;;\nU1;other;;\nU2;other; ;\n");
        assertEquals(List.of("status"), frame.attributeColumns());
        assertEquals(2, frame.people().size());

        assertProblems("ref;status;;\nU1;other;;\nU2;other;;oops\n",
                3, null, "column 4 has no name in the header, but this row has 'oops' in it");
    }

    @Test
    void emptyLinesAndLinesOfOnlyDelimitersAreSkippedWithoutShiftingLineNumbers() throws Exception {
        String file = "ref,postcode\n\nL1,1234 AB\n , \n\nL2,nope\n\n\n";

        assertProblems(file, 6, "postcode", "'nope'");
        assertEquals(2, read(file.replace("nope", "")).people().size());
    }

    @Test
    void valuesAreTrimmedIncludingNoBreakSpacesAndRefsCompareTrimmed() {
        assertProblems("ref,gender\n\u00a0K1 ,x\nK1\u00a0,y\n", 3, "ref", "ref 'K1' is already used on line 2");
    }

    @Test
    void attributeColumnsAreKeptWhateverTheirValues() throws Exception {
        FramePerson person = read("ref,arrival_year,municipality,whatever you like\nZ1,2019,Nijmegen,=1+1\n")
                .people().get(0);

        assertEquals(Map.of("arrival_year", "2019", "municipality", "Nijmegen", "whatever_you_like", "=1+1"),
                person.attributes());
    }

    @Test
    void aQuoteThatIsNeverClosedIsReportedOnTheLineOfItsRecord() {
        assertProblems("ref,name\nQ1,Amal\nQ2,\"Yonas\nQ3,Ayşe\nQ4,Sara\n",
                3, null, "opens a quote (\") that is not closed");
        assertProblems("ref,name\nQ1,Amal\nQ2,\"Yonas\" Tesfay,x\n", 3, null, "opens a quote");
    }

    @Test
    void problemsAreCappedAndTheRestCounted() {
        StringBuilder file = new StringBuilder("ref,email\n");
        for (int i = 0; i < 30; i++) {
            file.append("M").append(i).append(",not-an-address\n");
        }
        FrameRefusedException refused = assertThrows(FrameRefusedException.class,
                () -> new SampleFrameReader(1_000_000, 1000, 10).read(bytes(file.toString())));

        assertEquals(10, refused.problems().size());
        assertEquals(11, refused.problems().get(9).line());
        assertEquals(20, refused.omitted());
        assertTrue(refused.getMessage().endsWith("and 20 more problems"), refused.getMessage());
    }

    @Test
    void filesOverTheLimitsAreRefused() {
        String file = "ref,city\nN1,Utrecht\nN2,Utrecht\nN3,Utrecht\n";

        FrameRefusedException tooMany = assertThrows(FrameRefusedException.class,
                () -> new SampleFrameReader(1_000_000, 2, 10).read(bytes(file)));
        assertEquals(List.of(new FrameProblem(4, null, "the file has more than 2 people; split it into smaller files")),
                tooMany.problems());

        StringBuilder large = new StringBuilder(file);
        for (int i = 4; i < 300_000; i++) {
            large.append("N").append(i).append(i % 1000 == 0 ? ",Utrecht,extra\n" : ",Utrecht\n");
        }
        FrameRefusedException tooLarge = assertThrows(FrameRefusedException.class,
                () -> new SampleFrameReader(2 * 1024 * 1024, 1_000_000, 10).read(bytes(large.toString())));
        assertEquals(11, tooLarge.problems().size(), "the reason reading stopped is always listed");
        assertTrue(tooLarge.problems().get(10).reason().startsWith("the file is larger than 2 MB"),
                tooLarge.getMessage());
    }

    @Test
    void theStreamFailingIsNotTheFilesFault() {
        var failing = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThrows(IOException.class, () -> new SampleFrameReader().read(failing));
    }

    static SampleFrame read(String file) throws Exception {
        return new SampleFrameReader().read(bytes(file));
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblems(String file, Object... linesColumnsAndFragments) {
        assertProblems(file.getBytes(StandardCharsets.UTF_8), linesColumnsAndFragments);
    }

    /** Exactly these problems, in this order: line, column (or null), a fragment of the reason, and so on. */
    private static void assertProblems(byte[] file, Object... linesColumnsAndFragments) {
        FrameRefusedException refused = assertThrows(FrameRefusedException.class,
                () -> new SampleFrameReader().read(new ByteArrayInputStream(file)));
        List<FrameProblem> problems = refused.problems();
        String all = problems.stream().map(FrameProblem::toString).collect(Collectors.joining("\n"));
        assertEquals(linesColumnsAndFragments.length / 3, problems.size(), all);
        for (int i = 0; i < problems.size(); i++) {
            FrameProblem problem = problems.get(i);
            assertEquals(linesColumnsAndFragments[3 * i], problem.line(), all);
            assertEquals(linesColumnsAndFragments[3 * i + 1], problem.column(), all);
            assertTrue(problem.reason().contains((String) linesColumnsAndFragments[3 * i + 2]), all);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
