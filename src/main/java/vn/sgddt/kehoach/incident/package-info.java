/**
 * Sự cố: steps of a process that failed in the background (a timer's reminder, an escalation) and stopped after
 * Camunda's retries, as Cockpit shows them, for the administrator to see which plan or assignment they concern
 * and to retry once the cause is fixed.
 */
package vn.sgddt.kehoach.incident;
