package fi.perhekeskus.platform;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns a printable page (well-formed XHTML from a Thymeleaf template) into a tagged PDF
 * (PDF/UA: structure, language and title for screen readers, fonts embedded). The font is the
 * Liberation Sans that ships inside PDFBox, so a fresh machine needs no system fonts. Templates name
 * {@link #FONT_FAMILY} in their CSS. Used by the service map's printables and the joint plan.
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    public byte[] render(String xhtml, String baseUri) {
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
