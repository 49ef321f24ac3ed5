/** In-app notifications: what the application tells a person, with an unread count in the header. */
package vn.sgddt.kehoach.notification;
