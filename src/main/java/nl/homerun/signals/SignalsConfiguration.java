package nl.homerun.signals;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One detector for the application. Its models (about two seconds of work on two cores) are loaded once, on a thread of
 * their own, from the moment the application is ready: so that they do not slow the start down and the first reply
 * does not wait for them. A note read before they are there starts their loading if needed and waits for them (see
 * {@link SignalDetector}).
 */
@Configuration(proxyBeanMethods = false)
class SignalsConfiguration {

    @Bean
    SignalDetector signalDetector() {
        return SignalDetector.loadInBackground();
    }

    @EventListener
    void loadModelsWhenReady(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(SignalDetector.class).startLoading();
    }
}
