/** MongoDB access: a real server through {@code MONGODB_URI}, or an embedded one kept in the data directory. */
package nl.homerun.storage;
