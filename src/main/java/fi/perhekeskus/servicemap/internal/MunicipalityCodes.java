package fi.perhekeskus.servicemap.internal;

import java.util.Map;

/**
 * Statistics Finland municipality codes (kuntanumerot, as PTV gives them) of the municipalities
 * in the demo family centre areas, mapped to the names the area module uses. A code not listed
 * here maps to no area: the service or place is imported without one.
 */
final class MunicipalityCodes {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("016", "Asikkala"), Map.entry("020", "Akaa"), Map.entry("081", "Hartola"),
            Map.entry("108", "Hämeenkyrö"), Map.entry("143", "Ikaalinen"), Map.entry("172", "Juupajoki"),
            Map.entry("177", "Kihniö"), Map.entry("211", "Kangasala"), Map.entry("398", "Lahti"),
            Map.entry("418", "Lempäälä"), Map.entry("508", "Mänttä-Vilppula"), Map.entry("536", "Nokia"),
            Map.entry("562", "Orivesi"), Map.entry("581", "Parkano"), Map.entry("604", "Pirkkala"),
            Map.entry("619", "Punkalaidun"), Map.entry("635", "Pälkäne"), Map.entry("702", "Ruovesi"),
            Map.entry("790", "Sastamala"), Map.entry("837", "Tampere"), Map.entry("887", "Urjala"),
            Map.entry("908", "Valkeakoski"), Map.entry("922", "Vesilahti"), Map.entry("936", "Virrat"),
            Map.entry("980", "Ylöjärvi"));

    private MunicipalityCodes() {}

    /** The municipality's name for a code such as {@code "081"} (leading zeros may be missing). */
    static String name(String code) {
        if (code == null || !code.strip().matches("[0-9]{1,3}")) return null;
        return NAMES.get("%03d".formatted(Integer.parseInt(code.strip())));
    }
}
