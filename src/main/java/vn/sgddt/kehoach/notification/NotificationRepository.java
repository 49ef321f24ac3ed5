package vn.sgddt.kehoach.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long>, NotificationInserts {

    long countByRecipientAndReadAtIsNull(String recipient);

    long countByRecipient(String recipient);

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable pageable);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);
}
