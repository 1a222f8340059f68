package fi.perhekeskus.help.internal;

import fi.perhekeskus.platform.WorkingDays;
import java.time.LocalDate;

/** Where a request stands against its nearest deadline; the queue warns two working days ahead. */
public enum DeadlineState {
    OVERDUE, DUE_SOON, ON_TRACK, NONE;

    static final int WARN_WORKING_DAYS = 2;

    static DeadlineState of(LocalDate due, LocalDate today) {
        if (due == null) return NONE;
        if (due.isBefore(today)) return OVERDUE;
        return WorkingDays.workingDaysBetween(today, due) <= WARN_WORKING_DAYS ? DUE_SOON : ON_TRACK;
    }

    public String messageKey() {
        return "help.deadline." + name();
    }
}
