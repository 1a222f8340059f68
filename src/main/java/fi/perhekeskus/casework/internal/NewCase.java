package fi.perhekeskus.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case to open, already validated. In FAMILY_COORDINATED mode {@code consentScope} is the scope of
 * the consent the first guardian gives to the opener at opening.
 */
record NewCase(String familyName, UUID areaId, String language, CaseMode mode, CaseBasis basis, String basisNote,
        List<Child> children, List<Guardian> guardians, String openerTask, String consentScope, UUID helpRequestId,
        UUID openingKey) {

    /** The name of a child a client-guidance request gave only an age for; the date of birth is approximate. */
    static final String APPROXIMATE_CHILD_NAME = "Lapsi";

    record Child(String name, LocalDate bornOn, LocalDate dueOn, boolean approximate) {
        Child(String name, LocalDate bornOn, LocalDate dueOn) {
            this(name, bornOn, dueOn, false);
        }
    }

    /** case_person.relation of a child whose date of birth was estimated from an age (shown as such). */
    static final String APPROXIMATE_BIRTH_DATE = "APPROXIMATE_BIRTH_DATE";

    record Guardian(String name, String phone, String email) {}
}
