package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.PlaceId;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.Texts;
import java.time.LocalDate;

/** A place in a result list. */
record PlaceHit(PlaceId id, PlaceKind kind, Texts name, Texts description, Texts organisation, String streetAddress,
        String postalCode, String postOffice, Double latitude, Double longitude, String areaId, String areaName,
        LocalDate lastReviewed, Double distanceKm) {}
