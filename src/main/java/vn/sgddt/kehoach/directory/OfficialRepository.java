package vn.sgddt.kehoach.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficialRepository extends JpaRepository<Official, Long>, OfficialQueries {

    /** With the roles, in one query: every request of the API signs in through this. */
    @EntityGraph(attributePaths = "roles")
    Optional<Official> findByUsername(String username);

    @EntityGraph(attributePaths = "roles")
    List<Official> findByUnitCodeOrderByIdAsc(String unitCode);

    List<Official> findAllByOrderByIdAsc();
}
