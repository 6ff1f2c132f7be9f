package nl.stemmen.xlsform;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a questionnaire built as maps and lists to readable YAML (block style, two-space indents, texts quoted
 * only where YAML needs it, texts with line breaks as {@code |} blocks), remembering which workbook cell each
 * mapping and key came from, so that a problem the loader reports on a YAML line can be sent back to that cell.
 */
final class YamlWriting {

    private final IdentityHashMap<Object, Place> wholes = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Map<String, Place>> keys = new IdentityHashMap<>();

    /** Records that {@code mapping} as a whole came from {@code place} (a row). */
    void from(Map<String, Object> mapping, Place place) {
        wholes.put(mapping, place);
    }

    /** Records that {@code key} of {@code mapping} came from {@code place} (a cell). */
    void from(Map<String, Object> mapping, String key, Place place) {
        keys.computeIfAbsent(mapping, m -> new java.util.HashMap<>()).put(key, place);
    }

    /** The YAML text of {@code document}, after {@code comment} (lines without '#'). */
    String write(Map<String, Object> document, String comment) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        StringBuilder text = new StringBuilder();
        comment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        return text.append(new Yaml(new TextRepresenter(options), options).dump(document)).toString();
    }

    /** Cell of each line of {@code yaml} (as {@link #write} made it from {@code document}) that has one. */
    NavigableMap<Integer, Place> places(String yaml, Map<String, Object> document) {
        NavigableMap<Integer, Place> lines = new TreeMap<>();
        walk(new Yaml().compose(new StringReader(yaml)), document, lines);
        return lines;
    }

    private void walk(Node node, Object value, NavigableMap<Integer, Place> lines) {
        if (node instanceof MappingNode mapping && value instanceof Map<?, ?> map) {
            Place whole = wholes.get(value);
            if (whole != null) {
                lines.putIfAbsent(line(node), whole);
            }
            Map<String, Place> byKey = keys.getOrDefault(value, Map.of());
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                Place place = byKey.getOrDefault(key, whole);
                if (place != null) {
                    lines.put(line(tuple.getKeyNode()), place);
                    lines.putIfAbsent(line(tuple.getValueNode()), place);
                }
                walk(tuple.getValueNode(), map.get(key), lines);
            }
        } else if (node instanceof SequenceNode sequence && value instanceof List<?> list) {
            for (int i = 0; i < sequence.getValue().size() && i < list.size(); i++) {
                walk(sequence.getValue().get(i), list.get(i), lines);
            }
        }
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** A short list of names, written on one line as {@code [en, ar]}. */
    static final class Names extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Names(List<String> names) {
            super(names);
        }
    }

    /** Texts with line breaks as literal blocks, which read as the author wrote them; {@link Names} on one line. */
    private static final class TextRepresenter extends Representer {
        TextRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(Names.class, data -> representSequence(Tag.SEQ, (Names) data, DumperOptions.FlowStyle.FLOW));
            this.representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(Tag.STR, text, text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL : defaultScalarStyle);
            });
        }
    }
}
