package fi.perhekeskus.access;

/**
 * Row rules for a family's client case, as SQL over {@code :userId} and {@code :targetId} (the case id).
 * The action catalogue and the casework lists use the same text, the lists substituting the row's
 * column for {@code :targetId} (see {@link #forColumn}), so that a list never shows a case its reader
 * could not open.
 */
public final class CaseRules {

    /**
     * A valid basis of a member row aliased {@code m}: a consent of the family to share with this member or
     * its organisation, in force. A condition to use in SQL (EXISTS ...).
     */
    public static final String CONSENT_IN_FORCE = """
            EXISTS (SELECT 1 FROM case_consent c WHERE c.case_id = m.case_id AND c.withdrawn_at IS NULL
                AND (c.valid_until IS NULL OR c.valid_until >= current_date)
                AND (c.member_id = m.id OR (c.organisation IS NOT NULL AND c.organisation = m.organisation)))""";

    /**
     * A professional with an active role in the case's network and a valid basis: the responsible worker
     * (the statutory client relationship is the basis), or any other member with the family's consent in force.
     */
    public static final String MEMBER_WITH_BASIS = """
            SELECT 1 FROM case_member m WHERE m.case_id = :targetId AND m.user_id = :userId AND m.ended_at IS NULL
                AND (m.role = 'RESPONSIBLE_WORKER' OR\s""" + CONSENT_IN_FORCE + ")";

    /**
     * Who coordinates the network: the responsible worker, or — when the family coordinates its services
     * itself (seed 001) — the coordinating close worker with the family's consent in force.
     */
    public static final String COORDINATOR_OF_NETWORK = """
            SELECT 1 FROM case_member m JOIN client_case k ON k.id = m.case_id
            WHERE m.case_id = :targetId AND m.user_id = :userId AND m.ended_at IS NULL
                AND (m.role = 'RESPONSIBLE_WORKER' OR (k.mode = 'FAMILY_COORDINATED' AND m.coordinating AND\s"""
            + CONSENT_IN_FORCE + "))";

    /** The responsible worker of the case. */
    public static final String RESPONSIBLE_WORKER = """
            SELECT 1 FROM case_member m WHERE m.case_id = :targetId AND m.user_id = :userId AND m.ended_at IS NULL
                AND m.role = 'RESPONSIBLE_WORKER'""";

    /** A guardian of the family whose account is linked to the case. */
    public static final String GUARDIAN = """
            SELECT 1 FROM case_person p WHERE p.case_id = :targetId AND p.user_id = :userId AND p.kind = 'GUARDIAN'""";

    private CaseRules() {}

    /** The rule as a condition on a list query's case id column, e.g. {@code forColumn(MEMBER_WITH_BASIS, "k.id")}. */
    public static String forColumn(String rule, String caseIdColumn) {
        return rule.replace(":targetId", caseIdColumn);
    }
}
