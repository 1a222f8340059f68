package fi.perhekeskus.help;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.help.internal.ContactMethod;
import fi.perhekeskus.help.internal.DeadlineState;
import fi.perhekeskus.help.internal.HelpQueue;
import fi.perhekeskus.help.internal.HelpRequestHandling;
import fi.perhekeskus.help.internal.HelpRequestIntake;
import fi.perhekeskus.help.internal.QueueItem;
import fi.perhekeskus.help.internal.StatutoryDeadlines;
import fi.perhekeskus.help.internal.Urgency;
import fi.perhekeskus.platform.WorkingDays;
import fi.perhekeskus.testing.PerhekeskusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queue's order and warnings follow the statutory deadlines of each request. */
@PerhekeskusTest
class QueueDeadlinesTest {

    @Autowired HelpRequestIntake intake;
    @Autowired HelpRequestHandling handling;
    @Autowired HelpQueue queue;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @Test
    void overdueAndDueSoonRequestsAreFlaggedCountedAndListedFirst() {
        UserId worker = users.findIdByUsername("ohjaaja").orElseThrow();
        UUID overdue = assessedRequestReceivedOn(WorkingDays.nthWorkingDayAfter(today.minusDays(30), 1), worker);
        UUID dueSoon = assessedRequestReceivedOn(sevenWorkingDaysBefore(WorkingDays.onOrNextWorkingDay(today.plusDays(1))), worker);
        UUID fresh = assessedRequestReceivedOn(today, worker);

        var summary = queue.openFor(worker, false);
        List<UUID> order = summary.items().stream().map(QueueItem::id).filter(List.of(overdue, dueSoon, fresh)::contains).toList();
        assertThat(order).containsExactly(overdue, dueSoon, fresh);
        assertThat(item(summary.items(), overdue).deadlineState()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(item(summary.items(), dueSoon).deadlineState()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(item(summary.items(), fresh).deadlineState()).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(summary.overdue()).isGreaterThanOrEqualTo(1);
        assertThat(summary.dueSoon()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUnassessedRequestIsDueTheDayItCameAndAStartedOneHasNoStartDeadline() {
        UserId worker = users.findIdByUsername("ohjaaja").orElseThrow();
        UUID unassessed = HelpFixtures.familyRequest(intake, "Unassessed", ContactMethod.NONE, null).id().value();
        assertThat(item(queue.openFor(worker, false).items(), unassessed).due()).isEqualTo(today);

        UUID started = assessedRequestReceivedOn(today, worker);
        handling.recordFirstContact(started, HelpFixtures.version(jdbc, started), java.time.Instant.now(), null, worker);
        assertThat(item(queue.openFor(worker, false).items(), started).due()).isNull();
    }

    @Test
    void aChildNeedingSpecialSupportGetsTheThreeMonthAssessmentDeadline() {
        UserId worker = users.findIdByUsername("ohjaaja").orElseThrow();
        UUID id = assessedRequestReceivedOn(today, worker);
        handling.markSpecialSupport(id, HelpFixtures.version(jdbc, id), true, worker);
        assertThat(jdbc.sql("SELECT assessment_deadline FROM help_request WHERE id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(StatutoryDeadlines.specialSupportAssessment(today));
    }

    private UUID assessedRequestReceivedOn(LocalDate day, UserId worker) {
        UUID id = HelpFixtures.familyRequest(intake, "Deadline " + day, ContactMethod.PHONE, "0401234567").id().value();
        jdbc.sql("""
                UPDATE help_request SET received_at = (CAST(:day AS date) + time '09:00') AT TIME ZONE 'Europe/Helsinki',
                    start_deadline = :deadline WHERE id = :id""")
                .param("day", day).param("deadline", StatutoryDeadlines.start(day)).param("id", id).update();
        handling.assessUrgency(id, HelpFixtures.version(jdbc, id), Urgency.NORMAL, null, worker);
        return id;
    }

    /** A contact day whose 7th working day is {@code deadline}. */
    private static LocalDate sevenWorkingDaysBefore(LocalDate deadline) {
        LocalDate day = deadline.minusDays(1);
        while (StatutoryDeadlines.start(day).isAfter(deadline)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static QueueItem item(List<QueueItem> items, UUID id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
