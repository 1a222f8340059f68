package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.servicemap.OrganisationId;
import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.ServiceId;
import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.PerhekeskusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search caches (results and compiled text queries) are keyed by the service map's change
 * counter: what a family finds is never older than the last publish.
 */
@PerhekeskusTest
class SearchCacheTest {

    @Autowired
    ServiceMapFixtures fixtures;

    @Autowired
    ServiceSearch search;

    @Test
    void aTypoOfAWordThatANewServiceBringsFindsItOnceItIsPublishedAlthoughTheSameTypoWasSearchedBefore() {
        String word = ServiceMapFixtures.unique("").toLowerCase();
        // One letter dropped: not a word the index knows, so only typo correction can find the service.
        String typo = word.substring(0, 4) + word.substring(5);
        UUID area = UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA);
        OrganisationId organisation = fixtures.organisation("Perheiden tuki ry", OrganisationType.NGO);

        assertThat(search.search(query(typo, null)).items()).isEmpty();
        assertThat(search.search(query(typo, area)).items()).isEmpty();

        ServiceId published = fixtures.serviceDescribedAs(organisation, word, "Kerho perheille.", area);

        assertThat(search.search(query(typo, null)).items()).extracting(ServiceHit::id).contains(published);
        // The same words with a filter: the compiled query is shared, and it is the new one.
        assertThat(search.search(query(typo, area)).items()).extracting(ServiceHit::id).contains(published);
    }

    private static ServiceQuery query(String text, UUID area) {
        return new ServiceQuery(text, area, null, null, null, null, null, null, null, false, null, null, 20, 0);
    }
}
