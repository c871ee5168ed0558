package org.zhiban.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FabricSettingsTest {

    final Map<String, String> properties = new HashMap<>(Map.of(
            "zhiban.ledger.fabric.peer-endpoint", "peer0.org1.zhiban.gov.cn:7051",
            "zhiban.ledger.fabric.msp-id", "ZhibanMSP",
            "zhiban.ledger.fabric.cert", "/etc/zhiban/fabric/cert.pem",
            "zhiban.ledger.fabric.key", "/etc/zhiban/fabric/keystore"));

    FabricSettings settings() {
        return FabricSettings.fromProperties(properties::get);
    }

    @Test
    void reads_every_setting_from_the_application_properties() {
        properties.put("zhiban.ledger.fabric.override-authority", "peer0.org1.zhiban.gov.cn");
        properties.put("zhiban.ledger.fabric.tls-ca-cert", "/etc/zhiban/fabric/tls-ca.pem");
        properties.put("zhiban.ledger.fabric.channel", "audit");
        properties.put("zhiban.ledger.fabric.chaincode", "reviewlog-v2");
        properties.put("zhiban.ledger.fabric.evaluate-timeout", "2s");
        properties.put("zhiban.ledger.fabric.endorse-timeout", "PT20S");
        properties.put("zhiban.ledger.fabric.submit-timeout", "750ms");
        properties.put("zhiban.ledger.fabric.commit-status-timeout", "3m");

        assertThat(settings()).isEqualTo(new FabricSettings("peer0.org1.zhiban.gov.cn:7051", "peer0.org1.zhiban.gov.cn",
                Path.of("/etc/zhiban/fabric/tls-ca.pem"), "ZhibanMSP", Path.of("/etc/zhiban/fabric/cert.pem"),
                Path.of("/etc/zhiban/fabric/keystore"), "audit", "reviewlog-v2", new FabricSettings.Timeouts(
                Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofMillis(750), Duration.ofMinutes(3))));
    }

    @Test
    void channel_chaincode_and_timeouts_have_defaults_and_tls_is_off_without_a_ca_certificate() {
        FabricSettings settings = settings();

        assertThat(settings.channel()).isEqualTo("zhiban");
        assertThat(settings.chaincode()).isEqualTo("reviewlog");
        assertThat(settings.timeouts()).isEqualTo(FabricSettings.Timeouts.DEFAULTS);
        assertThat(settings.tlsCaCertificate()).isNull();
        assertThat(settings.overrideAuthority()).isNull();
    }

    @Test
    void a_blank_property_counts_as_not_set() {
        properties.put("zhiban.ledger.fabric.channel", "  ");

        assertThat(settings().channel()).isEqualTo("zhiban");
    }

    @Test
    void a_missing_peer_endpoint_is_named_in_the_error() {
        properties.remove("zhiban.ledger.fabric.peer-endpoint");

        assertThatThrownBy(this::settings)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zhiban.ledger.fabric.peer-endpoint must be set");
    }

    @Test
    void a_missing_private_key_is_named_in_the_error() {
        properties.remove("zhiban.ledger.fabric.key");

        assertThatThrownBy(this::settings).hasMessage("zhiban.ledger.fabric.key must be set");
    }

    @Test
    void a_timeout_without_a_unit_is_refused() {
        properties.put("zhiban.ledger.fabric.evaluate-timeout", "5");

        assertThatThrownBy(this::settings)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unrecognised duration 5");
    }
}
