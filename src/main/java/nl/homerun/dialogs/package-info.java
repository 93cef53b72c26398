/** Coaching conversations as data: scripts from conversations/*.yaml, run as resumable dialogs with their history. */
package nl.homerun.dialogs;
