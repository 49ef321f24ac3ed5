package vn.sgddt.kehoach.exchange.appendix;

import vn.sgddt.kehoach.base.LocalizedException;

/** The file cannot be read at all: wrong type, password-protected, too big, or without an appendix table. */
public class AppendixReadException extends LocalizedException {

    public AppendixReadException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
