/** "Sự cố xử lý": the administrator's list of incidents, with a retry per line. */
package vn.sgddt.kehoach.incident.ui;
