# SPDX-License-Identifier: MIT
# sockls.fish - fish completion for sockls(8): options with descriptions, state names,
# service names (asked of sockls itself), namespaces and filter words.

# ss's lower-case spellings and groups first, then the classic names sockls prints.
function __sockls_state_words
    printf '%s\tstate\n' established syn-sent syn-recv fin-wait-1 fin-wait-2 time-wait \
        closed close-wait last-ack listening closing unconnected unknown bound-inactive
    printf '%s\tgroup\n' all connected synchronized bucket big
    printf '%s\tstate\n' ESTABLISHED SYN_SENT SYN_RECV FIN_WAIT1 FIN_WAIT2 TIME_WAIT CLOSE \
        CLOSE_WAIT LAST_ACK LISTEN CLOSING UNCONN UNKNOWN BOUND_INACTIVE
end

# A comma list: keep what is before the last comma, complete the rest.
function __sockls_list_prefix
    set -l tok (commandline -ct)
    string match -qr ',' -- $tok; and string replace -r '[^,]*$' '' -- $tok
end

function __sockls_states
    set -l head (__sockls_list_prefix)
    for w in (__sockls_state_words)
        printf '%s%s\n' "$head" $w
    end
end

# The built-in table (and a --services overlay on the line) comes from sockls itself.
function __sockls_services
    set -l cmd (commandline -opc)
    set -l extra
    set -l i (contains -i -- --services $cmd)
    and set -q cmd[(math $i + 1)]
    and set extra --services $cmd[(math $i + 1)]
    set -l head (__sockls_list_prefix)
    $cmd[1] $extra --list-services 2>/dev/null | sort -u | string replace -r '^' -- "$head"
end

function __sockls_netns_names
    test -d /run/netns; and command ls -1 /run/netns 2>/dev/null
end

# The options that take the next word as their value.
function __sockls_value_opts
    printf '%s\n' --state --sport --dport --port --source --proc-root --services -N --netns --netns-pid --rcvbuf -A --query --socket -f --family --top --output --unit --container --pod --pid --count-by --interval --doctor-threshold --fail-on --json-version
end

# True when the word before the cursor is one of the arguments, and is not
# itself the value of an option (--count-by state).
function __sockls_prev_is
    set -l cmd (commandline -opc)
    contains -- $cmd[-1] $argv; or return 1
    test (count $cmd) -lt 2; and return 0
    contains -- $cmd[-2] (__sockls_value_opts); and return 1
    return 0
end

# True at a word of the filter expression: not the value of an option.
function __sockls_filter_pos
    set -l cmd (commandline -opc)
    set -l prev $cmd[-1]
    contains -- $prev (__sockls_value_opts); and return 1
    # a filter word that wants a value, unless it is itself an option's value
    if contains -- $prev state exclude excl src dst sport dport cgroup pid = == eq != ne neq '<' lt '>' gt '<=' le leq '>=' ge geq
        test (count $cmd) -ge 2; and contains -- $cmd[-2] (__sockls_value_opts); and return 0
        return 1
    end
    string match -qr -- '^-[^-]*[NAf]$' $prev; and return 1
    return 0
end

# True when a filter word stands before the cursor ("and", "or" and ")" need
# a term before them): a word that is neither an option nor its value.
function __sockls_filter_started
    set -l cmd (commandline -opc)
    set -l skip 0
    for w in $cmd[2..-1]
        if test $skip -eq 1
            set skip 0
            continue
        end
        if contains -- $w (__sockls_value_opts)
            set skip 1
        else if string match -qr -- '^-' $w
            continue
        else
            return 0
        end
    end
    return 1
end

# -N: a name under /run/netns, or a path once one is typed
function __sockls_netns_arg
    set -l tok (commandline -ct)
    if string match -q -- '*/*' $tok
        __fish_complete_path $tok
    else
        __sockls_netns_names
    end
end

complete -c sockls -f

# Sockets
complete -c sockls -s t -l tcp -d 'TCP sockets'
complete -c sockls -s u -l udp -d 'UDP sockets'
complete -c sockls -s w -l raw -d 'RAW sockets'
complete -c sockls -s x -l unix -d 'UNIX domain sockets'
complete -c sockls -s A -l query -x -a 'all inet tcp udp raw unix unix_stream unix_dgram unix_seqpacket packet netlink mptcp sctp vsock' -d 'Socket kinds, a comma list as ss -A'
complete -c sockls -l socket -x -a 'all inet tcp udp raw unix unix_stream unix_dgram unix_seqpacket packet netlink mptcp sctp vsock' -d 'Socket kinds (as --query)'
complete -c sockls -s f -l family -x -a 'inet inet6 unix' -d 'Socket family as ss -f'
complete -c sockls -s 0 -l packet -d 'Packet sockets'
complete -c sockls -s M -l mptcp -d 'MPTCP sockets'
complete -c sockls -s S -l sctp -d 'SCTP sockets and associations'
complete -c sockls -l vsock -d 'vsock sockets'
complete -c sockls -s 4 -l ipv4 -d 'IPv4 only'
complete -c sockls -s 6 -l ipv6 -d 'IPv6 only'
complete -c sockls -s l -l listening -d 'Listening sockets only'
complete -c sockls -s a -l all -d 'Sockets in every state'

