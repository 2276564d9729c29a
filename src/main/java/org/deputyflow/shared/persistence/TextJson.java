package org.deputyflow.shared.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.deputyflow.shared.Text;

/**
 * A {@link Text} as stored beside its rendering in the office's language (a notice, a timeline line), so that it
 * is rendered again in each reader's language: {@code {"code": …, "args": [...]}}, an argument being a string, a
 * number or another such object, or {@code {"typed": …}} for words a person wrote.
 */
public final class TextJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TextJson() {}

    public static String write(Text text) {
        return node(text).toString();
    }

    /** The stored text; an unreadable one is an {@link IllegalArgumentException}. */
    public static Text read(String stored) {
        try {
            return text(JSON.readTree(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored text: " + e.getOriginalMessage(), e);
        }
    }

    public static ObjectNode node(Text text) {
        ObjectNode node = NODES.objectNode();
        if (text.isTyped()) {
            node.put("typed", text.getDefaultMessage());
            return node;
        }
        node.put("code", text.code());
        ArrayNode arguments = node.putArray("args");
        for (Object argument : text.arguments()) {
            if (argument instanceof Text nested) {
                arguments.add(node(nested));
            } else if (argument instanceof Number number) {
                arguments.add(JSON.valueToTree(number));
            } else {
                arguments.add(String.valueOf(argument));
            }
        }
        return node;
    }

    public static Text text(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a stored text: " + node);
        }
        if (node.has("typed")) {
            return Text.typed(node.get("typed").asText());
        }
        List<Object> arguments = new ArrayList<>();
        for (JsonNode argument : node.path("args")) {
            if (argument.isObject()) {
                arguments.add(text(argument));
            } else if (argument.isNumber()) {
                arguments.add(argument.numberValue());
            } else {
                arguments.add(argument.asText());
            }
        }
        return Text.of(node.get("code").asText(), arguments.toArray());
    }
}
