package org.zhiban.document.layout;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code zhiban.document.layout.fonts}; every key has a default, so application.yml needs none. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LayoutFontsProperties.class)
class LayoutConfiguration {
}
