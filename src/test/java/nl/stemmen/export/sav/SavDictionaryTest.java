package nl.stemmen.export.sav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What PSPP reads from our dictionary: names, labels, value labels, missing values, measures, formats. */
class SavDictionaryTest {

    private static final String DONT_KNOW = "ዘይፈልጥ"; // Tigrinya: "I don't know"
    private static final Map<Double, String> SATISFACTION = Map.of(1.0, "Ontevreden", 2.0, "Tevreden", -9.0, DONT_KNOW);
    private static final String GEEZ = "ሰላምከመይኣለኹም";

    @TempDir
    Path dir;

    private final List<SavVariable> variables = List.of(
            new SavVariable("q1", "Hoe tevreden bent u?", 0, SATISFACTION, MissingValues.of(-9)),
            new SavVariable("tevredenheid_over_de_dienstverlening_van_de_gemeente", "رضایت از خدمات شهرداری", 0,
                    SATISFACTION, MissingValues.of(-9, -8, -7)),
            new SavVariable("leeftijd", "Leeftijd", 0, null, MissingValues.range(Double.NEGATIVE_INFINITY, 0)),
            new SavVariable("inkomen", "Inkomen", 0, null, MissingValues.rangeAnd(99990, Double.POSITIVE_INFINITY, -1)),
            SavVariable.string("toelichting", "Toelichting", 12000),
            SavVariable.string("naam", null, 20),
            new SavVariable("رضایت", "Farsi", 0, Map.of(1.0, "خیلی راضی", 5.0, "اصلاً راضی نیستم"), null),
            SavVariable.numeric("ሕቶ", "ሕቶ ቁጽሪ ሓደ"));

    @Test
    void psppReadsNamesLabelsMissingValuesAndMeasures() throws Exception {
        write(new FileOutputStream(dir.resolve("x.sav").toFile()), variables);

        String output = Pspp.run(dir, "GET FILE='x.sav'.\nDISPLAY DICTIONARY.\n");

        assertEquals(List.of(
                "Name,Position,Label,Measurement Level,Role,Width,Alignment,Print Format,Write Format,Missing Values",
                "q1,1,Hoe tevreden bent u?,Nominal,Input,8,Right,F8.0,F8.0,-9",
                "tevredenheid_over_de_dienstverlening_van_de_gemeente,2,رضایت از خدمات شهرداری,Nominal,Input,8,Right,"
                        + "F8.0,F8.0,-9; -8; -7",
                "leeftijd,3,Leeftijd,Scale,Input,8,Right,F8.2,F8.2,LOWEST THRU 0",
                "inkomen,4,Inkomen,Scale,Input,8,Right,F8.2,F8.2,99990 THRU HIGHEST; -1",
                "toelichting,5,Toelichting,Nominal,Input,32,Left,A12000,A12000,",
                "naam,6,,Nominal,Input,20,Left,A20,A20,",
                "رضایت,7,Farsi,Nominal,Input,8,Right,F8.0,F8.0,",
                "ሕቶ,8,ሕቶ ቁጽሪ ሓደ,Scale,Input,8,Right,F8.2,F8.2,"), Pspp.table(output, "Variables"));
        assertEquals(List.of(
                "Variable Value,,Label",
                "Hoe tevreden bent u?,-9[a],ዘይፈልጥ",
                ",1,Ontevreden",
                ",2,Tevreden",
                "رضایت از خدمات شهرداری,-9[a],ዘይፈልጥ",
                ",1,Ontevreden",
                ",2,Tevreden",
                "Farsi,1,خیلی راضی",
                ",5,اصلاً راضی نیستم",
                "Footnote: a. User-missing value"), Pspp.table(output, "Value Labels"));
    }

    @Test
    void fileInfoHasTheLabelEncodingAndCaseCountOfAFile() throws Exception {
        write(new FileOutputStream(dir.resolve("x.sav").toFile()), variables);

        List<String> info = Pspp.table(Pspp.run(dir, "SYSFILE INFO FILE='x.sav'.\n"), "File Information");

        assertEquals("Label,Tevredenheid " + GEEZ, info.get(1));
        assertEquals(List.of("Variables,8", "Cases,1"), info.subList(5, 7));
        assertEquals("Encoding,UTF-8", info.get(info.size() - 1));
    }

    @Test
    void aStreamThatCannotSeekLeavesTheCaseCountUnknown() throws Exception {
        write(new BufferedOutputStream(new FileOutputStream(dir.resolve("x.sav").toFile())), variables);

        String output = Pspp.run(dir, "SYSFILE INFO FILE='x.sav'.\nGET FILE='x.sav'.\nSHOW N.\n");

        assertEquals("Cases,Unknown", Pspp.table(output, "File Information").get(6));
        assertTrue(output.contains("N is 1."), output);
    }

    @Test
    void labelsLongerThanTheirLimitAreCutBetweenCharacters() throws Exception {
        String longGeez = GEEZ.repeat(10); // 3 bytes a character
        List<SavVariable> labelled = List.of(new SavVariable("q1", longGeez, 0, Map.of(1.0, longGeez), null));
        try (SavWriter writer = new SavWriter(new FileOutputStream(dir.resolve("x.sav").toFile()), longGeez, labelled)) {
            writer.writeCase(new Object[] {1.0});
        }

        String output = Pspp.run(dir, "SYSFILE INFO FILE='x.sav'.\n");

        assertEquals("Label," + longGeez.substring(0, 60 / 3), Pspp.table(output, "File Information").get(1));
        assertEquals("q1,1," + longGeez.substring(0, 255 / 3) + ",Nominal,Input,8,Right,F8.0,F8.0",
                Pspp.table(output, "Variables").get(1));
        assertEquals(longGeez.substring(0, 255 / 3) + ",1," + longGeez.substring(0, 120 / 3),
                Pspp.table(output, "Value Labels").get(1));
    }

    @Test
    void longNamesSharingTheirFirstBytesKeepApart() throws Exception {
        List<SavVariable> alike = new ArrayList<>(List.of(SavVariable.numeric("VRAAG_NU", "fits in 8 bytes")));
        for (int i = 1; i <= 12; i++) {
            alike.add(SavVariable.numeric("vraag_nummer_" + i, null));
        }
        alike.add(SavVariable.string("vraag_nummer_open", null, 1000)); // 4 segments, 4 more short names
        alike.add(SavVariable.numeric("vraag_nummer_1a", null));
        write(new FileOutputStream(dir.resolve("x.sav").toFile()), alike);

        List<String> names = Pspp.table(Pspp.run(dir, "GET FILE='x.sav'.\nDISPLAY DICTIONARY.\n"), "Variables")
                .stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();

        assertEquals(alike.stream().map(SavVariable::name).toList(), names);
    }

    private static void write(OutputStream out, List<SavVariable> variables) throws IOException {
        try (SavWriter writer = new SavWriter(out, "Tevredenheid " + GEEZ, variables)) {
            writer.writeCase(new Object[variables.size()]);
        }
    }
}
