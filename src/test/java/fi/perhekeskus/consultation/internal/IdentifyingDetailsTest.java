package fi.perhekeskus.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.consultation.internal.IdentifyingDetails.Finding;
import fi.perhekeskus.consultation.internal.IdentifyingDetails.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentifyingDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "010594Y9021", "020502B123T", "150320A456Y", "311299U234S",
            "010101+123N", "240815F7898"})
    void validIdentityCodesWithEveryKindOfCenturySignAreFlagged(String code) {
        assertThat(IdentifyingDetails.find("Lapsen hetu on " + code + ", mitä teen?"))
                .containsExactly(new Finding(Kind.IDENTITY_CODE, code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308A", "010594Y9022", "020502B123U", "311399-1234", "310299A123B"})
    void aWrongCheckCharacterOrImpossibleDateIsNoFalseAlarm(String text) {
        assertThat(IdentifyingDetails.find("Tilausnumero " + text + " ei ole hetu")).isEmpty();
    }

    @Test
    void lowerCaseCheckCharacterIsStillAnIdentityCode() {
        assertThat(IdentifyingDetails.hasIdentityCode(IdentifyingDetails.find("131052-308t"))).isTrue();
    }

    @Test
    void codesInsideLongerNumbersAreNotIdentityCodes() {
        assertThat(IdentifyingDetails.find("viite 9131052-308T1")).isEmpty();
    }

    @Test
    void aCommonFirstNameFollowedByASurnameIsAPossibleName() {
        assertThat(IdentifyingDetails.find("Päiväkodissa Aino Virtanen ei syö."))
                .containsExactly(new Finding(Kind.NAME, "Aino Virtanen"));
    }

    @Test
    void nimeltaanIntroducesAName() {
        assertThat(IdentifyingDetails.find("Poika, nimeltään Kalevi Kivinen, ei puhu."))
                .extracting(Finding::kind, Finding::text).contains(org.assertj.core.groups.Tuple.tuple(Kind.NAME, "Kalevi Kivinen"));
    }

    @Test
    void capitalisedWordsThatAreNotFirstNamesAreLeftAlone() {
        assertThat(IdentifyingDetails.find("Valkeakoski Akaa ja Kela Lastensuojelu")).isEmpty();
        assertThat(IdentifyingDetails.find("5-vuotias lapsi, äiti väsynyt, isä työssä.")).isEmpty();
    }

    @Test
    void streetAddressesWithFinnishSuffixesAndNumbersAreFlagged() {
        assertThat(IdentifyingDetails.find("Perhe asuu osoitteessa Koulukatu 12 B 5 Akaassa"))
                .containsExactly(new Finding(Kind.ADDRESS, "Koulukatu 12 B 5"));
        assertThat(IdentifyingDetails.find("Myllytie 3, Sääksmäentie 120a, Kirkkopolku 7, Harjurinne 2, Kauppatori 1, Vaahterakuja 4"))
                .extracting(Finding::kind).containsOnly(Kind.ADDRESS).hasSize(6);
    }

    @Test
    void aStreetWithoutANumberIsNotAnAddress() {
        assertThat(IdentifyingDetails.find("Koulutie on vilkas")).isEmpty();
    }
}
