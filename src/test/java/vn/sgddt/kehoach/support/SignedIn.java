package vn.sgddt.kehoach.support;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;

/** Puts a demo official into the security context, as the login would, for service and UI tests. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(DirectoryService directory, String username) {
        Official o = directory.official(username).orElseThrow(() -> new IllegalArgumentException(username));
        List<SimpleGrantedAuthority> authorities = o.getRoles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, "demo", authorities));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
