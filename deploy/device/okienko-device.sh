#!/usr/bin/env bash
# Sets up a Debian or Ubuntu PC with a desktop as an Okienko kiosk or waiting-room board
# (docs/operations.md, "Kiosks and boards"):
#   - a user of its own that logs in by itself (LightDM or GDM),
#   - Chromium in --kiosk mode started at login, started again whenever it closes or crashes,
#     with a profile of its own that keeps the device's pairing,
#   - the screen never blanks nor locks,
#   - optionally the office's CA (Caddy's `tls internal` root) trusted by Chromium,
#   - optionally the kiosk's USB receipt printer shared on port 9100 for the server (p910nd).
# Then restart the PC: it opens the server's pairing page; type the one-time code from
# /admin/devices once.
#
#   sudo ./okienko-device.sh --role kiosk --url https://kolejka.um.example.pl [options]
#     --role kiosk|board     what this PC is
#     --url URL              the server's address (as in ORIGIN)
#     --user NAME            the user that runs the browser (default: okienko-<role>)
#     --ca FILE              a root certificate to trust (Caddy's root.crt for tls internal)
#     --printer              share the USB receipt printer as tcp://<this PC>:9100 (kiosk)
#     --print-browser-command  print the browser's command line, one argument a line, and stop
#                              (changes nothing; the tests run it headless)
#     --print-browser-script   print the program started at login, and stop (changes nothing)
set -euo pipefail

ROLE=""
URL=""
KIOSK_USER=""
CA_FILE=""
PRINTER=0
PRINT_ONLY=0
PRINT_SCRIPT=0

die() {
	echo "okienko-device: $*" >&2
	exit 1
}

usage() {
	sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
	exit 2
}

while [ $# -gt 0 ]; do
	case "$1" in
	--role) ROLE="${2:-}"; shift 2 ;;
	--url) URL="${2:-}"; shift 2 ;;
	--user) KIOSK_USER="${2:-}"; shift 2 ;;
	--ca) CA_FILE="${2:-}"; shift 2 ;;
	--printer) PRINTER=1; shift ;;
	--print-browser-command) PRINT_ONLY=1; shift ;;
	--print-browser-script) PRINT_SCRIPT=1; shift ;;
	-h | --help) usage ;;
	*) die "unknown option: $1 (see --help)" ;;
	esac
done

case "$ROLE" in
kiosk) SCREEN_PATH="/kiosk" ;;
board) SCREEN_PATH="/display" ;;
*) die "--role must be kiosk or board" ;;
esac
case "$URL" in
http://* | https://*) URL="${URL%/}" ;;
*) die "--url must be the server's address, e.g. https://kolejka.um.example.pl" ;;
esac
KIOSK_USER="${KIOSK_USER:-okienko-$ROLE}"
HOME_DIR="/home/$KIOSK_USER"
# Not a hidden folder: Ubuntu's Chromium is a snap, which may not write hidden folders of $HOME.
PROFILE_DIR="$HOME_DIR/okienko-chromium"

# The browser's command line. The screen's address sends an unpaired browser to /pair; after
# pairing, the device cookie lives in the profile, so the profile must persist (no --incognito).
browser_command() {
	local profile="$1"
	printf '%s\n' \
		--kiosk \
		"--user-data-dir=$profile" \
		--no-first-run \
		--noerrdialogs \
		--disable-infobars \
		--disable-translate \
		--disable-features=Translate,TranslateUI \
		--disable-pinch \
		--overscroll-history-navigation=0 \
		--autoplay-policy=no-user-gesture-required \
		--check-for-update-interval=31536000 \
		--lang=pl \
		"$URL$SCREEN_PATH"
}

# The program started at login (/usr/local/bin/okienko-browser): the browser, again and again.
browser_script() {
	local args
	args="$(browser_command "$PROFILE_DIR" | while IFS= read -r arg; do printf "\t'%s'\n" "$arg"; done)"
	cat <<SCRIPT
#!/usr/bin/env bash
# Started at login by /etc/xdg/autostart/okienko-browser.desktop (okienko-device.sh).
PROFILE="$PROFILE_DIR"
mkdir -p "\$PROFILE"
# The screen never blanks, never powers off, never locks.
xset s off -dpms s noblank 2>/dev/null || true
if command -v gsettings >/dev/null; then
	gsettings set org.gnome.desktop.session idle-delay 0 2>/dev/null || true
	gsettings set org.gnome.desktop.screensaver lock-enabled false 2>/dev/null || true
	gsettings set org.gnome.settings-daemon.plugins.power sleep-inactive-ac-type nothing 2>/dev/null || true
fi
BROWSER_ARGS=(
$args
)
while true; do
	# Chromium's own error page would not try again: wait until the server answers at all (any
	# HTTP status; -k: only reachability here, the browser checks the certificate).
	until curl -k -s -o /dev/null --max-time 5 "$URL/pair"; do sleep 5; done
	# After a crash or a power cut Chromium offers to restore the last pages: it must not ask.
	PREFERENCES="\$PROFILE/Default/Preferences"
	sed -i -e 's/"exit_type":"[A-Za-z]*"/"exit_type":"Normal"/' \\
		-e 's/"exited_cleanly":false/"exited_cleanly":true/' "\$PREFERENCES" 2>/dev/null || true
	"$BROWSER" "\${BROWSER_ARGS[@]}"
	# Closed or crashed: start again after a moment (it would spin if the display were gone).
	sleep 3
done
SCRIPT
}

if [ "$PRINT_ONLY" = 1 ]; then
	browser_command "$PROFILE_DIR"
	exit 0
fi
if [ "$PRINT_SCRIPT" = 1 ]; then
	BROWSER="${BROWSER:-/usr/bin/chromium}"
	browser_script
	exit 0
