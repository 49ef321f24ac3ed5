/**
 * Running the application on servers: the health the load balancer and the monitoring ask about, the plan and
 * assignment ids that log lines carry, and the node's name in its session ids for sticky sessions behind nginx.
 */
package vn.sgddt.kehoach.base.operations;
