package org.deputyflow.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.deputyflow.disclosure.ConfiguredRedaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The redaction with the mask and patterns the configuration gives it. */
class RedactionTests {

    final Redaction redaction = ConfiguredRedaction.redaction();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            手机 13912345678 请联系                | 手机 ［已隐去］ 请联系
            手机139 1234 5678。                    | 手机［已隐去］。
            手机139-1234-5678。                    | 手机［已隐去］。
            +86 139 1234 5678                      | ［已隐去］
            +8613912345678                         | ［已隐去］
            0086-13912345678                       | ［已隐去］
            电话021-12345678转                     | 电话［已隐去］转
            电话(010)12345678                      | 电话［已隐去］
            电话（0755）1234567                    | 电话［已隐去］
            电话 0571 8765 4321                    | 电话 ［已隐去］
            身份证11010519491231002X号             | 身份证［已隐去］号
            身份证110105194912310021               | 身份证［已隐去］
            身份证11010519491231002x               | 身份证［已隐去］
            邮箱 zhang.san@example.com.cn 联系     | 邮箱 ［已隐去］ 联系
            2026年安排资金12345678元               | 2026年安排资金12345678元
            编号 2026-0001 号建议                  | 编号 2026-0001 号建议
            新增公交线路 15 条，投资 3000 万元      | 新增公交线路 15 条，投资 3000 万元
            家住青山路12号3栋2单元501室反映       | 家住青山路［已隐去］反映
            北京市朝阳区建国路88号                 | 北京市朝阳区建国路［已隐去］
            人民大道 100 号院内                    | 人民大道［已隐去］内
            滨江路5号楼1203室                      | 滨江路［已隐去］
            南锣鼓巷 8-2 号附近                    | 南锣鼓巷［已隐去］附近
            史家胡同24号                           | 史家胡同［已隐去］
            解放大街5号                            | 解放大街［已隐去］
            阳光小区3栋2单元501室                  | 阳光小区［已隐去］
            幸福里5号楼1203室住户                  | 幸福里［已隐去］住户
            建设1座3层综合楼                       | 建设1座3层综合楼
            户型为3室2厅                           | 户型为3室2厅
            依据第3号文件，地铁2号线延伸           | 依据第3号文件，地铁2号线延伸
            沿中山北路新建3栋教学楼                | 沿中山北路新建3栋教学楼
            """)
    void personal_data_is_masked_and_ordinary_numbers_are_not(String input, String expected) {
        assertThat(redaction.redact(input)).isEqualTo(expected);
    }

    @Test
    void spans_staff_mark_are_masked_even_when_they_overlap() {
        String text = "代表𠮷庆云家住青山路12号，反映问题。";
        int start = text.indexOf("家住");
        int end = text.indexOf("，");
        assertThat(redaction.redact(text, List.of(new Redaction.Span(start, end), new Redaction.Span(start + 1, end))))
                .isEqualTo("代表𠮷庆云［已隐去］，反映问题。");
        assertThatThrownBy(() -> redaction.redact(text, List.of(new Redaction.Span(0, 999))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
