package vn.sgddt.kehoach.directory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.sgddt.kehoach.base.NotAllowedException;

/** The official behind the current request, whichever front door it came through. */
@Component
public class CurrentOfficial {

    private final DirectoryService directory;

    CurrentOfficial(DirectoryService directory) {
        this.directory = directory;
    }

    public Official require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            throw new NotAllowedException("error.notSignedIn");
        }
        return directory.official(auth.getName()).filter(Official::isEnabled)
                .orElseThrow(() -> new NotAllowedException("error.notSignedIn"));
    }
}
