package fi.perhekeskus.casework.internal;

/**
 * Where the family is on its path (seed 004 asiakkuuspolku), derived from the data rather than stored,
 * so that it can never disagree with it. {@link #SQL} computes it for a case row aliased {@code k}.
 */
public enum CaseStage {
    NEW, NETWORK_ASSEMBLED, MEETING_HELD, FOLLOW_UP_DUE, CLOSED;

    /** Days before the follow-up date when the case counts as "follow-up due". */
    public static final int FOLLOW_UP_DUE_DAYS = 7;

    public static final String SQL = """
            CASE WHEN k.status = 'CLOSED' THEN 'CLOSED'
                 WHEN k.follow_up_on IS NOT NULL AND k.follow_up_on <= current_date + %d THEN 'FOLLOW_UP_DUE'
                 WHEN EXISTS (SELECT 1 FROM joint_plan_version v WHERE v.case_id = k.id) THEN 'MEETING_HELD'
                 WHEN (SELECT count(*) FROM case_member sm WHERE sm.case_id = k.id AND sm.ended_at IS NULL
                       AND sm.role <> 'OWN_CIRCLE') >= 2 THEN 'NETWORK_ASSEMBLED'
                 ELSE 'NEW' END""".formatted(FOLLOW_UP_DUE_DAYS);

    public String messageKey() {
        return "casework.stage." + name();
    }
}
