package fi.perhekeskus.help;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.help.internal.StatutoryDeadlines;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatutoryDeadlinesTest {

    @Test
    void serviceNeedAssessmentStartsByTheSeventhWorkingDay() {
        assertThat(StatutoryDeadlines.start(LocalDate.parse("2026-11-23"))).isEqualTo(LocalDate.parse("2026-12-02"));
        // Independence Day (Sun 6.12.2026) costs nothing; Christmas does
        assertThat(StatutoryDeadlines.start(LocalDate.parse("2026-12-18"))).isEqualTo(LocalDate.parse("2026-12-31"));
    }

    @Test
    void childProtectionInquiryIsDecidedWithinSevenWorkingDays() {
        assertThat(StatutoryDeadlines.inquiryDecision(LocalDate.parse("2026-04-01"))).isEqualTo(LocalDate.parse("2026-04-14"));
    }

    @Test
    void specialSupportAssessmentIsCompletedWithinThreeMonthsOnAWorkingDay() {
        assertThat(StatutoryDeadlines.specialSupportAssessment(LocalDate.parse("2026-11-23")))
                .isEqualTo(LocalDate.parse("2027-02-23"));
        // 24.9. + 3 months = Christmas Eve → the next working day after Christmas
        assertThat(StatutoryDeadlines.specialSupportAssessment(LocalDate.parse("2026-09-24")))
                .isEqualTo(LocalDate.parse("2026-12-28"));
    }
}
