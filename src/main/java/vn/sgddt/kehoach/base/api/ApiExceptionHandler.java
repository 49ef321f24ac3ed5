package vn.sgddt.kehoach.base.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.sgddt.kehoach.base.ConflictException;
import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.LocalizedException;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.base.NotFoundException;
import vn.sgddt.kehoach.base.UnavailableException;

/**
 * Turns the services' exceptions, and Spring's own about a request it cannot take, into JSON errors with messages
 * in both languages. Not limited to our controllers' packages: what is refused before a controller is chosen (a
 * content type no route takes, an unknown route) has no controller, and would otherwise get Spring's answer without
 * a body.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;
    private final long maxBodyBytes;

    ApiExceptionHandler(MessageSource messages,
            @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxBody) {
        this.messages = messages;
        this.maxBodyBytes = maxBody.toBytes();
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

    @ExceptionHandler(ApiRequests.BodyTooLargeException.class)
    ResponseEntity<ApiError> bodyTooLarge(ApiRequests.BodyTooLargeException e) {
        return bodyTooLarge(e.maxBytes());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof StreamConstraintsException) {
            return bodyTooLarge(maxBodyBytes);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String key = mismatch instanceof UnrecognizedPropertyException ? "validation.field.unknown"
                    : mismatch instanceof InvalidFormatException f && f.getTargetType() != null
                            && f.getTargetType().getSimpleName().equals("LocalDate") ? "validation.date.invalid"
                                    : "validation.type.invalid";
            return fieldError(path(mismatch), key);
        }
        if (e.getCause() instanceof JsonParseException parse && parse.getMessage() != null
                && parse.getMessage().startsWith("Duplicate field") && parse.getProcessor() != null) {
            return fieldError(path(parse.getProcessor().getParsingContext()), "validation.field.duplicate");
        }
        return body(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", text("error.malformedJson", new Object[0], VI),
                text("error.malformedJson", new Object[0], Locale.ENGLISH), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return fieldError(e.getName(), "validation.type.invalid");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return fieldError(e.getParameterName(), "validation.required");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return fieldError(e.getRequestPartName(), "validation.required");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> brokenMultipart(MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT", text("error.multipart", new Object[0], VI),
                text("error.multipart", new Object[0], Locale.ENGLISH), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        Object[] args = {e.getContentType() == null ? "(-)" : e.getContentType().toString(),
                String.join(", ", e.getSupportedMediaTypes().stream().map(MediaType::toString).toList())};
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                text("error.unsupportedMediaType", args, VI), text("error.unsupportedMediaType", args, Locale.ENGLISH),
                List.of());
    }

    /**
     * Whatever else reaches an API route: Spring's refusals by their status (an unknown route, a method the route
     * does not take), and a failure of ours as a 500 that says so in both languages, never a stack trace or an HTML
     * page. Outside the API (the UI, the webapps) and for a missing sign-in, Spring's own handling stays.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> other(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || e instanceof AuthenticationException) {
            throw e;
        }
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            String key = switch (status) {
                case NOT_FOUND -> "error.routeNotFound";
                case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
                default -> "error.badRequest";
            };
            Object[] args = {request.getMethod()};
            // with the refusal's headers ("Allow" of a 405)
            return ResponseEntity.status(status).headers(refusal.getHeaders()).body(new ApiError(status.value(),
                    status.name(), text(key, args, VI), text(key, args, VI), text(key, args, Locale.ENGLISH),
                    List.of()));
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", text("error.internal", new Object[0], VI),
                text("error.internal", new Object[0], Locale.ENGLISH), List.of());
    }

    private ResponseEntity<ApiError> bodyTooLarge(long maxBytes) {
        Object[] args = {maxBytes / 1024 / 1024};
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", text("error.bodyTooLarge", args, VI),
                text("error.bodyTooLarge", args, Locale.ENGLISH), List.of());
    }

    private ResponseEntity<ApiError> fieldError(String field, String key) {
        ApiError.FieldError fe = new ApiError.FieldError(field, text(key, new Object[0], VI),
                text(key, new Object[0], Locale.ENGLISH));
        return body(HttpStatus.BAD_REQUEST, "INVALID_INPUT",
                text("error.invalidInput", new Object[0], VI) + " " + field + ": " + fe.messageVi(),
                text("error.invalidInput", new Object[0], Locale.ENGLISH) + " " + field + ": " + fe.messageEn(),
                List.of(fe));
    }

    /** "appendix[0].title" from the parser's place in the document. */
    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!sb.isEmpty() && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
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
