package fi.perhekeskus.help.internal;

import java.util.List;

/** The queue and its counts: open, urgency not assessed, due within the warning period, overdue. */
public record QueueSummary(List<QueueItem> items, int unassessed, int dueSoon, int overdue) {

    /** A fingerprint of what the list shows, so a poll that would show the same returns nothing. */
    public String fingerprint() {
        return Integer.toHexString(items.stream()
                .map(i -> i.id() + ":" + i.status() + ":" + i.urgency() + ":" + i.assignedTo() + ":" + i.deadlineState())
                .toList().hashCode());
    }
}
