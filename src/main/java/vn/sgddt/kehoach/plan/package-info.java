/**
 * Kế hoạch: a plan drafted by a unit, reviewed by the unit head and the Phó Giám đốc in charge of its field, signed
 * by the Giám đốc (or "KT. GIÁM ĐỐC" by a deputy), then numbered, dated and distributed by the clerk. The BPMN
 * process {@code planApproval} carries the steps; {@link vn.sgddt.kehoach.plan.PlanService} is the one boundary
 * the UI and the REST API call.
 */
package vn.sgddt.kehoach.plan;
