package fi.perhekeskus.servicemap;

/** Whom a service is for; the child's age is a separate range on the service. */
public enum TargetGroup {
    EXPECTING, FAMILIES, CHILDREN, YOUNG_PEOPLE, PARENTS, COUPLES, MULTICULTURAL, SPECIAL_NEEDS, PROFESSIONALS;

    public String messageKey() {
        return "servicemap.targetGroup." + name();
    }
}
