package dev.banksync.testkit.postgres;

import org.testcontainers.DockerClientFactory;

/** Asks once whether a Docker engine answers; a missing engine is the normal case on CI here, not an error. */
public final class DockerProbe {

    private static Boolean available;

    private DockerProbe() {
    }

    public static synchronized boolean dockerAvailable() {
        if (available == null) {
            if ("false".equalsIgnoreCase(System.getenv("BANKSYNC_TEST_DOCKER"))) {
                available = false;
            } else {
                try {
                    available = DockerClientFactory.instance().isDockerAvailable();
                } catch (Throwable e) {
                    available = false;
                }
            }
        }
        return available;
    }
}
