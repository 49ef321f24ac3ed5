package vn.sgddt.kehoach.base;

/**
 * The action needs something that is not available now (a signing key, a device, another system), so it was not
 * done and nothing was changed; trying again after an administrator has fixed it may work.
 */
public class UnavailableException extends LocalizedException {

    public UnavailableException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
