package fi.perhekeskus.servicemap;

import static fi.perhekeskus.servicemap.CriterionGroup.CLIENTSHIP;
import static fi.perhekeskus.servicemap.CriterionGroup.NETWORK;
import static fi.perhekeskus.servicemap.CriterionGroup.PREMISES;
import static fi.perhekeskus.servicemap.CriterionGroup.PROCESSES_AND_SERVICES;
import static fi.perhekeskus.servicemap.CriterionGroup.STAFF_AND_ADMINISTRATION;

/**
 * Seed 003's minimum criteria of a good meeting place (Pirkanmaa LAPE, 2017), one constant
 * each. The texts are in the message bundles; the codes are stored with each assessment, so a
 * code is never renamed, only added.
 */
public enum Criterion {
    EASY_TO_REACH(PREMISES),
    ACCESSIBLE(PREMISES),
    HOMELIKE(PREMISES),
    ADAPTABLE_PREMISES(PREMISES),
    CORNER_FOR_EVERY_AGE(PREMISES),
    STORAGE(PREMISES),
    COFFEE_OR_MEALS(PREMISES),

    NEEDS_BASED(CLIENTSHIP),
    PEER_SUPPORT_OPEN_TO_ALL(CLIENTSHIP),
    EQUAL(CLIENTSHIP),
    WELCOMING_DIVERSE_FAMILIES(CLIENTSHIP),
    CLIENTS_INVOLVED_FROM_START(CLIENTSHIP),
    PEER_GROUPS_AS_NEEDED(CLIENTSHIP),
    DIALOGUE(CLIENTSHIP),

    INFORMATION_IN_ONE_PLACE(PROCESSES_AND_SERVICES),
    FREE_FOR_CLIENTS(PROCESSES_AND_SERVICES),
    TIMES_FOR_CLIENTS(PROCESSES_AND_SERVICES),
    LOW_THRESHOLD_WITH_NGOS(PROCESSES_AND_SERVICES),

    ACTIVE_PARTNERSHIPS(NETWORK),
    CULTURE_SERVICES(NETWORK),

    KNOWS_WHERE_ANSWERS_ARE(STAFF_AND_ADMINISTRATION),
    MULTIPROFESSIONAL_STAFF(STAFF_AND_ADMINISTRATION),
    FLEXIBLE_HOURS(STAFF_AND_ADMINISTRATION),
    COORDINATED_NO_OVERLAP(STAFF_AND_ADMINISTRATION),
    FAST_INFORMATION_FLOW(STAFF_AND_ADMINISTRATION),
    BUDGET_AGREED(STAFF_AND_ADMINISTRATION),
    LITTLE_BUREAUCRACY(STAFF_AND_ADMINISTRATION),
    HOST_AND_VOLUNTEERS(STAFF_AND_ADMINISTRATION);

    private final CriterionGroup group;

    Criterion(CriterionGroup group) {
        this.group = group;
    }

    public CriterionGroup group() {
        return group;
    }

    public String messageKey() {
        return "servicemap.criterion." + name();
    }
}
