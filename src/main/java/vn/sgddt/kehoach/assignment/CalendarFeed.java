package vn.sgddt.kehoach.assignment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sgddt.kehoach.directory.CurrentOfficial;
import vn.sgddt.kehoach.directory.DirectoryService;
import vn.sgddt.kehoach.directory.Official;

/**
 * A calendar (.ics, RFC 5545) of the deadlines of the user's unit, behind a secret link the user subscribes to in
 * a calendar application.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarTokenRepository tokens;
    private final AssignmentRepository assignments;
    private final DirectoryService directory;
    private final CurrentOfficial currentOfficial;
    private final Clock clock;

    CalendarFeed(CalendarTokenRepository tokens, AssignmentRepository assignments, DirectoryService directory,
            CurrentOfficial currentOfficial, Clock clock) {
        this.tokens = tokens;
        this.assignments = assignments;
        this.directory = directory;
        this.currentOfficial = currentOfficial;
        this.clock = clock;
    }

    /** The current user's secret token, made at the first call. */
    @Transactional
    public String myToken() {
        Official me = currentOfficial.require();
        return tokens.findById(me.getUsername()).map(CalendarToken::getToken).orElseGet(() -> {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            tokens.save(new CalendarToken(me.getUsername(), token));
            return token;
        });
    }

    /** A new secret: the old link stops working. */
    @Transactional
    public String renewMyToken() {
        Official me = currentOfficial.require();
        tokens.findById(me.getUsername()).ifPresent(tokens::delete);
        tokens.flush();
        return myToken();
    }

    /** The calendar behind a token, or nothing if the token is unknown. */
    public Optional<String> ics(String token) {
        Optional<Official> owner = tokens.findByToken(token).flatMap(t -> directory.official(t.getUsername()))
                .filter(Official::isEnabled);
        if (owner.isEmpty() || owner.get().getUnitCode() == null) {
            return owner.map(o -> calendar(Map.of()));
        }
        String unit = owner.get().getUnitCode();
        Map<Assignment, String> entries = new LinkedHashMap<>();
        for (Assignment a : assignments.findByLeadUnitInAndStateNotAndDeadlineNotNull(java.util.List.of(unit),
                AssignmentState.DONE)) {
            entries.put(a, "chủ trì");
        }
        for (Assignment a : assignments.findByCoordinatingUnitsContainingAndStateNotAndDeadlineNotNull(unit,
                AssignmentState.DONE)) {
            entries.putIfAbsent(a, "phối hợp");
        }
        return Optional.of(calendar(entries));
    }

    private String calendar(Map<Assignment, String> entries) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//SGDDT//Ke hoach//VI");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:Hạn nhiệm vụ");
        String stamp = STAMP.format(clock.instant());
        for (Map.Entry<Assignment, String> e : entries.entrySet()) {
            Assignment a = e.getKey();
            LocalDate day = a.getDeadline();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:assignment-" + a.getId() + "@kehoach");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + DATE.format(day));
            line(ics, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
            line(ics, "SUMMARY:" + escape("Hạn (" + e.getValue() + "): " + a.getContent()));
            line(ics, "DESCRIPTION:" + escape("Kế hoạch " + (a.getPlanNumber() == null ? "" : a.getPlanNumber())
                    + " - đơn vị chủ trì " + a.getLeadUnit()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Escapes text values and folds lines at 75 octets, as RFC 5545 asks. */
    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        StringBuilder current = new StringBuilder();
        int size = 0;
        boolean first = true;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int len = ch.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (size + len > (first ? 75 : 74)) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                size = 0;
                first = false;
            }
            current.append(ch);
            size += len;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }

    /**
     * A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, every line break as {@code \n}, and
     * the other control characters, which TEXT may not hold, dropped.
     */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\t\n]]", "").replace("\n", "\\n");
    }
}