fi

[ "$(id -u)" = 0 ] || die "run as root (sudo)"
command -v apt-get >/dev/null || die "this script is for Debian or Ubuntu (apt-get not found)"
if [ -n "$CA_FILE" ] && [ ! -r "$CA_FILE" ]; then die "cannot read $CA_FILE"; fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Debian names the browser chromium; Ubuntu chromium-browser (a snap).
if apt-cache show chromium >/dev/null 2>&1; then BROWSER_PKG=chromium; else BROWSER_PKG=chromium-browser; fi
apt-get install -y -qq "$BROWSER_PKG" x11-xserver-utils libnss3-tools curl
BROWSER="$(command -v chromium || command -v chromium-browser)" || die "Chromium did not install"

# 1. The user the browser runs as: no password, no sudo.
if ! id "$KIOSK_USER" >/dev/null 2>&1; then
	useradd --create-home --shell /bin/bash --comment "Okienko $ROLE" "$KIOSK_USER"
	passwd --lock "$KIOSK_USER" >/dev/null
fi

# 2. Log in by itself.
if [ -d /etc/lightdm ]; then
	mkdir -p /etc/lightdm/lightdm.conf.d
	cat >/etc/lightdm/lightdm.conf.d/50-okienko.conf <<CONF
[Seat:*]
autologin-user=$KIOSK_USER
autologin-user-timeout=0
CONF
elif [ -d /etc/gdm3 ]; then
	GDM_CONF=/etc/gdm3/daemon.conf
	[ -f /etc/gdm3/custom.conf ] && GDM_CONF=/etc/gdm3/custom.conf
	grep -q '^\[daemon\]' "$GDM_CONF" 2>/dev/null || printf '[daemon]\n' >>"$GDM_CONF"
	sed -i -e '/^AutomaticLogin/d' -e "/^\[daemon\]/a AutomaticLoginEnable=true\nAutomaticLogin=$KIOSK_USER" "$GDM_CONF"
	# Wayland sessions ignore `xset`; X11 keeps the screen settings below in force.
	sed -i -e '/^WaylandEnable/d' -e '/^\[daemon\]/a WaylandEnable=false' "$GDM_CONF"
else
	echo "okienko-device: no LightDM or GDM found: set $KIOSK_USER to log in automatically by hand" >&2
fi

# 3. The browser, started at login and again whenever it ends.
browser_script >/usr/local/bin/okienko-browser
chmod 755 /usr/local/bin/okienko-browser
mkdir -p /etc/xdg/autostart
cat >/etc/xdg/autostart/okienko-browser.desktop <<DESKTOP
[Desktop Entry]
Type=Application
Name=Okienko ($ROLE)
Comment=Okienko's $ROLE screen in Chromium
Exec=/bin/sh -c '[ "\$(id -un)" = "$KIOSK_USER" ] && exec /usr/local/bin/okienko-browser'
X-GNOME-Autostart-enabled=true
NoDisplay=true
DESKTOP

# 4. The office's CA, for a server behind Caddy's `tls internal`.
if [ -n "$CA_FILE" ]; then
	install -m 644 "$CA_FILE" /usr/local/share/ca-certificates/okienko-ca.crt
	update-ca-certificates >/dev/null
	# Chromium on Linux trusts the user's NSS database (the snap keeps its own under ~/snap).
	for NSSDB in "$HOME_DIR/.pki/nssdb" "$HOME_DIR/snap/chromium/current/.pki/nssdb"; do
		case "$NSSDB" in */snap/*) [ -d "$HOME_DIR/snap/chromium" ] || [ "$BROWSER_PKG" = chromium-browser ] || continue ;; esac
		runuser -u "$KIOSK_USER" -- mkdir -p "$NSSDB"
		[ -f "$NSSDB/cert9.db" ] || runuser -u "$KIOSK_USER" -- certutil -N -d "sql:$NSSDB" --empty-password
		runuser -u "$KIOSK_USER" -- certutil -A -d "sql:$NSSDB" -n okienko-ca -t "C,," -i "$CA_FILE"
	done
fi

# 5. The kiosk's USB receipt printer, shared for the server (Okienko prints from the server):
#    a stable name and the group lp for the device, and p910nd passing port 9100 through to it,
#    both ways, so the server can ask for paper and cover status.
if [ "$PRINTER" = 1 ]; then
	cat >/etc/udev/rules.d/60-okienko-printer.rules <<'RULES'
# A USB receipt printer (usblp): /dev/okienko-printer, writable by the group lp.
SUBSYSTEM=="usbmisc", KERNEL=="lp[0-9]*", SYMLINK+="okienko-printer", MODE="0660", GROUP="lp"
RULES
	udevadm control --reload-rules 2>/dev/null || true
	udevadm trigger --subsystem-match=usbmisc 2>/dev/null || true
	apt-get install -y -qq p910nd
	sed -i -e '/^P910ND_OPTS=/d' -e '/^P910ND_START=/d' /etc/default/p910nd
	printf 'P910ND_OPTS="-f /dev/okienko-printer -b"\nP910ND_START=1\n' >>/etc/default/p910nd
	systemctl enable p910nd >/dev/null 2>&1 || true
	systemctl restart p910nd 2>/dev/null || true
	echo "Printer: on the server set this kiosk's printer to tcp://$(hostname -I | cut -d' ' -f1):9100"
fi

cat <<DONE
Done. Restart this PC: it logs in as $KIOSK_USER and opens $URL$SCREEN_PATH.
The first time it shows the pairing page: create the $ROLE at $URL/admin/devices and type its
one-time code here (a keyboard is needed once). The pairing is kept in $PROFILE_DIR.
DONE
