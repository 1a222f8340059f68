package fi.perhekeskus.casework;

import fi.perhekeskus.access.UserId;

/** What other modules (consultation) may ask about client cases. */
public interface Cases {

    /**
     * Whether the user works on the case now: an active member of its network with a valid basis (the
     * responsible worker, or the family's consent in force) — {@link fi.perhekeskus.access.CaseRules#MEMBER_WITH_BASIS}.
     * False for an unknown case, so that a caller cannot tell "no such case" from "not yours".
     */
    boolean worksOn(UserId user, CaseId caseId);
}
