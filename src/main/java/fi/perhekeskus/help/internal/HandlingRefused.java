package fi.perhekeskus.help.internal;

/**
 * A change the request's state does not allow, or one made on a version someone else already
 * changed; {@code messageKey} tells the worker why in their language. Nothing was saved.
 */
public class HandlingRefused extends RuntimeException {

    public static final String STALE = "help.refused.stale";
    public static final String CLOSED = "help.refused.closed";
    public static final String URGENCY_FIRST = "help.refused.urgencyFirst";
    public static final String ANSWER_FIRST = "help.refused.answerFirst";
    public static final String NOT_ANONYMOUS = "help.refused.notAnonymous";

    private final String messageKey;

    public HandlingRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
