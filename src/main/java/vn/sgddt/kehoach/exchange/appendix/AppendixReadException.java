package vn.sgddt.kehoach.exchange.appendix;

import vn.sgddt.kehoach.base.InvalidInputException;
import vn.sgddt.kehoach.base.Violation;

/** The file cannot be read at all: wrong type, password-protected, too big, or without an appendix table. */
public class AppendixReadException extends InvalidInputException {

    public AppendixReadException(String messageKey, Object... args) {
        super(new Violation("file", messageKey, args));
    }
}
