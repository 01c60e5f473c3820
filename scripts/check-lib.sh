# What the checks run by ./test.sh share (source it): ports nobody listens on, and a Debian package installed when missing.

# COUNT distinct ports nobody listens on, one per line (another checkout's run may hold fixed ones, and would answer us).
# Below the kernel's ephemeral range: a port drawn there could be handed meanwhile to another program's outgoing
# connection or to a server bound to port 0 (the browser tests' host), and the check would then talk to it.
free_ports() {
  local count="$1" taken=" " port low=32768
  read -r low _ < /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true
  [ "$low" -gt 21000 ] || low=32768
  while [ "$count" -gt 0 ]; do
    port=$((20000 + RANDOM % (low - 20000)))
    case "$taken" in *" $port "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then taken="$taken$port "; echo "$port"; count=$((count - 1)); fi
  done
}

# needs COMMAND PACKAGE CHECK: installs Debian's PACKAGE when COMMAND is missing (as root), or says what CHECK needs.
needs() {
  command -v "$1" >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  else
    echo "$3: needs $1 (apt-get install $2)" >&2; return 1
  fi
}
