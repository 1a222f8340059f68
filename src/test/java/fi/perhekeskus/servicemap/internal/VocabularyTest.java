package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The maintained vocabulary as the search uses it: inflections, compounds, phrases. */
class VocabularyTest {

    private final Vocabulary vocabulary = new Vocabulary();

    @Test
    void aTermMatchesItsInflectedFormsButNotCompoundsThatStartWithIt() {
        assertThat(Vocabulary.inflected("lapsille", "lapsi")).isTrue();
        assertThat(Vocabulary.inflected("kuraattorille", "kuraattori")).isTrue();
        assertThat(Vocabulary.inflected("lastensuojelun", "lastensuojelu")).isTrue();
        assertThat(Vocabulary.inflected("neuropsykiatrisen", "neuropsykiatri")).isTrue();
        assertThat(Vocabulary.inflected("lapsilisä", "lapsi")).isFalse();
        assertThat(Vocabulary.inflected("vammaistuki", "vammais")).isFalse();

        assertThat(vocabulary.groupsOf("lapsilisä")).isEmpty();
        assertThat(vocabulary.groupsOf("kuraattorille")).isEqualTo(vocabulary.groupsOf("kuraattori")).isNotEmpty();
    }

    @Test
    void compoundsSplitIntoTheirKnownParts() {
        assertThat(vocabulary.compoundParts("perheneuvolaan")).containsExactly("perhe", "neuvolaan");
        assertThat(vocabulary.compoundParts("keskittymisvaikeudet")).containsExactly("keskittymis", "vaikeudet");
        assertThat(vocabulary.compoundParts("neuvola")).isEmpty();
    }

    @Test
    void everyWordOfASynonymPhraseCarriesItsGroup() {
        var byWord = vocabulary.phraseGroupsByWord("substance abuse young people");
        assertThat(byWord.get("young")).isNotEmpty().isEqualTo(byWord.get("people"));
        assertThat(byWord.get("substance")).isNotEmpty().isEqualTo(byWord.get("abuse"));
        assertThat(byWord.get("young")).doesNotContainAnyElementsOf(byWord.get("abuse"));
        assertThat(vocabulary.groupsOf("nepsy")).isEqualTo(vocabulary.groupsOf("adhd"));
        assertThat(vocabulary.phraseGroups("Mannerheimin Lastensuojeluliitto")).isEqualTo(vocabulary.groupsOf("mll"));
    }
}
