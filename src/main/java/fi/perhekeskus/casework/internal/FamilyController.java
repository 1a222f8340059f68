package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.access.UserAccounts;
import fi.perhekeskus.access.UserId;
import fi.perhekeskus.casework.CaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing the family (COORDINATE_CASE): children, guardians, the language. The case's version guards
 * two editors: the second is told (409) and loses nothing of what it typed (the form is shown again).
 */
@Controller
class FamilyController {

    private final CaseReader reader;
    private final CaseGuard guard;
    private final CaseAudit audit;
    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Clock clock;

    FamilyController(CaseReader reader, CaseGuard guard, CaseAudit audit, JdbcClient jdbc, UserAccounts users,
            Clock clock) {
        this.reader = reader;
        this.guard = guard;
        this.audit = audit;
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}/family")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    @Transactional
    String form(@PathVariable UUID caseId, Model model) {
        CaseOverview overview = overview(new CaseId(caseId));
        FamilyForm form = new FamilyForm();
        form.setLanguage(overview.language());
        form.setVersion(overview.version());
        for (FamilyPerson p : overview.people()) {
            FamilyForm.PersonRow row = new FamilyForm.PersonRow();
            row.setId(p.id().toString());
            row.setKind(p.kind().name());
            row.setName(p.name());
            row.setBornOn(p.bornOn() == null ? "" : p.bornOn().toString());
            row.setDueOn(p.dueOn() == null ? "" : p.dueOn().toString());
            row.setPhone(p.phone() == null ? "" : p.phone());
            row.setEmail(p.email() == null ? "" : p.email());
            form.getPeople().add(row);
        }
        return show(overview, form, model);
    }

