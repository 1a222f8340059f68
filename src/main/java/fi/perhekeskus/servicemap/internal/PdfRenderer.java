package fi.perhekeskus.servicemap.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns a printable page (well-formed XHTML from a Thymeleaf template) into a tagged PDF
 * (PDF/UA: structure, language and title for screen readers, fonts embedded). The font is the
 * Liberation Sans that ships inside PDFBox, so a fresh machine needs no system fonts.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    byte[] render(String xhtml, String baseUri) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), FONT_FAMILY);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
