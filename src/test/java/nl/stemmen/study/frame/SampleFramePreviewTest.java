package nl.stemmen.study.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The import preview: how many people, who can be reached how, and the subgroup categories found. */
class SampleFramePreviewTest {

    @Test
    void countsPeopleContactDetailsAndEachAttributesValues() throws Exception {
        FramePreview preview = SampleFrameReaderTest.read("""
                ref,email,postcode,gender,country_of_birth
                V1,v1@example.nl,1234 AB,vrouw,Syrië
                V2,,1234 AB,man,Eritrea
                V3,v3@example.nl,,vrouw,Syrië
                V4,,,,Turkije
                V5,v5@example.nl,,man,Syrië
                """).preview();

        assertEquals(5, preview.people());
        assertEquals(Map.of("email", 3, "postcode", 2), preview.contactFilled());
        assertEquals(List.of("gender", "country_of_birth"),
                preview.attributes().stream().map(FramePreview.AttributeValues::column).toList());
        FramePreview.AttributeValues gender = preview.attributes().get(0);
        assertEquals(List.of(Map.entry("man", 2), Map.entry("vrouw", 2)), List.copyOf(gender.counts().entrySet()));
        assertEquals(1, gender.empty());
        FramePreview.AttributeValues country = preview.attributes().get(1);
        assertEquals(List.of(Map.entry("Syrië", 3), Map.entry("Eritrea", 1), Map.entry("Turkije", 1)),
                List.copyOf(country.counts().entrySet()), "most frequent first, ties alphabetically");
    }

    @Test
    void aColumnOfManyDifferentValuesListsTheMostFrequentAndCountsTheRest() throws Exception {
        StringBuilder file = new StringBuilder("ref,birth_date\n");
        for (int i = 0; i < 120; i++) {
            String day = i < 20 ? "01" : String.valueOf(1000 + i);
            file.append("D").append(i).append(",2000-01-").append(day).append('\n');
        }

        FramePreview.AttributeValues dates = SampleFrameReaderTest.read(file.toString()).preview().attributes().get(0);

        assertEquals(FramePreview.MAX_VALUES_LISTED, dates.counts().size());
        assertEquals(20, dates.counts().get("2000-01-01"));
        assertEquals(101 - FramePreview.MAX_VALUES_LISTED, dates.moreValues());
        assertEquals("2000-01-01", dates.counts().keySet().iterator().next(), "the most frequent first");
    }
}
