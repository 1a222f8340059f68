package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Open Referral HSDS 3.0 read API of the published service map. Lists are paged with
 * {@code page} (from 1) and {@code per_page} (1–200, default 50).
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = "application/json")
class HsdsController {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private final HsdsApi hsds;
    private final MessageSource messages;

    HsdsController(HsdsApi hsds, MessageSource messages) {
        this.hsds = hsds;
        this.messages = messages;
    }

    /** The HSDS API root: which version of the standard this is and where its OpenAPI description is. */
    @GetMapping({"", "/"})
    @Authorized(Action.VIEW_SERVICE_MAP)
    Map<String, String> root() {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("version", "3.0");
        about.put("profile", "https://openreferral.org/");
        about.put("openapi_url", "/v3/api-docs");
        return about;
    }

    @GetMapping("/services")
    @Authorized(Action.VIEW_SERVICE_MAP)
    HsdsJson.Page<HsdsJson.Service> services(@RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage, Locale locale) {
        return paged(page, perPage, locale, (p, size) -> hsds.services(p, size, locale));
    }

    @GetMapping("/services/{id}")
    @Authorized(Action.VIEW_SERVICE_MAP)
    HsdsJson.Service service(@PathVariable UUID id, Locale locale) {
        return found(hsds.service(new ServiceId(id), locale));
    }

    @GetMapping("/organizations")
    @Authorized(Action.VIEW_SERVICE_MAP)
    HsdsJson.Page<HsdsJson.Organization> organizations(@RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage, Locale locale) {
        return paged(page, perPage, locale, (p, size) -> hsds.organizations(p, size, locale));
    }

    @GetMapping("/organizations/{id}")
    @Authorized(Action.VIEW_SERVICE_MAP)
    HsdsJson.Organization organization(@PathVariable UUID id, Locale locale) {
        return found(hsds.organization(new OrganisationId(id), true, locale));
    }

    @GetMapping("/locations")
    @Authorized(Action.VIEW_SERVICE_MAP)
    HsdsJson.Page<HsdsJson.Location> locations(@RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage, Locale locale) {
        return paged(page, perPage, locale, (p, size) -> hsds.locations(p, size, locale));
    }

    @GetMapping("/locations/{id}")
    @Authorized(Action.VIEW_SERVICE_MAP)
    HsdsJson.Location location(@PathVariable UUID id, Locale locale) {
        return found(hsds.location(new PlaceId(id), locale));
    }

    @GetMapping("/service_at_locations")
    @Authorized(Action.VIEW_SERVICE_MAP)
    HsdsJson.Page<HsdsJson.ServiceAtLocation> servicesAtLocations(@RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage, Locale locale) {
        return paged(page, perPage, locale, (p, size) -> hsds.servicesAtLocations(p, size, locale));
    }

    @GetMapping("/service_at_locations/{id}")
    @Authorized(Action.VIEW_SERVICE_MAP)
    HsdsJson.ServiceAtLocation serviceAtLocation(@PathVariable UUID id, Locale locale) {
        return found(hsds.serviceAtLocation(id, locale));
    }

    private interface PageLoader<T> {
        HsdsJson.Page<T> load(int page, int size);
    }

    /** Page parameters out of range: 400 with a message per field. */
    static final class InvalidPaging extends RuntimeException {
        final List<Map<String, String>> fields;

        InvalidPaging(List<Map<String, String>> fields) {
            super("invalid paging", null, false, false);
            this.fields = fields;
        }
    }

    private <T> HsdsJson.Page<T> paged(String page, String perPage, Locale locale, PageLoader<T> loader) {
        Integer p = number(page, 1, 1, 1_000_000);
        Integer size = number(perPage, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        if (p == null || size == null) {
            List<Map<String, String>> fields = new ArrayList<>();
            if (p == null) fields.add(Map.of("field", "page", "message", message("servicemap.hsds.page", locale)));
            if (size == null) {
                fields.add(Map.of("field", "per_page", "message", messages.getMessage("servicemap.hsds.perPage",
                        new Object[] {MAX_PAGE_SIZE}, locale)));
            }
            throw new InvalidPaging(fields);
        }
        return loader.load(p, size);
    }

    @ExceptionHandler(InvalidPaging.class)
    ResponseEntity<Map<String, Object>> invalidPaging(InvalidPaging e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("reason", "invalid-parameters");
        body.put("fields", e.fields);
        return ResponseEntity.badRequest().body(body);
    }

    private static Integer number(String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) return fallback;
        try {
            int value = Integer.parseInt(text.strip());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static <T> T found(Optional<T> value) {
        return value.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
