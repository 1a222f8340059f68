package fi.perhekeskus.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The joint plan as it stands: the current goals, the agreed actions with their one owner and due date,
 * and the next follow-up. {@code version} is 0 before the first confirmed joint record.
 */
public record JointPlan(int version, UUID recordId, Instant updatedAt, LocalDate followUpOn, List<Goal> goals,
        List<Action> actions) {

    public record Goal(UUID key, String text, String status) {}

    /** {@code ownerName} is a member's or a family person's name; {@code ownerRole} the member's role, null for family. */
    public record Action(UUID key, UUID goalKey, String text, UUID ownerMemberId, UUID ownerPersonId, String ownerName,
            String ownerRole, UUID ownerUserId, LocalDate dueOn, Instant doneAt) {

        public boolean done() {
            return doneAt != null;
        }

        public boolean overdue(LocalDate today) {
            return doneAt == null && dueOn.isBefore(today);
        }
    }

    public boolean exists() {
        return version > 0;
    }

    public List<Action> openActions() {
        return actions.stream().filter(a -> !a.done()).toList();
    }
}
