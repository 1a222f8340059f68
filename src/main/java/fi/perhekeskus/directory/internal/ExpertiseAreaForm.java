package fi.perhekeskus.directory.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A new expertise area, named in the three languages, with its target per 30 000 residents. */
class ExpertiseAreaForm {

    @NotBlank(message = "{directory.expertise.code.required}")
    @Pattern(regexp = "^[a-z][a-z0-9-]{1,40}$", message = "{directory.expertise.code.pattern}")
    private String code;

    @NotBlank(message = "{directory.expertise.name.required}")
    @Size(max = 200, message = "{directory.form.tooLong}")
    private String nameFi;

    @NotBlank(message = "{directory.expertise.name.required}")
    @Size(max = 200, message = "{directory.form.tooLong}")
    private String nameSv;

    @NotBlank(message = "{directory.expertise.name.required}")
    @Size(max = 200, message = "{directory.form.tooLong}")
    private String nameEn;

    @NotNull(message = "{directory.expertise.target.required}")
    @DecimalMin(value = "0", message = "{directory.expertise.target.range}")
    @DecimalMax(value = "99", message = "{directory.expertise.target.range}")
    private BigDecimal targetPer30k = BigDecimal.ONE;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameFi() { return nameFi; }
    public void setNameFi(String nameFi) { this.nameFi = nameFi; }
    public String getNameSv() { return nameSv; }
    public void setNameSv(String nameSv) { this.nameSv = nameSv; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public BigDecimal getTargetPer30k() { return targetPer30k; }
    public void setTargetPer30k(BigDecimal targetPer30k) { this.targetPer30k = targetPer30k; }
}
