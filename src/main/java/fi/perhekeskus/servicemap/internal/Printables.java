package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.platform.PdfRenderer;

import fi.perhekeskus.servicemap.PlaceId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printed material of a family centre, made from published data at the moment it is asked
 * for, so it is never older than the service map: the area's brochure and the welcome letter a
 * municipality sends to families moving in (seed 002, Hartola).
 */
@Component
class Printables {

    /** The languages the printables are made in (Finnish and Swedish, the national languages). */
    static final List<String> LANGUAGES = List.of("fi", "sv");

    record Pdf(String fileName, byte[] bytes) {}

    private final AreaDirectory directory;
    private final PlaceRepository places;
    private final ITemplateEngine templates;
    private final PdfRenderer renderer;
    private final Clock clock;

    Printables(AreaDirectory directory, PlaceRepository places, ITemplateEngine templates, PdfRenderer renderer,
            Clock clock) {
        this.directory = directory;
        this.places = places;
        this.templates = templates;
        this.renderer = renderer;
        this.clock = clock;
    }

    Optional<Pdf> brochure(UUID area, String language, String siteUrl) {
        if (!LANGUAGES.contains(language)) return Optional.empty();
        return directory.of(area).map(listing -> new Pdf(
                fileName("perhekeskus", listing.area().name(), language),
                render("servicemap/print/brochure", listing, language, siteUrl)));
    }

    Optional<Pdf> welcomeLetter(String municipality, String language, String siteUrl) {
        if (!LANGUAGES.contains(language)) return Optional.empty();
        return directory.ofMunicipality(municipality).map(listing -> new Pdf(
                fileName(language.equals("sv") ? "valkommen" : "tervetuloa", listing.municipality(), language),
                render("servicemap/print/welcome-letter", listing, language, siteUrl)));
    }

    private byte[] render(String template, AreaDirectory.Listing listing, String language, String siteUrl) {
        Context context = new Context(Locale.forLanguageTag(language));
        context.setVariable("lang", language);
        context.setVariable("listing", listing);
        context.setVariable("hours", meetingPlaceHours(listing));
        context.setVariable("siteUrl", siteUrl);
        context.setVariable("today", LocalDate.now(clock));
        context.setVariable("fontFamily", PdfRenderer.FONT_FAMILY);
        return renderer.render(templates.process(template, context), siteUrl);
    }

    /** Opening hours of the meeting places: families come to them without booking. */
    private Map<PlaceId, List<PlaceContent.Hours>> meetingPlaceHours(AreaDirectory.Listing listing) {
        Map<PlaceId, List<PlaceContent.Hours>> hours = new LinkedHashMap<>();
        for (PlaceHit place : listing.meetingPlaces()) {
            places.find(place.id()).ifPresent(stored -> hours.put(place.id(), stored.content().hours()));
        }
        return hours;
    }

    /** A file name without spaces or dashes of other kinds: "perhekeskus-valkeakoski-akaa-urjala-sv.pdf". */
    static String fileName(String prefix, String name, String language) {
        String slug = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + "-" + slug + "-" + language + ".pdf";
    }
}
