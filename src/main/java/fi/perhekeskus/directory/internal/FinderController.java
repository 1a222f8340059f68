package fi.perhekeskus.directory.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Keneen olla yhteydessä": the finder and the member list of an expertise network. */
@Controller
class FinderController {

    private final FinderQuery finder;
    private final NetworkQuery network;
    private final CoverageQuery coverage;
    private final AreaChoices areas;
    private final Clock clock;

    FinderController(FinderQuery finder, NetworkQuery network, CoverageQuery coverage, AreaChoices areas, Clock clock) {
        this.finder = finder;
        this.network = network;
        this.coverage = coverage;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/directory/finder")
    @Authorized(Action.VIEW_DIRECTORY)
    String finder(@RequestParam(required = false) String expertise, @RequestParam(required = false) String area,
            Model model, Locale locale) {
        List<CoverageQuery.Expertise> expertiseAreas = coverage.expertiseAreas(Lang.of(locale));
        model.addAttribute("expertiseAreas", expertiseAreas);
        var areaChoices = areas.areas();
        model.addAttribute("areaGroups", AreaChoices.grouped(areaChoices));
        model.addAttribute("expertise", expertise);
        model.addAttribute("area", area);
        UUID areaId = parse(area);
        boolean knownExpertise = expertiseAreas.stream().anyMatch(e -> e.code().equals(expertise));
        if (expertise != null && area != null) {
            if (!knownExpertise || areaId == null || !areas.areaExists(areaId)) {
                model.addAttribute("invalid", true);
            } else {
                model.addAttribute("result", finder.find(expertise, areaId, LocalDate.now(clock), locale));
                model.addAttribute("expertiseName", expertiseAreas.stream().filter(e -> e.code().equals(expertise))
                        .findFirst().orElseThrow().name());
                model.addAttribute("areaName", areaChoices.stream().filter(a -> a.id().equals(areaId))
                        .findFirst().orElseThrow().name());
            }
        }
        return "directory/finder";
    }

    @GetMapping("/directory/networks/{code}")
    @Authorized(Action.VIEW_DIRECTORY)
    String network(@PathVariable String code, Model model, Locale locale) {
        var expertise = coverage.expertiseAreas(Lang.of(locale)).stream().filter(e -> e.code().equals(code))
                .findFirst().orElseThrow(ProfessionalController::notFound);
        model.addAttribute("expertise", expertise);
        model.addAttribute("members", network.members(code, LocalDate.now(clock)));
        return "directory/network";
    }

    static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
