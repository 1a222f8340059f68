package fi.perhekeskus.directory.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** A completed training to record. */
class TrainingForm {

    @NotNull(message = "{directory.training.professional.required}")
    private UUID professionalId;

    @NotBlank(message = "{directory.training.training.required}")
    private String training;

    @NotNull(message = "{directory.training.completedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate completedOn;

    public UUID getProfessionalId() { return professionalId; }
    public void setProfessionalId(UUID professionalId) { this.professionalId = professionalId; }
    public String getTraining() { return training; }
    public void setTraining(String training) { this.training = training; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
}
