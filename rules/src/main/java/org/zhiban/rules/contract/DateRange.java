package org.zhiban.rules.contract;

/** 起止日期: "自2026年3月1日起至2027年2月28日止", "2026年3月1日至2027年2月28日". */
public record DateRange(ContractDate from, ContractDate to) {

    public int start() {
        return from.start();
    }

    public int end() {
        return to.end();
    }
}
