package org.zhiban.document;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 发文机关: in whose name a department's documents go out, and the 机关代字 their 发文字号 carry
 * ({@code 示政办发〔2026〕7号}). The agency's own values serve every department without an entry of its own.
 *
 * @param organ       发文机关名称, the default 发文机关 of a new draft and the 署名
 * @param code        机关代字 with its 发/函 suffix, e.g. 示政办发
 * @param letterCode  机关代字 of 函, e.g. 示政办函 (GB/T 9704 10.1: 信函格式 numbers run apart); {@code code} if unset
 * @param departments per department id, another organ and code
 */
@ConfigurationProperties("zhiban.document.issuing")
record IssuingProperties(String organ, String code, String letterCode, Map<String, Agency> departments) {

    record Agency(String organ, String code, String letterCode) {}

    IssuingProperties {
        organ = organ == null || organ.isBlank() ? "示范市人民政府办公室" : organ.strip();
        code = code == null || code.isBlank() ? "示政办发" : code.strip();
        letterCode = letterCode == null || letterCode.isBlank() ? code : letterCode.strip();
        departments = departments == null ? Map.of() : Map.copyOf(departments);
    }

    Agency of(String department) {
        Agency own = departments.get(department);
        if (own == null) {
            return new Agency(organ, code, letterCode);
        }
        String ownCode = own.code() == null ? code : own.code();
        return new Agency(own.organ() == null ? organ : own.organ(), ownCode,
                own.letterCode() == null ? ownCode : own.letterCode());
    }
}
