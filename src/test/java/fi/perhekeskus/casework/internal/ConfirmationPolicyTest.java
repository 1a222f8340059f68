package fi.perhekeskus.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The named rule for confirming a joint record, on its own. */
class ConfirmationPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static RecordDraft draft(List<RecordDraft.GoalRow> goals, List<RecordDraft.ActionRow> actions, String followUp) {
        return new RecordDraft(null, null, null, null, null, null, null, followUp, false, goals, actions, 1);
    }

    private static RecordDraft.GoalRow goal(String text) {
        return new RecordDraft.GoalRow(UUID.randomUUID().toString(), text);
    }

    private static RecordDraft.ActionRow action(String owner, String due) {
        return new RecordDraft.ActionRow(UUID.randomUUID().toString(), "Selvitetään kerho", owner, due, null);
    }

    @Test
    void aCompleteRecordPasses() {
        assertThat(ConfirmationPolicy.check(draft(List.of(goal("Rauhalliset aamut")),
                List.of(action("m:" + UUID.randomUUID(), "2026-11-23")), "2026-11-24"), TODAY)).isEmpty();
    }

    @Test
    void aRecordWithoutGoalsIsRejected() {
        assertThat(ConfirmationPolicy.check(draft(List.of(), List.of(), "2027-01-01"), TODAY))
                .containsExactly(new ConfirmationPolicy.Violation("goal.0.text", "casework.record.policy.noGoal"));
    }

    @Test
    void everyActionNeedsItsOneOwnerAndADueDateThatHasNotPassed() {
        var violations = ConfirmationPolicy.check(draft(List.of(goal("Tavoite")),
                List.of(action(null, "2027-01-01"), action("p:" + UUID.randomUUID(), null),
                        action("m:" + UUID.randomUUID(), "2026-11-22")), "2027-01-01"), TODAY);
        assertThat(violations).containsExactly(
                new ConfirmationPolicy.Violation("action.0.owner", "casework.record.policy.owner"),
                new ConfirmationPolicy.Violation("action.1.due", "casework.record.policy.due"),
                new ConfirmationPolicy.Violation("action.2.due", "casework.record.policy.duePast"));
    }

    @Test
    void theFollowUpDateMustBeInTheFuture() {
        assertThat(ConfirmationPolicy.check(draft(List.of(goal("Tavoite")), List.of(), null), TODAY))
                .extracting(ConfirmationPolicy.Violation::messageKey).containsExactly("casework.record.policy.followUp");
        assertThat(ConfirmationPolicy.check(draft(List.of(goal("Tavoite")), List.of(), "2026-11-23"), TODAY))
                .extracting(ConfirmationPolicy.Violation::messageKey).containsExactly("casework.record.policy.followUpFuture");
        assertThat(ConfirmationPolicy.check(draft(List.of(goal("Tavoite")), List.of(), "23.11.2027"), TODAY))
                .extracting(ConfirmationPolicy.Violation::messageKey).containsExactly("casework.record.policy.followUp");
    }
}
