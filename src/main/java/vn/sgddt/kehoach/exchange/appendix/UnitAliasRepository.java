package vn.sgddt.kehoach.exchange.appendix;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitAliasRepository extends JpaRepository<UnitAlias, Long> {

    Optional<UnitAlias> findByAlias(String alias);
}
