package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.platform.Notifications;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The user's own notifications and the email preference. It lives in access rather than platform
 * because every page of its own needs {@link Authorized}, and platform must not depend on access.
 */
@Controller
class NotificationsController {

    static final int SHOWN = 100;
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Notifications notifications;
    private final AccessControl access;
    private final MessageSource messages;

    NotificationsController(Notifications notifications, AccessControl access, MessageSource messages) {
        this.notifications = notifications;
        this.access = access;
        this.messages = messages;
    }

    /** One notification as the reader sees it, in their language. */
    public record Shown(UUID id, String text, String link, ZonedDateTime createdAt, boolean read) {}

    @GetMapping("/notifications")
    @Authorized(Action.VIEW_OWN_NOTIFICATIONS)
    String page(Model model, Locale locale) {
        UUID me = me();
        model.addAttribute("notifications", notifications.recent(me, SHOWN).stream()
                .map(n -> new Shown(n.id(), messages.getMessage(n.messageKey(), n.arguments().toArray(), n.messageKey(), locale),
                        safe(n.link()), n.createdAt().atZone(HELSINKI), n.read()))
                .toList());
        model.addAttribute("emailOn", notifications.emailOn(me));
        return "notifications/list";
    }

    /** Opens the notification's page and marks it read on the way. */
    @PostMapping("/notifications/{id}/open")
    @Authorized(Action.VIEW_OWN_NOTIFICATIONS)
    String open(@PathVariable UUID id) {
        UUID me = me();
        notifications.markRead(me, id);
        String link = notifications.recent(me, SHOWN).stream().filter(n -> n.id().equals(id))
                .map(n -> safe(n.link())).findFirst().orElse(null);
        return "redirect:" + (link == null ? "/notifications" : link);
    }

    @PostMapping("/notifications/{id}/read")
    @Authorized(Action.VIEW_OWN_NOTIFICATIONS)
    String read(@PathVariable UUID id) {
        notifications.markRead(me(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    @Authorized(Action.VIEW_OWN_NOTIFICATIONS)
    String readAll() {
        notifications.markAllRead(me());
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/email")
    @Authorized(Action.VIEW_OWN_NOTIFICATIONS)
    String email(@RequestParam(defaultValue = "false") boolean on) {
        notifications.setEmail(me(), on);
        return "redirect:/notifications?saved";
    }

    /** Only paths of this app: a stored link must never send the reader elsewhere. */
    static String safe(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") ? link : null;
    }

    private UUID me() {
        return access.currentUser().orElseThrow().id().value();
    }

}
