package vn.sgddt.kehoach.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficialRepository extends JpaRepository<Official, Long> {

    Optional<Official> findByUsername(String username);

    List<Official> findByUnitCodeOrderByIdAsc(String unitCode);

    List<Official> findAllByOrderByIdAsc();
}
