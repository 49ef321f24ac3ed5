package vn.sgddt.kehoach.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findFirstByOrderByIdAsc();
}
