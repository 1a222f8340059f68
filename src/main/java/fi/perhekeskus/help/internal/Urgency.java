package fi.perhekeskus.help.internal;

/** The immediate assessment of SHL 36 §: does the family need urgent help. */
public enum Urgency {
    /** Help at once (same day, child-protection on-call if needed). */
    IMMEDIATE,
    /** Within a few days, before the 7th-working-day deadline. */
    URGENT,
    NORMAL;

    public String messageKey() {
        return "help.urgency." + name();
    }
}
