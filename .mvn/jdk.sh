# Sourced (POSIX sh) by ./mvnw, ./gopherbot and .ci/run: exports JAVA_HOME as a JDK >= 21, so that a machine whose
# default java is older (Debian 12 ships 17) builds and runs without being told where the newer JDK is.
# Order: JAVA_HOME, then the java on PATH, then the newest JDK under GOPHERBOT_JDK_DIRS (default /usr/lib/jvm).

gopherbot_java_major() { "$1" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1; }

# True when $1 is a JDK home (it has javac) whose java is >= 21.
gopherbot_is_new_jdk() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _gj_major="$(gopherbot_java_major "$1/bin/java")"
  [ -n "$_gj_major" ] && [ "$_gj_major" -ge 21 ]
}

gopherbot_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && gopherbot_is_new_jdk "$JAVA_HOME"; then export JAVA_HOME; return 0; fi
  _gj_path_java="$(command -v java 2>/dev/null || true)"
  if [ -n "$_gj_path_java" ]; then
    _gj_home="$(dirname "$(dirname "$(readlink -f "$_gj_path_java")")")"
    if gopherbot_is_new_jdk "$_gj_home"; then JAVA_HOME="$_gj_home"; export JAVA_HOME; return 0; fi
  fi
  _gj_best=""; _gj_best_major=0
  case $- in *f*) _gj_noglob=1; set +f ;; *) _gj_noglob=0 ;; esac  # mvnw runs with globbing off
  for _gj_dir in ${GOPHERBOT_JDK_DIRS:-/usr/lib/jvm}; do
    for _gj_home in "$_gj_dir"/*; do
      gopherbot_is_new_jdk "$_gj_home" || continue
      if [ "$_gj_major" -gt "$_gj_best_major" ]; then _gj_best="$_gj_home"; _gj_best_major="$_gj_major"; fi
    done
  done
  [ "$_gj_noglob" -eq 0 ] || set -f
  if [ -z "$_gj_best" ]; then
    _gj_had="none"
    [ -z "$_gj_path_java" ] || _gj_had="$(gopherbot_java_major "$_gj_path_java")"
    echo "gopherbot needs a JDK 21 or newer; found none (java on PATH: ${_gj_had}; JAVA_HOME: ${JAVA_HOME:-unset};" \
      "searched ${GOPHERBOT_JDK_DIRS:-/usr/lib/jvm}). Install one (e.g. apt-get install openjdk-21-jdk, or Temurin 21+)" \
      "or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$_gj_best"; export JAVA_HOME
  echo "Using the JDK at $JAVA_HOME ($_gj_best_major): the default java is older than 21" >&2
}
