package fi.perhekeskus.directory.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import fi.perhekeskus.access.Authorized;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator extends the list of expertise areas (seeds 001/004 end with "other"). */
@Controller
class ExpertiseAreaController {

    private final JdbcClient jdbc;
    private final CoverageQuery coverage;
    private final AuditLog audit;

    ExpertiseAreaController(JdbcClient jdbc, CoverageQuery coverage, AuditLog audit) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.audit = audit;
    }

    @GetMapping("/directory/expertise-areas")
    @Authorized(Action.MANAGE_EXPERTISE_AREAS)
    String list(Model model, Locale locale) {
        model.addAttribute("form", new ExpertiseAreaForm());
        model.addAttribute("expertiseAreas", coverage.expertiseAreas(Lang.of(locale)));
        return "directory/expertise-areas";
    }

    @PostMapping("/directory/expertise-areas")
    @Authorized(Action.MANAGE_EXPERTISE_AREAS)
    @Transactional
    String add(@Valid @ModelAttribute("form") ExpertiseAreaForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!errors.hasFieldErrors("code") && jdbc.sql("SELECT count(*) FROM expertise_area WHERE code = :code")
                .param("code", form.getCode()).query(Integer.class).single() > 0) {
            errors.rejectValue("code", "directory.expertise.code.taken");
        }
        if (errors.hasErrors()) {
            response.setStatus(422);
            model.addAttribute("expertiseAreas", coverage.expertiseAreas(Lang.of(locale)));
            return "directory/expertise-areas";
        }
        jdbc.sql("""
                INSERT INTO expertise_area (code, name_fi, name_sv, name_en, target_per_30k, position)
                VALUES (:code, :fi, :sv, :en, :target, (SELECT coalesce(max(position), 0) + 10 FROM expertise_area))""")
                .param("code", form.getCode()).param("fi", form.getNameFi().strip()).param("sv", form.getNameSv().strip())
                .param("en", form.getNameEn().strip()).param("target", form.getTargetPer30k()).update();
        audit.record(AuditEventType.EXPERTISE_AREA_ADDED, form.getCode(), AuditOutcome.SUCCESS,
                Map.of("nameFi", form.getNameFi().strip(), "targetPer30k", form.getTargetPer30k().toPlainString()));
        redirect.addFlashAttribute("added", form.getNameFi().strip());
        return "redirect:/directory/expertise-areas";
    }
}
