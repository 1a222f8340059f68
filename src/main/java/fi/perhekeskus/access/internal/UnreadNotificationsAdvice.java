package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.platform.Notifications;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code unreadNotifications} for the header's bell: one COUNT on the partial index of unread rows,
 * only for logged-in users and only for pages (null for anonymous visitors and the JSON API).
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final AccessControl access;
    private final Notifications notifications;

    UnreadNotificationsAdvice(AccessControl access, Notifications notifications) {
        this.access = access;
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Integer unreadNotifications(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) return null;
        return access.currentUser().map(user -> notifications.unread(user.id().value())).orElse(null);
    }
}
