package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * PDF downloads: {@code /areas/{id}/brochure/{fi|sv}.pdf} and
 * {@code /municipalities/{name}/welcome-letter/{fi|sv}.pdf}. The language is in the path, not
 * in {@code lang=}, so downloading a Swedish letter does not switch the visitor's pages to Swedish.
 */
@Controller
class PrintablesController {

    private final Printables printables;

    PrintablesController(Printables printables) {
        this.printables = printables;
    }

    @GetMapping("/areas/{id}/brochure/{language}.pdf")
    @Authorized(Action.VIEW_SERVICE_MAP)
    ResponseEntity<byte[]> brochure(@PathVariable UUID id, @PathVariable String language) {
        return pdf(printables.brochure(id, language, siteUrl()).orElseThrow(PrintablesController::notFound));
    }

    @GetMapping("/municipalities/{municipality}/welcome-letter/{language}.pdf")
    @Authorized(Action.VIEW_SERVICE_MAP)
    ResponseEntity<byte[]> welcomeLetter(@PathVariable String municipality, @PathVariable String language) {
        return pdf(printables.welcomeLetter(municipality, language, siteUrl())
                .orElseThrow(PrintablesController::notFound));
    }

    private static ResponseEntity<byte[]> pdf(Printables.Pdf pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.bytes());
    }

    private static String siteUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
