package vn.sgddt.kehoach.exchange.signing;

/** A key cannot be had, or a PDF cannot be signed, stamped or read for verification. */
public class SigningException extends RuntimeException {

    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
