/** The notifications screen: the user's messages, newest first, read and unread. */
package vn.sgddt.kehoach.notification.ui;
