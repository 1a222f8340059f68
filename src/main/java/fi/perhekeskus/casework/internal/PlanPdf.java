package fi.perhekeskus.casework.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The joint plan as a tagged PDF (PDF/UA: structure, language and title for screen readers; real text;
 * the font embedded). Made like the service map's printables: a Thymeleaf XHTML page through openhtmltopdf,
 * with the Liberation Sans that ships inside PDFBox, so no system fonts are needed.
 */
@Component
class PlanPdf {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;
    private final Clock clock;

    PlanPdf(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    byte[] render(CaseOverview overview, List<NetworkMember> members, PlanDocument plan, String language, String baseUri) {
        Context context = new Context(Locale.forLanguageTag(language));
        context.setVariable("lang", language);
        context.setVariable("overview", overview);
        // First names only: the plan travels by mail and print; no identity codes, no full names of children.
        context.setVariable("childNames", overview.children().stream().map(c -> c.name().strip().split("\\s+")[0]).toList());
        context.setVariable("members", members.stream().filter(NetworkMember::active).toList());
        context.setVariable("plan", plan);
        context.setVariable("today", LocalDate.now(clock.withZone(MeetingInput.HELSINKI)));
        context.setVariable("zone", MeetingInput.HELSINKI);
        context.setVariable("fontFamily", FONT_FAMILY);
        String xhtml = templates.process("casework/print/plan", context);
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> PlanPdf.class.getResourceAsStream(FONT), FONT_FAMILY);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
