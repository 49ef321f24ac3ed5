package vn.sgddt.kehoach.exchange.appendix;

/** Something the reader could not read for sure: the field, a code, and the message in both languages. */
public record ParseWarning(String field, String code, String text, String messageVi, String messageEn) {
}
