package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.access.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The caller's own cases (VIEW_OWN_CASES); a family member is sent to the family's own view. */
@Controller
class CaseListController {

    private final CaseList cases;
    private final AccessControl access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    CaseListController(CaseList cases, AccessControl access, AuditLog audit, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    record Item(CaseList.Row row, String childAges) {}

    @GetMapping("/cases")
    @Authorized(Action.VIEW_OWN_CASES)
    @Transactional
    String list(@RequestParam(defaultValue = "all") String status, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        CurrentUser user = access.currentUser().orElseThrow();
        if (user.has(Role.FAMILY_MEMBER) && user.roles().size() == 1) return "redirect:/family";
        CaseList.Filter filter = switch (status) {
            case "open" -> CaseList.Filter.OPEN;
            case "closed" -> CaseList.Filter.CLOSED;
            default -> CaseList.Filter.ALL;
        };
        int p = Math.max(0, Math.min(page, 10_000));
        CaseList.Page result = cases.of(user.id(), filter, p);
        LocalDate today = LocalDate.now(clock);
        List<Item> items = result.rows().stream().map(r -> new Item(r, ages(r, today, locale))).toList();
        model.addAttribute("items", items);
        model.addAttribute("filter", filter.name().toLowerCase(Locale.ROOT));
        model.addAttribute("page", p);
        model.addAttribute("more", result.more());
        model.addAttribute("canOpen", access.isPermitted(Action.OPEN_CASE));
        audit.recordList(AuditEventType.CASE_LIST_VIEWED, result.rows().stream().map(CaseList.Row::id).toList(),
                Map.of("filter", filter.name(), "page", p));
        return "casework/list";
    }

    /** "4 v, 1 v, odotetaan" — ages in whole years (months under one), expected children last. */
    private String ages(CaseList.Row r, LocalDate today, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < r.childBirthDates().size(); i++) {
            LocalDate born = r.childBirthDates().get(i);
            if (born == null) {
                parts.add(messages.getMessage("casework.list.expecting", null, locale));
                continue;
            }
            Period age = Period.between(born, today);
            parts.add(age.getYears() >= 1
                    ? messages.getMessage("casework.list.years", new Object[] {age.getYears()}, locale)
                    : messages.getMessage("casework.list.months", new Object[] {Math.max(0, age.getMonths())}, locale));
        }
        return String.join(", ", parts);
    }
}
