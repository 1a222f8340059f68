package fi.perhekeskus.consultation.internal;

import java.util.UUID;

/**
 * What the asker sends: to an expertise area in a family centre area, or to a team.
 *
 * @param anonymous null means the default, anonymous
 * @param caseId a client case; accepted only once the casework module can confirm the case and consent
 * @param confirmedNoIdentifyingDetails the asker checked the flagged names or addresses are not a client's
 */
record Question(String expertise, UUID area, UUID team, String text, Boolean anonymous, UUID caseId,
        boolean confirmedNoIdentifyingDetails) {}
