package fi.perhekeskus.casework.internal.followup;

import fi.perhekeskus.casework.internal.JointPlan;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The evaluation form as posted: per current goal a progress and three notes (network, family, child),
 * the next follow-up date or "no next period" (the case is about to be closed), and a summary. Field
 * names carry the goal key, so only the case's own active goals are read; anything else posted is ignored.
 */
public final class EvaluationForm {

    static final int NOTE_MAX = 4000;
    static final int SUMMARY_MAX = 8000;
    /** A follow-up further away than this is surely a typo in the year. */
    static final int MAX_PERIOD_DAYS = 2 * 366;

    public record GoalInput(JointPlan.Goal goal, String progress, String networkNote, String familyNote, String childNote) {}

    final List<GoalInput> goals = new ArrayList<>();
    String nextFollowUp = "";
    boolean noNextPeriod;
    String summary = "";
    String key = UUID.randomUUID().toString();

    static EvaluationForm empty(List<JointPlan.Goal> activeGoals) {
        EvaluationForm form = new EvaluationForm();
        for (JointPlan.Goal g : activeGoals) form.goals.add(new GoalInput(g, "", "", "", ""));
        return form;
    }

    static EvaluationForm read(List<JointPlan.Goal> activeGoals, MultiValueMap<String, String> posted) {
        EvaluationForm form = new EvaluationForm();
        for (JointPlan.Goal g : activeGoals) {
            form.goals.add(new GoalInput(g, value(posted, "progress-" + g.key()), value(posted, "network-" + g.key()),
                    value(posted, "family-" + g.key()), value(posted, "child-" + g.key())));
        }
        form.nextFollowUp = value(posted, "nextFollowUp");
        form.noNextPeriod = "true".equals(value(posted, "noNextPeriod"));
        form.summary = value(posted, "summary");
        String key = value(posted, "key");
        form.key = key.isEmpty() ? form.key : key;
        return form;
    }

    private static String value(MultiValueMap<String, String> posted, String name) {
        String v = posted.getFirst(name);
        return v == null ? "" : v.strip();
    }

    /** The rejections, in the order of the form; empty when the form can be recorded. */
    List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        int n = 0;
        for (GoalInput g : goals) {
            n++;
            if (progress(g) == null) {
                errors.add(new FieldError("progress-" + g.goal().key(), "casework.followup.error.progress", String.valueOf(n)));
            }
            for (var note : Map.of("network-", g.networkNote(), "family-", g.familyNote(), "child-", g.childNote()).entrySet()) {
                if (note.getValue().length() > NOTE_MAX) {
                    errors.add(new FieldError(note.getKey() + g.goal().key(), "casework.followup.error.noteTooLong",
                            String.valueOf(NOTE_MAX)));
                }
            }
        }
        if (!noNextPeriod) {
            if (nextFollowUp.isEmpty()) {
                errors.add(new FieldError("nextFollowUp", "casework.followup.error.nextRequired"));
            } else {
                LocalDate next = nextDate();
                if (next == null) errors.add(new FieldError("nextFollowUp", "casework.followup.error.dateFormat"));
                else if (!next.isAfter(today)) errors.add(new FieldError("nextFollowUp", "casework.followup.error.nextPast"));
                else if (next.isAfter(today.plusDays(MAX_PERIOD_DAYS))) {
                    errors.add(new FieldError("nextFollowUp", "casework.followup.error.nextTooFar"));
                }
            }
        }
        if (summary.length() > SUMMARY_MAX) {
            errors.add(new FieldError("summary", "casework.followup.error.tooLong", String.valueOf(SUMMARY_MAX)));
        }
        return errors;
    }

    static GoalProgress progress(GoalInput g) {
        try {
            return g.progress().isEmpty() ? null : GoalProgress.valueOf(g.progress());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    LocalDate nextDate() {
        if (noNextPeriod || nextFollowUp.isEmpty()) return null;
        try {
            return LocalDate.parse(nextFollowUp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    UUID requestKey() {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }

    /** The form's values by goal key, for the template. */
    Map<UUID, GoalInput> byGoal() {
        Map<UUID, GoalInput> map = new LinkedHashMap<>();
        goals.forEach(g -> map.put(g.goal().key(), g));
        return map;
    }

    public List<GoalInput> getGoals() {
        return goals;
    }

    public String getNextFollowUp() {
        return nextFollowUp;
    }

    public boolean isNoNextPeriod() {
        return noNextPeriod;
    }

    public String getSummary() {
        return summary;
    }

    public String getKey() {
        return key;
    }
}
