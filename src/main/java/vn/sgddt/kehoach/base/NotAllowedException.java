package vn.sgddt.kehoach.base;

/** The current user may not see or do this; nothing was changed. */
public class NotAllowedException extends LocalizedException {

    public NotAllowedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
