package vn.sgddt.kehoach.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OfficialRepository extends JpaRepository<Official, Long> {

    /** With the roles, in one query: every request of the API signs in through this. */
    @EntityGraph(attributePaths = "roles")
    Optional<Official> findByUsername(String username);

    @EntityGraph(attributePaths = "roles")
    List<Official> findByUnitCodeOrderByIdAsc(String unitCode);

    /** Who of a unit is told of its work: the enabled members' usernames, without loading the officials. */
    @Query("select o.username from Official o where o.unitCode = :unitCode and o.enabled = true order by o.id")
    List<String> enabledUsernamesOf(String unitCode);

    /** Usernames and full names, as pairs, without loading the officials. */
    @Query("select o.username, o.fullName from Official o where o.username in :usernames")
    List<Object[]> fullNamesOf(Collection<String> usernames);

    List<Official> findAllByOrderByIdAsc();

    /**
     * Without the version check: two first sign-ins at once both write the same password in the new form, and
     * neither must fail for it.
     */
    @Modifying
    @Query("update Official o set o.passwordHash = :hash where o.username = :username")
    int replacePasswordHash(String username, String hash);
}
