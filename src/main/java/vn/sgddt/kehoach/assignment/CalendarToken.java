package vn.sgddt.kehoach.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The secret part of a user's calendar link; whoever has the link sees the deadlines of the user's unit. */
@Entity
@Table(name = "calendar_token")
class CalendarToken {

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    protected CalendarToken() {
    }

    CalendarToken(String username, String token) {
        this.username = username;
        this.token = token;
    }

    String getUsername() {
        return username;
    }

    String getToken() {
        return token;
    }
}
