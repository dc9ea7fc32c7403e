# SPDX-License-Identifier: MIT
# sockls.bash - bash completion for sockls(8): options, state names, service names, filter words.
# Self-contained (no bash-completion helpers needed), so it also works when sourced by hand.

# State names as sockls accepts them: ss's lower-case spellings and groups first,
# then the classic names sockls prints (src/filter.c, src/sock.c).
_sockls_state_words()
{
	printf '%s\n' established syn-sent syn-recv fin-wait-1 fin-wait-2 time-wait \
		closed close-wait last-ack listening closing unconnected unknown bound-inactive \
		all connected synchronized bucket big \
		ESTABLISHED SYN_SENT SYN_RECV FIN_WAIT1 FIN_WAIT2 TIME_WAIT CLOSE CLOSE_WAIT \
		LAST_ACK LISTEN CLOSING UNCONN UNKNOWN BOUND_INACTIVE
}

# Service names are asked of sockls itself, so the list is never duplicated here;
# a --services FILE already on the command line is passed along.
_sockls_service_words()
{
	local cmd=${COMP_WORDS[0]} i
	local -a extra=()

	command -v -- "$cmd" >/dev/null 2>&1 || cmd=sockls
	for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
		if [[ ${COMP_WORDS[i]} == --services ]]; then
			extra=(--services "${COMP_WORDS[i + 1]}")
		fi
	done
	"$cmd" "${extra[@]}" --list-services 2>/dev/null | LC_ALL=C sort -u
}

