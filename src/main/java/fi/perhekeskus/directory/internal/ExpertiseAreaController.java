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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import java.math.BigDecimal;
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

    /** The target per 30 000 residents of one expertise area (seed 000 asks how many an area needs). */
    @PostMapping("/directory/expertise-areas/{code}/target")
    @Authorized(Action.MANAGE_EXPERTISE_AREAS)
    @Transactional
    String changeTarget(@PathVariable String code, @RequestParam(required = false) String target, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        BigDecimal value = parseTarget(target);
        if (value == null) {
            response.setStatus(422);
            model.addAttribute("form", new ExpertiseAreaForm());
            model.addAttribute("expertiseAreas", coverage.expertiseAreas(Lang.of(locale)));
            model.addAttribute("targetError", code);
            model.addAttribute("targetTyped", target);
            return "directory/expertise-areas";
        }
        BigDecimal before = jdbc.sql("SELECT target_per_30k FROM expertise_area WHERE code = :code")
                .param("code", code).query(BigDecimal.class).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        jdbc.sql("UPDATE expertise_area SET target_per_30k = :target WHERE code = :code")
                .param("target", value).param("code", code).update();
        audit.record(AuditEventType.EXPERTISE_TARGET_CHANGED, code, AuditOutcome.SUCCESS,
                Map.of("from", before.toPlainString(), "to", value.toPlainString()));
        redirect.addFlashAttribute("targetChanged", code);
        return "redirect:/directory/expertise-areas";
    }

    /** 0–99 with at most one decimal; a decimal comma is fine. Null when it is not such a number. */
    static BigDecimal parseTarget(String typed) {
        if (typed == null || typed.isBlank()) return null;
        try {
            BigDecimal value = new BigDecimal(typed.strip().replace(',', '.'));
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(99)) > 0 || value.stripTrailingZeros().scale() > 1) {
                return null;
            }
            return value.setScale(1, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
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
