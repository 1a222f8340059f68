package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.access.UserAccounts.WorkProfile;
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
import org.springframework.web.server.ResponseStatusException;

/** A professional's contact to social services (SHL 35 §): the form and its confirmation. */
@Controller
class SocialServicesContactController {

    private final NotificationPages pages;

    SocialServicesContactController(NotificationPages pages) {
        this.pages = pages;
    }

    @GetMapping("/help/contact")
    @Authorized(Action.CONTACT_SOCIAL_SERVICES)
    String form(Model model) {
        SocialServicesContactForm form = new SocialServicesContactForm();
        form.setSubmissionKey(NotificationPages.newSubmissionKey());
        pages.profile().ifPresent(profile -> form.setProfessionalEmail(profile.email()));
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping("/help/contact")
    @Authorized(Action.CONTACT_SOCIAL_SERVICES)
    String send(@ModelAttribute("form") SocialServicesContactForm form, BindingResult errors, Model model,
            HttpServletResponse response, Locale locale) {
        CurrentUser user = pages.user().orElseThrow();
        WorkProfile profile = pages.profile().orElseThrow();
        var submission = form.validate(errors, pages.today(), pages.municipalities, user, profile,
                NotificationPages.language(locale));
        if (submission.isPresent()) {
            try {
                Submission s = submission.get();
                pages.notifications.send(s.request(), s.notification(), s.submissionKey());
                return "redirect:/help/contact/sent/" + s.submissionKey();
            } catch (HelpRequestIntake.IdempotencyKeyReused reused) {
                errors.reject("help.notifications.error.alreadySent");
            }
        }
        NotificationPages.rejected(response, model, errors);
        return page(model);
    }

    @GetMapping("/help/contact/sent/{key}")
    @Authorized(Action.CONTACT_SOCIAL_SERVICES)
    String sent(@PathVariable String key, Model model) {
        var sent = FormValues.submissionKey(key).flatMap(k -> pages.records.sent(k, Channel.SOCIAL_SERVICES_CONTACT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("sent", sent);
        return "help/contact-sent";
    }

    private String page(Model model) {
        model.addAttribute("municipalities", pages.municipalities.choices());
        model.addAttribute("consents", Consent.values());
        model.addAttribute("professional", pages.profile().orElse(null));
        return "help/contact-form";
    }
}
