package fi.perhekeskus.consultation.internal;

/** Who received a question when it was asked. */
enum Routing {
    /** The key persons of the expertise serving the area, and their deputies. */
    KEY_PERSONS,
    /** The members of the team. */
    TEAM,
    /** No key person with an account serves the area: the area's coordinators, so it is not lost. */
    COORDINATORS,
    /** Nobody with an account yet; stored, and visible in the asker's outbox and in statistics. */
    NOBODY
}
