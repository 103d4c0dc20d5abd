# shellcheck shell=bash
# Sourced by scripts/test. Provides hrdesk_with_keyring CMD...: runs CMD inside a private D-Bus
# session with a throwaway, unlocked gnome-keyring, so that keychain tests exercise the real
# Secret Service and never touch the developer's own keyring.
#
# QtKeychain needs both the session bus and an unlocked "login" collection; with either missing it
# fails with error 7 or 4, which tests would otherwise report as a skipped keychain.

hrdesk_with_keyring() {
    if [ "$#" -eq 0 ]; then
        echo "hrdesk_with_keyring: no command given" >&2
        return 2
    fi
    local tool
    for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "hrdesk_with_keyring: $tool is not installed (apt-get install dbus gnome-keyring libsecret-tools)" >&2
            return 1
        fi
    done

    local home
    home="$(mktemp -d "${TMPDIR:-/tmp}/hrdesk-keyring.XXXXXX")" || return 1
    chmod 0700 "$home"
    mkdir -m 0700 -p "$home/data" "$home/runtime" "$home/config" "$home/cache"

    # The inner shell runs inside the private bus; it sees the throwaway HOME only.
    HOME="$home" \
    XDG_DATA_HOME="$home/data" \
    XDG_RUNTIME_DIR="$home/runtime" \
    XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" \
    HRDESK_REQUIRE_KEYCHAIN=1 \
        dbus-run-session -- bash -c '
            set -u
            # --unlock reads the password from stdin and creates the "login" collection if needed;
            # it then becomes the default collection that libsecret stores into.
            keyring_env="$(printf "%s" "hrdesk-throwaway-$$" \
                | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)" || {
                echo "hrdesk_with_keyring: gnome-keyring-daemon did not start" >&2; exit 1; }
            while IFS= read -r line; do
                [ -n "$line" ] && export "${line?}"
            done <<< "$keyring_env"
            # Recent daemons print nothing when the control socket is in the standard place.
            export GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-$XDG_RUNTIME_DIR/keyring}"

            # --daemonize returns before the bus name is claimed; a client arriving earlier would
            # D-Bus-activate a second, locked daemon.
            for _ in $(seq 1 50); do
                if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
                        | grep -q "boolean true"; then
                    break
                fi
                sleep 0.1
            done

            # Prove the keyring answers before trusting any test result that depends on it.
            probe="probe-$$-$RANDOM"
            ok=
            for _ in 1 2 3 4 5 6 7 8 9 10; do
                if printf "%s" "$probe" | secret-tool store --label="HR Desk keyring probe" \
                        hrdesk-probe "$$" >/dev/null 2>&1 \
                   && [ "$(secret-tool lookup hrdesk-probe "$$" 2>/dev/null)" = "$probe" ]; then
                    ok=1
                    break
                fi
                sleep 0.3
            done
            if [ -z "$ok" ]; then
                echo "hrdesk_with_keyring: the throwaway gnome-keyring does not answer (secret-tool store/lookup failed)" >&2
                exit 1
            fi
            secret-tool clear hrdesk-probe "$$" >/dev/null 2>&1 || true

            "$@"
            # The daemon exits with the private bus when dbus-run-session ends.
            exit $?
        ' hrdesk-keyring "$@"
    local status=$?
    rm -rf "$home"
    return "$status"
}
