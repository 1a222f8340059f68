package fi.perhekeskus.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** PTV gives addresses in ETRS-TM35FIN; the map needs WGS84. */
class Tm35FinTest {

    @Test
    void helsinkiRailwayStation() {
        double[] point = Tm35Fin.toWgs84(6_672_298, 385_784);

        assertThat(point[0]).isCloseTo(60.171560, within(0.000005));
        assertThat(point[1]).isCloseTo(24.941409, within(0.000005));
    }

    @Test
    void onTheCentralMeridianTheLongitudeIs27() {
        assertThat(Tm35Fin.toWgs84(7_000_000, 500_000)[1]).isCloseTo(27.0, within(1e-9));
    }
}
