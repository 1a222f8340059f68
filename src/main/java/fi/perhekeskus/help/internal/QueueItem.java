package fi.perhekeskus.help.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One open request as the on-call queue lists it: no concern text, only what triage needs to
 * choose what to open next.
 *
 * @param due the nearest pending deadline: the day of receipt while urgency is unassessed (SHL 36 §
 *            "välittömästi") or immediate help is pending, else the earliest statutory deadline
 */
public record QueueItem(UUID id, ZonedDateTime receivedAt, Channel channel, String place, List<Integer> childAges,
        boolean expecting, ContactMethod contactMethod, Urgency urgency, HelpStatus status, String assignedTo,
        boolean assignedToMe, LocalDate due, DeadlineState deadlineState, int workingDaysLeft) {

    public boolean urgencyUnassessed() {
        return urgency == null;
    }
}
