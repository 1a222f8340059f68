package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.ServiceId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** iCalendar feeds of the outreach of a published service or at a published place. */
@RestController
class OutreachFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ServiceDetails details;
    private final OutreachCalendar outreach;

    OutreachFeedController(ServiceDetails details, OutreachCalendar outreach) {
        this.details = details;
        this.outreach = outreach;
    }

    @GetMapping("/services/{id}/outreach.ics")
    @Authorized(Action.VIEW_SERVICE_MAP)
    ResponseEntity<String> service(@PathVariable UUID id, java.util.Locale locale) {
        var service = details.service(new ServiceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return calendar(outreach.feed(outreach.ofService(service.id()), service.content().name().in(locale), base(), locale),
                "outreach-" + id + ".ics");
    }

    @GetMapping("/places/{id}/outreach.ics")
    @Authorized(Action.VIEW_SERVICE_MAP)
    ResponseEntity<String> place(@PathVariable UUID id, java.util.Locale locale) {
        var place = details.place(new PlaceId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return calendar(outreach.feed(outreach.atPlace(place.id()), place.content().name().in(locale), base(), locale),
                "outreach-" + id + ".ics");
    }

    private static ResponseEntity<String> calendar(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
