#!/bin/sh
# Starts the production jar the way README "Khởi động và bộ nhớ / Start-up and memory" describes:
#
#   deploy/kehoach.sh /opt/kehoach/kehoach.jar [--spring.property=value ...]
#
# with the JVM options of jvm.options beside this script and a class data sharing (CDS) archive of the jar. The
# archive is made once per jar and Java version, at the first start after an update (about a minute more): the jar is
# extracted beside itself (kehoach.cds/ next to kehoach.jar, or KEHOACH_CDS_DIR), and a training start on a
# throwaway H2 database in that folder, which ends as soon as the application context is up, records the classes
# the application loads. Later starts map those classes from the archive instead of loading and verifying them one
# by one. Nothing of the real database or configuration is used by the training start. KEHOACH_CDS=off starts
# without the archive (about 40 MB less resident memory, a slower start).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
jar_dir=$(cd "$(dirname "${1:?usage: kehoach.sh path/to/kehoach.jar [arguments]}")" && pwd)
jar_name=$(basename "$1")
jar="$jar_dir/$jar_name"
shift
cds=${KEHOACH_CDS_DIR:-${jar%.jar}.cds}
java=${JAVA:-java}
# glibc gives each thread that allocates its own malloc arena (up to 8 per core); two are enough for a JVM,
# and the others only add resident memory
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

if [ "${KEHOACH_CDS:-on}" = off ]; then
    exec "$java" @"$here/jvm.options" -jar "$jar" "$@"
fi

# the Java version line, not the "Picked up JAVA_TOOL_OPTIONS: ..." that Java prints before it when such a variable is
# set (it would make every start a training start); the JVM itself refuses an archive made with other options
stamp="$jar_name $(stat -c %s-%Y "$jar") $("$java" -version 2>&1 | grep -v '^Picked up ' | head -n 1)"
if [ ! -f "$cds/kehoach.jsa" ] || [ "$(cat "$cds/stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "kehoach.sh: making the class data archive of $jar_name in $cds (once per jar and Java version)" >&2
    rm -rf "$cds/app" "$cds/training" "$cds/kehoach.jsa" "$cds/stamp" "$cds/training.log"
    mkdir -p "$cds/training"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$cds/app" >/dev/null
    # the default profile on an H2 file in the training folder, whatever the environment says; arguments outrank
    # environment variables in Spring Boot
    if (cd "$cds/training" && "$java" @"$here/jvm.options" -XX:ArchiveClassesAtExit="$cds/kehoach.jsa" \
            -Dspring.context.exit=onRefresh -jar "$cds/app/$jar_name" \
            --spring.profiles.active=default --server.port=0 --server.address=127.0.0.1 \
            "--spring.datasource.url=jdbc:h2:file:./data/kehoach;DB_CLOSE_ON_EXIT=FALSE" \
            --spring.datasource.username=sa --spring.datasource.password= \
            --kehoach.signing.keystore-dir=./data/keys) >"$cds/training.log" 2>&1 \
        && [ -f "$cds/kehoach.jsa" ]; then
        echo "$stamp" >"$cds/stamp"
    else
        echo "kehoach.sh: the training start failed (see $cds/training.log); starting without the archive" >&2
        rm -f "$cds/kehoach.jsa"
    fi
    rm -rf "$cds/training"
fi

if [ -f "$cds/kehoach.jsa" ]; then
    exec "$java" @"$here/jvm.options" -XX:SharedArchiveFile="$cds/kehoach.jsa" -jar "$cds/app/$jar_name" "$@"
fi
exec "$java" @"$here/jvm.options" -jar "$jar" "$@"
