package vn.sgddt.kehoach.base.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.base.NotFoundException;
import vn.sgddt.kehoach.base.UnavailableException;

/** Turns the services' exceptions into JSON errors with messages in both languages. */
@RestControllerAdvice(basePackages = "vn.sgddt.kehoach")
class ApiExceptionHandler {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        List<ApiError.FieldError> fields = e.violations().stream()
                .map(v -> new ApiError.FieldError(v.field(), text(v.messageKey(), v.args().toArray(), VI),
                        text(v.messageKey(), v.args().toArray(), Locale.ENGLISH)))
                .toList();
        String vi = text("error.invalidInput", new Object[0], VI) + " "
                + String.join("; ", fields.stream().map(f -> f.field() + ": " + f.messageVi()).toList());
        String en = text("error.invalidInput", new Object[0], Locale.ENGLISH) + " "
                + String.join("; ", fields.stream().map(f -> f.field() + ": " + f.messageEn()).toList());
        return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", vi, en, fields);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ApiError> notAllowed(NotAllowedException e) {
        return localized(HttpStatus.FORBIDDEN, "FORBIDDEN", e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> accessDenied(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, "FORBIDDEN", text("error.forbidden", new Object[0], VI),
                text("error.forbidden", new Object[0], Locale.ENGLISH), List.of());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return localized(HttpStatus.NOT_FOUND, "NOT_FOUND", e);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return localized(HttpStatus.CONFLICT, "CONFLICT", e);
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<ApiError> unavailable(UnavailableException e) {
        return localized(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", e);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ApiError> concurrentChange(ObjectOptimisticLockingFailureException e) {
        return body(HttpStatus.CONFLICT, "CONFLICT", text("error.task.concurrent", new Object[0], VI),
                text("error.task.concurrent", new Object[0], Locale.ENGLISH), List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", text("error.uploadTooLarge", new Object[0], VI),
                text("error.uploadTooLarge", new Object[0], Locale.ENGLISH), List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String key = mismatch instanceof InvalidFormatException f && f.getTargetType() != null
                    && f.getTargetType().getSimpleName().equals("LocalDate") ? "validation.date.invalid"
                            : "validation.type.invalid";
            ApiError.FieldError fe = new ApiError.FieldError(field, text(key, new Object[0], VI),
                    text(key, new Object[0], Locale.ENGLISH));
            return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT",
                    text("error.invalidInput", new Object[0], VI) + " " + field + ": " + fe.messageVi(),
                    text("error.invalidInput", new Object[0], Locale.ENGLISH) + " " + field + ": " + fe.messageEn(),
                    List.of(fe));
        }
        return body(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", text("error.malformedJson", new Object[0], VI),
                text("error.malformedJson", new Object[0], Locale.ENGLISH), List.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        ApiError.FieldError fe = new ApiError.FieldError(name, text("validation.type.invalid", new Object[0], VI),
                text("validation.type.invalid", new Object[0], Locale.ENGLISH));
        return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", name + ": " + fe.messageVi(),
                name + ": " + fe.messageEn(), List.of(fe));
    }

    /** "appendix[0].deadline" from Jackson's path. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private ResponseEntity<ApiError> localized(HttpStatus status, String code, LocalizedException e) {
        return body(status, code, text(e.messageKey(), e.args(), VI), text(e.messageKey(), e.args(), Locale.ENGLISH),
                List.of());
    }

    private ResponseEntity<ApiError> body(HttpStatus status, String code, String vi, String en,
            List<ApiError.FieldError> fields) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), code, vi, vi, en, fields));
    }

    private String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
