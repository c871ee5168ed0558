package org.zhiban.rules.contract;

import java.time.LocalDate;

/** 日期 in the text (2026年3月1日, 2026-03-01, 二〇二六年三月一日), with its span. */
public record ContractDate(LocalDate date, String text, int start, int end) {
}
