/** Visit and aftercare notes: stored, read for signals, and answered with the next step the method advises. */
package nl.homerun.notes;
