package fi.perhekeskus.consultation.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Read models of consultations for the pages and the API. */
final class ConsultationView {

    private ConsultationView() {}

    public record Item(UUID id, ConsultationStatus status, String expertiseCode, UUID areaId, UUID teamId, String question,
            Instant createdAt, Instant dueAt, UUID askerId, UUID claimedBy, Instant answeredAt, Integer usefulness) {
        public boolean overdue(Instant now) {
            return (status == ConsultationStatus.OPEN || status == ConsultationStatus.CLAIMED) && dueAt.isBefore(now);
        }
    }

    public record Detail(Item item, boolean anonymous, UUID caseId, Instant claimedAt, Instant closedAt, long version,
            List<UUID> recipients, List<Message> messages) {}

    public record Message(UUID id, UUID authorId, String text, Instant createdAt) {}

    public record Row(String expertiseCode, UUID areaId, UUID teamId, String month, long asked, long answered,
            Double medianResponseHours, long answeredInTime, long due) {
        /** Share of the consultations whose target has passed or that were answered, answered in time. */
        public Integer inTimePercent() {
            return due == 0 ? null : (int) Math.round(100.0 * answeredInTime / due);
        }
    }
}
