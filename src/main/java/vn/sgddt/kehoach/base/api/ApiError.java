package vn.sgddt.kehoach.base.api;

import java.util.List;

/** The body of every error answer of the REST API: a message in both languages, and the fields at fault. */
public record ApiError(int status, String code, String message, String messageVi, String messageEn,
        List<FieldError> fieldErrors) {

    /** What is wrong with one field. */
    public record FieldError(String field, String messageVi, String messageEn) {
    }
}
