package fi.perhekeskus.servicemap;

/** Who provides a service (PTV organisation types, folded to what families tell apart). */
public enum OrganisationType {
    MUNICIPALITY, WELLBEING_COUNTY, NGO, PARISH, STATE, PRIVATE;

    public String messageKey() {
        return "servicemap.organisationType." + name();
    }
}
