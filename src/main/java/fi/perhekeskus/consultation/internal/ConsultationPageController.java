package fi.perhekeskus.consultation.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.Role;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.directory.KeyPersonDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consultation pages: asking, the inbox and outbox, one thread, the key person's week and the overdue view. */
@Controller
class ConsultationPageController {

    private final Consultations consultations;
    private final ConsultationRepository repository;
    private final ConsultationLabels labels;
    private final KeyPersonDirectory directory;
    private final Areas areas;
    private final AccessControl access;
    private final Clock clock;

    ConsultationPageController(Consultations consultations, ConsultationRepository repository, ConsultationLabels labels,
            KeyPersonDirectory directory, Areas areas, AccessControl access, Clock clock) {
        this.consultations = consultations;
        this.repository = repository;
        this.labels = labels;
        this.directory = directory;
        this.areas = areas;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/consultations/new")
    @Authorized(Action.ASK_CONSULTATION)
    String form(@RequestParam(required = false) String team, @RequestParam(required = false) String expertise,
            @RequestParam(required = false) String area, Model model, Locale locale) {
        QuestionForm form = new QuestionForm();
        form.setKey(UUID.randomUUID().toString());
        form.setTeam(team);
        form.setExpertise(expertise);
        form.setArea(area);
        return askPage(form, List.of(), model, locale);
    }

    @PostMapping("/consultations/new")
    @Authorized(Action.ASK_CONSULTATION)
    String ask(@ModelAttribute("form") QuestionForm form, BindingResult errors, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            UUID team = uuid(form.getTeam());
            var question = new Question(team != null ? null : blankToNull(form.getExpertise()),
                    team != null ? null : uuid(form.getArea()), team, form.getQuestion(), true, null,
                    form.isConfirmNoIdentifyingDetails());
            var asked = consultations.ask(me(), question, form.getKey());
            if (asked.routing() != null) redirect.addFlashAttribute("routing", asked.routing().name());
            return "redirect:/consultations/" + asked.id();
        } catch (ConsultationRefused refused) {
            errors.rejectValue(refused.field == null ? "question" : fieldOf(refused.field), refused.messageKey,
                    refused.arguments.toArray(), null);
            if (!"identity-code".equals(refused.reason)) form.setConfirmNoIdentifyingDetails(false);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return askPage(form, refused.findings, model, locale);
        }
    }

    private String askPage(QuestionForm form, List<IdentifyingDetails.Finding> findings, Model model, Locale locale) {
        UUID team = uuid(form.getTeam());
        model.addAttribute("form", form);
        model.addAttribute("teamName", team == null ? null : directory.teamName(team).orElse(null));
        model.addAttribute("expertiseAreas", labels.expertiseNames(locale));
        model.addAttribute("areas", labels.areaNames());
        model.addAttribute("findings", findings);
        model.addAttribute("identityCode", IdentifyingDetails.hasIdentityCode(findings));
        return "consultation/ask";
    }

    @GetMapping("/consultations")
    @Authorized(Action.ASK_CONSULTATION)
    String boxes(@RequestParam(defaultValue = "incoming") String box, Model model, Locale locale) {
        boolean outgoing = "outgoing".equals(box);
        UUID me = me().value();
        var items = outgoing ? repository.outgoing(me) : repository.incoming(me);
        model.addAttribute("box", outgoing ? "outgoing" : "incoming");
        model.addAttribute("items", items);
        model.addAttribute("names", labels.of(items, List.of(), locale));
        model.addAttribute("now", clock.instant());
        return "consultation/boxes";
    }

    @GetMapping("/consultations/mine")
    @Authorized(Action.ASK_CONSULTATION)
    String mine(Model model, Locale locale) {
        UserId me = me();
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var items = repository.incoming(me.value()).stream().filter(i -> i.status() != ConsultationStatus.CLOSED).toList();
        int minutes = repository.minutesSpent(me.value(), monday, monday.plusDays(6));
        BigDecimal budget = directory.weeklyBudgetHours(me, today);
        model.addAttribute("items", items);
        model.addAttribute("names", labels.of(items, List.of(), locale));
        model.addAttribute("now", clock.instant());
        model.addAttribute("week", new WeekBudget(monday, minutes, budget));
        return "consultation/mine";
    }

    /** Minutes logged this ISO week against the weekly hours of the person's active assignments. */
    public record WeekBudget(LocalDate monday, int minutes, BigDecimal budgetHours) {
        public int budgetMinutes() {
            return budgetHours.multiply(BigDecimal.valueOf(60)).intValue();
        }

        public int percent() {
            return budgetMinutes() == 0 ? 0 : Math.min(100, Math.round(100f * minutes / budgetMinutes()));
        }

        public boolean over() {
            return budgetMinutes() > 0 && minutes > budgetMinutes();
        }

        public String spent() {
            return "%d h %02d min".formatted(minutes / 60, minutes % 60);
        }
    }

