package fi.perhekeskus.casework.internal;

import fi.perhekeskus.access.AccessControl;
import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.casework.CaseId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The professional's case page: the family at the top, then each {@link CaseSection} in order. */
@Controller
class CasePageController {

    private final CaseReader reader;
    private final CaseAudit audit;
    private final AccessControl access;
    private final List<CaseSection> sections;

    CasePageController(CaseReader reader, CaseAudit audit, AccessControl access, List<CaseSection> sections) {
        this.reader = reader;
        this.audit = audit;
        this.access = access;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
    }

    @GetMapping("/cases/{caseId}")
    @Authorized(value = Action.WORK_ON_CASE, target = "caseId")
    @Transactional
    String show(@PathVariable UUID caseId, Model model, Locale locale) {
        CaseId id = new CaseId(caseId);
        CaseOverview overview = reader.overview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("overview", overview);
        model.addAttribute("caseCan", permitted(id));
        model.addAttribute("sections", sections);
        for (CaseSection section : sections) section.addTo(overview, model, locale);
        audit.record(AuditEventType.CASE_VIEWED, id);
        return "casework/case";
    }

    /** The case-level actions the reader may take, for the page to show only those. */
    private Set<String> permitted(CaseId id) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        Stream.of(Action.WORK_ON_CASE, Action.COORDINATE_CASE, Action.VIEW_CASE_ACCESS_LOG)
                .filter(a -> access.isPermitted(a, id.value())).forEach(actions::add);
        return actions.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }
}
