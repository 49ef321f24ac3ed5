package vn.sgddt.kehoach.directory;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.sgddt.kehoach.base.NotAllowedException;

/**
 * The official behind the current request, whichever front door it came through. Read from the application's own
 * security context strategy, the one its security filters write to, rather than the JVM-wide holder: with two
 * applications in one JVM (the cluster tests) the holder belongs to whichever started last.
 *
 * <p>Within one HTTP request the official is read once: the API's sign-in has just read them with their roles (every
 * API request signs in), and a request's services ask for them several times. Between requests nothing is kept, so a
 * change in the directory counts from the next request on.
 */
@Component
public class CurrentOfficial {

    private static final String REQUEST_ATTRIBUTE = CurrentOfficial.class.getName();

    private final DirectoryService directory;
    private final SecurityContextHolderStrategy securityContext;

    CurrentOfficial(DirectoryService directory, ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.directory = directory;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Official require() {
        String username = username().orElseThrow(() -> new NotAllowedException("error.notSignedIn"));
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof Official read && read.getUsername().equals(username)) {
            return read;
        }
        Official official = directory.official(username).filter(Official::isEnabled)
                .orElseThrow(() -> new NotAllowedException("error.notSignedIn"));
        remember(official);
        return official;
    }

    /** Keeps an enabled official read for the current request (if there is one) for the rest of it. */
    static void remember(Official official) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && official.isEnabled()) {
            request.setAttribute(REQUEST_ATTRIBUTE, official, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Who is signed in, if anyone is (a timer or job runs with no one). */
    public Optional<String> username() {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }
}
