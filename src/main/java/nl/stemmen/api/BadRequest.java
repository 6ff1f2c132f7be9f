package nl.stemmen.api;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's 400 for a query option it cannot use: {@code {"problems": [{"field", "reason"}]}}, as every refusal. */
public final class BadRequest {

    private BadRequest() {
    }

    /** A 400 naming the query parameter (or field) and what is wrong with it. */
    public static Response of(String field, String reason) {
        return of(List.of(new UnreadableJsonMapper.Problem(field, reason)));
    }

    /** A 400 with every problem. */
    public static Response of(List<UnreadableJsonMapper.Problem> problems) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new UnreadableJsonMapper.ProblemsJson(problems))
                .build();
    }
}
