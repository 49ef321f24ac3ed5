/**
 * Screens of the plan feature: the inbox ("Việc cần xử lý"), the plan list, the editor, and the detail screen that
 * shows the whole plan with its history and takes the decision of the current step.
 */
package vn.sgddt.kehoach.plan.ui;
