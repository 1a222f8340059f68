package fi.perhekeskus.casework.internal.followup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.perhekeskus.casework.CaseFixtures;
import fi.perhekeskus.casework.CaseFixtures.Person;
import fi.perhekeskus.testing.BrowserTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Follow-up evaluation and closing the case, clicked through as a worker would, with axe on every page. */
class FollowUpBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    private Locator goal(int n) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Tavoite " + n + ":")));
    }

    @Test
    void aWorkerEvaluatesEachGoalAgreesTheNextPeriodAndLaterClosesTheCase() {
        var fixtures = new CaseFixtures(port, jdbc);
        Person worker = fixtures.person("omatt", "Olga Omatyöntekijä", "RESPONSIBLE_WORKER");
        var built = fixtures.newCase("Testiperhe Selainen").child("Saana", LocalDate.of(2017, 5, 5))
                .guardian("Sami Selainen", null).responsibleWorker(worker).build();
        new PlanFixture(jdbc).confirmedPlan(built.id(), LocalDate.now().plusDays(1),
                "Aamut sujuvat ilman riitaa.", "Saana jaksaa koulupäivän.");
        LocalDate next = LocalDate.now().plusDays(90);

        login(worker.username(), CaseFixtures.PASSWORD);
        page.navigate("/cases/" + built.id());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Seuranta ja arviointi"))).isVisible();
        assertAccessible(page);

        link("Kirjaa arviointi").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Arviointi seurannassa");
        assertAccessible(page);

        // Forgetting the second goal's progress and the next date: told what to fix, nothing lost.
        goal(1).getByLabel("Tavoite saavutettu").check();
        goal(1).getByLabel("Verkoston huomiot").fill("Aamut ovat rauhoittuneet kuvajärjestyksen avulla.");
        button("Tallenna arviointi").click();
        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Valitse tavoitteen 2 edistyminen.");
        assertThat(summary).containsText("Anna seuraavan arvioinnin päivä");
        assertThat(goal(1).getByLabel("Tavoite saavutettu")).isChecked();
        assertThat(goal(1).getByLabel("Verkoston huomiot")).hasValue("Aamut ovat rauhoittuneet kuvajärjestyksen avulla.");
        assertAccessible(page);

        goal(2).getByLabel("Jonkin verran edistystä").check();
        goal(2).getByLabel("Perheen huomiot").fill("Iltapäivät ovat vielä raskaita.");
        goal(2).getByLabel("Lapsen oma arvio").fill("Välitunnit ovat kivoja.");
        page.getByLabel("Seuraavan arvioinnin päivä").fill(next.toString());
        page.getByLabel("Yhteenveto").fill("Hyvä suunta, jatketaan samoin.");
        button("Tallenna arviointi").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Arviointi on tallennettu.");
        String shown = next.format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        assertThat(page.getByTestId("follow-up-date")).containsText(shown);
        Locator evaluation = page.getByTestId("evaluation");
        assertThat(evaluation).containsText("Tavoite saavutettu");
        assertThat(evaluation).containsText("Jonkin verran edistystä");
        assertThat(evaluation).containsText("Välitunnit ovat kivoja.");
        assertThat(evaluation).containsText("Seuraava arviointi sovittiin " + shown);
        assertAccessible(page);

        link("Muuta työskentelytapaa").click();
        assertThat(page.getByTestId("current-mode")).hasText("Omatyöntekijä koordinoi verkostoa");
        assertAccessible(page);
        page.navigate("/cases/follow-up");
        // The next evaluation is 90 days away: not among the follow-ups due within 14 days.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Seuranta");
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("Testiperhe Selainen");
        assertAccessible(page);
        page.navigate("/cases/" + built.id());

        link("Päätä asiakkuus").click();
        assertAccessible(page);
        button("Päätä asiakkuus").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kirjoita päättämisen yhteenveto.");
        assertAccessible(page);
        page.getByLabel("Päättämisen yhteenveto").fill("Tavoitteet edistyivät hyvin. Perhe jatkaa omin voimin.");
        button("Päätä asiakkuus").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Asiakkuus on päätetty.");
        assertThat(page.getByTestId("case-closed")).containsText("Tavoitteet edistyivät hyvin.");
        assertThat(page.getByTestId("case-stage")).hasText("Päättynyt");
        assertThat(link("Kirjaa arviointi")).hasCount(0);
        assertAccessible(page);
    }
}
