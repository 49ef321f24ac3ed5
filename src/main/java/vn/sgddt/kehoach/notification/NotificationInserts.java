package vn.sgddt.kehoach.notification;

import java.util.List;

/** The writing of notifications (a part of the repository). */
interface NotificationInserts {

    /**
     * Inserts new notifications in one JDBC batch, in the caller's transaction, in the order given: their ids come
     * from the identity column, as Hibernate's would, so a reader's notifications keep the order they were written
     * in. The objects are not attached to the persistence context and keep a null id.
     */
    void insertAll(List<Notification> notifications);
}
