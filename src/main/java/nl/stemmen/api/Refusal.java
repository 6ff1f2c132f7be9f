package nl.stemmen.api;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The API's refusals of a request it cannot serve, as every refusal: {@code {"problems": [{"field", "reason"}]}}.
 * 400 for an option or field that is wrong; 409 for a request that does not fit what it asks about
 * (an SMS file of a letter mailing).
 */
public final class Refusal {

    private Refusal() {
    }

    /** A 400 naming the query parameter (or field) and what is wrong with it. */
    public static Response badRequest(String field, String reason) {
        return badRequest(List.of(new UnreadableJsonMapper.Problem(field, reason)));
    }

    /** A 400 with every problem. */
    public static Response badRequest(List<UnreadableJsonMapper.Problem> problems) {
        return answer(400, problems);
    }

    /** A 409: the request is well formed but does not fit the thing it asks about. */
    public static Response conflict(UnreadableJsonMapper.Problem problem) {
        return answer(409, List.of(problem));
    }

    private static Response answer(int status, List<UnreadableJsonMapper.Problem> problems) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new UnreadableJsonMapper.ProblemsJson(problems)).build();
    }
}
