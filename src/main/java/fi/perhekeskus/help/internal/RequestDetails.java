package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.FamilyCentreAreaId;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** Everything a client-guidance worker sees of one request. */
public record RequestDetails(UUID id, String receiptCode, Channel channel, ZonedDateTime receivedAt,
        FamilyCentreAreaId area, String areaName, String municipality, String language, String concern,
        List<String> topics, List<Integer> childAges, boolean expecting, ContactMethod contactMethod,
        String contactValue, HelpStatus status, Urgency urgency, ZonedDateTime urgencyAssessedAt,
        String urgencyAssessedBy, LocalDate startDeadline, boolean specialSupport, LocalDate assessmentDeadline,
        LocalDate inquiryDecisionDeadline, UserId assignedTo, String assignedName, UserId responsibleWorker,
        String responsibleName, ZonedDateTime firstContactAt, Outcome outcome, String outcomeNote,
        String answer, ZonedDateTime answeredAt, List<UUID> linkedServices, int version, LocalDate due,
        DeadlineState deadlineState) {

    public boolean open() {
        return status == HelpStatus.NEW || status == HelpStatus.IN_PROGRESS;
    }

    public boolean anonymous() {
        return contactMethod == ContactMethod.NONE;
    }

    public boolean childProtection() {
        return inquiryDecisionDeadline != null;
    }

    /** One line of the request's history. */
    public record Event(ZonedDateTime at, String actor, String kind, String detail) {
        public String messageKey() {
            return "help.history." + kind;
        }
    }
}
