package fi.perhekeskus.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The action an endpoint performs. Checked before the handler runs; a handler without it is
 * refused. For row-level actions name the path variable that holds the target's id.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Authorized {
    Action value();

    /** Path variable holding the target id (a UUID), for actions with row-level rules. */
    String target() default "";
}
