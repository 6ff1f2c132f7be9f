package nl.stemmen.fieldwork.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import nl.stemmen.catalog.PublishedQuestionnaire;
import nl.stemmen.catalog.QuestionnaireCatalog;
import nl.stemmen.fieldwork.SignupKind;
import nl.stemmen.fieldwork.Signups;
import nl.stemmen.language.Language;
import nl.stemmen.language.UiTexts;
import nl.stemmen.questionnaire.model.Question;
import nl.stemmen.respond.OpenResponse;
import nl.stemmen.respond.ThankYouOffer;
import nl.stemmen.study.StudyDefinition;

/**
 * The raffle and interview sign-up form as HTML: below the thank-you page (a {@link ThankYouOffer}) and again,
 * with what was typed, when a sign-up is refused. Each offer's consent text is the study's own in the language, else
 * Stemmen's default in it. A dimension is named to the respondent by its question's text in
 * their language, or by its name when it has no question.
 */
@ApplicationScoped
public class SignupView implements ThankYouOffer {

    private final Signups signups;
    private final UiTexts uiTexts;
    private final QuestionnaireCatalog catalog;
    private final Template signup;

    public SignupView(Signups signups, UiTexts uiTexts, QuestionnaireCatalog catalog,
            @Location("fieldwork/signup.html") Template signup) {
        this.signups = signups;
        this.uiTexts = uiTexts;
        this.catalog = catalog;
        this.signup = signup;
    }

    /** The form for a completed response, with a fresh ticket; empty when the study offers nothing to this response. */
    @Override
    public Optional<String> html(OpenResponse open) {
        return signups.offer(open).map(offer -> html(offer, open.language(),
                new Signups.Typed(null, false, null, false, Set.of()), Map.of()));
    }

    /**
     * The form of {@code offer} in {@code language}, filled with {@code typed}, each problem (a UI text key by
     * field) shown in the language beside its field.
     */
    public String html(Signups.Offer offer, Language language, Signups.Typed typed, Map<String, String> problems) {
        UiTexts.Texts t = uiTexts.in(language);
        Map<String, String> shown = new LinkedHashMap<>();
        problems.forEach((field, key) -> shown.put(field, t.get(key)));
        String raffleConsent = signups.consentText(offer.study().id, SignupKind.RAFFLE, language)
                .map(text -> t.writing().show(text)).orElseGet(() -> t.get("signup.raffle.consent"));
        String interviewConsent = signups.consentText(offer.study().id, SignupKind.INTERVIEWS, language)
                .map(text -> t.writing().show(text)).orElseGet(() -> t.get("signup.interview.consent"));
        SignupForm form = new SignupForm(t, offer.ticket(), offer.study().raffle, offer.study().interviews, raffleConsent,
                interviewConsent, typed.raffleContact(), typed.raffleConsent(), typed.interviewContact(), typed.interviewConsent(),
                shares(offer, language, t, typed.share()), shown);
        return signup.data("form", form).render();
    }

    private List<SignupForm.Share> shares(Signups.Offer offer, Language language, UiTexts.Texts t, Set<String> ticked) {
        PublishedQuestionnaire published = catalog.version(offer.study().questionnaireId, offer.study().questionnaireVersion);
        return offer.dimensions().stream().map(d -> new SignupForm.Share(d.name(),
                t.format("signup.share", Map.of("question", name(published, language, d))), ticked.contains(d.name()))).toList();
    }

    private static String name(PublishedQuestionnaire published, Language language, StudyDefinition.Dimension dimension) {
        Optional<Question> question = dimension.question() == null ? Optional.empty()
                : published.questionnaire().questions().filter(q -> q.name().equals(dimension.question())).findFirst();
        return question.map(q -> published.text(language, q.textKey("label"), q.label())).orElse(dimension.name());
    }
}
