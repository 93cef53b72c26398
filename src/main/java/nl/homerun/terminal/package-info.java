/** The terminal chat: the same coach on standard input and output, with buttons as numbered choices. */
package nl.homerun.terminal;
