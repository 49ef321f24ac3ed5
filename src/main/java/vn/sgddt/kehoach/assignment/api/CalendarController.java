package vn.sgddt.kehoach.assignment.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sgddt.kehoach.assignment.CalendarFeed;

/** The calendar feed: public, but only behind a per-user secret link. */
@RestController
class CalendarController {

    private final CalendarFeed feed;

    CalendarController(CalendarFeed feed) {
        this.feed = feed;
    }

    record CalendarLink(String path) {
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> ics(@PathVariable String token) {
        return feed.ics(token)
                .map(body -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                        .body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/api/calendar-link")
    CalendarLink link() {
        return new CalendarLink("/calendar/" + feed.myToken() + ".ics");
    }

    @PostMapping("/api/calendar-link")
    CalendarLink renew() {
        return new CalendarLink("/calendar/" + feed.renewMyToken() + ".ics");
    }
}
