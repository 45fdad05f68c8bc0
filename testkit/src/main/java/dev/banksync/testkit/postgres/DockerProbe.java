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
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        java.util.List<java.nio.file.Path> sockets = new java.util.ArrayList<>(java.util.List.of(
                java.nio.file.Path.of("/var/run/docker.sock"),
                java.nio.file.Path.of(home, ".docker", "run", "docker.sock"),          // Docker Desktop
                java.nio.file.Path.of(home, ".colima", "default", "docker.sock"),      // Colima
                java.nio.file.Path.of(home, ".rd", "docker.sock"),                     // Rancher Desktop
                java.nio.file.Path.of(home, ".testcontainers.properties")));
        if (runtimeDir != null) {
            sockets.add(java.nio.file.Path.of(runtimeDir, "docker.sock"));                  // rootless Docker
            sockets.add(java.nio.file.Path.of(runtimeDir, "podman", "podman.sock"));        // rootless Podman
        }
        return System.getenv("DOCKER_HOST") != null || sockets.stream().anyMatch(java.nio.file.Files::exists);
    }
}
