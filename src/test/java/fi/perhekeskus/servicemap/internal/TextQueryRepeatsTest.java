package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word's stems in four configurations overlap; what another operand already matches is dropped.
 * The strongest-evidence tiers read whole words before prefixes.
 */
class TextQueryRepeatsTest {

    @Test
    void repeatsAndOperandsAPrefixCoversAreDropped() {
        assertThat(TextQuery.withoutRepeats("'psykolog':* | 'psykologi':* | 'psykolog':* | 'psykologi':* | 'vocab22'"))
                .isEqualTo("'psykolog':* | 'vocab22'");
        assertThat(TextQuery.withoutRepeats("'neuvol':*AB | 'neuvola':*AB | 'neuvol':AB")).isEqualTo("'neuvol':*AB");
    }

    @Test
    void aPrefixWithOtherWeightsOrAnExactWordCoversNothingElse() {
        assertThat(TextQuery.withoutRepeats("'neuvol':*AB | 'neuvola':*")).isEqualTo("'neuvol':*AB | 'neuvola':*");
        assertThat(TextQuery.withoutRepeats("'ero' | 'eroauttamin':*")).isEqualTo("'ero' | 'eroauttamin':*");
    }

    @Test
    void anythingButAPlainOrIsLeftAsItIs() {
        assertThat(TextQuery.withoutRepeats("'perhe' & 'neuvol':* | 'perhe'")).isEqualTo("'perhe' & 'neuvol':* | 'perhe'");
        assertThat(TextQuery.withoutRepeats("'lapsi' <-> 'perhe' | 'lapsi'")).isEqualTo("'lapsi' <-> 'perhe' | 'lapsi'");
    }

    @Test
    void theWholeWordTiersDropThePrefixMarksAndKeepTheWeights() {
        var compiled = new TextQuery.Compiled(List.of("'neuvol':* | 'ero'", "'perhe':*"),
                List.of("'neuvol':* | 'vocab3'", "'perhe':*AB"), List.of());

        assertThat(compiled.strongEveryWhole()).isEqualTo("'(''neuvol'' | ''vocab3'') & (''perhe'':AB)'::tsquery");
        assertThat(compiled.strongAnyWhole()).isEqualTo("'(''neuvol'' | ''vocab3'') | (''perhe'':AB)'::tsquery");
    }

    @Test
    void aQueryOfWholeWordsHasNoSeparateWholeWordTier() {
        var compiled = new TextQuery.Compiled(List.of("'ero'"), List.of("'ero'"), List.of());

        assertThat(compiled.strongEveryWhole()).isNull();
        assertThat(compiled.strongAnyWhole()).isNull();
    }
}
