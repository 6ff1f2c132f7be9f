package nl.stemmen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.stemmen.language.Language;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.questionnaire.model.QuestionType;
import nl.stemmen.questionnaire.model.Questionnaire;

/** The demo questionnaire keeps its promises: complete in six languages, with real routing. */
@QuarkusTest
class DemoQuestionnaireTest {

    @Inject
    QuestionnaireCatalog catalog;

    @Test
    void theDemoIsLiveInAllSixLanguages() {
        assertEquals(List.of(), catalog.problems());
        PublishedQuestionnaire demo = catalog.current("thuis-in-de-stad").orElseThrow();
        assertEquals(Language.all(), demo.liveLanguages(), "every translation complete and current: " + demo.reports());
    }

    @Test
    void theDemoHasTheRoutingOfARealStudy() {
        Questionnaire demo = catalog.current("thuis-in-de-stad").orElseThrow().questionnaire();
        List<Question> questions = demo.questions().filter(q -> q.type() != QuestionType.NOTE).toList();
        assertTrue(questions.size() >= 35, questions.size() + " questions");
        long rules = demo.questions().filter(q -> q.relevant().isPresent()).count()
                + demo.pages().stream().filter(p -> p.relevant().isPresent()).count();
        assertTrue(rules >= 10, rules + " relevant rules");
        assertTrue(demo.pages().stream().filter(p -> p.relevant().isPresent()).count() >= 2, "page-level skips");
        assertTrue(demo.questions().anyMatch(q -> q.relevant().map(r -> r.source().contains("selected(")).orElse(false)));
        assertTrue(demo.dontUnderstand());
        for (QuestionType type : QuestionType.values()) {
            assertTrue(demo.questions().anyMatch(q -> q.type() == type), "uses " + type.keyword());
        }
        for (String sensitive : List.of("status", "geslacht", "land")) {
            assertTrue(demo.choiceLists().get(sensitive).choices().stream().anyMatch(c -> c.missing()),
                    sensitive + " offers 'rather not say'");
        }
    }
}
