/**
 * The assignment process in Camunda: the adapter that talks to the engine, and the beans and delegates the BPMN
 * expressions call.
 */
package vn.sgddt.kehoach.assignment.process;
