package nl.homerun.signals;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One detector for the application. Its models (about two seconds of work on two cores) are loaded once, on a thread of
 * their own, {@link #LOAD_AFTER} after the application is ready, when the first replies (a welcome, a command, which
 * need no model) have gone out: so that they slow neither the start nor those replies down. A note read before they
 * are there starts their loading at once if needed and waits for them (see {@link SignalDetector}).
 */
@Configuration(proxyBeanMethods = false)
class SignalsConfiguration {

    @Bean
    SignalDetector signalDetector() {
        return SignalDetector.loadInBackground();
    }

    /** How long after the start the models begin to load, unless a note needs them sooner. */
    static final java.time.Duration LOAD_AFTER = java.time.Duration.ofSeconds(2);

    @EventListener
    void loadModelsWhenReady(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(SignalDetector.class).startLoadingAfter(LOAD_AFTER);
    }
}
