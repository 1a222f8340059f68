package fi.perhekeskus.help.internal.family;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the API's JSON body field by field, so a value of the wrong type ("childAges": "four")
 * becomes a message on that field rather than an unreadable body.
 */
final class JsonSubmission {

    record Read(HelpSubmission submission, List<FieldProblem> problems) {}

    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonSubmission() {}

    static Read read(JsonNode body) {
        JsonSubmission reader = new JsonSubmission();
        JsonNode contact = body.get("contact");
        if (contact != null && !contact.isNull() && !contact.isObject()) {
            reader.problems.add(new FieldProblem("contact", "help.family.error.contact.method"));
            contact = null;
        }
        var submission = new HelpSubmission(
                reader.text(body, "concern", "concern"),
                reader.list(body, "childAges", true),
                reader.bool(body, "expecting"),
                reader.text(body, "municipality", "municipality"),
                reader.text(body, "area", "area"),
                reader.text(body, "language", "language"),
                contact == null || contact.isNull() ? null : reader.text(contact, "method", "contact.method"),
                contact == null || contact.isNull() ? null : reader.text(contact, "value", "contact.value"),
                reader.list(body, "topics", false));
        return new Read(submission, List.copyOf(reader.problems));
    }

    private String text(JsonNode parent, String name, String field) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) return null;
        if (node.isString()) return node.stringValue();
        if (node.isNumber() && (field.equals("municipality") || field.equals("contact.value"))) {
            return node.asString(); // a municipality code or a phone number sent as a number
        }
        problems.add(new FieldProblem(field, "help.family.error.type.text"));
        return null;
    }

    private boolean bool(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) return false;
        if (node.isBoolean()) return node.booleanValue();
        problems.add(new FieldProblem(name, "help.family.error.type.boolean"));
        return false;
    }

    /** Numbers for ages ("4" is taken too), strings for topics; a wrong entry is kept as "" so the rules name its index. */
    private List<String> list(JsonNode parent, String name, boolean numbers) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) {
            problems.add(new FieldProblem(name, "help.family.error.type.list"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (numbers && item.isIntegralNumber()) values.add(item.asString());
            else if (item.isString()) values.add(item.stringValue());
            else values.add("");
        }
        return values;
    }
}
