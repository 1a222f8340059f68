package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RRULE validation and expansion of outreach schedules (RFC 5545 via ical4j). */
class OutreachRulesTest {

    static final LocalDateTime MONDAY_8 = LocalDateTime.of(2026, 11, 2, 8, 0);

    @Test
    void aRuleMustParseEndAndRepeatAtMostDaily() {
        assertThat(OutreachRules.problem("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270531")).isEmpty();
        assertThat(OutreachRules.problem("RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=10")).isEmpty();
        assertThat(OutreachRules.problem("freq=weekly;byday=mo;until=20270531T210000Z")).isEmpty();
        assertThat(OutreachRules.problem("FREQ=WEEKLY;BYDAY=MO")).contains("servicemap.editor.rrule.neverEnds");
        assertThat(OutreachRules.problem("FREQ=HOURLY;COUNT=5")).contains("servicemap.editor.rrule.tooFrequent");
        assertThat(OutreachRules.problem("FREQ=SOMETIMES;COUNT=2")).contains("servicemap.editor.rrule.invalid");
        assertThat(OutreachRules.problem("FREQ=WEEKLY;BYDAY=XX;COUNT=2")).contains("servicemap.editor.rrule.invalid");
        assertThat(OutreachRules.problem("<script>")).contains("servicemap.editor.rrule.invalid");
        assertThat(OutreachRules.problem("FREQ=DAILY;COUNT=2;" + "X".repeat(400))).contains("servicemap.editor.rrule.invalid");
        assertThat(OutreachRules.problem(" ")).contains("servicemap.editor.rrule.required");
    }

    @Test
    void weeklyVisitsUntilADateIncludeThatDay() {
        List<LocalDateTime> visits = OutreachRules.occurrences("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261123", MONDAY_8,
                MONDAY_8.minusDays(1), MONDAY_8.plusYears(1));

        assertThat(visits).containsExactly(MONDAY_8, MONDAY_8.plusWeeks(1), MONDAY_8.plusWeeks(2), MONDAY_8.plusWeeks(3));
    }

    @Test
    void untilInUtcIsReadAsHelsinkiTime() {
        // 23.11.2026 06:00 UTC is 08:00 in Helsinki (EET, +2): the visit that day still counts
        List<LocalDateTime> visits = OutreachRules.occurrences("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261123T060000Z", MONDAY_8,
                MONDAY_8, MONDAY_8.plusYears(1));

        assertThat(visits).last().isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 0));
    }

    @Test
    void countIsCountedFromTheFirstVisitEvenWhenTheWindowStartsLater() {
        List<LocalDateTime> visits = OutreachRules.occurrences("FREQ=MONTHLY;BYDAY=1TU;COUNT=4",
                LocalDateTime.of(2026, 11, 3, 17, 0), LocalDateTime.of(2027, 1, 1, 0, 0),
                LocalDateTime.of(2028, 1, 1, 0, 0));

        assertThat(visits).containsExactly(LocalDateTime.of(2027, 1, 5, 17, 0), LocalDateTime.of(2027, 2, 2, 17, 0));
        assertThat(visits).allSatisfy(v -> assertThat(v.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY));
    }

    @Test
    void summerTimeKeepsTheLocalHour() {
        List<LocalDateTime> visits = OutreachRules.occurrences("FREQ=WEEKLY;BYDAY=MO;COUNT=30", MONDAY_8,
                LocalDate.of(2027, 3, 20).atStartOfDay(), LocalDate.of(2027, 4, 10).atStartOfDay());

        assertThat(visits).isNotEmpty().allSatisfy(v -> assertThat(v.toLocalTime()).isEqualTo(LocalTime.of(8, 0)));
    }

    @Test
    void overlappingOpeningHoursOnTheSameDay() {
        var morning = new PlaceContent.Hours(1, LocalTime.of(9, 0), LocalTime.of(12, 0));
        assertThat(PlaceForm.overlap(morning, new PlaceContent.Hours(1, LocalTime.of(11, 30), LocalTime.of(15, 0)))).isTrue();
        assertThat(PlaceForm.overlap(morning, new PlaceContent.Hours(1, LocalTime.of(12, 0), LocalTime.of(15, 0))))
                .as("back to back").isFalse();
        assertThat(PlaceForm.overlap(morning, new PlaceContent.Hours(2, LocalTime.of(9, 0), LocalTime.of(12, 0))))
                .as("another day").isFalse();
        assertThat(PlaceForm.overlap(new PlaceContent.Hours(5, LocalTime.of(20, 0), LocalTime.of(2, 0)),
                new PlaceContent.Hours(5, LocalTime.of(22, 0), LocalTime.of(23, 0)))).as("over midnight").isTrue();
    }
}
