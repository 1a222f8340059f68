package fi.perhekeskus.servicemap.internal;

import static fi.perhekeskus.servicemap.internal.ServiceMapJson.text;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.servicemap.internal.ServiceMapJson.AreaRef;
import fi.perhekeskus.servicemap.internal.ServiceMapJson.OrganisationRef;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public search API: {@code GET /api/v1/services} and {@code /api/v1/places}, ranked, with
 * the same filters as the search page, and one entry by id. Invalid parameters give 400 with a
 * message per field in the caller's language.
 */
@RestController
class ServiceMapApiController {

    private final ServiceSearch serviceSearch;
    private final PlaceSearch placeSearch;
    private final ServiceDetails details;
    private final NearPoint nearPoint;
    private final MessageSource messages;

    ServiceMapApiController(ServiceSearch serviceSearch, PlaceSearch placeSearch, ServiceDetails details,
            NearPoint nearPoint, MessageSource messages) {
        this.serviceSearch = serviceSearch;
        this.placeSearch = placeSearch;
        this.details = details;
        this.nearPoint = nearPoint;
        this.messages = messages;
    }

    @GetMapping("/api/v1/services")
    @Authorized(Action.VIEW_SERVICE_MAP)
    ServiceMapJson.Page<ServiceMapJson.ServiceItem> services(@Valid @ModelAttribute SearchParams params,
            BindingResult binding, Locale locale) {
        var near = nearPoint.resolve(params, binding);
        if (binding.hasErrors()) throw new InvalidParameters(binding);
        SearchPage<ServiceHit> page = serviceSearch.search(params.toServiceQuery(near.orElse(null)));
        return new ServiceMapJson.Page<>(page.total(), page.totalExact(), params.limitOrDefault(), params.offsetOrZero(),
                page.items().stream().map(hit -> item(hit, locale)).toList());
    }

    @GetMapping("/api/v1/places")
    @Authorized(Action.VIEW_SERVICE_MAP)
    ServiceMapJson.Page<ServiceMapJson.PlaceItem> places(@Valid @ModelAttribute SearchParams params,
            BindingResult binding, Locale locale) {
        var near = nearPoint.resolve(params, binding);
        if (binding.hasErrors()) throw new InvalidParameters(binding);
        SearchPage<PlaceHit> page = placeSearch.search(params.toPlaceQuery(near.orElse(null)));
        return new ServiceMapJson.Page<>(page.total(), page.totalExact(), params.limitOrDefault(), params.offsetOrZero(),
                page.items().stream().map(hit -> item(hit, locale)).toList());
    }

