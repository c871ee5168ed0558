package org.zhiban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 政务智办: the one runnable. Features live in sub-packages, one per capability. */
@SpringBootApplication
public class ZhibanApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhibanApplication.class, args);
    }
}
