package fi.perhekeskus.casework.internal.followup;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.AuditRows;
import fi.perhekeskus.testing.PerhekeskusTest;
import fi.perhekeskus.testing.WebClientSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Evaluation at the follow-up and closing the case over HTTP: what is saved, and bad input refused with nothing saved. */
@PerhekeskusTest
class FollowUpTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Person responsible;
    private Person closeWorker;
    private CaseFixtures.Built built;
    private List<UUID> goals;
    private String base;

    @BeforeEach
    void family() {
        var fixtures = new CaseFixtures(port, jdbc);
        responsible = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        closeWorker = fixtures.person("lahit", "Lauri Lähityöntekijä", "CLOSE_WORKER");
        built = fixtures.newCase("Testiperhe Arvioinen").child("Aapo", LocalDate.of(2018, 3, 1))
                .guardian("Anna Arvioinen", null).responsibleWorker(responsible)
                .member(closeWorker, "CLOSE_WORKER", true, "Tukee koulussa", true).build();
        goals = new PlanFixture(jdbc).confirmedPlan(built.id(), LocalDate.now().plusDays(2),
                "Aamut sujuvat ilman riitaa.", "Aapo jaksaa koulupäivän.");
        base = "/cases/" + built.id();
    }

    private WebClientSession as(Person p) {
        return new WebClientSession(port).loggedInAs(p.username(), CaseFixtures.PASSWORD);
    }

    private Map<String, String> evaluation(String progress0, String progress1, String next) {
        Map<String, String> form = new HashMap<>();
        if (progress0 != null) form.put("progress-" + goals.get(0), progress0);
        if (progress1 != null) form.put("progress-" + goals.get(1), progress1);
        form.put("network-" + goals.get(0), "Aamut ovat rauhoittuneet.");
        form.put("family-" + goals.get(0), "Kuvajärjestys auttaa.");
        form.put("child-" + goals.get(1), "Väsyttää vielä iltapäivällä.");
        form.put("nextFollowUp", next);
        form.put("summary", "Hyvä suunta.");
        form.put("key", UUID.randomUUID().toString());
        return form;
    }

    private int evaluations() {
        return jdbc.sql("SELECT count(*) FROM case_evaluation WHERE case_id = :c").param("c", built.id().value())
                .query(Integer.class).single();
    }

    private LocalDate followUp() {
        return jdbc.sql("SELECT follow_up_on FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(LocalDate.class).single();
    }

    @Test
    void anEvaluationRecordsProgressPerGoalMovesTheFollowUpAndMarksAchievedGoalsOnce() {
        var session = as(closeWorker);
        LocalDate next = LocalDate.now().plusDays(60);
        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        Map<String, String> form = evaluation("ACHIEVED", "SOME_PROGRESS", next.toString());
        var response = session.postWithCsrfFrom(base + "/evaluation", base + "/evaluation", form);
        assertThat(response.statusCode()).isEqualTo(302);
        // A double-click sends the same per-render key again: recorded once.
        assertThat(session.postWithCsrfFrom(base + "/evaluation", base + "/evaluation", form).statusCode()).isEqualTo(302);
        assertThat(evaluations()).isEqualTo(1);
        assertThat(followUp()).isEqualTo(next);
        assertThat(jdbc.sql("SELECT status FROM plan_goal WHERE goal_key = :g").param("g", goals.get(0)).query(String.class)
                .single()).isEqualTo("ACHIEVED");
        assertThat(jdbc.sql("SELECT status FROM plan_goal WHERE goal_key = :g").param("g", goals.get(1)).query(String.class)
                .single()).isEqualTo("ACTIVE");
        assertThat(audit.since(before, closeWorker.username())).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("CASE_EVALUATED");
            assertThat(r.target()).isEqualTo(built.id().toString());
        });
        var page = session.get(base);
        assertThat(page.body()).contains("Tavoite saavutettu", "Jonkin verran edistystä", "Kuvajärjestys auttaa.",
                "Väsyttää vielä iltapäivällä.");
        // The achieved goal is not asked again at the next evaluation.
        assertThat(session.get(base + "/evaluation").body()).doesNotContain("progress-" + goals.get(0))
                .contains("progress-" + goals.get(1));
    }

    @Test
    void aGoalWithoutProgressOrAFollowUpDateInThePastIsRefusedAndNothingIsSaved() {
        var session = as(responsible);
        LocalDate before = followUp();
        var noProgress = session.postWithCsrfFrom(base, base + "/evaluation",
                evaluation("GOOD_PROGRESS", null, LocalDate.now().plusDays(30).toString()));
        assertThat(noProgress.statusCode()).isEqualTo(422);
        assertThat(noProgress.body()).contains("Valitse tavoitteen 2 edistyminen.", "error-summary");
        var past = session.postWithCsrfFrom(base, base + "/evaluation",
                evaluation("GOOD_PROGRESS", "NO_CHANGE", LocalDate.now().minusDays(1).toString()));
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(past.body()).contains("Seuraavan arvioinnin päivän pitää olla tulevaisuudessa.");
        var missing = session.postWithCsrfFrom(base, base + "/evaluation",
                evaluation("GOOD_PROGRESS", "NO_CHANGE", ""));
        assertThat(missing.statusCode()).isEqualTo(422);
        var badProgress = session.postWithCsrfFrom(base, base + "/evaluation",
                evaluation("VERY_GOOD", "NO_CHANGE", LocalDate.now().plusDays(30).toString()));
        assertThat(badProgress.statusCode()).isEqualTo(422);
        assertThat(evaluations()).isZero();
        assertThat(followUp()).isEqualTo(before);
    }

    @Test
    void closingNeedsASummaryAndADecisionOnOpenActionsAndThenTheCaseIsReadOnly() {
        new PlanFixture(jdbc).action(built.id(), goals.get(0), "Tekee kuvajärjestyksen.", built.member(closeWorker),
                LocalDate.now().plusDays(5));
        var session = as(responsible);
        String version = jdbc.sql("SELECT version FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(String.class).single();
        var noSummary = session.postWithCsrfFrom(base, base + "/close", Map.of("summary", "  ", "version", version,
                "leaveOpenActions", "true"));
        assertThat(noSummary.statusCode()).isEqualTo(422);
        assertThat(noSummary.body()).contains("Kirjoita päättämisen yhteenveto.");
        var openActions = session.postWithCsrfFrom(base, base + "/close", Map.of("summary", "Tavoitteet saavutettiin.",
                "version", version));
        assertThat(openActions.statusCode()).isEqualTo(422);
        assertThat(openActions.body()).contains("Asiakkuudessa on 1 avointa toimenpidettä.");
        assertThat(status()).isEqualTo("OPEN");

        AuditRows audit = new AuditRows(jdbc);
        long before = audit.newestId();
        var closed = session.postWithCsrfFrom(base, base + "/close", Map.of("summary", "Tavoitteet saavutettiin.",
                "version", version, "leaveOpenActions", "true"));
        assertThat(closed.statusCode()).isEqualTo(302);
        assertThat(status()).isEqualTo("CLOSED");
        assertThat(audit.since(before, responsible.username())).anySatisfy(r -> assertThat(r.type()).isEqualTo("CASE_CLOSED"));
        // The open action stays as it was: left undone, not claimed done.
        assertThat(jdbc.sql("SELECT count(*) FROM plan_action WHERE case_id = :c AND done_at IS NULL")
                .param("c", built.id().value()).query(Integer.class).single()).isEqualTo(1);

        var again = session.postWithCsrfFrom(base, base + "/close", Map.of("summary", "Toinen yritys.",
                "version", version, "leaveOpenActions", "true"));
        assertThat(again.statusCode()).isEqualTo(409);
        var evaluation = as(closeWorker).postWithCsrfFrom(base, base + "/evaluation",
                evaluation("ACHIEVED", "ACHIEVED", LocalDate.now().plusDays(30).toString()));
        assertThat(evaluation.statusCode()).isEqualTo(409);
        assertThat(evaluation.body()).contains("Asiakkuus on päättynyt");
        assertThat(evaluations()).isZero();
        assertThat(session.get(base).body()).contains("Tavoitteet saavutettiin.").doesNotContain("/evaluation\"");
    }

    @Test
    void twoClosingAtOnceOneWinsTheOtherIsTold() {
        var a = as(responsible);
        var b = as(responsible);
        String version = jdbc.sql("SELECT version FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(String.class).single();
        String tokenA = WebClientSession.csrfToken(a.get(base));
        String tokenB = WebClientSession.csrfToken(b.get(base));
        var first = CompletableFuture.supplyAsync(() -> a.post(base + "/close",
                Map.of("summary", "Ensimmäinen.", "version", version, "_csrf", tokenA)));
        var second = CompletableFuture.supplyAsync(() -> b.post(base + "/close",
                Map.of("summary", "Toinen.", "version", version, "_csrf", tokenB)));
        List<Integer> statuses = List.of(first.join(), second.join()).stream().map(HttpResponse::statusCode).sorted().toList();
        assertThat(statuses).containsExactly(302, 409);
        assertThat(jdbc.sql("SELECT closing_summary FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(String.class).single()).isIn("Ensimmäinen.", "Toinen.");
    }

    @Test
    void aCloseWorkerOfANetworkCaseMayEvaluateButNotClose() {
        var session = as(closeWorker);
        assertThat(session.get(base + "/evaluation").statusCode()).isEqualTo(200);
        assertThat(session.get(base + "/close").statusCode()).isEqualTo(404);
    }

    private String status() {
        return jdbc.sql("SELECT status FROM client_case WHERE id = :c").param("c", built.id().value())
                .query(String.class).single();
    }
}
