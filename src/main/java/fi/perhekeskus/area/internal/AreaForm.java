package fi.perhekeskus.area.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The editable facts of a family centre area. Messages come from the bundles in the user's language. */
class AreaForm {

    @NotBlank(message = "{area.form.name.required}")
    @Size(max = 120, message = "{area.form.name.tooLong}")
    private String name;

    @NotNull(message = "{area.form.population.required}")
    @Min(value = 0, message = "{area.form.number.negative}")
    @Max(value = 2_000_000, message = "{area.form.number.tooLarge}")
    private Integer population;

    @NotNull(message = "{area.form.children.required}")
    @Min(value = 0, message = "{area.form.number.negative}")
    @Max(value = 2_000_000, message = "{area.form.number.tooLarge}")
    private Integer children;

    @Size(max = 2000, message = "{area.form.description.tooLong}")
    private String description;

    private long version;

    /** A named rule rather than an annotation so the message lands on the field the user can fix. */
    boolean childrenExceedPopulation() {
        return population != null && children != null && children > population;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public Integer getChildren() { return children; }
    public void setChildren(Integer children) { this.children = children; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
