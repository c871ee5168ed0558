package org.zhiban.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Cross-cutting beans: the clock every service reads time from, async outbox listeners, schedulers. */
@Configuration
@EnableAsync
@EnableScheduling
class PlatformConfig {

    /** Government offices work on Beijing time whatever the server's zone is. */
    @Bean
    Clock clock(@Value("${zhiban.time-zone:Asia/Shanghai}") String zone) {
        org.zhiban.shared.ui.Formats.useZone(ZoneId.of(zone));
        return Clock.system(ZoneId.of(zone));
    }
}
