package dev.gopherbot.common.redis;

/** {@code REDIS_TLS_VERIFY}: Heroku Redis presents a self-signed certificate, so production uses {@code none}. */
public enum TlsVerify {
    FULL, CA, NONE
}
