package nl.stemmen.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Refuses a JSON string, value or key, that holds a NUL character ({@code \u0000}): PostgreSQL cannot store
 * one in text, and no name, label or password needs it. The refusal is an
 * {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} with the field's path, which
 * {@link UnreadableJsonMapper} answers with 400 naming the field.
 */
@Singleton
public class NoNulInJson implements ObjectMapperCustomizer {

    /** What the 400 says about such a string. */
    static final String REASON = "text may not contain the NUL character (\\u0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("NoNulInJson").addDeserializer(String.class, new Values())
                .addKeyDeserializer(String.class, new Keys()));
    }

    /** A string value as Jackson reads it, refused when it holds a NUL. */
    static final class Values extends StdScalarDeserializer<String> {

        Values() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw context.weirdStringException(value, String.class, REASON);
            }
            return value;
        }
    }

    /** A map's key, refused when it holds a NUL. */
    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (key.indexOf('\0') >= 0) {
                throw context.weirdKeyException(String.class, key, REASON);
            }
            return key;
        }
    }
}
