package vn.sgddt.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Số, ký hiệu of a plan (NĐ 30/2020, Phụ lục I). */
class PlanNumberTest {

    @Test
    void numbers_below_ten_take_a_leading_zero() {
        assertThat(PlanService.formatNumber(1, "SGDĐT")).isEqualTo("01/KH-SGDĐT");
        assertThat(PlanService.formatNumber(9, "SGDĐT")).isEqualTo("09/KH-SGDĐT");
    }

    @Test
    void numbers_from_ten_are_written_as_they_are() {
        assertThat(PlanService.formatNumber(10, "SGDĐT")).isEqualTo("10/KH-SGDĐT");
        assertThat(PlanService.formatNumber(125, "SGDĐT")).isEqualTo("125/KH-SGDĐT");
    }

    @Test
    void the_symbol_is_the_agencys() {
        assertThat(PlanService.formatNumber(3, "UBND")).isEqualTo("03/KH-UBND");
    }
}
