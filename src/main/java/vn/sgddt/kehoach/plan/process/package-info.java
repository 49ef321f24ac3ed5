/**
 * The plan approval process in Camunda: the one adapter that talks to the engine's services, the task listener that
 * keeps the plan's step in step with the process, and the beans the BPMN expressions call.
 */
package vn.sgddt.kehoach.plan.process;
