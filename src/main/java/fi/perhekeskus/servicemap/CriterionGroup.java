package fi.perhekeskus.servicemap;

/** The five groups of seed 003's "Hyvän kohtaamispaikan minimikriteerit". */
public enum CriterionGroup {
    PREMISES, CLIENTSHIP, PROCESSES_AND_SERVICES, NETWORK, STAFF_AND_ADMINISTRATION;

    public String messageKey() {
        return "servicemap.criterionGroup." + name();
    }
}
