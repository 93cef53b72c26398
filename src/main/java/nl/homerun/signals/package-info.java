/** Finds buying signals, silent complaints and complaints in visit notes, sentence by sentence, with trained OpenNLP models. */
@ApplicationModule(allowedDependencies = {"users"})
package nl.homerun.signals;

import org.springframework.modulith.ApplicationModule;
