package fi.perhekeskus.help.internal.family;

import fi.perhekeskus.help.internal.MunicipalityChoices;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.help.internal.Channel;
import fi.perhekeskus.help.internal.ContactMethod;
import fi.perhekeskus.help.internal.HelpProperties;
import fi.perhekeskus.help.internal.HelpRequestIntake;
import fi.perhekeskus.help.internal.Receipt;
import fi.perhekeskus.platform.SupportedLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The families' "Pyydä apua" pages, no login: the form, the thank-you page with the receipt code
 * (post/redirect/get; the code waits in the session, never in an address), and the receipt page
 * where the code is posted (so it stays out of addresses, history and logs) to see the status and
 * the answer.
 */
@Controller
class HelpPageController {

    static final String SENT_RECEIPT = "help.family.sentReceipt";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Keys of the form are apart from API keys, so neither can take the other's. */
    static final String FORM_KEY_PREFIX = "form:";

    private final HelpSubmissionRules rules;
    private final HelpRequestIntake intake;
    private final HelpReceipts receipts;
    private final MunicipalityChoices municipalities;
    private final HelpRateLimit rateLimit;
    private final ClientAddress clients;
    private final HelpProperties properties;

    HelpPageController(HelpSubmissionRules rules, HelpRequestIntake intake, HelpReceipts receipts,
            MunicipalityChoices municipalities, HelpRateLimit rateLimit, ClientAddress clients,
            HelpProperties properties) {
        this.rules = rules;
        this.intake = intake;
        this.receipts = receipts;
        this.municipalities = municipalities;
        this.rateLimit = rateLimit;
        this.clients = clients;
        this.properties = properties;
    }

    @GetMapping("/help")
    @Authorized(Action.ASK_FOR_HELP)
    String form(Model model, Locale locale) {
        HelpForm form = new HelpForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        form.setLanguage(SupportedLanguage.of(locale).orElse(SupportedLanguage.DEFAULT).code());
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping("/help")
    @Authorized(Action.ASK_FOR_HELP)
    String submit(@ModelAttribute("form") HelpForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        var checked = rules.check(form.toSubmission(), Channel.HELP_BUTTON);
        if (!checked.valid()) {
            for (FieldProblem problem : checked.problems()) {
                String field = form.fieldOf(problem);
                if (!errors.hasFieldErrors(field)) errors.rejectValue(field, problem.messageKey(), problem.args(), null);
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model);
        }
        // Only what would be stored counts: a family fixing its mistakes is never slowed down.
        Optional<Duration> wait = rateLimit.tryAcquire(clients.of(request));
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
            errors.reject("help.family.error.rateLimited", new Object[] {wait.get().toSeconds()}, null);
            return page(model);
        }
        String key = form.getSubmissionKey() != null && KEY.matcher(form.getSubmissionKey()).matches()
                ? FORM_KEY_PREFIX + form.getSubmissionKey() : null;
        Receipt receipt;
        try {
            receipt = intake.receive(checked.request(), key);
        } catch (HelpRequestIntake.IdempotencyKeyReused changed) {
            // The same form, sent before, came back with other contents (back button, edit, send): ask
            // rather than guess whether it is a second request or a correction.
            form.setSubmissionKey(UUID.randomUUID().toString());
            errors.reject("help.family.error.alreadySent");
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model);
        }
        session.setAttribute(SENT_RECEIPT, receipt.receiptCode());
        return "redirect:/help/sent";
    }

    @GetMapping("/help/sent")
    @Authorized(Action.ASK_FOR_HELP)
    String sent(HttpSession session, Model model) {
        Object code = session.getAttribute(SENT_RECEIPT);
        if (!(code instanceof String receiptCode)) return "redirect:/help/receipt";
        var view = receipts.view(receiptCode);
        if (view.isEmpty()) return "redirect:/help/receipt";
        model.addAttribute("receipt", view.get());
        model.addAttribute("retentionDays", properties.anonymousRetention().toDays());
        return "help/sent";
    }

    @GetMapping("/help/receipt")
    @Authorized(Action.ASK_FOR_HELP)
    String receiptForm() {
        return "help/receipt";
    }

    @PostMapping("/help/receipt")
    @Authorized(Action.ASK_FOR_HELP)
    String receipt(@RequestParam(name = "code", required = false) String code, Model model,
            HttpServletResponse response) {
        var view = receipts.view(code);
        if (view.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
            model.addAttribute("typedCode", code == null ? "" : code.strip());
            return "help/receipt";
        }
        model.addAttribute("receipt", view.get());
        return "help/receipt";
    }

    private String page(Model model) {
        model.addAttribute("places", municipalities.options());
        model.addAttribute("topicChoices", List.of(Topic.values()));
        model.addAttribute("contactMethods", List.of(ContactMethod.PHONE, ContactMethod.EMAIL, ContactMethod.NONE));
        model.addAttribute("languages", List.of("fi", "sv", "en"));
        model.addAttribute("retentionDays", properties.anonymousRetention().toDays());
        model.addAttribute("anchors", ANCHORS);
        return "help/form";
    }

    /** Where the error summary's link for a field takes the focus (the first input of a group). */
    static final Map<String, String> ANCHORS = Map.of("contactMethod", "contact-PHONE", "topics", "topic-PARENTING");
}
