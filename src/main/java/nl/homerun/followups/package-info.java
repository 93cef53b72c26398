/** Follow-up tasks: what the account manager promised to do, by when. */
package nl.homerun.followups;
