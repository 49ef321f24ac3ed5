package vn.sgddt.kehoach.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
import vn.sgddt.kehoach.plan.PlanReturned;

/** Writes notifications when something happens, and lets each person read theirs. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;
    private final DirectoryService directory;
    private final CurrentOfficial currentOfficial;
    private final MailMessageRepository mails;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;

    NotificationService(NotificationRepository notifications, DirectoryService directory,
            CurrentOfficial currentOfficial, MailMessageRepository mails, MailOutbox outbox, MessageSource messages,
            Clock clock, @Value("${kehoach.public-url:http://localhost:8080}") String publicUrl) {
        this.notifications = notifications;
        this.directory = directory;
        this.currentOfficial = currentOfficial;
        this.mails = mails;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Tells people something: an in-app notification each, and an e-mail in the outbox for those with an address
     * when e-mail is configured, all in the caller's transaction.
     */
    @Transactional
    public void notify(Collection<String> usernames, String messageKey, List<String> args, Long planId,
            Long assignmentId) {
        Map<String, List<String>> each = new LinkedHashMap<>();
        usernames.forEach(u -> each.put(u, args));
        notifyEach(each, messageKey, planId, assignmentId);
    }

    /**
     * Tells each person their own message (one bundle key, arguments of their own), as {@link #notify} does: the
     * notifications in one batch, in the order given.
     */
    @Transactional
    public void notifyEach(Map<String, List<String>> argsByUsername, String messageKey, Long planId,
            Long assignmentId) {
        Map<String, List<String>> people = new LinkedHashMap<>(argsByUsername);
        people.keySet().removeIf(u -> u == null || u.isBlank());
        Instant now = clock.instant();
        notifications.insertAll(people.entrySet().stream().map(person -> new Notification(person.getKey(), now,
                messageKey, person.getValue(), planId, assignmentId)).toList());
        if (!outbox.enabled()) {
            return;
        }
        Locale vi = Locale.forLanguageTag("vi");
        people.forEach((username, args) -> {
            String email = directory.official(username).filter(o -> o.isEnabled()).map(o -> o.getEmail())
                    .orElse(null);
            if (email != null && !email.isBlank()) {
                String text = messages.getMessage(messageKey, args.toArray(), messageKey, vi);
                String link = assignmentId != null ? publicUrl + "/assignments/" + assignmentId
                        : planId != null ? publicUrl + "/plans/" + planId : publicUrl;
                String subject = text.length() > 180 ? text.substring(0, 179) + "…" : text;
                mails.save(new MailMessage(email,
                        messages.getMessage("mail.subject", new Object[] {subject}, subject, vi),
                        text + "\n\n" + link, now));
            }
        });
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
            people.addAll(directory.enabledMemberUsernames(unit));
        }
        directory.members(event.draftingUnit()).forEach(o -> people.add(o.getUsername()));
        notify(people, "notification.planIssued",
                List.of(event.number(), event.title(), Formats.date(event.issuedOn())), event.planId(), null);
    }

    /** A returned plan is announced to its drafter, with the comment, so the drafter need not watch the inbox. */
    @EventListener
    @Transactional
    public void onPlanReturned(PlanReturned event) {
        notify(List.of(event.drafter()), "notification.planReturned", List.of(event.title(), event.comment()),
                event.planId(), null);
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
