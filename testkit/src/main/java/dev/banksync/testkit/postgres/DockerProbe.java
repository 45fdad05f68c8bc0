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
            } else if (!dockerEndpointConfigured()) {
                // Without DOCKER_HOST, a socket or a Testcontainers config there is nothing to ask; asking anyway
                // only logs a page of errors on every machine without Docker.
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

    private static boolean dockerEndpointConfigured() {
        String home = System.getProperty("user.home");
        return System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".docker", "run", "docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".testcontainers.properties"));
    }
}
