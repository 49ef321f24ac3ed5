/**
 * Nhiệm vụ: each row of an issued plan's appendix becomes an assignment with exactly one lead unit (đơn vị chủ trì,
 * NĐ 39/2022), coordinating units, a deadline and a follow-up office (đầu mối theo dõi). The BPMN process
 * {@code assignment} carries the work, contributions, acceptance, reminders, escalation, extensions and periodic
 * reports; {@link vn.sgddt.kehoach.assignment.AssignmentService} is the one boundary the UI and the REST API call.
 */
package vn.sgddt.kehoach.assignment;
