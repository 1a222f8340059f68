package fi.perhekeskus.servicemap;

/** The five groups of seed 003's "Hyvän kohtaamispaikan minimikriteerit". */
public enum CriterionGroup {
    PREMISES, CLIENTSHIP, PROCESSES_AND_SERVICES, NETWORK, STAFF_AND_ADMINISTRATION;

    /** The criteria of this group, in catalogue order. */
    public java.util.List<Criterion> criteria() {
        return java.util.Arrays.stream(Criterion.values()).filter(c -> c.group() == this).toList();
    }

    public String messageKey() {
        return "servicemap.criterionGroup." + name();
    }
}
