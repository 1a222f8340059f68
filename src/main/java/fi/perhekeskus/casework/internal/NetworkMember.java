package fi.perhekeskus.casework.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of the family's network with a role and a concrete task. {@code hasBasis} tells whether the
 * member may see the case now (responsible worker, or a consent in force); {@code endedAt} is null while active.
 */
public record NetworkMember(UUID id, MemberRole role, boolean coordinating, UUID userId, UUID professionalId,
        String name, String title, String organisation, String sector, String phone, String email, String task,
        boolean namedByFamily, Instant addedAt, Instant endedAt, boolean hasBasis) {

    public boolean active() {
        return endedAt == null;
    }
}
