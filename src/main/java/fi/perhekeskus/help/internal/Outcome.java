package fi.perhekeskus.help.internal;

/** How client guidance concluded a request. */
public enum Outcome {
    GUIDANCE_GIVEN, REFERRED, CASE_OPENED, CHILD_PROTECTION, ANONYMOUS_ANSWERED;

    public String messageKey() {
        return "help.outcome." + name();
    }
}
