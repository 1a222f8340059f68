package fi.perhekeskus.help.internal;

import fi.perhekeskus.platform.WorkingDays;
import java.time.LocalDate;

/**
 * The deadlines the law sets from the day of the contact (a named rule, tested on its own):
 * SHL 36 § — the service-need assessment starts by the 7th working day and, for a child needing
 * special support, is completed within three months; LSL 26 § — within 7 working days of a
 * child-protection notification it is decided whether to start an inquiry.
 */
public final class StatutoryDeadlines {

    public static final int START_WORKING_DAYS = 7;
    public static final int INQUIRY_DECISION_WORKING_DAYS = 7;
    public static final int SPECIAL_SUPPORT_MONTHS = 3;

    private StatutoryDeadlines() {}

    public static LocalDate start(LocalDate contactDay) {
        return WorkingDays.nthWorkingDayAfter(contactDay, START_WORKING_DAYS);
    }

    public static LocalDate inquiryDecision(LocalDate contactDay) {
        return WorkingDays.nthWorkingDayAfter(contactDay, INQUIRY_DECISION_WORKING_DAYS);
    }

    public static LocalDate specialSupportAssessment(LocalDate contactDay) {
        return WorkingDays.onOrNextWorkingDay(contactDay.plusMonths(SPECIAL_SUPPORT_MONTHS));
    }
}
