package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.area.Areas;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * The public service map: one search box with filters, the result list (with a map when the
 * browser runs scripts; the list works without it), service and place pages, and an area's
 * page of all its services and places.
 */
@Controller
class ServiceMapPageController {

    /** The languages a family can ask for in the filter; a service may list others too. */
    static final List<String> SERVICE_LANGUAGES = List.of("fi", "sv", "en", "ar", "so", "ru", "et", "uk");

    private final ServiceSearch serviceSearch;
    private final PlaceSearch placeSearch;
    private final ServiceDetails details;
    private final NearPoint nearPoint;
    private final Areas areas;
    private final MapSettings map;
    private final AssessmentHistory assessments;
    private final AreaDirectory directory;
    private final OutreachCalendar outreach;
    private final fi.perhekeskus.access.AccessControl access;

    ServiceMapPageController(ServiceSearch serviceSearch, PlaceSearch placeSearch, ServiceDetails details,
            NearPoint nearPoint, Areas areas, MapSettings map, AssessmentHistory assessments, AreaDirectory directory,
            OutreachCalendar outreach, fi.perhekeskus.access.AccessControl access) {
        this.access = access;
        this.assessments = assessments;
        this.directory = directory;
        this.outreach = outreach;
        this.serviceSearch = serviceSearch;
        this.placeSearch = placeSearch;
        this.details = details;
        this.nearPoint = nearPoint;
        this.areas = areas;
        this.map = map;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("map", map);
    }

    @GetMapping("/services")
    @Authorized(Action.VIEW_SERVICE_MAP)
    String search(@Valid @ModelAttribute("params") SearchParams params, BindingResult binding, Model model,
            HttpServletResponse response, Locale locale) {
        var near = nearPoint.resolve(params, binding);
        filters(model, params);
        boolean searched = params.getQ() != null || params.hasFilters();
        model.addAttribute("searched", searched);
        if (binding.hasErrors()) {
            redisplay(response);
            return "servicemap/search";
        }
        if (searched) {
            SearchPage<ServiceHit> page = serviceSearch.search(params.toServiceQuery(near.orElse(null)));
            model.addAttribute("results", page);
            model.addAttribute("mapPoints", MapPoints.of(page.items(), locale));
            model.addAttribute("pager", Pager.of(page.total(), params.limitOrDefault(), params.offsetOrZero()));
        }
        return "servicemap/search";
    }

    @GetMapping("/places")
    @Authorized(Action.VIEW_SERVICE_MAP)
    String places(@Valid @ModelAttribute("params") SearchParams params, BindingResult binding, Model model,
            HttpServletResponse response, Locale locale) {
        var near = nearPoint.resolve(params, binding);
        model.addAttribute("areaOptions", AreaOption.of(areas.all(), params.getArea()));
        if (binding.hasErrors()) {
            redisplay(response);
            return "servicemap/places";
        }
        SearchParams effective = params.getKind() == null && params.getQ() == null && !params.hasFilters()
                ? new SearchParams(null, null, null, null, null, null, null, null, null, null, null,
                        PlaceKind.MEETING_PLACE, null, null, null, params.getLimit(), params.getOffset())
                : params;
        SearchPage<PlaceHit> page = placeSearch.search(effective.toPlaceQuery(near.orElse(null)));
        model.addAttribute("results", page);
        model.addAttribute("mapPoints", MapPoints.ofPlaces(page.items(), locale));
        model.addAttribute("pager", Pager.of(page.total(), params.limitOrDefault(), params.offsetOrZero()));
        return "servicemap/places";
    }

    /**
     * Shows the form again with its messages (the form object and its binding result are in the
     * model already; a value that cannot even be converted, age=abc, is kept as the rejected value).
     */
    private static void redisplay(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }

    @GetMapping("/services/{id}")
    @Authorized(Action.VIEW_SERVICE_MAP)
    String service(@PathVariable UUID id, Model model, Locale locale) {
        var view = details.service(new ServiceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("service", view);
        model.addAttribute("mapPoints", MapPoints.ofStoredPlaces(view.places(), locale));
        model.addAttribute("canEdit", access.isPermitted(Action.EDIT_SERVICE, id));
        var schedules = outreach.ofService(view.id());
        if (!schedules.isEmpty()) {
            model.addAttribute("outreach", outreach.upcoming(schedules, OutreachCalendar.WEEKS_AHEAD));
            model.addAttribute("outreachFeed", "/services/" + id + "/outreach.ics");
            model.addAttribute("outreachWeeks", OutreachCalendar.WEEKS_AHEAD);
        }
        return "servicemap/service";
    }

    @GetMapping("/places/{id}")
    @Authorized(Action.VIEW_SERVICE_MAP)
    String place(@PathVariable UUID id, Model model, Locale locale) {
        var view = details.place(new PlaceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("place", view);
        model.addAttribute("questions", fi.perhekeskus.servicemap.MeetingPlaceQuestion.values());
        model.addAttribute("criterionGroups", fi.perhekeskus.servicemap.CriterionGroup.values());
        model.addAttribute("assessments", assessments.latest(view.id()));
        model.addAttribute("mapPoints", MapPoints.ofStoredPlaces(
                List.of(new PlaceRepository.StoredPlace(view.id(), view.content(), true, 0)), locale));
        model.addAttribute("canEdit", access.isPermitted(Action.EDIT_PLACE, id));
        var schedules = outreach.atPlace(view.id());
        if (!schedules.isEmpty()) {
            model.addAttribute("outreach", outreach.upcoming(schedules, OutreachCalendar.WEEKS_AHEAD));
            model.addAttribute("outreachFeed", "/places/" + id + "/outreach.ics");
            model.addAttribute("outreachWeeks", OutreachCalendar.WEEKS_AHEAD);
        }
        return "servicemap/place";
    }

    @GetMapping("/areas/{id}/services")
    @Authorized(Action.VIEW_SERVICE_MAP)
    String area(@PathVariable UUID id, Model model, Locale locale) {
        var listing = directory.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("area", listing.area());
        model.addAttribute("servicesByLevel", listing.servicesByLevel());
        model.addAttribute("serviceCount", listing.serviceCount());
        model.addAttribute("meetingPlaces", listing.meetingPlaces());
        model.addAttribute("servicePoints", listing.servicePoints());
        model.addAttribute("mapPoints", MapPoints.ofPlaces(listing.places(), locale));
        model.addAttribute("printLanguages", Printables.LANGUAGES);
        return "servicemap/area";
    }

    private void filters(Model model, SearchParams params) {
        model.addAttribute("areaOptions", AreaOption.of(areas.all(), params.getArea()));
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("providerTypes", OrganisationType.values());
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("modes", ServiceMode.values());
        model.addAttribute("serviceLanguages", SERVICE_LANGUAGES);
    }
}