# Candidates for a comma list: complete the part after the last comma, keep the rest.
# Reads words on stdin; plain prefix matching, no glob or expansion of the words.
_sockls_add_list()
{
	local cur=$1 head='' part=$1 w
	if [[ $cur == *,* ]]; then
		head=${cur%,*},
		part=${cur##*,}
	fi
	while IFS= read -r w; do
		[[ -n $w && $w == "$part"* ]] && COMPREPLY+=("$head$w")
	done
}

_sockls_add_words()
{
	local cur=$1 w
	shift
	for w in "$@"; do
		[[ $w == "$cur"* ]] && COMPREPLY+=("$w")
	done
}

_sockls_options()
{
	printf '%s\n' -t --tcp -u --udp -w --raw -x --unix -0 --packet -M --mptcp \
		-S --sctp --vsock -A --query --socket -f --family \
		-4 --ipv4 -6 --ipv6 -W --wide \
		-l --listening -a --all --state --sport --dport --port \
		-n --numeric -p --processes -e --extended -o --timers --options -i --info \
		-m --memory --peers --cgroup --unit --container --pod -H --no-header --json --ndjson --json-version -s --summary --ephemeral \
		--top --prometheus --output \
		--source --proc-root --services --iana-services -N --netns --netns-pid --all-netns \
		--watch -E --events -K --kill \
		--doctor --interval --doctor-threshold --fail-on \
		--watch -E --events -K --kill --dry-run --pid --count-by \
		-v --verbose -h --help -V --version
}

# Completes the value of option opt; returns 1 when opt takes no value.
_sockls_option_value()
{
	local opt=$1 cur=$2 w
	case $opt in
	--state)
		_sockls_add_list "$cur" < <(_sockls_state_words) ;;
	--port | --sport | --dport)
		_sockls_add_list "$cur" < <(_sockls_service_words) ;;
	--source)
		_sockls_add_words "$cur" auto netlink proc ;;
	--top)
		;;
	--output)
		mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
	-A | --query | --socket)
		_sockls_add_list "$cur" < <(printf '%s\n' all inet tcp udp raw unix unix_stream \
			unix_dgram unix_seqpacket packet netlink mptcp sctp vsock) ;;
	-f | --family)
		_sockls_add_words "$cur" inet inet6 unix ;;
	--proc-root)
		compopt -o filenames 2>/dev/null
		while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -d -- "$cur") ;;
	--services)
		compopt -o filenames 2>/dev/null
		while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -f -- "$cur") ;;
	-N | --netns)
		if [[ $cur == */* ]]; then
			compopt -o filenames 2>/dev/null
			while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -f -- "$cur")
		elif [[ -d /run/netns ]]; then
			_sockls_add_words "$cur" $(command ls -1 /run/netns 2>/dev/null)
		fi ;;
	--count-by)
		_sockls_add_list "$cur" < <(printf '%s\n' state kind local-addr local-port \
			remote-addr remote-port remote service process user unit container pod netns) ;;
	--pid)
		local q qids=()
		for q in /proc/[0-9]*; do qids+=("${q#/proc/}"); done
		_sockls_add_list "$cur" < <(printf '%s\n' "${qids[@]}") ;;
	--netns-pid)
		local p pids=()
		for p in /proc/[0-9]*; do pids+=("${p#/proc/}"); done
		_sockls_add_words "$cur" "${pids[@]}" ;;
	--rcvbuf | --unit | --container | --pod | --interval)
		;;
	--fail-on)
		_sockls_add_words "$cur" info warning critical none ;;
	--json-version)
		_sockls_add_words "$cur" 1 2 ;;
	--doctor-threshold)
		_sockls_add_words "$cur" accept-queue-pct= syn-queue-pct= close-wait= \
			close-wait-critical= retransmits= backoff-critical= sendq-growth-bytes= \
			limited-pct= limited-min-busy-ms= drops= drops-critical= orphans-pct= \
			time-wait-pct= ephemeral-headroom-pct= per-check=
		compopt -o nospace 2>/dev/null ;;
	*)
		return 1 ;;
	esac
	return 0
}

_sockls()
{
	local cword=$COMP_CWORD cur=${COMP_WORDS[COMP_CWORD]} prev=
	COMPREPLY=()
	((cword > 0)) && prev=${COMP_WORDS[cword - 1]}

	# "--state=est": bash splits at '=' (COMP_WORDBREAKS), giving "--state" "=" "est".
	if [[ $cur == = && $prev == --* ]]; then
		cur=
	elif [[ $prev == = ]] && ((cword > 1)) && [[ ${COMP_WORDS[cword - 2]} == --* ]]; then
		prev=${COMP_WORDS[cword - 2]}
	fi

	# A short option with a value may be glued to others: -tN.
	if [[ $prev == -[!-]*N ]]; then
		prev=-N
	fi
	_sockls_option_value "$prev" "$cur" && return 0

	if [[ $cur == -* ]]; then
		_sockls_add_words "$cur" $(_sockls_options)
		return 0
	fi

	# The filter expression: after "state"/"exclude" one state name (a filter
	# word takes no comma list), else a keyword.
	case $prev in
	state | exclude | excl)
		_sockls_add_words "$cur" $(_sockls_state_words)
		return 0 ;;
	src | dst)
		_sockls_add_words "$cur" = '!='   # addresses are not ordered
		return 0 ;;
	sport | dport)
		_sockls_add_words "$cur" = '!=' '<' '>' '<=' '>='
		return 0 ;;
	pid)
		_sockls_add_words "$cur" = '!='
		return 0 ;;
	# the value of a comparison (an address or :port) or a cgroup path is typed by hand
	= | == | eq | '!=' | ne | neq | '<' | lt | '>' | gt | '<=' | le | leq | '>=' | ge | geq | cgroup)
		return 0 ;;
	esac
	if _sockls_filter_started "$cword"; then
		_sockls_add_words "$cur" src dst sport dport pid state exclude cgroup and or not '(' ')'
	else
		_sockls_add_words "$cur" src dst sport dport pid state exclude cgroup not '('
	fi
	return 0
}

# Whether a filter word stands before word number cword (options and their
# values aside): "and", "or" and ")" need a term before them.
_sockls_filter_started()
{
	local i w saved=("${COMPREPLY[@]}")
	for ((i = 1; i < $1; i++)); do
		w=${COMP_WORDS[i]}
		case $w in
		--*=* | =) ;;
		-*)	# an option that takes a value takes the next word too
			_sockls_option_value "$w" "" >/dev/null 2>&1 && ((i++)) ;;
		*)	COMPREPLY=("${saved[@]}")
			return 0 ;;
		esac
	done
	COMPREPLY=("${saved[@]}")
	return 1
}

complete -F _sockls sockls
