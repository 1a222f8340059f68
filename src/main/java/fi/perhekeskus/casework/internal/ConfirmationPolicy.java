package fi.perhekeskus.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a joint record may be confirmed (and so become the family's joint plan): at least one goal, every
 * agreed action with its one owner and a due date that has not passed, and a follow-up date in the
 * future. "Verkostossa ei ole vapaamatkustajia": an action nobody owns is not agreed. Rejections are data
 * (field and message key) so the page can show each next to its field.
 */
final class ConfirmationPolicy {

    record Violation(String field, String messageKey) {}

    private ConfirmationPolicy() {}

    static List<Violation> check(RecordDraft draft, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (draft.goals().isEmpty()) out.add(new Violation("goal.0.text", "casework.record.policy.noGoal"));
        for (int i = 0; i < draft.actions().size(); i++) {
            RecordDraft.ActionRow a = draft.actions().get(i);
            if (a.text() == null) out.add(new Violation("action." + i + ".text", "casework.record.error.actionText"));
            if (a.owner() == null) out.add(new Violation("action." + i + ".owner", "casework.record.policy.owner"));
            LocalDate due = RecordDraft.date(a.due());
            if (due == null) out.add(new Violation("action." + i + ".due", "casework.record.policy.due"));
            else if (due.isBefore(today)) out.add(new Violation("action." + i + ".due", "casework.record.policy.duePast"));
        }
        LocalDate followUp = draft.followUpDate();
        if (followUp == null) out.add(new Violation("followUpOn", "casework.record.policy.followUp"));
        else if (!followUp.isAfter(today)) out.add(new Violation("followUpOn", "casework.record.policy.followUpFuture"));
        return out;
    }
}
