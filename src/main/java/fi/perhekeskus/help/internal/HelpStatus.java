package fi.perhekeskus.help.internal;

/** What the family sees on the receipt page. */
public enum HelpStatus {
    /** Received, nobody has taken it yet. */
    NEW,
    /** A worker has it. */
    IN_PROGRESS,
    /** The answer is on the receipt page (anonymous questions) or the family has been contacted. */
    ANSWERED,
    CLOSED;

    public String messageKey() {
        return "help.status." + name();
    }
}
