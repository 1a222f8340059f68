package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserAccounts.WorkProfile;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the two notification forms share: who is sending, today in Finland, the form's language and key. */
@Component
class NotificationPages {

    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private final AccessControl access;
    private final UserAccounts users;
    private final Clock clock;
    final MunicipalityChoices municipalities;
    final LegalNotifications notifications;
    final NotificationRecords records;

    NotificationPages(AccessControl access, UserAccounts users, Clock clock, MunicipalityChoices municipalities,
            LegalNotifications notifications, NotificationRecords records) {
        this.access = access;
        this.users = users;
        this.clock = clock;
        this.municipalities = municipalities;
        this.notifications = notifications;
        this.records = records;
    }

    Optional<CurrentUser> user() {
        return access.currentUser();
    }

    Optional<WorkProfile> profile() {
        return access.currentUser().flatMap(user -> users.workProfile(user.id()));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(HelpRequestIntake.FINLAND));
    }

    static String language(Locale locale) {
        return LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "fi";
    }

    /** A new key for each rendering of an empty form: a resend of this rendering is recognised as one. */
    static String newSubmissionKey() {
        return UUID.randomUUID().toString();
    }

    /** The form again with its messages: 422, nothing was stored. */
    static void rejected(HttpServletResponse response, Model model, BindingResult errors) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("rejected", errors.getErrorCount());
    }
}
