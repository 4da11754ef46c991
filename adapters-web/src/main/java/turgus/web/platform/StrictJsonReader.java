package turgus.web.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import turgus.domain.shared.FieldRule;

/**
 * Reads every JSON request body, ahead of the framework's own reader, and refuses what the decoder
 * would quietly accept: content after the JSON value ({@code {"amount": 1} garbage}, or a second
 * value), and a key given twice in one object, which the decoder would settle by keeping the last.
 * The body is first walked token by token; only a body that is exactly one JSON value with unique
 * keys is then decoded, by the same mapper as before. A text value holding a control character
 * (see {@link ControlCharacters}) is refused too, named where it stands. The types of the values are
 * the job of {@link StrictScalars}.
 */
@Singleton
@Order(JsonMessageHandler.ORDER - 1)
@JsonMessageHandler.ConsumesJson
public final class StrictJsonReader<T> implements MessageBodyReader<T> {
    private static final JsonFactory TOKENS = JsonFactory.builder().build();
    private static final Set<Class<?>> RAW =
            Set.of(byte[].class, String.class, CharSequence.class, ByteBuffer.class, InputStream.class);

    private final JsonMapper json;

    public StrictJsonReader(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return mediaType != null
                && MediaType.EXTENSION_JSON.equals(mediaType.getExtension())
                && !RAW.contains(type.getType());
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) throws CodecException {
        T value = read(type, body.toByteArray());
        // As the framework's reader does: the buffer is freed here once read, and by the caller on a failure.
        if (body instanceof ReferenceCounted counted) {
            counted.release();
        }
        return value;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) throws CodecException {
        try {
            return read(type, body.readAllBytes());
        } catch (IOException unreadable) {
            throw new CodecException("The request body could not be read", unreadable);
        }
    }

    private T read(Argument<T> type, byte[] body) {
        try {
            checkOneValue(body);
            return json.readValue(body, type);
        } catch (IOException wrong) {
            throw new CodecException("The JSON body does not fit " + type.getName(), wrong);
        }
    }

    /** Fails unless {@code body} is exactly one JSON value whose objects each name a key once. */
    static void checkOneValue(byte[] body) throws IOException {
        try (JsonParser parser = TOKENS.createParser(body)) {
            JsonToken token = parser.nextToken();
            List<Set<String>> open = new ArrayList<>();
            while (token != null) {
                switch (token) {
                    case START_OBJECT -> open.add(new HashSet<>());
                    case START_ARRAY -> open.add(Set.of());
                    case END_OBJECT, END_ARRAY -> open.remove(open.size() - 1);
                    case FIELD_NAME -> {
                        if (!open.get(open.size() - 1).add(parser.currentName())) {
                            throw new RefusedFieldException(pathOf(parser.getParsingContext()), FieldRule.GIVEN_TWICE);
                        }
                    }
                    case VALUE_STRING -> {
                        if (ControlCharacters.present(parser.getText())) {
                            throw new RefusedFieldException(
                                    pathOf(parser.getParsingContext()), FieldRule.CONTROL_CHARACTER);
                        }
                    }
                    default -> {
                        // another plain value: nothing to track
                    }
                }
                if (open.isEmpty()) {
                    if (parser.nextToken() != null) {
                        throw new JsonSyntaxException("Content after the JSON value");
                    }
                    return;
                }
                token = parser.nextToken();
            }
        } catch (RefusedFieldException | JsonSyntaxException known) {
            throw known;
        } catch (IOException broken) {
            throw new JsonSyntaxException(broken);
        }
    }

    /** {@code lines[2].quantity}: the key the parser stands on, from the top of the body. */
    private static String pathOf(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            chain.add(0, step);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext step : chain) {
            if (step.inArray()) {
                path.append('[').append(step.getCurrentIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step.getCurrentName());
            }
        }
        return path.toString();
    }

    /** A key given twice in one object, or a text with a control character: the rule and its place in the body. */
    static final class RefusedFieldException extends IOException {
        private final String field;
        private final FieldRule rule;

        RefusedFieldException(String field, FieldRule rule) {
            super("The body breaks " + rule + " at " + field);
            this.field = field;
            this.rule = rule;
        }

        String field() {
            return field;
        }

        FieldRule rule() {
            return rule;
        }
    }
}
