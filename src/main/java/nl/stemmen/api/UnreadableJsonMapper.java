package nl.stemmen.api;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A JSON body that cannot be read (not JSON, a date that is no date, text where a number belongs)
 * answers 400 with the same {@code {"problems": [{"field", "reason"}]}} as a 422, so a script
 * learns what to fix instead of getting an empty answer. A string holding a NUL is refused here too ({@link NoNulInJson}).
 */
public class UnreadableJsonMapper {

    public record Problem(String field, String reason) {
    }

    public record ProblemsJson(List<Problem> problems) {
    }

    /** Quarkus answers a mismatched value with its own empty 400; this one says which field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response notJson(JsonParseException e) {
        return unreadable(e);
    }

    /** A body that is no JSON at all reaches here wrapped in a plain 400; every other answer passes unchanged. */
    @ServerExceptionMapper
    public Response wrapped(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json);
            }
        }
        return e.getResponse();
    }

    /** What was wrong, in words a script's author reads, without Java's type names. */
    private static String reason(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "'" + unknown.getPropertyName() + "' is not a field here; known: " + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text && text.indexOf('\0') >= 0) {
            return NoNulInJson.REASON;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            String wanted = type == LocalDate.class ? "a date as YYYY-MM-DD"
                    : type == Integer.class || type == int.class ? "a whole number"
                    : Number.class.isAssignableFrom(type) ? "a number"
                    : type == String.class ? "text" : "a value of another kind";
            return "expected " + wanted;
        }
        return e instanceof JsonParseException ? "not valid JSON: " + e.getOriginalMessage() : "not readable";
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        String reason = reason(e);
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ProblemsJson(List.of(new Problem(field.isEmpty() ? null : field, reason)))).build();
    }
}
