package fi.perhekeskus.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consent of the family to share information with a member or an organisation, in one scope. */
public record Consent(UUID id, UUID memberId, String memberName, String organisation, String scope, String givenBy,
        Instant givenAt, LocalDate validUntil, Instant withdrawnAt, String withdrawnBy, boolean inForce) {

    /** To whom: the member's name or the organisation. */
    public String to() {
        return memberId != null ? memberName : organisation;
    }
}
