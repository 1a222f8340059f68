package fi.perhekeskus.area;

/**
 * A municipality as part of a family centre area. A large city (Tampere) appears once per area
 * it is divided into; {@code code} is the official three-digit municipality number when known.
 */
public record Municipality(String name, String code, FamilyCentreAreaId area) {}
