package vn.sgddt.kehoach.directory;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs officials in with the password stored (hashed) in the directory; their roles become authorities. A hash in
 * an older form is replaced at sign-in by one in the current form, computed from the password just checked.
 */
@Service
class DirectoryUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final OfficialRepository officials;

    DirectoryUserDetailsService(OfficialRepository officials) {
        this.officials = officials;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Official o = officials.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        // the request's services need them next, if the password matches (CurrentOfficial checks whose sign-in won)
        CurrentOfficial.remember(o);
        List<SimpleGrantedAuthority> authorities = o.getRoles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return User.withUsername(o.getUsername()).password(o.getPasswordHash()).authorities(authorities)
                .disabled(!o.isEnabled()).build();
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        officials.replacePasswordHash(user.getUsername(), newPasswordHash);
        return User.withUserDetails(user).password(newPasswordHash).build();
    }
}
