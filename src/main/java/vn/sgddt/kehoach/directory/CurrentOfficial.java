package vn.sgddt.kehoach.directory;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.NotAllowedException;

/**
 * The official behind the current request, whichever front door it came through. Read from the application's own
 * security context strategy, the one its security filters write to, rather than the JVM-wide holder: with two
 * applications in one JVM (the cluster tests) the holder belongs to whichever started last.
 */
@Component
public class CurrentOfficial {

    private final DirectoryService directory;
    private final SecurityContextHolderStrategy securityContext;

    CurrentOfficial(DirectoryService directory, ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.directory = directory;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Official require() {
        return username().flatMap(directory::official).filter(Official::isEnabled)
                .orElseThrow(() -> new NotAllowedException("error.notSignedIn"));
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