# Filtering
complete -c sockls -l state -x -a '(__sockls_states)' -d 'Only these states or groups'
complete -c sockls -l sport -x -a '(__sockls_services)' -d 'Local port: number, range, list or service'
complete -c sockls -l dport -x -a '(__sockls_services)' -d 'Remote port: number, range, list or service'
complete -c sockls -l port -x -a '(__sockls_services)' -d 'Either port: number, range, list or service'

# Details
complete -c sockls -s n -l numeric -d 'Numeric output (never resolves host names)'
complete -c sockls -s p -l processes -d 'Owning processes (pid, command, fd)'
complete -c sockls -s e -l extended -d 'uid, inode, socket cookie'
complete -c sockls -s o -l timers -d 'Timer information'
complete -c sockls -l options -d 'Timer information (as ss -o)'
complete -c sockls -s i -l info -d 'TCP internals (tcp_info)'
complete -c sockls -s m -l memory -d 'Socket memory'
complete -c sockls -l peers -d 'With -p: the processes at the other end'
complete -c sockls -l cgroup -d 'Cgroup: systemd unit, container or pod'
complete -c sockls -l unit -x -d 'Owned by this systemd unit'
complete -c sockls -l container -x -d 'In this container (id prefix or name)'
complete -c sockls -l pod -x -d 'In this Kubernetes pod (UID, name or namespace/name)'

# Output
complete -c sockls -s H -l no-header -d 'No header line'
complete -c sockls -s W -l wide -d 'Accepted for netstat users: nothing is truncated'
complete -c sockls -l json -d 'One JSON document'
complete -c sockls -l ndjson -d 'One JSON object per socket per line'
complete -c sockls -l json-version -x -a '1 2' -d 'JSON schema: 2 (default) or 1 (the earlier names)'
complete -c sockls -s s -l summary -d 'Counts per protocol, state and family'
complete -c sockls -l ephemeral -d 'Ephemeral port range usage report (over time with --watch)'
complete -c sockls -l top -x -d 'Destinations in the ephemeral report and --prometheus'
complete -c sockls -l prometheus -d 'Prometheus text exposition format'
complete -c sockls -l output -r -F -d 'Write to FILE atomically'

# Sources
complete -c sockls -l source -x -a 'auto\t"default: netlink, /proc fallback" netlink\t"sock_diag only" proc\t"/proc/net only"' -d 'Where sockets are read from'
complete -c sockls -l proc-root -x -a '(__fish_complete_directories)' -d 'Read DIR/net/... instead of /proc'
complete -c sockls -l services -r -F -d 'Overlay service names from an /etc/services-style file'
complete -c sockls -l iana-services -d "Service column from IANA's full registry"
complete -c sockls -s N -l netns -x -a '(__sockls_netns_arg)' -d 'Sockets of another network namespace'
complete -c sockls -l netns-pid -x -a '(__fish_complete_pids)' -d 'Sockets of the network namespace of PID'
complete -c sockls -l pid -x -a '(__fish_complete_pids)' -d 'Held by these processes (as lsof -p)'
complete -c sockls -l count-by -x -a '(__fish_complete_list , "printf \'%s\\n\' state kind local-addr local-port remote-addr remote-port remote service process user unit container pod netns")' -d 'Counts instead of rows, by these keys'
complete -c sockls -l all-netns -d 'Every network namespace on the host'

complete -c sockls -s v -l verbose -d 'Say on stderr which source served what'
complete -c sockls -s h -l help -d 'Show the help'
complete -c sockls -s V -l version -d 'Show the version'

# The filter expression
complete -c sockls -n '__sockls_prev_is state exclude excl' -x -a '(__sockls_state_words)'
complete -c sockls -n '__sockls_prev_is src dst' -x -a '= !='
complete -c sockls -n '__sockls_prev_is sport dport' -x -a '= != "<" ">" "<=" ">="'
complete -c sockls -n '__sockls_prev_is pid' -x -a '= !='
complete -c sockls -n __sockls_filter_pos -a 'src\t"local address[/prefix][:port]" dst\t"remote address[/prefix][:port]" sport\t"local port comparison" dport\t"remote port comparison" pid\t"held by this process" state\t"only this state or group" exclude\t"all but this state or group" cgroup\t"cgroup2 directory PATH" not\t"negate the next term" \\(\t"group terms"'
complete -c sockls -n '__sockls_filter_pos; and __sockls_filter_started' -a 'and\t"both terms" or\t"either term" \\)\t"end a group"'
complete -c sockls -l watch -d 'Live view every SECONDS (default 1), also of --ephemeral'
complete -c sockls -l doctor -d 'Sample twice and report what is wrong (exit 3 at --fail-on)'
complete -c sockls -l interval -x -d 'Seconds between the samples of --doctor (default 1)'
complete -c sockls -l doctor-threshold -x -a 'accept-queue-pct= syn-queue-pct= close-wait= close-wait-critical= retransmits= backoff-critical= sendq-growth-bytes= limited-pct= limited-min-busy-ms= drops= drops-critical= orphans-pct= time-wait-pct= ephemeral-headroom-pct= per-check=' -d 'Change a threshold of --doctor'
complete -c sockls -l fail-on -x -a 'info warning critical none' -d 'Least severity of --doctor that exits 3'
complete -c sockls -s E -l events -d 'One line per closed TCP/UDP socket'
complete -c sockls -s K -l kill -d 'Destroy the sockets matching the filter'
complete -c sockls -l dry-run -d 'With -K: list what would be destroyed, destroy nothing'
