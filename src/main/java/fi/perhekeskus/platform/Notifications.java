package fi.perhekeskus.platform;

import java.util.List;
import java.util.UUID;

/**
 * In-app notifications, and the same by email for users who keep email on (the default). Texts are
 * message keys rendered in the reader's language in the app; the email carries Finnish, Swedish and
 * English, since the reader's language is not known when it is written.
 */
public interface Notifications {

    /**
     * @param kind what happened, e.g. {@code CONSULTATION_NEW} (for filtering and tests)
     * @param link the page the notification opens (a path of this app)
     */
    void notify(UUID user, String kind, String messageKey, List<String> arguments, String link);

    /** Unread first, newest first, at most {@code limit}. */
    List<Notification> recent(UUID user, int limit);

    int unread(UUID user);

    void markRead(UUID user, UUID notification);

    /** Marks every unread notification of the user read; returns how many. */
    int markAllRead(UUID user);

    boolean emailOn(UUID user);

    void setEmail(UUID user, boolean on);

    record Notification(UUID id, String kind, String messageKey, List<String> arguments, String link,
            java.time.Instant createdAt, boolean read) {}
}
