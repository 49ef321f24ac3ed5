/** Running the application on servers: the health the load balancer and the monitoring ask about. */
package vn.sgddt.kehoach.base.operations;
