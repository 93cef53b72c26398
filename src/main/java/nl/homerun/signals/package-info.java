/** Finds buying signals, silent complaints and complaints in visit notes, sentence by sentence, with trained OpenNLP models. */
package nl.homerun.signals;
