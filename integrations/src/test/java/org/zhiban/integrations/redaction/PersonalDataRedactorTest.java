package org.zhiban.integrations.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Real-format personal data is replaced and restored; numbers that only look alike are left as they are. */
class PersonalDataRedactorTest {

    static final PersonalDataRedactor REDACTOR = new PersonalDataRedactor(true);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            身份证号 | 身份证11010519491231002X已提交                | 11010519491231002X
            身份证号 | 证件号码：110101199003074514。                | 110101199003074514
            身份证号 | 老身份证110105491231002还能用吗               | 110105491231002
            手机号   | 电话13812345678，请回电                      | 13812345678
            手机号   | 联系方式 +86 139-1234-5678 。                 | +86 139-1234-5678
            手机号   | 手机138 1234 5678                            | 138 1234 5678
            电话     | 座机010-62345678转人工                        | 010-62345678
            电话     | 办公电话（0755）83456789                      | （0755）83456789
            电话     | 总机021-12345678-123                         | 021-12345678-123
            银行卡号 | 退款请打到6222021234567890128                 | 6222021234567890128
            银行卡号 | 卡号 6217 0000 0012 3456 786                 | 6217 0000 0012 3456 786
            邮箱     | 邮箱zhang.san@example.com.cn，谢谢            | zhang.san@example.com.cn
            信用代码 | 个体户代码92110105MA01ABCD10                  | 92110105MA01ABCD10
            车牌号   | 车牌京A12345被剐蹭                           | 京A12345
            车牌号   | 新能源车粤B·D12345                           | 粤B·D12345
            地址     | 家住北京市朝阳区建国路88号                     | 北京市朝阳区建国路88号
            地址     | 住址：杭州市西湖区文三路259号3号楼2单元501室。  | 杭州市西湖区文三路259号3号楼2单元501室
            地址     | 我住在阳光小区3栋2单元501室                    | 阳光小区3栋2单元501室
            姓名     | 我叫王小明，想投诉                             | 王小明
            姓名     | 投诉人李建国反映超市卖过期食品                   | 李建国
            姓名     | 当事人赵丽华的诉求                             | 赵丽华
            """)
    void replaces_personal_data_with_a_numbered_placeholder_and_restores_it(String label, String text, String value) {
        Redaction r = REDACTOR.redact(text);

        assertThat(r.text(0)).doesNotContain(value).contains("〔" + label + "1〕");
        assertThat(r.restore(r.text(0))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            依据《消费者权益保护法》第五十五条第一款
            依照第109条和第一百零九条处理
            罚款人民币12345678.90元
            合同金额¥1,234,567.00元（大写：壹佰贰拾叁万肆仟伍佰陆拾柒元整）
            2024年3月15日受理，2024-03-15立案
            京市监罚〔2024〕1234号行政处罚决定书
            案件编号GW-2024-000123
            （2024）京0105民初12345号民事判决
            编号123456789012345678不是身份证
            流水号6222021234567890123
            供应商统一社会信用代码91110000MA01XYJ12T
            京ICP备05070421号
            市场监督管理局于7个工作日内作出是否受理的决定
            """)
    void leaves_near_misses_alone(String text) {
        Redaction r = REDACTOR.redact(text);

        assertThat(r.text(0)).isEqualTo(text);
        assertThat(r.count()).isZero();
    }

    @Test
    void the_same_value_gets_the_same_placeholder_across_texts_and_different_values_get_the_next_number() {
        Redaction r = REDACTOR.redact(List.of("投诉人电话13812345678", "另一号码13987654321，回拨13812345678"));

        assertThat(r.text(0)).isEqualTo("投诉人电话〔手机号1〕");
        assertThat(r.text(1)).isEqualTo("另一号码〔手机号2〕，回拨〔手机号1〕");
        assertThat(r.restore("请拨打〔手机号2〕")).isEqualTo("请拨打13987654321");
    }

    @Test
    void a_recognised_name_is_redacted_wherever_it_recurs() {
        Redaction r = REDACTOR.redact("我叫张伟，在超市买到过期牛奶。张伟要求退一赔三。");

        assertThat(r.text(0)).doesNotContain("张伟").contains("〔姓名1〕");
        assertThat(r.restore(r.text(0))).isEqualTo("我叫张伟，在超市买到过期牛奶。张伟要求退一赔三。");
    }

    @Test
    void individual_business_codes_stay_when_not_configured_as_personal_data() {
        Redaction r = new PersonalDataRedactor(false).redact("个体户代码92110105MA01ABCD10");

        assertThat(r.count()).isZero();
    }
}
