package vn.sgddt.kehoach.base;

/** The action came too late: someone else already did it, or the thing moved on; nothing was changed. */
public class ConflictException extends LocalizedException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
