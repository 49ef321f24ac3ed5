package vn.sgddt.kehoach.base;

/** What was asked for does not exist. */
public class NotFoundException extends LocalizedException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
