package fi.perhekeskus.platform;

/**
 * Sends mail through the outbox: call it inside the transaction of the work the mail is about; the
 * message leaves only if that work commits, and is retried until the SMTP server takes it.
 */
public interface Mail {

    /** @param calendar an iCalendar text (METHOD:REQUEST) attached as an invitation, or null */
    void send(String recipient, String subject, String body, String calendar);
}
