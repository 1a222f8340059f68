package fi.perhekeskus.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for every application context the tests start, one per JVM on a
 * free port of 127.0.0.1; registered in META-INF/spring.factories. The outbox is sent every second.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
        }
        return server;
    }

    /** Messages received for one address (tests share the server, so never count all). */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = server().getSmtp().getPort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail", Map.of(
                "spring.mail.host", "127.0.0.1", "spring.mail.port", port,
                "perhekeskus.mail.send-interval", "1s")));
    }

    /** The calendar invitations (text/calendar parts) received for an address, oldest first. */
    public static List<net.fortuna.ical4j.model.Calendar> calendars(String address) {
        List<net.fortuna.ical4j.model.Calendar> calendars = new java.util.ArrayList<>();
        for (MimeMessage message : to(address)) {
            try {
                String ics = calendarPart(message);
                if (ics != null) calendars.add(new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return calendars;
    }

    private static String calendarPart(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            Object content = part.getContent();
            return content instanceof String s ? s
                    : new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = calendarPart(multipart.getBodyPart(i));
                if (found != null) return found;
            }
        }
        return null;
    }
}
