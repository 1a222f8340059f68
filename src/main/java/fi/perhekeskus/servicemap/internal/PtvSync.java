package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.access.AuditEventType;
import fi.perhekeskus.access.AuditLog;
import fi.perhekeskus.access.AuditOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nightly sync from PTV: fetches the document at {@code perhekeskus.ptv.sync-url} (the same shape
 * the import API takes) and imports it. Off unless the URL is set; the time is
 * {@code perhekeskus.ptv.sync-cron} (default 03:15 Finnish time). Re-importing is idempotent, so
 * several nodes syncing at once only find their work already done.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("'${perhekeskus.ptv.sync-url:}' != ''")
class PtvSync {

    static final String ACTOR = "ptv-sync";
    private static final Logger LOG = LoggerFactory.getLogger(PtvSync.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PtvImport ptvImport;
    private final AuditLog audit;
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    PtvSync(PtvImport ptvImport, AuditLog audit, @Value("${perhekeskus.ptv.sync-url}") String url) {
        this.ptvImport = ptvImport;
        this.audit = audit;
        this.url = URI.create(url.strip());
        if (!this.url.getScheme().matches("https?")) throw new IllegalArgumentException("perhekeskus.ptv.sync-url: " + url);
    }

    @Scheduled(cron = "${perhekeskus.ptv.sync-cron:0 15 3 * * *}", zone = "Europe/Helsinki")
    void scheduled() {
        try {
            PtvImport.Report report = syncNow();
            LOG.info("PTV sync from {}: {} created, {} updated, {} unchanged, {} rejected", url, report.created(),
                    report.updated(), report.unchanged(), report.rejected().size());
        } catch (RuntimeException e) {
            LOG.warn("PTV sync from {} failed: {}", url, e.getMessage());
            audit.recordAs(ACTOR, null, AuditEventType.PTV_IMPORTED, "ptv", AuditOutcome.FAILURE,
                    Map.of("error", String.valueOf(e.getMessage())));
        }
    }

    /** Fetches and imports now; a fetch or document failure imports nothing and throws. */
    PtvImport.Report syncNow() {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(2))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("fetching failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() != 200) throw new IllegalStateException("HTTP " + response.statusCode());
        try {
            return ptvImport.run(JSON.readTree(response.body()), Locale.of("fi"), ACTOR);
        } catch (JacksonException e) {
            throw new IllegalStateException("not JSON", e);
        } catch (PtvImport.MalformedDocument e) {
            throw new IllegalStateException("malformed document: " + e.getMessage(), e);
        }
    }
}
