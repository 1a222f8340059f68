package fi.perhekeskus.casework.internal;

/** Who coordinates: a responsible worker with the network, or the family itself with a close worker's support (seed 001). */
public enum CaseMode {
    NETWORK, FAMILY_COORDINATED;

    public String messageKey() {
        return "casework.mode." + name();
    }
}
