package fi.perhekeskus.help;

import static fi.perhekeskus.help.NotificationForms.marker;
import static fi.perhekeskus.help.NotificationForms.open;
import static fi.perhekeskus.help.NotificationForms.send;
import static fi.perhekeskus.help.NotificationForms.stored;
import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.help.internal.Channel;
import fi.perhekeskus.help.internal.Consent;
import fi.perhekeskus.help.internal.Notification;
import fi.perhekeskus.help.internal.NotificationDetails;
import fi.perhekeskus.help.internal.NotificationVariant;
import fi.perhekeskus.help.internal.NotifierKind;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** What the on-call worker's request page gets: the stored details and the fragment that shows them. */
@PerhekeskusTest
class NotificationDetailsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationDetails details;

    @Autowired
    ITemplateEngine templates;

    final java.util.List<String> markers = new java.util.ArrayList<>();

    @AfterEach
    void removeWhatWasStored() {
        markers.forEach(m -> NotificationForms.delete(jdbc, m));
    }

    @Test
    void aContactToSocialServicesWithItsConsentAndReason() {
        String marker = marker();
        markers.add(marker);
        String user = WebClientSession.createUser(port, "details", "pw-123456", "Daniela Detalji", "CLOSE_WORKER");
        var browser = new WebClientSession(port).loggedInAs(user, "pw-123456");
        var fields = Map.of("names", "<b>Eetu</b> Esimerkki", "age", "7", "municipality", "Akaa",
                "concern", "Huoli " + marker, "consent", "NOT_OBTAINABLE", "consentReason", "Perhe ei vastaa.",
                "professionalPhone", "040 111 2222");
        assertThat(send(browser, "/help/contact", open(browser, "/help/contact"), fields).statusCode()).isEqualTo(302);
        UUID id = (UUID) stored(jdbc, marker).orElseThrow().get("id");

        Notification n = details.find(new HelpRequestId(id)).orElseThrow();

        assertThat(n.kind()).isEqualTo(Channel.SOCIAL_SERVICES_CONTACT);
        assertThat(n.variant()).isNull();
        assertThat(n.consent()).isEqualTo(Consent.NOT_OBTAINABLE);
        assertThat(n.consentReason()).isEqualTo("Perhe ei vastaa.");
        assertThat(n.age()).isEqualTo(7);
        assertThat(n.notifierKind()).isEqualTo(NotifierKind.PROFESSIONAL);
        assertThat(n.notifier().name()).isEqualTo("Daniela Detalji");
        assertThat(n.notifier().phone()).isEqualTo("040 111 2222");

        String html = render(n);
        assertThat(html).contains("<h2 id=\"notification-details-heading\">Ammattilaisen yhteydenotto (SHL 35 §)</h2>")
                .contains("Suostumusta ei voitu saada").contains("Perhe ei vastaa.").contains("Daniela Detalji")
                .contains("&lt;b&gt;Eetu&lt;/b&gt; Esimerkki").doesNotContain("<b>Eetu</b>");
    }

    @Test
    void anAnonymousAdvanceNotification() {
        String marker = marker();
        markers.add(marker);
        var visitor = new WebClientSession(port);
        LocalDate due = LocalDate.now().plusMonths(2);
        var fields = new HashMap<String, String>();
        fields.put("notifierKind", "ANONYMOUS");
        fields.put("variant", "ADVANCE_NOTIFICATION");
        fields.put("dueDate", due.toString());
        fields.put("guardians", "Odottava Vanhempi");
        fields.put("municipality", "Urjala");
        fields.put("concern", "Huoli syntyvästä lapsesta " + marker);
        fields.put("immediateDanger", "true");
        assertThat(send(visitor, "/help/child-protection", open(visitor, "/help/child-protection"), fields)
                .statusCode()).isEqualTo(302);
        UUID id = (UUID) stored(jdbc, marker).orElseThrow().get("id");

        Notification n = details.find(new HelpRequestId(id)).orElseThrow();

        assertThat(n.kind()).isEqualTo(Channel.CHILD_PROTECTION_NOTIFICATION);
        assertThat(n.variant()).isEqualTo(NotificationVariant.ADVANCE_NOTIFICATION);
        assertThat(n.notifier()).isNull();
        assertThat(n.dueDate()).isEqualTo(due);
        assertThat(n.immediateDanger()).isTrue();
        String html = render(n);
        assertThat(html).contains("Lastensuojeluilmoitus (LSL 25 §)").contains("Ennakollinen ilmoitus syntymättömästä lapsesta")
                .contains(due.getDayOfMonth() + "." + due.getMonthValue() + "." + due.getYear())
                .contains("Ilmoittaja ei kertonut nimeään.").contains("data-testid=\"immediate-danger\"");
    }

    @Test
    void aFamilysOwnRequestHasNoNotificationDetails() {
        assertThat(details.find(new HelpRequestId(UUID.randomUUID()))).isEmpty();
    }

    private String render(Notification n) {
        Context context = new Context(Locale.forLanguageTag("fi"));
        context.setVariable("notification", n);
        return templates.process("help-test/notification-details-host", context);
    }
}
