/** Who uses Homerun: each user's language, time zone and first visit, and who may use it at all. */
package nl.homerun.users;
