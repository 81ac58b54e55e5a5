/** The process jars as Heroku runs them: {@code java -jar dist/target/<process>.jar}, environment in, SIGTERM out. */
package dev.gopherbot.dist;
