package nl.stemmen.questionnaire.model;

import java.util.List;
import java.util.Optional;

public record ChoiceList(String name, List<Choice> choices) {

    public Optional<Choice> choice(String choiceName) {
        return choices.stream().filter(c -> c.name().equals(choiceName)).findFirst();
    }

    public String textKey(Choice choice) {
        return "choices." + name + "." + choice.name();
    }
}
