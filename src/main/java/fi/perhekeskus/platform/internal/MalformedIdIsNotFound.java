package fi.perhekeskus.platform.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A path naming something with a malformed id (e.g. {@code /areas/abc}) names nothing that
 * exists: 404, like an unknown id, rather than 400. Malformed request parameters stay 400.
 */
@ControllerAdvice
class MalformedIdIsNotFound {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void typeMismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
        boolean pathVariable = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
        response.sendError(pathVariable ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
    }
}
