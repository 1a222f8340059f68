package fi.perhekeskus.testing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids of the demo family centre areas, derived from their names as the demo data does. */
public final class DemoAreas {

    public static final String VALKEAKOSKI_AKAA_URJALA = id("Valkeakoski–Akaa–Urjala");
    public static final String HARTOLA = id("Hartola");

    private DemoAreas() {}

    public static String id(String areaName) {
        return UUID.nameUUIDFromBytes(("area:" + areaName).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
