package fi.perhekeskus.casework.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A child, guardian or other family member of a case. {@code userId} links a guardian's own account. */
public record FamilyPerson(UUID id, Kind kind, String name, LocalDate bornOn, LocalDate dueOn, String relation,
        String phone, String email, UUID userId) {

    public enum Kind { CHILD, GUARDIAN, FAMILY_MEMBER }

    public boolean expected() {
        return bornOn == null && dueOn != null;
    }
}
