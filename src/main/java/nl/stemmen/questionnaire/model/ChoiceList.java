package nl.stemmen.questionnaire.model;

import java.util.List;
import java.util.Optional;

public record ChoiceList(String name, List<Choice> choices) {

    public Optional<Choice> choice(String choiceName) {
        return choices.stream().filter(c -> c.name().equals(choiceName)).findFirst();
    }

    public int position(String choiceName) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).name().equals(choiceName)) {
                return i;
            }
        }
        return -1;
    }

    public String textKey(Choice choice) {
        return "choices." + name + "." + choice.name();
    }
}
