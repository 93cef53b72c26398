package nl.homerun.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Actuator health is UP with the embedded server, which does not answer Spring Boot's own {@code hello} check (its
 * details shown as an operator can choose to; by default they are not, see {@link HealthDetailsTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"mongodb.embedded=memory",
        "management.endpoint.health.show-details=always"})
class HealthTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void healthReportsMongoUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"mongo\":{").contains("\"database\":\"homerun\"");
    }

    /** Homerun records no metrics, so Micrometer's binders are left out of the start (see UnusedAutoConfigurationFilter). */
    @Test
    void startsNoMetrics() {
        assertThat(context.getBeanNamesForType(io.micrometer.core.instrument.MeterRegistry.class)).isEmpty();
        assertThat(context.getBeanNamesForType(io.micrometer.observation.ObservationRegistry.class)).isEmpty();
    }
}
