package fi.perhekeskus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.access.Action;
import fi.perhekeskus.access.Authorized;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Ratchet: every GET endpoint of one case — whatever part of the platform adds it — writes an audit event
 * whose target is the case, so that the family's access log misses no read (asiakastietolaki 703/2023).
 * The endpoints are found from the handler mappings, not listed here; a second path variable (a meeting,
 * record or plan version) gets the fixture case's own. And every handler of a case action
 * names the case path variable as its target, so that no case endpoint is left unchecked.
 */
@PerhekeskusTest
class CaseEndpointsAuditTest {

    private static final Set<Action> CASE_ACTIONS = EnumSet.of(Action.VIEW_CASE, Action.WORK_ON_CASE,
            Action.COORDINATE_CASE, Action.ACT_AS_FAMILY, Action.VIEW_CASE_ACCESS_LOG);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    private Person guardian;
    private Person responsible;
    private CaseFixtures.Built built;

    @BeforeEach
    void family() {
        var fixtures = new CaseFixtures(port, jdbc);
        guardian = fixtures.person("ratchuolt", "Raili Huoltaja", "FAMILY_MEMBER");
        responsible = fixtures.person("ratomat", "Risto Omatyöntekijä", "RESPONSIBLE_WORKER");
        Person close = fixtures.person("ratlahi", "Rauni Lähityöntekijä", "CLOSE_WORKER");
        built = fixtures.newCase("Testiperhe Ratas").child("Ruut Ratas", LocalDate.of(2016, 4, 4))
                .guardian("Raili Ratas", guardian)
                .responsibleWorker(responsible)
                .member(close, "CLOSE_WORKER", "Tukee koulussa")
                .build();
        var family = new FamilyFixtures(jdbc);
        family.confirmedPlan(built.id(), built.member(close), "Ruut jaksaa koulussa", "Rauni tapaa Ruutin", false);
        family.meeting(built.id(), 7, "Koulu");
    }

    record Endpoint(String pattern, HandlerMethod handler) {}

    private List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                for (String pattern : info.getPatternValues()) all.add(new Endpoint(pattern, entry.getValue()));
            }
        }
        return all;
    }

    @Test
    void everyCaseReadWritesAnAuditEventWithTheCaseAsTarget() {
        List<String> checked = new ArrayList<>();
        Set<String> skipped = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                var methods = info.getMethodsCondition().getMethods();
                if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) continue;
                for (String pattern : info.getPatternValues()) {
                    boolean caseEndpoint = pattern.contains("{caseId}") || pattern.startsWith("/api/v1/cases/{id}");
                    if (!caseEndpoint) continue;
                    Set<String> variables = variables(pattern);
                    if (!values().keySet().containsAll(variables)) {
                        skipped.add(pattern + " (path variables " + variables + ")");
                        continue;
                    }
                    if (requiresQueryParameters(entry.getValue())) {
                        skipped.add(pattern + " (required query parameters)");
                        continue;
                    }
                    checked.add(pattern);
                    assertAudited(pattern);
                }
            }
        }
        System.out.println("CaseEndpointsAuditTest checked " + checked + "; skipped " + skipped);
        assertThat(checked).contains("/cases/{caseId}", "/family/cases/{caseId}", "/family/cases/{caseId}/access-log",
                "/cases/{caseId}/access-log", "/api/v1/cases/{id}", "/api/v1/cases/{id}/plan",
                "/api/v1/cases/{id}/access-log", "/cases/{caseId}/records/{recordId}",
                "/cases/{caseId}/meetings/{meetingId}/edit", "/cases/{caseId}/plan/versions/{versionNo}");
    }

    /** A value for each path variable a case endpoint may have: the fixture case's own meeting, record and plan version. */
    private java.util.Map<String, String> values() {
        String caseId = built.id().toString();
        String meeting = jdbc.sql("SELECT id::text FROM case_meeting WHERE case_id = :c AND status = 'PLANNED' LIMIT 1")
                .param("c", built.id().value()).query(String.class).single();
        String record = jdbc.sql("SELECT id::text FROM joint_record WHERE case_id = :c AND status = 'CONFIRMED' LIMIT 1")
                .param("c", built.id().value()).query(String.class).single();
        return java.util.Map.of("caseId", caseId, "id", caseId, "meetingId", meeting, "recordId", record, "versionNo", "1");
    }

    private void assertAudited(String pattern) {
        var values = values();
        String path = VARIABLE.matcher(pattern).replaceAll(m -> values.get(m.group(1)));
        boolean family = pattern.startsWith("/family/");
        Person who = family ? guardian : responsible;
        var session = new WebClientSession(port).loggedInAs(who.username(), CaseFixtures.PASSWORD);
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
        var response = session.get(path, "Accept", pattern.startsWith("/api/") ? "application/json"
                : "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8");
        assertThat(response.statusCode()).as("GET %s as %s", pattern, who.username()).isBetween(200, 399);
        long audited = jdbc.sql("SELECT count(*) FROM audit_event WHERE id > :b AND actor = :a AND target = :t")
                .param("b", before).param("a", who.username()).param("t", built.id().toString())
                .query(Long.class).single();
        assertThat(audited).as("audit events with the case as target after GET %s", pattern).isPositive();
    }

    @Test
    void everyCaseActionNamesTheCaseAsItsTarget() {
        List<String> unchecked = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            Authorized authorized = e.handler().getMethodAnnotation(Authorized.class);
            if (authorized == null || !CASE_ACTIONS.contains(authorized.value())) continue;
            if (!Set.of("caseId", "id").contains(authorized.target()) || !variables(e.pattern()).contains(authorized.target())) {
                unchecked.add(e.pattern() + " -> " + e.handler() + " target=\"" + authorized.target() + "\"");
            }
        }
        assertThat(unchecked).as("case endpoints whose @Authorized target is not the case id path variable").isEmpty();
    }

    private static Set<String> variables(String pattern) {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static boolean requiresQueryParameters(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE
                    .equals(param.defaultValue()) && !parameter.isOptional()) {
                return true;
            }
        }
        return false;
    }
}
