package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.OrganisationType;
import fi.perhekeskus.servicemap.PlaceKind;
import fi.perhekeskus.servicemap.ServiceLevel;
import fi.perhekeskus.servicemap.ServiceMode;
import fi.perhekeskus.servicemap.TargetGroup;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The search form and the query string of the search API, validated: a too long text, an
 * unknown filter value or coordinates off the globe are refused with a field message, not
 * silently dropped.
 *
 * <p>A JavaBean, not a record: Spring binds a record through its constructor and, for each of its
 * seventeen parameters, parses the parameter's annotations again on every request (a third of the
 * search API's own CPU time at load); setters are bound through cached introspection.
 */
public final class SearchParams {

    @Size(max = 200, message = "{servicemap.search.q.tooLong}")
    private String q;
    private UUID area;
    @Size(max = 80, message = "{servicemap.search.municipality.tooLong}")
    private String municipality;
    @Min(value = 0, message = "{servicemap.search.age.range}") @Max(value = 29, message = "{servicemap.search.age.range}")
    private Integer age;
    private TargetGroup targetGroup;
    private OrganisationType providerType;
    private ServiceLevel level;
    private Boolean free;
    @Pattern(regexp = "[a-z]{2}", message = "{servicemap.search.serviceLanguage.invalid}")
    private String serviceLanguage;
    private Boolean openNow;
    private ServiceMode mode;
    private PlaceKind kind;
    @Pattern(regexp = "[0-9]{5}", message = "{servicemap.search.postalCode.invalid}")
    private String postalCode;
    @DecimalMin(value = "-90", message = "{servicemap.search.coordinates.invalid}") @DecimalMax(value = "90", message = "{servicemap.search.coordinates.invalid}")
    private Double lat;
    @DecimalMin(value = "-180", message = "{servicemap.search.coordinates.invalid}") @DecimalMax(value = "180", message = "{servicemap.search.coordinates.invalid}")
    private Double lon;
    @Min(value = 1, message = "{servicemap.search.limit.range}") @Max(value = 100, message = "{servicemap.search.limit.range}")
    private Integer limit;
    @Min(value = 0, message = "{servicemap.search.offset.range}") @Max(value = 10000, message = "{servicemap.search.offset.range}")
    private Integer offset;

    public SearchParams() {}

    SearchParams(String q, UUID area, String municipality, Integer age, TargetGroup targetGroup, OrganisationType providerType, ServiceLevel level, Boolean free, String serviceLanguage, Boolean openNow, ServiceMode mode, PlaceKind kind, String postalCode, Double lat, Double lon, Integer limit, Integer offset) {
        this.q = q;
        this.area = area;
        this.municipality = municipality;
        this.age = age;
        this.targetGroup = targetGroup;
        this.providerType = providerType;
        this.level = level;
        this.free = free;
        this.serviceLanguage = serviceLanguage;
        this.openNow = openNow;
        this.mode = mode;
        this.kind = kind;
        this.postalCode = postalCode;
        this.lat = lat;
        this.lon = lon;
        this.limit = limit;
        this.offset = offset;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public UUID getArea() {
        return area;
    }

    public void setArea(UUID area) {
        this.area = area;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(TargetGroup targetGroup) {
        this.targetGroup = targetGroup;
    }

    public OrganisationType getProviderType() {
        return providerType;
    }

    public void setProviderType(OrganisationType providerType) {
        this.providerType = providerType;
    }

    public ServiceLevel getLevel() {
        return level;
    }

    public void setLevel(ServiceLevel level) {
        this.level = level;
    }

    public Boolean getFree() {
        return free;
    }

    public void setFree(Boolean free) {
        this.free = free;
    }

    public String getServiceLanguage() {
        return serviceLanguage;
    }

    public void setServiceLanguage(String serviceLanguage) {
        this.serviceLanguage = serviceLanguage;
    }

    public Boolean getOpenNow() {
        return openNow;
    }

    public void setOpenNow(Boolean openNow) {
        this.openNow = openNow;
    }

    public ServiceMode getMode() {
        return mode;
    }

    public void setMode(ServiceMode mode) {
        this.mode = mode;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public Integer getOffset() {
        return offset;
    }

    public void setOffset(Integer offset) {
        this.offset = offset;
    }


    static final int DEFAULT_LIMIT = 20;

    public boolean hasFilters() {
        return area != null || (municipality != null && !municipality.isBlank()) || age != null || targetGroup != null
                || providerType != null || level != null || Boolean.TRUE.equals(free)
                || (serviceLanguage != null && !serviceLanguage.isBlank()) || Boolean.TRUE.equals(openNow)
                || mode != null || kind != null || postalCode != null || lat != null;
    }

    int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    int offsetOrZero() {
        return offset == null ? 0 : offset;
    }

    ServiceQuery toServiceQuery(ServiceQuery.Point near) {
        return new ServiceQuery(q, area, municipality, age, targetGroup, providerType, level, free,
                serviceLanguage, Boolean.TRUE.equals(openNow), mode, near, limitOrDefault(), offsetOrZero());
    }

    PlaceQuery toPlaceQuery(ServiceQuery.Point near) {
        return new PlaceQuery(q, area, municipality, kind, Boolean.TRUE.equals(openNow), near, limitOrDefault(),
                offsetOrZero());
    }
}
