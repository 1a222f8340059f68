package fi.perhekeskus.consultation.internal;

/** open → claimed → answered (the first reply of a recipient) → closed (by the asker). */
enum ConsultationStatus {
    OPEN, CLAIMED, ANSWERED, CLOSED;

    public String messageKey() {
        return "consultation.status." + name();
    }

    public boolean ratable() {
        return this == ANSWERED || this == CLOSED;
    }
}
