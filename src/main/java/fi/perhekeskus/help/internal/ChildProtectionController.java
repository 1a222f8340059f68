package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import fi.perhekeskus.help.internal.family.ClientAddress;
import fi.perhekeskus.help.internal.family.HelpRateLimit;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The child-protection notification (LSL 25 §) for anyone: a professional logged in and identified,
 * a private person by name or anonymously (then nothing identifying is kept, not even the address
 * the form came from).
 */
@Controller
class ChildProtectionController {

    private final NotificationPages pages;
    private final HelpRateLimit rateLimit;
    private final ClientAddress clients;

    ChildProtectionController(NotificationPages pages, HelpRateLimit rateLimit, ClientAddress clients) {
        this.pages = pages;
        this.rateLimit = rateLimit;
        this.clients = clients;
    }

    @GetMapping("/help/child-protection")
    @Authorized(Action.NOTIFY_CHILD_PROTECTION)
    String form(Model model) {
        ChildProtectionForm form = new ChildProtectionForm();
        form.setSubmissionKey(NotificationPages.newSubmissionKey());
        form.setVariant(NotificationVariant.STANDARD.name());
        if (ChildProtectionForm.isProfessional(pages.user().orElse(null))) {
            form.setNotifierKind(NotifierKind.PROFESSIONAL.name());
            pages.profile().ifPresent(profile -> {
                form.setTitle(profile.title());
                form.setOrganisation(profile.organisation());
                form.setNotifierEmail(profile.email());
            });
        }
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping("/help/child-protection")
    @Authorized(Action.NOTIFY_CHILD_PROTECTION)
    String send(@ModelAttribute("form") ChildProtectionForm form, BindingResult errors, Model model,
            HttpServletResponse response, Locale locale, HttpServletRequest request) {
        CurrentUser user = pages.user().orElse(null);
        var submission = form.validate(errors, pages.today(), pages.municipalities, user,
                pages.profile().orElse(null), NotificationPages.language(locale));
        // A public, possibly anonymous form: visitors share the families' per-client allowance (only
        // valid notifications count); logged-in professionals are never slowed down.
        Optional<Duration> wait = user == null && submission.isPresent()
                ? rateLimit.tryAcquire(clients.of(request)) : Optional.empty();
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
            errors.reject("help.family.error.rateLimited", new Object[] {wait.get().toSeconds()}, null);
            return page(model);
        }
        if (submission.isPresent()) {
            try {
                Submission s = submission.get();
                pages.notifications.send(s.request(), s.notification(), s.submissionKey());
                return "redirect:/help/child-protection/sent/" + s.submissionKey();
            } catch (HelpRequestIntake.IdempotencyKeyReused reused) {
                errors.reject("help.notifications.error.alreadySent");
            }
        }
        NotificationPages.rejected(response, model, errors);
        return page(model);
    }

    @GetMapping("/help/child-protection/sent/{key}")
    @Authorized(Action.NOTIFY_CHILD_PROTECTION)
    String sent(@PathVariable String key, Model model) {
        var sent = FormValues.submissionKey(key)
                .flatMap(k -> pages.records.sent(k, Channel.CHILD_PROTECTION_NOTIFICATION))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("sent", sent);
        return "help/child-protection-sent";
    }

    private String page(Model model) {
        CurrentUser user = pages.user().orElse(null);
        model.addAttribute("municipalities", pages.municipalities.choices());
        model.addAttribute("variants", NotificationVariant.values());
        model.addAttribute("professional", ChildProtectionForm.isProfessional(user) ? pages.profile().orElse(null) : null);
        model.addAttribute("loggedIn", user != null);
        return "help/child-protection-form";
    }
}
