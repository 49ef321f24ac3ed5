/**
 * Word and Excel in, Word and signed PDF out: reading the task-assignment appendix from the tables offices already
 * keep, writing the plan in the layout of NĐ 30/2020, and the digital signatures of the signer and the agency.
 */
package vn.sgddt.kehoach.exchange;
