package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The brochure and the welcome letter are made from published data, in Finnish and Swedish, as tagged PDFs. */
@PerhekeskusTest
class PrintablesTest {

    @LocalServerPort
    int port;

    @Autowired
    ServiceMapFixtures fixtures;

    String word;

    @BeforeEach
    void entries() {
        word = ServiceMapFixtures.unique("neuvola");
        UUID hartola = UUID.fromString(DemoAreas.HARTOLA);
        OrganisationId municipality = fixtures.organisation("Hartolan kunta " + word, OrganisationType.MUNICIPALITY);
        var cafe = fixtures.place(municipality, "Perhekahvila " + word, PlaceKind.MEETING_PLACE, hartola, true);
        fixtures.service(municipality, "Lastenneuvola " + word, "Terveystarkastukset " + word, hartola, List.of(cafe), true);
        fixtures.service(municipality, "Luonnos " + word, "Ei vielä julki", hartola, List.of(), false);
    }

    @Test
    void finnishBrochureListsTheAreasPublishedServicesAndMeetingPlacesWithHours() throws IOException {
        var response = get("/areas/" + DemoAreas.HARTOLA + "/brochure/fi.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "perhekeskus-hartola-fi.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = text(pdf);
            assertThat(text).contains("Perhekeskus Hartola", "Lastenneuvola " + word, "Perhekahvila " + word,
                    "maanantai 9.00–15.00", "112").doesNotContain("Luonnos " + word);
            assertTagged(pdf, "fi", "Perhekeskus Hartola");
        }
    }

    @Test
    void swedishWelcomeLetterGreetsTheFamilyInSwedish() throws IOException {
        var response = get("/municipalities/Hartola/welcome-letter/sv.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("valkommen-hartola-sv.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = text(pdf);
            assertThat(text).contains("Välkommen till er nya hemkommun: Hartola", "Bästa familj",
                    "Perhekahvila " + word, "måndag");
            assertTagged(pdf, "sv", "Välkommen till er nya hemkommun: Hartola");
        }
    }

    @Test
    void unknownAreaMunicipalityOrLanguageIsNotFound() {
        assertThat(get("/areas/" + UUID.randomUUID() + "/brochure/fi.pdf").statusCode()).isEqualTo(404);
        assertThat(get("/areas/" + DemoAreas.HARTOLA + "/brochure/de.pdf").statusCode()).isEqualTo(404);
        assertThat(get("/municipalities/" + URLEncoder.encode("Atlantis", StandardCharsets.UTF_8)
                + "/welcome-letter/fi.pdf").statusCode()).isEqualTo(404);
        assertThat(get("/areas/not-a-uuid/brochure/fi.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theAreaPageOffersTheDownloads() {
        String page = new WebClientSession(port).get("/areas/" + DemoAreas.HARTOLA + "/services").body();
        assertThat(page).contains("href=\"/areas/" + DemoAreas.HARTOLA + "/brochure/sv.pdf\"",
                "href=\"/municipalities/Hartola/welcome-letter/fi.pdf\"");
    }

    private static void assertTagged(PDDocument pdf, String language, String title) {
        var catalog = pdf.getDocumentCatalog();
        assertThat(catalog.getMarkInfo()).isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).as("tagged PDF").isTrue();
        assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
        assertThat(catalog.getLanguage()).isEqualTo(language);
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private HttpResponse<byte[]> get(String path) {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
