package org.zhiban.integrations.redaction;

/** 个人信息的种类, in the order they are looked for: a longer, checksummed number claims its digits first. */
public enum PersonalDataKind {
    EMAIL("邮箱"),
    ID_NUMBER("身份证号"),
    BANK_CARD("银行卡号"),
    CREDIT_CODE("信用代码"),
    MOBILE("手机号"),
    LANDLINE("电话"),
    LICENCE_PLATE("车牌号"),
    ADDRESS("地址"),
    PERSON_NAME("姓名");

    private final String label;

    PersonalDataKind(String label) {
        this.label = label;
    }

    /** The word inside the placeholder: {@code 〔身份证号1〕}. */
    public String label() {
        return label;
    }
}
