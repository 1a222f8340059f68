package fi.perhekeskus.servicemap;

/** The eight questions a meeting place's profile answers (seed 003, "Kotitehtävä"). */
public enum MeetingPlaceQuestion {
    FOR_WHOM, HOW_FOUND, OPENING_TIMES, SERVICES_OFFERED, STAFF_AND_TRAINING, RESPONSIBLE_PERSON,
    STAKEHOLDERS, CLIENT_PARTICIPATION;

    public String messageKey() {
        return "servicemap.question." + name();
    }
}
