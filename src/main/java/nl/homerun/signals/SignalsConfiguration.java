package nl.homerun.signals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One detector for the application: the models are loaded once, at start. */
@Configuration(proxyBeanMethods = false)
class SignalsConfiguration {

    @Bean
    SignalDetector signalDetector() {
        return SignalDetector.load();
    }
}
