package org.zhiban.rules.contract;

/**
 * 当事人, as the preamble (or, failing that, the signature block) names it.
 *
 * @param role               甲方/乙方/丙方
 * @param label              the label as written (甲方（采购人）, 供应商)
 * @param name               名称 or 姓名, or {@code null}
 * @param address            住所/地址, or {@code null}
 * @param creditCode         统一社会信用代码 as written, or {@code null}
 * @param creditCodeValid    whether the code passes the GB 32100-2015 check (false when absent)
 * @param legalRepresentative 法定代表人/负责人, or {@code null}
 * @param contact            联系人 and 电话 as written, or {@code null}
 * @param start              offset of the party's first line
 * @param end                offset past its last line
 */
public record Party(PartyRole role, String label, String name, String address, String creditCode,
                    boolean creditCodeValid, String legalRepresentative, String contact, int start, int end) {
}
