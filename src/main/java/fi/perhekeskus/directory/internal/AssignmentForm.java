package fi.perhekeskus.directory.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new key person assignment. Essote's model gives 2 h a week; the areas follow from the scope
 * and the one area, planning area or region chosen for it.
 */
class AssignmentForm {

    @NotBlank(message = "{directory.assign.expertise.required}")
    private String expertise;

    @NotNull(message = "{directory.assign.scope.required}")
    private Scope scope = Scope.AREA;

    private UUID areaId;
    private UUID planningAreaId;
    private UUID regionId;

    @NotNull(message = "{directory.assign.hours.required}")
    @DecimalMin(value = "0.5", message = "{directory.assign.hours.range}")
    @DecimalMax(value = "40", message = "{directory.assign.hours.range}")
    private BigDecimal weeklyHours = new BigDecimal("2");

    private List<WorkForm> workForms = new ArrayList<>(List.of(WorkForm.PHONE_CONSULTATION));

    @NotNull(message = "{directory.assign.startsOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private UUID deputyId;

    /** The id chosen for the scope, or null. */
    UUID scopeTarget() {
        if (scope == null) return null;
        return switch (scope) {
            case AREA -> areaId;
            case PLANNING_AREA -> planningAreaId;
            case REGION -> regionId;
        };
    }

    String scopeField() {
        return switch (scope) {
            case AREA -> "areaId";
            case PLANNING_AREA -> "planningAreaId";
            case REGION -> "regionId";
        };
    }

    boolean endsBeforeStart() {
        return startsOn != null && endsOn != null && endsOn.isBefore(startsOn);
    }

    public String getExpertise() { return expertise; }
    public void setExpertise(String expertise) { this.expertise = expertise; }
    public Scope getScope() { return scope; }
    public void setScope(Scope scope) { this.scope = scope; }
    public UUID getAreaId() { return areaId; }
    public void setAreaId(UUID areaId) { this.areaId = areaId; }
    public UUID getPlanningAreaId() { return planningAreaId; }
    public void setPlanningAreaId(UUID planningAreaId) { this.planningAreaId = planningAreaId; }
    public UUID getRegionId() { return regionId; }
    public void setRegionId(UUID regionId) { this.regionId = regionId; }
    public BigDecimal getWeeklyHours() { return weeklyHours; }
    public void setWeeklyHours(BigDecimal weeklyHours) { this.weeklyHours = weeklyHours; }
    public List<WorkForm> getWorkForms() { return workForms; }
    public void setWorkForms(List<WorkForm> workForms) { this.workForms = workForms == null ? new ArrayList<>() : workForms; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public UUID getDeputyId() { return deputyId; }
    public void setDeputyId(UUID deputyId) { this.deputyId = deputyId; }
}
