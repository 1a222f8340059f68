package fi.perhekeskus.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The editable content of a joint record (yhteiskirjaamispohja, seed 004) as typed on the page. Dates are
 * kept as typed so that a rejected form shows exactly what the person wrote. Goals and actions carry their
 * stable keys (goal_key / action_key) from version to version of the record and of the plan.
 */
public record RecordDraft(String participants, String childView, String childSummary, String familyView, String strengths,
        String concerns, String untilNext, String followUpOn, boolean hiddenFromGuardians, List<GoalRow> goals,
        List<ActionRow> actions, int version) {

    /** Rows the form offers beyond those already written, so no script is needed to add one. */
    static final int SPARE_GOALS = 2;
    static final int SPARE_ACTIONS = 3;
    static final int MAX_ROWS = 40;
    static final int MAX_TEXT = 20000;

    public record GoalRow(String key, String text) {}

    /** {@code owner}: "m:&lt;member id&gt;" or "p:&lt;person id&gt;"; {@code goal}: a goal key or empty. */
    public record ActionRow(String key, String text, String owner, String due, String goal) {
        public LocalDate dueDate() {
            return date(due);
        }
    }

    static RecordDraft from(Map<String, String> form) {
        List<GoalRow> goals = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && form.containsKey("goal." + i + ".text"); i++) {
            String text = trim(form.get("goal." + i + ".text"));
            if (text == null) continue;
            goals.add(new GoalRow(key(form.get("goal." + i + ".key")), text));
        }
        List<ActionRow> actions = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && form.containsKey("action." + i + ".text"); i++) {
            String text = trim(form.get("action." + i + ".text"));
            String owner = trim(form.get("action." + i + ".owner"));
            String due = trim(form.get("action." + i + ".due"));
            if (text == null && owner == null && due == null) continue;
            actions.add(new ActionRow(key(form.get("action." + i + ".key")), text, owner, due,
                    trim(form.get("action." + i + ".goal"))));
        }
        int version;
        try {
            version = Integer.parseInt(form.getOrDefault("version", "0"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new RecordDraft(trim(form.get("participants")), trim(form.get("childView")),
                trim(form.get("childSummary")), trim(form.get("familyView")), trim(form.get("strengths")),
                trim(form.get("concerns")), trim(form.get("untilNext")), trim(form.get("followUpOn")),
                form.containsKey("hiddenFromGuardians"), goals, actions, version);
    }

    RecordDraft withVersion(int newVersion) {
        return new RecordDraft(participants, childView, childSummary, familyView, strengths, concerns, untilNext,
                followUpOn, hiddenFromGuardians, goals, actions, newVersion);
    }

    /** The goal rows plus empty ones to fill in (each with a fresh key, so actions can point at it later). */
    public List<GoalRow> goalRows() {
        List<GoalRow> rows = new ArrayList<>(goals);
        for (int i = 0; i < SPARE_GOALS; i++) rows.add(new GoalRow(UUID.randomUUID().toString(), null));
        return rows;
    }

    public List<ActionRow> actionRows() {
        List<ActionRow> rows = new ArrayList<>(actions);
        for (int i = 0; i < SPARE_ACTIONS; i++) rows.add(new ActionRow(UUID.randomUUID().toString(), null, null, null, null));
        return rows;
    }

    /** A free-text section of the frame, in the order of seed 004's frame. */
    public record TextField(String name, String text) {}

    /** The free-text sections before the goals (until_next comes after the actions). */
    public List<TextField> textFields() {
        return List.of(new TextField("participants", participants), new TextField("childView", childView),
                new TextField("childSummary", childSummary), new TextField("familyView", familyView),
                new TextField("strengths", strengths), new TextField("concerns", concerns));
    }

    public LocalDate followUpDate() {
        return date(followUpOn);
    }

    /**
     * What even a draft must satisfy to be stored: texts within limits, and each action row with a text,
     * one owner of this case and a real date (the database keeps exactly one owner and a due date).
     */
    Map<String, String> draftErrors(Set<String> owners) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("participants", participants);
        texts.put("childView", childView);
        texts.put("childSummary", childSummary);
        texts.put("familyView", familyView);
        texts.put("strengths", strengths);
        texts.put("concerns", concerns);
        texts.put("untilNext", untilNext);
        texts.forEach((field, text) -> {
            if (text != null && text.length() > ("participants".equals(field) ? 8000 : MAX_TEXT)) {
                errors.put(field, "casework.record.error.tooLong");
            }
        });
        if (version < 0) errors.put("form", "casework.record.error.version");
        if (followUpOn != null && followUpDate() == null) errors.put("followUpOn", "casework.record.error.date");
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).text().length() > 2000) errors.put("goal." + i + ".text", "casework.record.error.tooLong");
        }
        for (int i = 0; i < actions.size(); i++) {
            ActionRow a = actions.get(i);
            if (a.text() == null) errors.put("action." + i + ".text", "casework.record.error.actionText");
            else if (a.text().length() > 2000) errors.put("action." + i + ".text", "casework.record.error.tooLong");
            if (a.owner() == null) errors.put("action." + i + ".owner", "casework.record.error.owner");
            else if (!owners.contains(a.owner())) errors.put("action." + i + ".owner", "casework.record.error.unknownOwner");
            if (a.due() == null) errors.put("action." + i + ".due", "casework.record.error.due");
            else if (date(a.due()) == null) errors.put("action." + i + ".due", "casework.record.error.date");
        }
        return errors;
    }

    static LocalDate date(String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String key(String s) {
        try {
            return UUID.fromString(s.strip()).toString();
        } catch (RuntimeException e) {
            return UUID.randomUUID().toString();
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
