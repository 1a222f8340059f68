package fi.perhekeskus.directory.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A multi-professional team's name, family centre area and description (seed 002: "Kysy tiimiltä"). */
class TeamForm {

    @NotBlank(message = "{directory.teams.name.required}")
    @Size(max = 200, message = "{directory.form.tooLong}")
    private String name;

    @NotNull(message = "{directory.teams.area.required}")
    private UUID areaId;

    @Size(max = 2000, message = "{directory.form.tooLong}")
    private String description;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UUID getAreaId() { return areaId; }
    public void setAreaId(UUID areaId) { this.areaId = areaId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
