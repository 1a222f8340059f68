package fi.perhekeskus.servicemap.internal;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** An empty field of a GET form ("?postalCode=") means "no filter", not an invalid value. */
@ControllerAdvice(basePackageClasses = BlankParamsAreAbsent.class)
class BlankParamsAreAbsent {

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
