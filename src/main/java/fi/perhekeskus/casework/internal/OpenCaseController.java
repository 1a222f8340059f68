package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.CurrentUser;
import fi.perhekeskus.access.Role;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.area.FamilyCentreArea;
import fi.perhekeskus.casework.CaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Opening a client case for a family (Action OPEN_CASE). */
@Controller
class OpenCaseController {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en", "other");
    static final List<String> SCOPES = List.of("SOCIAL_CARE", "HEALTH_CARE", "EDUCATION", "OTHER");

    private final CaseOpening opening;
    private final Areas areas;
    private final AccessControl access;
    private final Clock clock;

    OpenCaseController(CaseOpening opening, Areas areas, AccessControl access, Clock clock) {
        this.opening = opening;
        this.areas = areas;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/cases/new")
    @Authorized(Action.OPEN_CASE)
    String form(Model model) {
        OpenCaseForm form = new OpenCaseForm();
        CurrentUser user = access.currentUser().orElseThrow();
        form.setMode(mayLeadNetwork(user) ? CaseMode.NETWORK.name() : CaseMode.FAMILY_COORDINATED.name());
        return show(form, model);
    }

    @PostMapping("/cases/new")
    @Authorized(Action.OPEN_CASE)
    String open(@ModelAttribute("form") OpenCaseForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        CurrentUser user = access.currentUser().orElseThrow();
        UUID key = parseUuid(form.getOpeningKey());
        if (key != null) {
            Optional<CaseId> already = opening.openedWith(key);
            if (already.isPresent()) return "redirect:/cases/" + already.get();
        }
        NewCase c = validate(form, user, key, errors);
        if (errors.hasErrors()) {
            response.setStatus(422);
            form.fill();
            return show(form, model);
        }
        try {
            return "redirect:/cases/" + opening.open(c, user.id(), "form");
        } catch (CaseOpening.AlreadyOpened e) {
            return "redirect:/cases/" + e.caseId;
        }
    }

    private String show(OpenCaseForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("areas", areas.all());
        model.addAttribute("bases", CaseBasis.values());
        model.addAttribute("modes", CaseMode.values());
        model.addAttribute("scopes", SCOPES);
        model.addAttribute("languages", List.of("fi", "sv", "en", "other"));
        return "casework/open";
    }

    static boolean mayLeadNetwork(CurrentUser user) {
        return user.has(Role.RESPONSIBLE_WORKER) || user.has(Role.CLIENT_GUIDANCE_WORKER);
    }

    private NewCase validate(OpenCaseForm f, CurrentUser user, UUID key, BindingResult errors) {
        String familyName = strip(f.getFamilyName());
        if (familyName.isEmpty()) errors.rejectValue("familyName", "casework.open.error.familyName");
        else if (familyName.length() > 200) errors.rejectValue("familyName", "casework.open.error.tooLong");
        UUID area = parseUuid(f.getArea());
        if (area == null || areas.all().stream().map(FamilyCentreArea::id).noneMatch(a -> a.value().equals(area))) {
            errors.rejectValue("area", "casework.open.error.area");
        }
        if (!LANGUAGES.contains(f.getLanguage())) errors.rejectValue("language", "casework.open.error.language");
        CaseMode mode = Arrays.stream(CaseMode.values()).filter(m -> m.name().equals(f.getMode())).findFirst().orElse(null);
        if (mode == null) errors.rejectValue("mode", "casework.open.error.mode");
        else if (mode == CaseMode.NETWORK && !mayLeadNetwork(user)) {
            errors.rejectValue("mode", "casework.open.error.modeNotAllowed");
        }
        CaseBasis basis = Arrays.stream(CaseBasis.values()).filter(b -> b.name().equals(f.getBasis())).findFirst().orElse(null);
        if (basis == null) errors.rejectValue("basis", "casework.open.error.basis");
        String basisNote = strip(f.getBasisNote());
        if (basisNote.length() > 2000) errors.rejectValue("basisNote", "casework.open.error.tooLong");
        String task = strip(f.getTask());
        if (task.isEmpty()) errors.rejectValue("task", "casework.open.error.task");
        else if (task.length() > 2000) errors.rejectValue("task", "casework.open.error.tooLong");

        LocalDate today = LocalDate.now(clock);
        List<NewCase.Child> children = new ArrayList<>();
        for (int i = 0; i < f.getChildren().size(); i++) {
            OpenCaseForm.ChildRow row = f.getChildren().get(i);
            if (row.blank()) continue;
            String prefix = "children[" + i + "].";
            String name = strip(row.getName());
            if (name.isEmpty() || name.length() > 200) errors.rejectValue(prefix + "name", "casework.open.error.childName");
            LocalDate born = date(row.getBornOn(), prefix + "bornOn", errors);
            LocalDate due = date(row.getDueOn(), prefix + "dueOn", errors);
            if (born != null && born.isAfter(today)) errors.rejectValue(prefix + "bornOn", "casework.open.error.bornInFuture");
            if (born == null && due == null && !errors.hasFieldErrors(prefix + "bornOn") && !errors.hasFieldErrors(prefix + "dueOn")) {
                errors.rejectValue(prefix + "bornOn", "casework.open.error.childDate");
            }
            if (born != null && due != null) errors.rejectValue(prefix + "dueOn", "casework.open.error.bornOrDue");
            children.add(new NewCase.Child(name, born, born == null ? due : null));
        }
        if (children.isEmpty()) errors.rejectValue("children[0].name", "casework.open.error.noChildren");

        List<NewCase.Guardian> guardians = new ArrayList<>();
        for (int i = 0; i < f.getGuardians().size(); i++) {
            OpenCaseForm.GuardianRow row = f.getGuardians().get(i);
            if (row.blank()) continue;
            String prefix = "guardians[" + i + "].";
            String name = strip(row.getName());
            if (name.isEmpty() || name.length() > 200) errors.rejectValue(prefix + "name", "casework.open.error.guardianName");
            String phone = strip(row.getPhone());
            if (phone.length() > 40) errors.rejectValue(prefix + "phone", "casework.open.error.tooLong");
            String email = strip(row.getEmail());
            if (!email.isEmpty() && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
                errors.rejectValue(prefix + "email", "casework.open.error.email");
            }
            guardians.add(new NewCase.Guardian(name, blankToNull(phone), blankToNull(email)));
        }
        String scope = f.getConsentScope();
        if (mode == CaseMode.FAMILY_COORDINATED) {
            if (guardians.isEmpty()) errors.rejectValue("guardians[0].name", "casework.open.error.guardianForConsent");
            if (!f.isFamilyConsent()) errors.rejectValue("familyConsent", "casework.open.error.familyConsent");
            if (!SCOPES.contains(scope)) errors.rejectValue("consentScope", "casework.open.error.scope");
        }
        if (errors.hasErrors()) return null;
        return new NewCase(familyName, area, f.getLanguage(), mode, basis, blankToNull(basisNote), children, guardians,
                task, scope, null, key);
    }

    private static LocalDate date(String text, String field, BindingResult errors) {
        try {
            return FormDates.parse(text).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "casework.open.error.date");
            return null;
        }
    }

    static UUID parseUuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
