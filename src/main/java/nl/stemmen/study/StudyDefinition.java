package nl.stemmen.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a research lead decides about a study, in the JSON of {@code POST /api/studies} (design §6).
 * {@code version}, {@code quotas}, {@code threshold_pp}, {@code languages} and {@code minimum_cell} may be
 * left out: the questionnaire's current version, no quotas, 5 points, every live language, and
 * {@code stemmen.privacy.minimum-cell} (5).
 *
 * @param quotas completes wanted, by dimension and category: {@code {"gender": {"vrouw": 60}}}
 * @param minimumCell the fewest respondents a breakdown of answers shows in a cell (design §5), at least 1
 * @param contactEmail where respondents write with questions: printed in letters, the reply-to of e-mails; optional
 *                     until letters or e-mails are sent
 * @param assisted whether fieldworkers and leads may start a response for someone on their own device
 *            (mode assisted, issue 16); true when left out
 * @param raffle whether the thank-you page offers the voucher raffle (false when left out)
 * @param interviews whether the thank-you page offers signing up for an interview (false when left out)
 * @param signupsDeleteAfter the day after which raffle and interview sign-ups are deleted automatically; none: by hand
 * @param landing the landing page's filter questions and where they send people (issue 16); null: no landing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudyDefinition(String name, String organisation, String questionnaire, Integer version,
        LocalDate start, LocalDate end, List<Dimension> dimensions, Map<String, Map<String, Integer>> quotas,
        @JsonProperty("threshold_pp") BigDecimal thresholdPp, List<String> languages,
        @JsonProperty("minimum_cell") Integer minimumCell, @JsonProperty("contact_email") String contactEmail,
        Boolean assisted, Boolean raffle, Boolean interviews, @JsonProperty("signups_delete_after") LocalDate signupsDeleteAfter,
        Landing landing) {

    /** The dimensions' names in the order the lead gave them; none when there are no dimensions. */
    public List<String> dimensionNames() {
        return dimensions == null ? List.of() : dimensions.stream().map(Dimension::name).toList();
    }

    /**
     * A subgroup dimension: its name (a frame column), optionally the questionnaire question that
     * reports it for respondents without a frame row, and optionally its categories.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dimension(String name, String question, List<String> categories) {
    }

    /**
     * A landing page ({@code /l/<study>}): the small filter questionnaire it asks, and the routes its answers take.
     * The first route whose {@code when} holds wins; everyone else answers the study's own questionnaire.
     *
     * @param questionnaire the filter questionnaire's id
     * @param routes        in order; may be empty (then everyone goes to the study's questionnaire)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Landing(String questionnaire, List<Route> routes) {
    }

    /**
     * One way on from the landing.
     *
     * @param when          an expression over the filter questionnaire's answers, e.g. {@code ${doelgroep} = 'statushouder'}
     * @param questionnaire the id of the questionnaire those for whom it holds answer
     */
    public record Route(String when, String questionnaire) {
    }
}