    @GetMapping("/api/v1/services/{id}")
    @Authorized(Action.VIEW_SERVICE_MAP)
    ServiceMapJson.ServiceDetail service(@PathVariable UUID id, Locale locale) {
        var view = details.service(new ServiceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ServiceContent c = view.content();
        return new ServiceMapJson.ServiceDetail(id.toString(), text(c.name(), locale), text(c.summary(), locale),
                text(c.description(), locale), text(c.eligibility(), locale), organisation(view.organisation(), locale),
                c.targetGroups().stream().map(Enum::name).toList(), c.ageMin(), c.ageMax(), c.level().name(),
                c.freeOfCharge(), c.languages(), c.accessMethods().stream().map(Enum::name).toList(), c.keywords(),
                view.areas().stream().map(a -> new AreaRef(a.area().id().value().toString(), a.area().name(),
                        a.mode().name())).toList(),
                view.places().stream().map(p -> placeItem(p, locale)).toList(),
                c.channels().stream().map(ch -> new ServiceMapJson.Channel(ch.kind().name(), ch.value(),
                        text(ch.description(), locale))).toList(),
                c.outreach().stream().map(o -> new ServiceMapJson.Outreach(o.place().toString(), o.startsAt().toString(),
                        o.durationMinutes(), o.rrule(), o.noAppointment(), o.anonymous(), text(o.note(), locale))).toList(),
                c.lastReviewed(), c.ptvId() == null ? null : c.ptvId().toString(), "/services/" + id);
    }

    @GetMapping("/api/v1/places/{id}")
    @Authorized(Action.VIEW_SERVICE_MAP)
    ServiceMapJson.PlaceDetail place(@PathVariable UUID id, Locale locale) {
        var view = details.place(new PlaceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PlaceContent c = view.content();
        Map<String, String> profile = new LinkedHashMap<>();
        c.profile().forEach((question, answer) -> profile.put(question.name(), text(answer, locale)));
        return new ServiceMapJson.PlaceDetail(id.toString(), c.kind().name(), text(c.name(), locale),
                text(c.description(), locale), organisation(view.organisation(), locale),
                new ServiceMapJson.Address(c.streetAddress(), c.postalCode(), c.postOffice()), c.latitude(),
                c.longitude(), view.area() == null ? null
                        : new AreaRef(view.area().id().value().toString(), view.area().name(), null),
                c.phone(), c.email(), c.webPage(), c.bookingUrl(), text(c.accessibility(), locale),
                c.hours().stream().map(h -> new ServiceMapJson.Hours(h.weekday(), h.opens(), h.closes())).toList(),
                c.exceptions().stream().map(e -> new ServiceMapJson.HoursException(e.day(), e.closed(), e.opens(),
                        e.closes(), text(e.note(), locale))).toList(),
                profile,
                view.services().stream().map(s -> new ServiceMapJson.ServiceRef(s.id().toString(),
                        text(s.name(), locale), "/services/" + s.id())).toList(),
                c.lastReviewed(), "/places/" + id);
    }

    /** Search parameters that did not validate; answered as 400 with a message per field. */
    static final class InvalidParameters extends RuntimeException {
        final transient BindingResult binding;

        InvalidParameters(BindingResult binding) {
            super("invalid search parameters", null, false, false);
            this.binding = binding;
        }
    }

    @ExceptionHandler(InvalidParameters.class)
    ResponseEntity<Map<String, Object>> badRequest(InvalidParameters invalid, Locale locale) {
        BindingResult binding = invalid.binding;
        List<Map<String, String>> fields = binding.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message",
                        Objects.requireNonNullElse(messages.getMessage(error, locale), error.getField())))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("reason", "invalid-parameters");
        body.put("fields", fields);
        return ResponseEntity.badRequest().body(body);
    }

    private static OrganisationRef organisation(Organisation o, Locale locale) {
        return new OrganisationRef(o.id().toString(), text(o.name(), locale), o.type().name());
    }

    static ServiceMapJson.ServiceItem item(ServiceHit hit, Locale locale) {
        return new ServiceMapJson.ServiceItem(hit.id().toString(), text(hit.name(), locale), text(hit.summary(), locale),
                new OrganisationRef(null, text(hit.organisation(), locale), hit.providerType().name()),
                hit.areas().stream().map(a -> new AreaRef(a.id(), a.name(), a.mode())).toList(),
                hit.level().name(), hit.freeOfCharge(), hit.lastReviewed(), "/services/" + hit.id(),
                hit.points().stream().map(p -> new ServiceMapJson.Point(p.placeId(), p.name(), p.latitude(),
                        p.longitude())).toList(),
                hit.distanceKm());
    }

    static ServiceMapJson.PlaceItem item(PlaceHit hit, Locale locale) {
        return new ServiceMapJson.PlaceItem(hit.id().toString(), hit.kind().name(), text(hit.name(), locale),
                text(hit.description(), locale), text(hit.organisation(), locale),
                new ServiceMapJson.Address(hit.streetAddress(), hit.postalCode(), hit.postOffice()), hit.latitude(),
                hit.longitude(), hit.areaId() == null ? null : new AreaRef(hit.areaId(), hit.areaName(), null),
                hit.lastReviewed(), "/places/" + hit.id(), hit.distanceKm());
    }

    private static ServiceMapJson.PlaceItem placeItem(PlaceRepository.StoredPlace p, Locale locale) {
        PlaceContent c = p.content();
        return new ServiceMapJson.PlaceItem(p.id().toString(), c.kind().name(), text(c.name(), locale),
                text(c.description(), locale), null,
                new ServiceMapJson.Address(c.streetAddress(), c.postalCode(), c.postOffice()), c.latitude(),
                c.longitude(), null, c.lastReviewed(), "/places/" + p.id(), null);
    }
}
