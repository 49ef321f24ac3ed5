package vn.sgddt.kehoach.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    List<MailMessage> findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(MailMessage.Status status,
            Instant now, Pageable page);

    long countByStatus(MailMessage.Status status);
}
