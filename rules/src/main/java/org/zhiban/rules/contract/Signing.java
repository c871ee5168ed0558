package org.zhiban.rules.contract;

import java.time.LocalDate;

/** 签订日期 — the day the contract was concluded, the last signature's date (民法典 第四百九十条). */
public record Signing(LocalDate date) {
}