    @GetMapping("/consultations/overdue")
    @Authorized(Action.ASK_CONSULTATION)
    String overdue(Model model, Locale locale) {
        var user = access.currentUser().orElseThrow();
        List<UUID> areaIds = user.has(Role.COORDINATOR) || user.has(Role.ADMIN)
                ? areas.assignedTo(user.id()).stream().map(a -> a.value()).toList() : List.of();
        var items = repository.overdue(user.id().value(), areaIds, clock.instant());
        model.addAttribute("items", items);
        model.addAttribute("names", labels.of(items, List.of(), locale));
        model.addAttribute("now", clock.instant());
        return "consultation/overdue";
    }

    @GetMapping("/consultations/{id}")
    @Authorized(Action.ASK_CONSULTATION)
    String consultation(@PathVariable UUID id, Model model, Locale locale) {
        related(id);
        var detail = consultations.read(id);
        UUID me = me().value();
        var item = detail.item();
        boolean asker = item.askerId().equals(me);
        boolean recipient = detail.recipients().contains(me);
        boolean closed = item.status() == ConsultationStatus.CLOSED;
        model.addAttribute("c", item);
        model.addAttribute("detail", detail);
        model.addAttribute("names", labels.of(List.of(item),
                detail.messages().stream().map(ConsultationView.Message::authorId).toList(), locale));
        model.addAttribute("asker", asker);
        model.addAttribute("recipient", recipient);
        model.addAttribute("canClaim", recipient && item.status() == ConsultationStatus.OPEN);
        model.addAttribute("canWrite", !closed && (asker || (recipient && (item.claimedBy() == null || item.claimedBy().equals(me)))));
        model.addAttribute("canClose", asker && !closed);
        model.addAttribute("canRate", asker && item.status().ratable());
        model.addAttribute("overdue", item.overdue(clock.instant()));
        if (!model.containsAttribute("messageForm")) model.addAttribute("messageForm", new MessageForm());
        return "consultation/detail";
    }

    /** A reply in the thread; minutes only from recipients. */
    public static class MessageForm {
        private String text;
        private String minutes;
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getMinutes() { return minutes; }
        public void setMinutes(String minutes) { this.minutes = minutes; }
    }

    @PostMapping("/consultations/{id}/claim")
    @Authorized(value = Action.HANDLE_CONSULTATION, target = "id")
    String claim(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            consultations.claim(me(), id);
            redirect.addFlashAttribute("notice", "consultation.notice.claimed");
        } catch (ConsultationRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey);
            redirect.addFlashAttribute("problemArg", refused.arguments.isEmpty() ? "" : String.valueOf(refused.arguments.getFirst()));
        }
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/messages")
    @Authorized(value = Action.HANDLE_CONSULTATION, target = "id")
    String message(@PathVariable UUID id, @ModelAttribute MessageForm form, RedirectAttributes redirect) {
        try {
            Integer minutes = null;
            if (form.getMinutes() != null && !form.getMinutes().isBlank()) {
                try {
                    minutes = Integer.valueOf(form.getMinutes().strip());
                } catch (NumberFormatException e) {
                    throw ConsultationRefused.invalid("minutes", "invalid-minutes", "consultation.error.minutes");
                }
            }
            consultations.message(me(), id, form.getText(), minutes);
            redirect.addFlashAttribute("notice", "consultation.notice.sent");
        } catch (ConsultationRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey);
            redirect.addFlashAttribute("problemArg", refused.arguments.isEmpty() ? "" : String.valueOf(refused.arguments.getFirst()));
            redirect.addFlashAttribute("messageForm", form);
        }
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/close")
    @Authorized(value = Action.HANDLE_CONSULTATION, target = "id")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            consultations.close(me(), id);
            redirect.addFlashAttribute("notice", "consultation.notice.closed");
        } catch (ConsultationRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey);
            redirect.addFlashAttribute("problemArg", refused.arguments.isEmpty() ? "" : String.valueOf(refused.arguments.getFirst()));
        }
        return "redirect:/consultations/" + id;
    }

    @PostMapping("/consultations/{id}/rating")
    @Authorized(value = Action.HANDLE_CONSULTATION, target = "id")
    String rate(@PathVariable UUID id, @RequestParam(required = false) Integer usefulness, RedirectAttributes redirect) {
        try {
            consultations.rate(me(), id, usefulness);
            redirect.addFlashAttribute("notice", "consultation.notice.rated");
        } catch (ConsultationRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey);
            redirect.addFlashAttribute("problemArg", refused.arguments.isEmpty() ? "" : String.valueOf(refused.arguments.getFirst()));
        }
        return "redirect:/consultations/" + id;
    }

    private void related(UUID id) {
        if (!access.isPermitted(Action.HANDLE_CONSULTATION, id)) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private UserId me() {
        return access.currentUser().orElseThrow().id();
    }

    private static String fieldOf(String field) {
        return switch (field) {
            case "expertise", "area", "team", "question" -> field;
            default -> "question";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0); // unknown: refused as such by the rules
        }
    }
}
