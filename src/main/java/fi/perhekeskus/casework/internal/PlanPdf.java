package fi.perhekeskus.casework.internal;

import fi.perhekeskus.platform.PdfRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The joint plan as a tagged PDF (PDF/UA: structure, language and title for screen readers; real text;
 * the font embedded): a Thymeleaf XHTML page through the platform's {@link PdfRenderer}, as the service
 * map's printables are made.
 */
@Component
class PlanPdf {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private final ITemplateEngine templates;
    private final PdfRenderer renderer;
    private final Clock clock;

    PlanPdf(ITemplateEngine templates, PdfRenderer renderer, Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
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
        context.setVariable("fontFamily", PdfRenderer.FONT_FAMILY);
        String xhtml = templates.process("casework/print/plan", context);
        return renderer.render(xhtml, baseUri);
    }
}
