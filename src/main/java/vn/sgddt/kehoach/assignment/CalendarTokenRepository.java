package vn.sgddt.kehoach.assignment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarTokenRepository extends JpaRepository<CalendarToken, String> {

    Optional<CalendarToken> findByToken(String token);
}
