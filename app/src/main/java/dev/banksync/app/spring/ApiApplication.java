package dev.banksync.app.spring;

import dev.banksync.api.QueryApiConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The read-only query API. */
@SpringBootApplication(scanBasePackages = "dev.banksync.app.spring.none")
@Import(QueryApiConfiguration.class)
public class ApiApplication {
}
