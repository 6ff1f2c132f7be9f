package nl.stemmen.questionnaire.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with its line numbers, reporting unknown and duplicate keys and values of
 * the wrong shape to the problems of the file being loaded.
 */
final class YamlMapping {

    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, ScalarNode> keys = new LinkedHashMap<>();
    private final Node node;
    private final Problems problems;

    private YamlMapping(Node node, Problems problems) {
        this.node = node;
        this.problems = problems;
    }

    /** Reads {@code node} as a mapping of the given keys; anything else becomes a problem. */
    static Optional<YamlMapping> read(Node node, String what, Set<String> allowedKeys, Problems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, what + " should be a mapping of keys (" + String.join(", ", allowedKeys) + ")");
            return Optional.empty();
        }
        YamlMapping result = new YamlMapping(node, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(tuple.getKeyNode(), "unexpected key in " + what);
                continue;
            }
            String key = keyNode.getValue();
            if (!allowedKeys.contains(key)) {
                problems.add(keyNode, unknownKey(key, what, allowedKeys, mapping, tuple));
            } else if (result.values.containsKey(key)) {
                problems.add(keyNode, "key '" + key + "' appears twice in " + what);
            } else {
                result.values.put(key, tuple.getValueNode());
                result.keys.put(key, keyNode);
            }
        }
        return Optional.of(result);
    }

    /** XLSForm columns a converted form may still carry, with what to do instead. */
    private static final Map<String, String> XLSFORM_ONLY = Map.of(
            "calculate", "write type: calculate with calculation: <expression>",
            "default", "default answers are not supported: people answer for themselves",
            "appearance", "Stemmen decides the appearance itself; remove the key",
            "read_only", "read-only questions are not supported; use a note",
            "media", "media are not supported yet",
            "image", "images are not supported: say it in the label (an emoji such as 🙂 works everywhere)",
            "audio", "audio is not supported yet");

    /** Whether {@code key} is an XLSForm column that Stemmen refuses with a sentence of its own. */
    static boolean isXlsFormOnly(String key) {
        return XLSFORM_ONLY.containsKey(key);
    }

    private static String unknownKey(String key, String what, Set<String> allowed, MappingNode mapping, NodeTuple tuple) {
        if (key.contains("::")) {
            return "'" + key + "' is an XLSForm translation column: put translations in translations/<id>/<lang>.po";
        }
        if (XLSFORM_ONLY.containsKey(key)) {
            return "'" + key + "' in " + what + " is XLSForm that Stemmen does not take: " + XLSFORM_ONLY.get(key);
        }
        boolean strayFromComma = mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                && tuple.getValueNode() instanceof ScalarNode value && value.getValue().isEmpty();
        if (strayFromComma) {
            return "unknown key '" + key + "' in " + what + ": a text with a comma inside {…} is split by YAML;"
                    + " put the text in quotes, e.g. label: \"…, " + key + "\"";
        }
        return "unknown key '" + key + "' in " + what + " (allowed: " + String.join(", ", allowed) + ")";
    }

    int line() {
        return Problems.line(node);
    }

    int line(String key) {
        return keys.containsKey(key) ? Problems.line(keys.get(key)) : line();
    }

    Node node() {
        return node;
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A text value; a problem (and null) when it is absent but required, or not a plain value. */
    String text(String key, boolean required, String what) {
        Node value = values.get(key);
        if (value == null) {
            if (required) {
                problems.add(node, what + " has no '" + key + "'");
            }
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(value, "'" + key + "' of " + what + " should be a single value");
            return null;
        }
        if (scalar.getValue().isBlank() && required) {
            problems.add(value, "'" + key + "' of " + what + " is empty");
            return null;
        }
        return scalar.getValue().strip();
    }

    boolean flag(String key, String what) {
        String text = text(key, false, what);
        if (text == null) {
            return false;
        }
        if (!text.equals("true") && !text.equals("false") && !text.equals("yes") && !text.equals("no")) {
            problems.add(values.get(key), "'" + key + "' of " + what + " should be true or false, not '" + text + "'");
        }
        return text.equals("true") || text.equals("yes");
    }

    List<Node> list(String key, boolean required, String what) {
        Node value = values.get(key);
        if (value == null) {
            if (required) {
                problems.add(node, what + " has no '" + key + "'");
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(value, "'" + key + "' of " + what + " should be a list (lines starting with '- ')");
            return List.of();
        }
        return sequence.getValue();
    }
}
