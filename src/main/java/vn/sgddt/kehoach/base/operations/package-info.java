/**
 * Running the application on servers: the health the load balancer and the monitoring ask about, and the plan and
 * assignment ids that log lines carry.
 */
package vn.sgddt.kehoach.base.operations;
