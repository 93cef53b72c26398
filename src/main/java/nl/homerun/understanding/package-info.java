/** Reads what a visit note says besides its signals: whom it is about, what was promised, what to remember. */
package nl.homerun.understanding;
