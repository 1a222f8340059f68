package fi.perhekeskus.servicemap.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What a draft changes: the content JSON flattened to paths (name.fi, hours[0].opens) and compared. */
final class ContentDiff {

    /** One changed value; {@code field} is its path, e.g. {@code name.fi} or {@code hours[0].opens}. */
    record Change(String field, String before, String after) {

        /** The content field the path starts with ("name", "hours"): its label is a message. */
        public String section() {
            return field.split("[.\\[]", 2)[0];
        }

        /** The rest of the path ("fi", "[0].opens"), shown after the label. */
        public String detail() {
            return field.substring(section().length()).replaceFirst("^\\.", "");
        }
    }

    private ContentDiff() {}

    /** {@code before} may be null (a new entry): then every field of the draft is a change. */
    static List<Change> between(Object before, Object after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                changes.add(new Change(key, a.get(key), b.get(key)));
            }
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> flatten(Object content) {
        Map<String, String> out = new LinkedHashMap<>();
        if (content != null) {
            walk("", ContentRevisions.JSON.readValue(ContentRevisions.json(content), Map.class), out);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(String path, Object value, Map<String, String> out) {
        switch (value) {
            case null -> { }
            case Map<?, ?> map -> {
                if (map.size() == 1 && map.containsKey("value") && !path.isEmpty()) {
                    walk(path, map.get("value"), out); // ids: {"value": uuid}
                    return;
                }
                new java.util.TreeMap<>((Map<String, Object>) map).forEach(
                        (k, v) -> walk(path.isEmpty() ? k : path + "." + k, v, out));
            }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    walk(path + "[" + i + "]", list.get(i), out);
                }
            }
            default -> {
                String text = value.toString();
                if (!text.isBlank()) {
                    out.put(path, text);
                }
            }
        }
    }
}
