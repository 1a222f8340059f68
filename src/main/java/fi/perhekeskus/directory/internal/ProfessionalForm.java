package fi.perhekeskus.directory.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A professional's contact facts and areas as the coordinator edits them. */
class ProfessionalForm {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en", "ru", "ar", "so", "et", "fa");

    @NotBlank(message = "{directory.form.name.required}")
    @Size(max = 200, message = "{directory.form.tooLong}")
    private String name;

    @Size(max = 200, message = "{directory.form.tooLong}")
    private String title;

    @NotBlank(message = "{directory.form.organisation.required}")
    @Size(max = 200, message = "{directory.form.tooLong}")
    private String organisation;

    private List<String> languages = new ArrayList<>(List.of("fi"));

    @Size(max = 40, message = "{directory.form.tooLong}")
    private String phone;

    @Email(message = "{directory.form.email.invalid}")
    @Size(max = 200, message = "{directory.form.tooLong}")
    private String email;

    @Size(max = 500, message = "{directory.form.tooLong}")
    private String otherContact;

    private List<UUID> areas = new ArrayList<>();

    private boolean active = true;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages == null ? new ArrayList<>() : languages; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOtherContact() { return otherContact; }
    public void setOtherContact(String otherContact) { this.otherContact = otherContact; }
    public List<UUID> getAreas() { return areas; }
    public void setAreas(List<UUID> areas) { this.areas = areas == null ? new ArrayList<>() : areas; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
