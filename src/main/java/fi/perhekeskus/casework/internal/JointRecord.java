package fi.perhekeskus.casework.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored joint record: DRAFT while the meeting goes on, then CONFIRMED (immutable). A correction is a
 * new record that {@code supersedes} a confirmed one, with a reason; {@code supersededBy} points forward.
 */
public record JointRecord(UUID id, UUID meetingId, Instant meetingStartsAt, String status, UUID supersedes,
        UUID supersededBy, String correctionReason, Instant createdAt, Instant confirmedAt, String confirmedBy,
        Integer planVersion, RecordDraft draft) {

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }

    /** draft, confirmed or corrected — the word shown in the meetings list. */
    public String state() {
        if (!confirmed()) return "DRAFT";
        return supersededBy != null ? "CORRECTED" : "CONFIRMED";
    }
}
