package fi.perhekeskus.directory.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A named role of a professional in an area: family centre agent, coordinator, named special-level
 * worker (with the service and optionally its expertise, shown by the finder) or on-call team member.
 */
class NamedWorkerForm {

    @NotNull(message = "{directory.named.role.required}")
    private NamedWorkerRole role;

    @NotNull(message = "{directory.named.area.required}")
    private UUID areaId;

    @Size(max = 200, message = "{directory.form.tooLong}")
    private String serviceName;

    private String expertiseCode;

    @NotNull(message = "{directory.named.startsOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    boolean endsBeforeStart() {
        return startsOn != null && endsOn != null && endsOn.isBefore(startsOn);
    }

    public NamedWorkerRole getRole() { return role; }
    public void setRole(NamedWorkerRole role) { this.role = role; }
    public UUID getAreaId() { return areaId; }
    public void setAreaId(UUID areaId) { this.areaId = areaId; }
    public String getServiceName() { return serviceName; }
    public void setServiceName(String serviceName) { this.serviceName = serviceName; }
    public String getExpertiseCode() { return expertiseCode; }
    public void setExpertiseCode(String expertiseCode) { this.expertiseCode = expertiseCode; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
