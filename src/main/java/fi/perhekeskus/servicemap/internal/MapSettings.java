package fi.perhekeskus.servicemap.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The map's tile source, configurable ({@code PERHEKESKUS_MAP_TILE_URL}, {@code
 * PERHEKESKUS_MAP_ATTRIBUTION}) so that a county can use its own or a commercial tile
 * service. An empty tile URL turns the map off; the result lists work without it.
 */
@Component
class MapSettings {

    private final String tileUrl;
    private final String attribution;

    MapSettings(@Value("${perhekeskus.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl,
            @Value("${perhekeskus.map.attribution:© OpenStreetMap contributors}") String attribution) {
        this.tileUrl = tileUrl;
        this.attribution = attribution;
    }

    public boolean isEnabled() {
        return tileUrl != null && !tileUrl.isBlank();
    }

    public String getTileUrl() {
        return tileUrl;
    }

    public String getAttribution() {
        return attribution;
    }
}
