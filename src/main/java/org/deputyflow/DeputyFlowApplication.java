package org.deputyflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DeputyFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeputyFlowApplication.class, args);
    }
}
