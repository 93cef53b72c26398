/** The user's own data: /export sends all of it as JSON, /wissen erases all of it after confirmation. */
package nl.homerun.privacy;