    @PostMapping("/cases/{caseId}/family")
    @Authorized(value = Action.COORDINATE_CASE, target = "caseId")
    @Transactional
    String save(@PathVariable UUID caseId, @ModelAttribute("form") FamilyForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CaseId id = new CaseId(caseId);
        guard.lock(id, Action.COORDINATE_CASE);
        CaseOverview overview = overview(id);
        Map<UUID, FamilyPerson> existing = new LinkedHashMap<>();
        overview.people().forEach(p -> existing.put(p.id(), p));
        if (!OpenCaseController.LANGUAGES.contains(form.getLanguage())) {
            errors.rejectValue("language", "casework.open.error.language");
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < form.getPeople().size(); i++) {
            FamilyForm.PersonRow row = form.getPeople().get(i);
            UUID personId = OpenCaseController.parseUuid(row.getId());
            FamilyPerson person = personId == null ? null : existing.get(personId);
            // A person id of another case is not this family's: 404, as for any sub-resource.
            if (person == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            validatePerson("people[" + i + "].", person.kind(), row.getName(), row.getBornOn(), row.getDueOn(),
                    row.getEmail(), today, errors);
        }
        boolean newChild = !form.getNewChild().blank();
        if (newChild) {
            validatePerson("newChild.", FamilyPerson.Kind.CHILD, form.getNewChild().getName(),
                    form.getNewChild().getBornOn(), form.getNewChild().getDueOn(), null, today, errors);
        }
        boolean newGuardian = !form.getNewGuardian().blank();
        if (newGuardian) {
            validatePerson("newGuardian.", FamilyPerson.Kind.GUARDIAN, form.getNewGuardian().getName(), null, null,
                    form.getNewGuardian().getEmail(), today, errors);
        }
        boolean newRelative = !form.getNewRelative().blank();
        if (newRelative) {
            validatePerson("newRelative.", FamilyPerson.Kind.FAMILY_MEMBER, form.getNewRelative().getName(), null, null,
                    null, today, errors);
            if (OpenCaseForm.isBlank(form.getNewRelative().getRelation())) {
                errors.rejectValue("newRelative.relation", "casework.open.error.relation");
            } else if (form.getNewRelative().getRelation().strip().length() > 100) {
                errors.rejectValue("newRelative.relation", "casework.open.error.relationLength");
            }
        }
        if (!errors.hasErrors() && form.getVersion() != overview.version()) {
            errors.reject("casework.open.family.stale");
            response.setStatus(409);
            return show(overview, form, model);
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            return show(overview, form, model);
        }
        for (FamilyForm.PersonRow row : form.getPeople()) {
            FamilyPerson person = existing.get(UUID.fromString(row.getId()));
            LocalDate born = date(row.getBornOn());
            boolean dateChanged = !java.util.Objects.equals(born, person.bornOn());
            jdbc.sql("""
                    UPDATE case_person SET name = :n, born_on = :b, due_on = :d, phone = :ph, email = :e,
                           relation = CASE WHEN :dateChanged THEN NULL ELSE relation END
                    WHERE id = :id AND case_id = :c""")
                    .param("n", row.getName().strip()).param("b", born)
                    .param("d", born == null ? date(row.getDueOn()) : null)
                    .param("ph", OpenCaseController.blankToNull(row.getPhone()))
                    .param("e", OpenCaseController.blankToNull(row.getEmail()))
                    .param("dateChanged", dateChanged)
                    .param("id", person.id()).param("c", caseId).update();
        }
        int position = overview.people().size();
        if (newChild) {
            LocalDate born = date(form.getNewChild().getBornOn());
            jdbc.sql("""
                    INSERT INTO case_person (id, case_id, kind, name, born_on, due_on, position)
                    VALUES (:id, :c, 'CHILD', :n, :b, :d, :p)""")
                    .param("id", UUID.randomUUID()).param("c", caseId).param("n", form.getNewChild().getName().strip())
                    .param("b", born).param("d", born == null ? date(form.getNewChild().getDueOn()) : null)
                    .param("p", position++).update();
        }
        if (newGuardian) {
            String email = OpenCaseController.blankToNull(form.getNewGuardian().getEmail());
            jdbc.sql("""
                    INSERT INTO case_person (id, case_id, kind, name, phone, email, user_id, position)
                    VALUES (:id, :c, 'GUARDIAN', :n, :ph, :e, :u, :p)""")
                    .param("id", UUID.randomUUID()).param("c", caseId).param("n", form.getNewGuardian().getName().strip())
                    .param("ph", OpenCaseController.blankToNull(form.getNewGuardian().getPhone())).param("e", email)
                    .param("u", users.familyAccountByEmail(email).map(UserId::value).orElse(null)).param("p", position++)
                    .update();
        }
        if (newRelative) {
            jdbc.sql("""
                    INSERT INTO case_person (id, case_id, kind, name, relation, phone, position)
                    VALUES (:id, :c, 'FAMILY_MEMBER', :n, :r, :ph, :p)""")
                    .param("id", UUID.randomUUID()).param("c", caseId).param("n", form.getNewRelative().getName().strip())
                    .param("r", form.getNewRelative().getRelation().strip())
                    .param("ph", OpenCaseForm.isBlank(form.getNewRelative().getPhone()) ? null
                            : form.getNewRelative().getPhone().strip())
                    .param("p", position).update();
        }
        jdbc.sql("UPDATE client_case SET language = :l, version = version + 1 WHERE id = :c")
                .param("l", form.getLanguage()).param("c", caseId).update();
        audit.record(AuditEventType.CASE_FAMILY_CHANGED, id,
                Map.of("newChild", newChild, "newGuardian", newGuardian, "newRelative", newRelative,
                        "people", form.getPeople().size()));
        redirect.addFlashAttribute("notice", "casework.open.family.saved");
        return "redirect:/cases/" + caseId;
    }

    private void validatePerson(String prefix, FamilyPerson.Kind kind, String name, String bornOn, String dueOn,
            String email, LocalDate today, BindingResult errors) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            errors.rejectValue(prefix + "name", switch (kind) {
                case CHILD -> "casework.open.error.childName";
                case GUARDIAN -> "casework.open.error.guardianName";
                case FAMILY_MEMBER -> "casework.open.error.relativeName";
            });
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.rejectValue(prefix + "email", "casework.open.error.email");
        }
        if (kind != FamilyPerson.Kind.CHILD) return;
        LocalDate born;
        LocalDate due;
        try {
            born = FormDates.parse(bornOn).orElse(null);
            due = FormDates.parse(dueOn).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(prefix + "bornOn", "casework.open.error.date");
            return;
        }
        if (born == null && due == null) errors.rejectValue(prefix + "bornOn", "casework.open.error.childDate");
        if (born != null && born.isAfter(today)) errors.rejectValue(prefix + "bornOn", "casework.open.error.bornInFuture");
    }

    private static LocalDate date(String s) {
        return FormDates.parse(s).orElse(null);
    }

    private String show(CaseOverview overview, FamilyForm form, Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        model.addAttribute("languages", List.of("fi", "sv", "en", "other"));
        audit.record(AuditEventType.CASE_VIEWED, overview.id(), Map.of("page", "family"));
        return "casework/family";
    }

    private CaseOverview overview(CaseId id) {
        return reader.overview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
