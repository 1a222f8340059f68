package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void easterFollowsTheChurchCalendar() {
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void finnishHolidaysOf2026AreNotWorkingDays() {
        for (String day : new String[] {"2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01",
                "2026-05-14", "2026-06-19", "2026-12-24", "2026-12-25"}) {
            assertThat(WorkingDays.isWorkingDay(LocalDate.parse(day))).as(day).isFalse();
        }
        // Midsummer Day 2026-06-20 and All Saints' Day 2026-10-31 are Saturdays anyway.
        assertThat(WorkingDays.isHoliday(LocalDate.parse("2026-06-20"))).isTrue();
        assertThat(WorkingDays.isHoliday(LocalDate.parse("2026-10-31"))).isTrue();
        assertThat(WorkingDays.isHoliday(LocalDate.parse("2026-11-07"))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-11-23"))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.parse("2026-11-22"))).as("Sunday").isFalse();
    }

    @Test
    void seventhWorkingDayOfAnOrdinaryWeekIsWednesdayOfTheNext() {
        assertThat(WorkingDays.nthWorkingDayAfter(LocalDate.parse("2026-11-23"), 7))
                .isEqualTo(LocalDate.parse("2026-12-02"));
        // Contact on a Saturday: Monday is the first working day.
        assertThat(WorkingDays.nthWorkingDayAfter(LocalDate.parse("2026-11-21"), 7))
                .isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void easterMidsummerAndChristmasPushTheDeadline() {
        // Contact Wed 1.4.2026: Good Friday 3.4 and Easter Monday 6.4 are skipped.
        assertThat(WorkingDays.nthWorkingDayAfter(LocalDate.parse("2026-04-01"), 7))
                .isEqualTo(LocalDate.parse("2026-04-14"));
        // Contact Wed 17.6.2026: Midsummer Eve Fri 19.6 is skipped.
        assertThat(WorkingDays.nthWorkingDayAfter(LocalDate.parse("2026-06-17"), 7))
                .isEqualTo(LocalDate.parse("2026-06-29"));
        // Contact Mon 21.12.2026: 24., 25. (Fri) and 1.1. (Fri) skipped.
        assertThat(WorkingDays.nthWorkingDayAfter(LocalDate.parse("2026-12-21"), 7))
                .isEqualTo(LocalDate.parse("2027-01-04"));
        // All Saints' Day on a Saturday costs nothing: Thu 29.10.2026 + 7 = Mon 9.11.
        assertThat(WorkingDays.nthWorkingDayAfter(LocalDate.parse("2026-10-29"), 7))
                .isEqualTo(LocalDate.parse("2026-11-09"));
    }

    @Test
    void aDeadlineOnADayOffMovesToTheNextWorkingDay() {
        assertThat(WorkingDays.onOrNextWorkingDay(LocalDate.parse("2026-12-24"))).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(WorkingDays.onOrNextWorkingDay(LocalDate.parse("2026-11-23"))).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void workingDaysBetweenCountsLikeTheDeadline() {
        LocalDate contact = LocalDate.parse("2026-04-01");
        assertThat(WorkingDays.workingDaysBetween(contact, WorkingDays.nthWorkingDayAfter(contact, 7))).isEqualTo(7);
        assertThat(WorkingDays.workingDaysBetween(LocalDate.parse("2026-12-02"), LocalDate.parse("2026-11-23")))
                .isEqualTo(-7);
    }
}
