package vn.sgddt.kehoach.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OfficialRepository extends JpaRepository<Official, Long> {

    Optional<Official> findByUsername(String username);

    List<Official> findByUnitCodeOrderByIdAsc(String unitCode);

    List<Official> findByUsernameIn(Collection<String> usernames);

    List<Official> findAllByOrderByIdAsc();

    /**
     * Without the version check: two first sign-ins at once both write the same password in the new form, and
     * neither must fail for it.
     */
    @Modifying
    @Query("update Official o set o.passwordHash = :hash where o.username = :username")
    int replacePasswordHash(String username, String hash);
}
