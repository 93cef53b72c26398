package nl.homerun.signals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One detector for the application: the models are loaded once, on a thread of their own from the start, so that the
 * first reply does not wait for them; the first note read waits until they are there (see {@link SignalDetector}).
 */
@Configuration(proxyBeanMethods = false)
class SignalsConfiguration {

    @Bean
    SignalDetector signalDetector() {
        return SignalDetector.loadInBackground();
    }
}
