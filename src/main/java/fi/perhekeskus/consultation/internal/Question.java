package fi.perhekeskus.consultation.internal;

import java.util.UUID;

/**
 * What the asker sends: to an expertise area in a family centre area, or to a team.
 *
 * @param anonymous null means the default, anonymous
 * @param caseId a client case the asker works on (casework decides); only with {@code anonymous = false}
 * @param confirmedNoIdentifyingDetails the asker checked the flagged names or addresses are not a client's
 */
record Question(String expertise, UUID area, UUID team, String text, Boolean anonymous, UUID caseId,
        boolean confirmedNoIdentifyingDetails) {}
