/** The account manager's contacts: who they are, their birthday, their tier, what you know about them privately. */
package nl.homerun.contacts;
