package fi.perhekeskus.casework.internal;

import fi.perhekeskus.casework.CaseId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The head of a case: who the family is, where, in which mode and stage. */
public record CaseOverview(CaseId id, String reference, String familyName, UUID areaId, String areaName,
        String language, CaseMode mode, boolean closed, CaseStage stage, String basis, Instant openedAt,
        LocalDate followUpOn, String closingSummary, int version, List<FamilyPerson> people) {

    public List<FamilyPerson> children() {
        return people.stream().filter(p -> p.kind() == FamilyPerson.Kind.CHILD).toList();
    }

    /** Other members of the family (siblings, step-parents…), with how they are related. */
    public List<FamilyPerson> relatives() {
        return people.stream().filter(p -> p.kind() == FamilyPerson.Kind.FAMILY_MEMBER).toList();
    }

    public List<FamilyPerson> guardians() {
        return people.stream().filter(p -> p.kind() == FamilyPerson.Kind.GUARDIAN).toList();
    }
}
