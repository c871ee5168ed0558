package org.zhiban.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to open it and how to log in. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        int port = web.getWebServer().getPort();
        log.info("政务智办已就绪 / Zhiban is ready: http://localhost:{}/  (API: http://localhost:{}/api/docs)", port, port);
        if (env.getProperty("zhiban.demo.enabled", Boolean.class, false)) {
            log.info("演示账号密码均为 demo123 / demo accounts, password demo123: zhangsan(承办人,办公室) lisi(核稿人,办公室) "
                    + "wangwu(领导,办公室) zhaoliu(承办人,法制科) sunqi(核稿人,法制科) qianba(审核人,财务科) designer auditor sysadmin secadmin auditadmin");
        }
    }
}
