package vn.sgddt.kehoach.notification;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.base.Formats;
import vn.sgddt.kehoach.base.NotAllowedException;
import vn.sgddt.kehoach.base.NotFoundException;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;
import vn.sgddt.kehoach.plan.PlanIssued;

/** Writes notifications when something happens, and lets each person read theirs. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;
    private final DirectoryService directory;
    private final CurrentOfficial currentOfficial;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, DirectoryService directory,
            CurrentOfficial currentOfficial, Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.currentOfficial = currentOfficial;
        this.clock = clock;
    }

    /**
     * An issued plan is announced to every member of its internal recipient units and of the drafting unit, in
     * the issuing transaction: if this fails, the plan is not issued either.
     */
    @EventListener
    @Transactional
    public void onPlanIssued(PlanIssued event) {
        Set<String> people = new LinkedHashSet<>();
        for (String unit : event.recipientUnits()) {
            directory.members(unit).stream().filter(Official::isEnabled).forEach(o -> people.add(o.getUsername()));
        }
        directory.members(event.draftingUnit()).forEach(o -> people.add(o.getUsername()));
        List<String> args = List.of(event.number(), event.title(), Formats.date(event.issuedOn()));
        for (String username : people) {
            notifications.save(new Notification(username, clock.instant(), "notification.planIssued", args,
                    event.planId()));
        }
    }

    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(currentOfficial.require().getUsername());
    }

    public long count() {
        return notifications.countByRecipient(currentOfficial.require().getUsername());
    }

    public List<Notification> mine(int offset, int limit) {
        int size = Math.max(limit, 1);
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(currentOfficial.require().getUsername(),
                PageRequest.of(offset / size, size));
    }

    @Transactional
    public void markRead(long id) {
        Notification n = notifications.findById(id)
                .orElseThrow(() -> new NotFoundException("error.notification.notFound", id));
        if (!n.getRecipient().equals(currentOfficial.require().getUsername())) {
            throw new NotAllowedException("error.forbidden");
        }
        n.markRead(clock.instant());
    }

    @Transactional
    public void markAllRead() {
        notifications.findByRecipientAndReadAtIsNull(currentOfficial.require().getUsername())
                .forEach(n -> n.markRead(clock.instant()));
    }
}
