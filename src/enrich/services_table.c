/* services_table.c - built-in service names for services.c. GENERATED, do not edit:
 * `tools/gen_services.py --csv ../shared/data/iana-service-names-port-numbers.csv`
 * from IANA's service-names-port-numbers registry, snapshot 2024-04-30 (CC0),
 * with the reviewed choices in data/services-overlay.tsv. */
#include "services_table.h"

const unsigned int svc_n_names = 6281;
const unsigned int svc_n_lookup = 11747;

/* Every name once, NUL-terminated; svc_name_off[id] is where name id starts. */
const char svc_pool[] =
	"tcpmux\0"
	"compressnet\0"
	"rje\0"
	"echo\0"
	"discard\0"
	"systat\0"
	"daytime\0"
	"qotd\0"
	"msp\0"
	"chargen\0"
	"ftp-data\0"
	"ftp\0"
	"ssh\0"
	"telnet\0"
	"smtp\0"
	"nsw-fe\0"
	"msg-icp\0"
	"msg-auth\0"
	"dsp\0"
	"time\0"
	"rap\0"
	"rlp\0"
	"graphics\0"
	"name\0"
	"nameserver\0"
	"whois\0"
	"nicname\0"
	"mpm-flags\0"
	"mpm\0"
	"mpm-snd\0"
	"auditd\0"
	"tacacs\0"
	"re-mail-ck\0"
	"xns-time\0"
	"domain\0"
	"dns\0"
	"xns-ch\0"
	"isi-gl\0"
	"xns-auth\0"
	"xns-mail\0"
	"acas\0"
	"whoispp\0"
	"whois++\0"
	"covia\0"
	"tacacs-ds\0"
	"sql-net\0"
	"sql*net\0"
	"bootps\0"
	"bootpc\0"
	"tftp\0"
	"gopher\0"
	"netrjs-1\0"
	"netrjs-2\0"
	"netrjs-3\0"
	"netrjs-4\0"
	"deos\0"
	"vettcp\0"
	"finger\0"
	"http\0"
	"www\0"
	"www-http\0"
	"xfer\0"
	"mit-ml-dev\0"
	"ctf\0"
	"mfcobol\0"
	"kerberos\0"
	"su-mit-tg\0"
	"dnsix\0"
	"mit-dov\0"
	"npp\0"
	"dcp\0"
	"objcall\0"
	"supdup\0"
	"dixie\0"
	"swift-rvf\0"
	"tacnews\0"
	"metagram\0"
	"hostname\0"
	"iso-tsap\0"
	"gppitnp\0"
	"acr-nema\0"
	"cso\0"
	"csnet-ns\0"
	"3com-tsmux\0"
	"rtelnet\0"
	"snagas\0"
	"pop2\0"
	"pop3\0"
	"sunrpc\0"
	"mcidas\0"
	"ident\0"
	"auth\0"
	"sftp\0"
	"ansanotify\0"
	"uucp-path\0"
	"sqlserv\0"
	"nntp\0"
	"cfdptkt\0"
	"erpc\0"
	"smakynet\0"
	"ntp\0"
	"ansatrader\0"
	"locus-map\0"
	"nxedit\0"
	"locus-con\0"
	"gss-xlicen\0"
	"pwdgen\0"
	"cisco-fna\0"
	"cisco-tna\0"
	"cisco-sys\0"
	"statsrv\0"
	"ingres-net\0"
	"epmap\0"
	"profile\0"
	"netbios-ns\0"
	"netbios-dgm\0"
	"netbios-ssn\0"
	"emfis-data\0"
	"emfis-cntl\0"
	"bl-idm\0"
	"imap\0"
	"imap2\0"
	"imap4\0"
	"uma\0"
	"uaac\0"
	"iso-tp0\0"
	"iso-ip\0"
	"jargon\0"
	"aed-512\0"
	"hems\0"
	"bftp\0"
	"sgmp\0"
	"netsc-prod\0"
	"netsc-dev\0"
	"sqlsrv\0"
	"knet-cmp\0"
	"pcmail-srv\0"
	"nss-routing\0"
	"sgmp-traps\0"
	"snmp\0"
	"snmptrap\0"
	"snmp-trap\0"
	"cmip-man\0"
	"cmip-agent\0"
	"xns-courier\0"
	"s-net\0"
	"namp\0"
	"rsvd\0"
	"send\0"
	"print-srv\0"
	"multiplex\0"
	"cl-1\0"
	"cl/1\0"
	"xyplex-mux\0"
	"mailq\0"
	"vmnet\0"
	"genrad-mux\0"
	"xdmcp\0"
	"nextstep\0"
	"bgp\0"
	"ris\0"
	"unify\0"
	"audit\0"
	"ocbinder\0"
	"ocserver\0"
	"remote-kis\0"
	"kis\0"
	"aci\0"
	"mumps\0"
	"qft\0"
	"gacp\0"
	"prospero\0"
	"osu-nms\0"
	"srmp\0"
	"irc\0"
	"dn6-nlm-aud\0"
	"dn6-smm-red\0"
	"dls\0"
	"dls-mon\0"
	"smux\0"
	"src\0"
	"at-rtmp\0"
	"at-nbp\0"
	"at-3\0"
	"at-echo\0"
	"at-5\0"
	"at-zis\0"
	"at-7\0"
	"at-8\0"
	"qmtp\0"
	"z39-50\0"
	"z39.50\0"
	"914c-g\0"
	"914c/g\0"
	"anet\0"
	"ipx\0"
	"vmpwscs\0"
	"softpc\0"
	"CAIlic\0"
	"dbase\0"
	"mpp\0"
	"uarps\0"
	"imap3\0"
	"fln-spx\0"
	"rsh-spx\0"
	"cdc\0"
	"masqdialer\0"
	"direct\0"
	"sur-meas\0"
	"inbusiness\0"
	"link\0"
	"dsp3270\0"
	"subntbcst-tftp\0"
	"subntbcst_tftp\0"
	"bhfhs\0"
	"set\0"
	"esro-gen\0"
	"openport\0"
	"nsiiops\0"
	"arcisdms\0"
	"hdap\0"
	"bgmp\0"
	"x-bone-ctl\0"
	"sst\0"
	"td-service\0"
	"td-replica\0"
	"manet\0"
	"gist\0"
	"pt-tls\0"
	"http-mgmt\0"
	"personal-link\0"
	"cableport-ax\0"
	"rescap\0"
	"corerjd\0"
	"fxp\0"
	"k-block\0"
	"novastorbakcup\0"
	"entrusttime\0"
	"bhmds\0"
	"asip-webadmin\0"
	"vslmp\0"
	"magenta-logic\0"
	"opalis-robot\0"
	"dpsi\0"
	"decauth\0"
	"zannet\0"
	"pkix-timestamp\0"
	"ptp-event\0"
	"ptp-general\0"
	"pip\0"
	"rtsps\0"
	"rpki-rtr\0"
	"rpki-rtr-tls\0"
	"texar\0"
	"pdap\0"
	"pawserv\0"
	"zserv\0"
	"fatserv\0"
	"csi-sgwp\0"
	"mftp\0"
	"matip-type-a\0"
	"matip-type-b\0"
	"bhoetty\0"
	"dtag-ste-sb\0"
	"bhoedap4\0"
	"ndsauth\0"
	"bh611\0"
	"datex-asn\0"
	"cloanto-net-1\0"
	"bhevent\0"
	"shrinkwrap\0"
	"scoi2odialog\0"
	"semantix\0"
	"srssend\0"
	"rsvp-tunnel\0"
	"rsvp_tunnel\0"
	"aurora-cmgr\0"
	"dtk\0"
	"odmr\0"
	"mortgageware\0"
	"qbikgdp\0"
	"rpc2portmap\0"
	"codaauth2\0"
	"clearcase\0"
	"ulistproc\0"
	"legent-1\0"
	"legent-2\0"
	"hassle\0"
	"nip\0"
	"tnETOS\0"
	"dsETOS\0"
	"is99c\0"
	"is99s\0"
	"hp-collector\0"
	"hp-managed-node\0"
	"hp-alarm-mgr\0"
	"arns\0"
	"ibm-app\0"
	"asa\0"
	"aurp\0"
	"unidata-ldm\0"
	"ldap\0"
	"uis\0"
	"synotics-relay\0"
	"synotics-broker\0"
	"meta5\0"
	"embl-ndt\0"
	"netcp\0"
	"netware-ip\0"
	"mptn\0"
	"kryptolan\0"
	"iso-tsap-c2\0"
	"osb-sd\0"
	"ups\0"
	"genie\0"
	"decap\0"
	"nced\0"
	"ncld\0"
	"imsp\0"
	"timbuktu\0"
	"prm-sm\0"
	"prm-nm\0"
	"decladebug\0"
	"rmt\0"
	"synoptics-trap\0"
	"smsp\0"
	"infoseek\0"
	"bnet\0"
	"silverplatter\0"
	"onmux\0"
	"hyper-g\0"
	"ariel1\0"
	"smpte\0"
	"ariel2\0"
	"ariel3\0"
	"opc-job-start\0"
	"opc-job-track\0"
	"icad-el\0"
	"smartsdp\0"
	"svrloc\0"
	"ocs-cmu\0"
	"ocs_cmu\0"
	"ocs-amu\0"
	"ocs_amu\0"
	"utmpsd\0"
	"utmpcd\0"
	"iasd\0"
	"nnsp\0"
	"mobileip-agent\0"
	"mobilip-mn\0"
	"dna-cml\0"
	"comscm\0"
	"dsfgw\0"
	"dasp\0"
	"sgcp\0"
	"decvms-sysmgt\0"
	"cvc-hostd\0"
	"cvc_hostd\0"
	"https\0"
	"snpp\0"
	"microsoft-ds\0"
	"ddm-rdb\0"
	"ddm-dfm\0"
	"ddm-ssl\0"
	"as-servermap\0"
	"tserver\0"
	"sfs-smp-net\0"
	"sfs-config\0"
	"creativeserver\0"
	"contentserver\0"
	"creativepartnr\0"
	"macon-tcp\0"
	"macon-udp\0"
	"scohelp\0"
	"appleqtc\0"
	"ampr-rcmd\0"
	"skronk\0"
	"datasurfsrv\0"
	"datasurfsrvsec\0"
	"alpes\0"
	"kpasswd\0"
	"submissions\0"
	"urd\0"
	"smtps\0"
	"ssmtp\0"
	"igmpv3lite\0"
	"digital-vrc\0"
	"mylex-mapd\0"
	"photuris\0"
	"rcp\0"
	"scx-proxy\0"
	"mondex\0"
	"ljk-login\0"
	"hybrid-pop\0"
	"tn-tl-w1\0"
	"tn-tl-w2\0"
	"tcpnethaspsrv\0"
	"tn-tl-fd1\0"
	"ss7ns\0"
	"spsc\0"
	"iafserver\0"
	"iafdbase\0"
	"ph\0"
	"bgs-nsi\0"
	"ulpnet\0"
	"integra-sme\0"
	"powerburst\0"
	"avian\0"
	"saft\0"
	"gss-http\0"
	"nest-protocol\0"
	"micom-pfs\0"
	"go-login\0"
	"ticf-1\0"
	"ticf-2\0"
	"pov-ray\0"
	"intecourier\0"
	"pim-rp-disc\0"
	"retrospect\0"
	"siam\0"
	"iso-ill\0"
	"isakmp\0"
	"ike\0"
	"stmf\0"
	"mbap\0"
	"intrinsa\0"
	"citadel\0"
	"mailbox-lm\0"
	"ohimsrv\0"
	"crs\0"
	"xvttp\0"
	"snare\0"
	"fcp\0"
	"passgo\0"
	"exec\0"
	"comsat\0"
	"biff\0"
	"login\0"
	"who\0"
	"shell\0"
	"syslog\0"
	"printer\0"
	"videotex\0"
	"talk\0"
	"ntalk\0"
	"utime\0"
	"efs\0"
	"router\0"
	"route\0"
	"routed\0"
	"rip\0"
	"ripng\0"
	"ulp\0"
	"ibm-db2\0"
	"ncp\0"
	"timed\0"
	"tempo\0"
	"stx\0"
	"custix\0"
	"irc-serv\0"
	"courier\0"
	"conference\0"
	"netnews\0"
	"netwall\0"
	"windream\0"
	"iiop\0"
	"opalis-rdv\0"
	"nmsp\0"
	"gdomap\0"
	"apertus-ldp\0"
	"uucp\0"
	"uucp-rlogin\0"
	"commerce\0"
	"klogin\0"
	"kshell\0"
	"appleqtcsrvr\0"
	"dhcpv6-client\0"
	"dhcpv6-server\0"
	"afpovertcp\0"
	"idfp\0"
	"new-rwho\0"
	"cybercash\0"
	"devshr-nts\0"
	"pirp\0"
	"rtsp\0"
	"dsf\0"
	"remotefs\0"
	"openvms-sysipc\0"
	"sdnskmp\0"
	"teedtap\0"
	"rmonitor\0"
	"monitor\0"
	"chshell\0"
	"nntps\0"
	"9pfs\0"
	"whoami\0"
	"streettalk\0"
	"banyan-rpc\0"
	"ms-shuttle\0"
	"ms-rome\0"
	"meter\0"
	"sonar\0"
	"banyan-vip\0"
	"ftp-agent\0"
	"vemmi\0"
	"ipcd\0"
	"vnas\0"
	"ipdd\0"
	"decbsrv\0"
	"sntp-heartbeat\0"
	"bdp\0"
	"scc-security\0"
	"philips-vc\0"
	"keyserver\0"
	"password-chg\0"
	"submission\0"
	"cal\0"
	"eyelink\0"
	"tns-cml\0"
	"http-alt\0"
	"eudora-set\0"
	"http-rpc-epmap\0"
	"tpip\0"
	"cab-protocol\0"
	"smsd\0"
	"ptcnameservice\0"
	"sco-websrvrmg3\0"
	"acp\0"
	"ipcserver\0"
	"syslog-conn\0"
	"xmlrpc-beep\0"
	"idxp\0"
	"tunnel\0"
	"soap-beep\0"
	"urm\0"
	"nqs\0"
	"sift-uft\0"
	"npmp-trap\0"
	"npmp-local\0"
	"npmp-gui\0"
	"hmmp-ind\0"
	"hmmp-op\0"
	"sshell\0"
	"sco-inetmgr\0"
	"sco-sysmgr\0"
	"sco-dtmgr\0"
	"dei-icda\0"
	"compaq-evm\0"
	"sco-websrvrmgr\0"
	"escp-ip\0"
	"collaborator\0"
	"oob-ws-http\0"
	"asf-rmcp\0"
	"cryptoadmin\0"
	"dec-dlm\0"
	"dec_dlm\0"
	"asia\0"
	"passgo-tivoli\0"
	"qmqp\0"
	"3com-amp3\0"
	"rda\0"
	"ipp\0"
	"ipps\0"
	"bmpp\0"
	"servstat\0"
	"ginad\0"
	"rlzdbase\0"
	"ldaps\0"
	"lanserver\0"
	"mcns-sec\0"
	"msdp\0"
	"entrust-sps\0"
	"repcmd\0"
	"esro-emsdp\0"
	"sanity\0"
	"dwr\0"
	"pssc\0"
	"ldp\0"
	"dhcp-failover\0"
	"rrp\0"
	"cadview-3d\0"
	"obex\0"
	"ieee-mms\0"
	"hello-port\0"
	"repscmd\0"
	"aodv\0"
	"tinc\0"
	"spmp\0"
	"rmc\0"
	"tenfold\0"
	"mac-srvr-admin\0"
	"hap\0"
	"pftp\0"
	"purenoise\0"
	"oob-ws-https\0"
	"asf-secure-rmcp\0"
	"sun-dr\0"
	"mdqs\0"
	"doom\0"
	"disclose\0"
	"mecomm\0"
	"meregister\0"
	"vacdsm-sws\0"
	"vacdsm-app\0"
	"vpps-qua\0"
	"cimplex\0"
	"acap\0"
	"dctp\0"
	"vpps-via\0"
	"vpp\0"
	"ggf-ncp\0"
	"mrm\0"
	"entrust-aaas\0"
	"entrust-aams\0"
	"xfr\0"
	"corba-iiop\0"
	"corba-iiop-ssl\0"
	"mdc-portmapper\0"
	"hcp-wismar\0"
	"asipregistry\0"
	"realm-rusd\0"
	"nmap\0"
	"vatp\0"
	"msexch-routing\0"
	"hyperwave-isp\0"
	"connendp\0"
	"ha-cluster\0"
	"ieee-mms-ssl\0"
	"rushd\0"
	"uuidgen\0"
	"olsr\0"
	"accessnetwork\0"
	"epp\0"
	"lmp\0"
	"iris-beep\0"
	"elcsd\0"
	"agentx\0"
	"silc\0"
	"borland-dsj\0"
	"entrust-kmsh\0"
	"entrust-ash\0"
	"cisco-tdp\0"
	"tbrpf\0"
	"iris-xpc\0"
	"iris-xpcs\0"
	"iris-lwz\0"
	"pana\0"
	"netviewdm1\0"
	"netviewdm2\0"
	"netviewdm3\0"
	"netgw\0"
	"netrcs\0"
	"flexlm\0"
	"fujitsu-dev\0"
	"ris-cm\0"
	"kerberos-adm\0"
	"rfile\0"
	"loadav\0"
	"kerberos-iv\0"
	"pump\0"
	"qrh\0"
	"rrh\0"
	"tell\0"
	"nlogin\0"
	"con\0"
	"ns\0"
	"rxe\0"
	"quotad\0"
	"cycleserv\0"
	"omserv\0"
	"webster\0"
	"phonebook\0"
	"vid\0"
	"cadlock\0"
	"rtip\0"
	"cycleserv2\0"
	"submit\0"
	"notify\0"
	"rpasswd\0"
	"acmaint-dbd\0"
	"acmaint_dbd\0"
	"entomb\0"
	"acmaint-transd\0"
	"acmaint_transd\0"
	"wpages\0"
	"multiling-http\0"
	"wpgs\0"
	"mdbs-daemon\0"
	"mdbs_daemon\0"
	"device\0"
	"mbap-s\0"
	"fcp-udp\0"
	"itm-mcell-s\0"
	"pkix-3-ca-ra\0"
	"netconf-ssh\0"
	"netconf-beep\0"
	"netconfsoaphttp\0"
	"netconfsoapbeep\0"
	"dhcp-failover2\0"
	"gdoi\0"
	"domain-s\0"
	"dlep\0"
	"iscsi\0"
	"owamp-control\0"
	"owamp-test\0"
	"twamp-control\0"
	"twamp-test\0"
	"rsync\0"
	"iclcnet-locate\0"
	"iclcnet-svinfo\0"
	"iclcnet_svinfo\0"
	"accessbuilder\0"
	"cddbp\0"
	"omginitialrefs\0"
	"smpnameres\0"
	"ideafarm-door\0"
	"ideafarm-panic\0"
	"kink\0"
	"xact-backup\0"
	"apex-mesh\0"
	"apex-edge\0"
	"rift-lies\0"
	"rift-ties\0"
	"rndc\0"
	"ftps-data\0"
	"ftps\0"
	"nas\0"
	"telnets\0"
	"imaps\0"
	"pop3s\0"
	"vsinet\0"
	"maitrd\0"
	"busboy\0"
	"puparp\0"
	"garcon\0"
	"puprouter\0"
	"applix\0"
	"cadlock2\0"
	"webpush\0"
	"surf\0"
	"exp1\0"
	"exp2\0"
	"blackjack\0"
	"cap\0"
	"6a44\0"
	"solid-mux\0"
	"netinfo-local\0"
	"activesync\0"
	"mxxrlogin\0"
	"nsstp\0"
	"ams\0"
	"mtqp\0"
	"sbl\0"
	"netarx\0"
	"danf-ak2\0"
	"afrog\0"
	"boinc-client\0"
	"dcutility\0"
	"fpitp\0"
	"wfremotertm\0"
	"neod1\0"
	"neod2\0"
	"td-postman\0"
	"cma\0"
	"optima-vnet\0"
	"ddt\0"
	"remote-as\0"
	"brvread\0"
	"ansyslmd\0"
	"vfo\0"
	"startron\0"
	"nim\0"
	"nimreg\0"
	"polestar\0"
	"kiosk\0"
	"veracity\0"
	"kyoceranetdev\0"
	"jstel\0"
	"syscomlan\0"
	"fpo-fns\0"
	"instl-boots\0"
	"instl_boots\0"
	"instl-bootc\0"
	"instl_bootc\0"
	"cognex-insight\0"
	"gmrupdateserv\0"
	"bsquare-voip\0"
	"cardax\0"
	"bridgecontrol\0"
	"warmspotMgmt\0"
	"rdrmshc\0"
	"dab-sti-c\0"
	"imgames\0"
	"avocent-proxy\0"
	"asprovatalk\0"
	"socks\0"
	"pvuniwien\0"
	"amt-esd-prot\0"
	"ansoft-lm-1\0"
	"ansoft-lm-2\0"
	"webobjects\0"
	"cplscrambler-lg\0"
	"cplscrambler-in\0"
	"cplscrambler-al\0"
	"ff-annunc\0"
	"ff-fms\0"
	"ff-sm\0"
	"obrpd\0"
	"proofd\0"
	"rootd\0"
	"nicelink\0"
	"cnrprotocol\0"
	"sunclustermgr\0"
	"rmiactivation\0"
	"rmiregistry\0"
	"mctp\0"
	"pt2-discover\0"
	"adobeserver-1\0"
	"adobeserver-2\0"
	"xrl\0"
	"ftranhc\0"
	"isoipsigport-1\0"
	"isoipsigport-2\0"
	"ratio-adp\0"
	"webadmstart\0"
	"nfsd-keepalive\0"
	"lmsocialserver\0"
	"icp\0"
	"ltp-deepspace\0"
	"mini-sql\0"
	"ardus-trns\0"
	"ardus-cntl\0"
	"ardus-mtrns\0"
	"sacred\0"
	"bnetgame\0"
	"bnetfile\0"
	"rmpp\0"
	"availant-mgr\0"
	"murray\0"
	"hpvmmcontrol\0"
	"hpvmmagent\0"
	"hpvmmdata\0"
	"kwdb-commn\0"
	"saphostctrl\0"
	"saphostctrls\0"
	"casp\0"
	"caspssl\0"
	"kvm-via-ip\0"
	"dfn\0"
	"aplx\0"
	"omnivision\0"
	"hhb-gateway\0"
	"trim\0"
	"encrypted-admin\0"
	"encrypted_admin\0"
	"evm\0"
	"autonoc\0"
	"mxomss\0"
	"edtools\0"
	"imyx\0"
	"fuscript\0"
	"x9-icue\0"
	"audit-transfer\0"
	"capioverlan\0"
	"elfiq-repl\0"
	"bvtsonar\0"
	"blaze\0"
	"unizensus\0"
	"winpoplanmess\0"
	"c1222-acse\0"
	"resacommunity\0"
	"nfa\0"
	"iascontrol-oms\0"
	"iascontrol\0"
	"dbcontrol-oms\0"
	"oracle-oms\0"
	"olsv\0"
	"health-polling\0"
	"health-trap\0"
	"sddp\0"
	"qsm-proxy\0"
	"qsm-gui\0"
	"qsm-remote\0"
	"cisco-ipsla\0"
	"vchat\0"
	"tripwire\0"
	"atc-lm\0"
	"atc-appserver\0"
	"dnap\0"
	"d-cinema-rrp\0"
	"fnet-remote-ui\0"
	"dossier\0"
	"indigo-server\0"
	"dkmessenger\0"
	"sgi-storman\0"
	"b2n\0"
	"mc-client\0"
	"3comnetman\0"
	"accelenet\0"
	"accelenet-data\0"
	"llsurfup-http\0"
	"llsurfup-https\0"
	"catchpole\0"
	"mysql-cluster\0"
	"alias\0"
	"hp-webadmin\0"
	"unet\0"
	"commlinx-avl\0"
	"gpfs\0"
	"caids-sensor\0"
	"fiveacross\0"
	"openvpn\0"
	"rsf-1\0"
	"netmagic\0"
	"carrius-rshell\0"
	"cajo-discovery\0"
	"dmidi\0"
	"scol\0"
	"nucleus-sand\0"
	"caiccipc\0"
	"ssslic-mgr\0"
	"ssslog-mgr\0"
	"accord-mgc\0"
	"anthony-data\0"
	"metasage\0"
	"seagull-ais\0"
	"ipcd3\0"
	"eoss\0"
	"groove-dpp\0"
	"lupa\0"
	"mpc-lifenet\0"
	"kazaa\0"
	"scanstat-1\0"
	"etebac5\0"
	"hpss-ndapi\0"
	"aeroflight-ads\0"
	"aeroflight-ret\0"
	"qt-serveradmin\0"
	"sweetware-apps\0"
	"nerv\0"
	"tgp\0"
	"vpnz\0"
	"slinkysearch\0"
	"stgxfws\0"
	"dns2go\0"
	"florence\0"
	"zented\0"
	"periscope\0"
	"menandmice-lpm\0"
	"first-defense\0"
	"univ-appserver\0"
	"search-agent\0"
	"mosaicsyssvc1\0"
	"bvcontrol\0"
	"tsdos390\0"
	"hacl-qs\0"
	"nmsd\0"
	"instantia\0"
	"nessus\0"
	"nmasoverip\0"
	"serialgateway\0"
	"isbconference1\0"
	"isbconference2\0"
	"payrouter\0"
	"visionpyramid\0"
	"hermes\0"
	"mesavistaco\0"
	"swldy-sias\0"
	"servergraph\0"
	"bspne-pcc\0"
	"q55-pcc\0"
	"de-noc\0"
	"de-cache-query\0"
	"de-server\0"
	"shockwave2\0"
	"opennl\0"
	"opennl-voice\0"
	"ibm-ssd\0"
	"mpshrsv\0"
	"qnts-orb\0"
	"dka\0"
	"prat\0"
	"dssiapi\0"
	"dellpwrappks\0"
	"epc\0"
	"propel-msgsys\0"
	"watilapp\0"
	"opsmgr\0"
	"excw\0"
	"cspmlockmgr\0"
	"emc-gateway\0"
	"t1distproc\0"
	"ivcollector\0"
	"miva-mqs\0"
	"dellwebadmin-1\0"
	"dellwebadmin-2\0"
	"pictrography\0"
	"healthd\0"
	"emperion\0"
	"productinfo\0"
	"iee-qfx\0"
	"neoiface\0"
	"netuitive\0"
	"routematch\0"
	"navbuddy\0"
	"jwalkserver\0"
	"winjaserver\0"
	"seagulllms\0"
	"dsdn\0"
	"pkt-krb-ipsec\0"
	"cmmdriver\0"
	"ehtp\0"
	"dproxy\0"
	"sdproxy\0"
	"lpcp\0"
	"hp-sci\0"
	"h323hostcallsc\0"
	"sftsrv\0"
	"boomerang\0"
	"pe-mike\0"
	"re-conn-proto\0"
	"pacmand\0"
	"odsi\0"
	"jtag-server\0"
	"husky\0"
	"rxmon\0"
	"sti-envision\0"
	"bmc-patroldb\0"
	"bmc_patroldb\0"
	"pdps\0"
	"els\0"
	"exbit-escp\0"
	"vrts-ipcserver\0"
	"krb5gatekeeper\0"
	"amx-icsp\0"
	"amx-axbnet\0"
	"novation\0"
	"brcd\0"
	"delta-mcp\0"
	"dx-instrument\0"
	"wimsic\0"
	"ultrex\0"
	"ewall\0"
	"netdb-export\0"
	"streetperfect\0"
	"intersan\0"
	"pcia-rxp-b\0"
	"passwrd-policy\0"
	"writesrv\0"
	"digital-notary\0"
	"ischat\0"
	"menandmice-dns\0"
	"wmc-log-svc\0"
	"kjtsiteserver\0"
	"naap\0"
	"qubes\0"
	"esbroker\0"
	"re101\0"
	"icap\0"
	"vpjp\0"
	"alta-ana-lm\0"
	"bbn-mmc\0"
	"bbn-mmx\0"
	"sbook\0"
	"editbench\0"
	"equationbuilder\0"
	"lotusnote\0"
	"relief\0"
	"XSIP-network\0"
	"intuitive-edge\0"
	"cuillamartin\0"
	"pegboard\0"
	"connlcli\0"
	"ftsrv\0"
	"mimer\0"
	"linx\0"
	"timeflies\0"
	"ndm-requester\0"
	"ndm-server\0"
	"adapt-sna\0"
	"netware-csp\0"
	"dcs\0"
	"screencast\0"
	"gv-us\0"
	"us-gv\0"
	"fc-cli\0"
	"fc-ser\0"
	"chromagrafx\0"
	"molly\0"
	"bytex\0"
	"ibm-pps\0"
	"cichlid\0"
	"elan\0"
	"dbreporter\0"
	"telesis-licman\0"
	"apple-licman\0"
	"udt-os\0"
	"udt_os\0"
	"gwha\0"
	"os-licman\0"
	"atex-elmd\0"
	"atex_elmd\0"
	"checksum\0"
	"cadsi-lm\0"
	"objective-dbc\0"
	"iclpv-dm\0"
	"iclpv-sc\0"
	"iclpv-sas\0"
	"iclpv-pm\0"
	"iclpv-nls\0"
	"iclpv-nlc\0"
	"iclpv-wsm\0"
	"dvl-activemail\0"
	"audio-activmail\0"
	"video-activmail\0"
	"cadkey-licman\0"
	"cadkey-tablet\0"
	"goldleaf-licman\0"
	"prm-sm-np\0"
	"prm-nm-np\0"
	"igi-lm\0"
	"ibm-res\0"
	"netlabs-lm\0"
	"tibet-server\0"
	"sophia-lm\0"
	"here-lm\0"
	"hiq\0"
	"af\0"
	"innosys\0"
	"innosys-acl\0"
	"ibm-mqseries\0"
	"dbstar\0"
	"novell-lu6-2\0"
	"novell-lu6.2\0"
	"timbuktu-srv1\0"
	"timbuktu-srv2\0"
	"timbuktu-srv3\0"
	"timbuktu-srv4\0"
	"gandalf-lm\0"
	"autodesk-lm\0"
	"essbase\0"
	"hybrid\0"
	"zion-lm\0"
	"sais\0"
	"mloadd\0"
	"informatik-lm\0"
	"nms\0"
	"tpdu\0"
	"rgtp\0"
	"blueberry-lm\0"
	"ms-sql-s\0"
	"ms-sql-m\0"
	"ibm-cics\0"
	"saism\0"
	"tabula\0"
	"eicon-server\0"
	"eicon-x25\0"
	"eicon-slp\0"
	"cadis-1\0"
	"cadis-2\0"
	"ies-lm\0"
	"marcam-lm\0"
	"proxima-lm\0"
	"ora-lm\0"
	"apri-lm\0"
	"oc-lm\0"
	"peport\0"
	"dwf\0"
	"infoman\0"
	"gtegsc-lm\0"
	"genie-lm\0"
	"interhdl-elmd\0"
	"interhdl_elmd\0"
	"esl-lm\0"
	"dca\0"
	"valisys-lm\0"
	"nrcabq-lm\0"
	"proshare1\0"
	"proshare2\0"
	"ibm-wrless-lan\0"
	"ibm_wrless_lan\0"
	"world-lm\0"
	"nucleus\0"
	"msl-lmd\0"
	"msl_lmd\0"
	"pipes\0"
	"oceansoft-lm\0"
	"csdmbase\0"
	"csdm\0"
	"aal-lm\0"
	"uaiact\0"
	"openmath\0"
	"telefinder\0"
	"taligent-lm\0"
	"clvm-cfg\0"
	"ms-sna-server\0"
	"ms-sna-base\0"
	"dberegister\0"
	"pacerforum\0"
	"airs\0"
	"miteksys-lm\0"
	"afs\0"
	"confluent\0"
	"lansource\0"
	"nms-topo-serv\0"
	"nms_topo_serv\0"
	"localinfosrvr\0"
	"docstor\0"
	"dmdocbroker\0"
	"insitu-conf\0"
	"stone-design-1\0"
	"netmap-lm\0"
	"netmap_lm\0"
	"ica\0"
	"cvc\0"
	"liberty-lm\0"
	"rfx-lm\0"
	"sybase-sqlany\0"
	"fhc\0"
	"vlsi-lm\0"
	"saiscm\0"
	"shivadiscovery\0"
	"imtc-mcs\0"
	"evb-elm\0"
	"funkproxy\0"
	"utcd\0"
	"symplex\0"
	"diagmond\0"
	"robcad-lm\0"
	"mvx-lm\0"
	"3l-l1\0"
	"wins\0"
	"fujitsu-dtc\0"
	"fujitsu-dtcns\0"
	"ifor-protocol\0"
	"vpad\0"
	"vpac\0"
	"vpvd\0"
	"vpvc\0"
	"atm-zip-office\0"
	"ncube-lm\0"
	"ricardo-lm\0"
	"cichild-lm\0"
	"ingreslock\0"
	"orasrv\0"
	"prospero-np\0"
	"pdap-np\0"
	"tlisrv\0"
	"norp\0"
	"coauthor\0"
	"rap-service\0"
	"rap-listen\0"
	"miroconnect\0"
	"virtual-places\0"
	"micromuse-lm\0"
	"ampr-info\0"
	"ampr-inter\0"
	"sdsc-lm\0"
	"3ds-lm\0"
	"intellistor-lm\0"
	"rds\0"
	"rds2\0"
	"gridgen-elmd\0"
	"simba-cs\0"
	"aspeclmd\0"
	"vistium-share\0"
	"abbaccuray\0"
	"laplink\0"
	"axon-lm\0"
	"shivahose\0"
	"shivasound\0"
	"3m-image-lm\0"
	"hecmtl-db\0"
	"pciarray\0"
	"sna-cs\0"
	"caci-lm\0"
	"livelan\0"
	"veritas-pbx\0"
	"veritas_pbx\0"
	"arbortext-lm\0"
	"xingmpeg\0"
	"web2host\0"
	"asci-val\0"
	"facilityview\0"
	"pconnectmgr\0"
	"cadabra-lm\0"
	"pay-per-view\0"
	"winddlb\0"
	"corelvideo\0"
	"jlicelmd\0"
	"tsspmap\0"
	"ets\0"
	"orbixd\0"
	"rdb-dbs-disp\0"
	"chip-lm\0"
	"itscomm-ns\0"
	"mvel-lm\0"
	"oraclenames\0"
	"moldflow-lm\0"
	"hypercube-lm\0"
	"jacobus-lm\0"
	"ioc-sea-lm\0"
	"tn-tl-r1\0"
	"tn-tl-r2\0"
	"mil-2045-47001\0"
	"msims\0"
	"simbaexpress\0"
	"tn-tl-fd2\0"
	"intv\0"
	"ibm-abtact\0"
	"pra-elmd\0"
	"pra_elmd\0"
	"triquest-lm\0"
	"vqp\0"
	"gemini-lm\0"
	"ncpm-pm\0"
	"commonspace\0"
	"mainsoft-lm\0"
	"sixtrak\0"
	"radio\0"
	"radio-sm\0"
	"radio-bc\0"
	"orbplus-iiop\0"
	"picknfs\0"
	"simbaservices\0"
	"issd\0"
	"aas\0"
	"inspect\0"
	"picodbc\0"
	"icabrowser\0"
	"slp\0"
	"slm-api\0"
	"stt\0"
	"smart-lm\0"
	"isysg-lm\0"
	"taurus-wh\0"
	"ill\0"
	"netbill-trans\0"
	"netbill-keyrep\0"
	"netbill-cred\0"
	"netbill-auth\0"
	"netbill-prod\0"
	"nimrod-agent\0"
	"skytelnet\0"
	"xs-openstorage\0"
	"faxportwinport\0"
	"softdataphone\0"
	"ontime\0"
	"jaleosnd\0"
	"udp-sr-port\0"
	"svs-omagent\0"
	"shockwave\0"
	"t128-gateway\0"
	"lontalk-norm\0"
	"lontalk-urgnt\0"
	"oraclenet8cman\0"
	"visitview\0"
	"pammratc\0"
	"pammrpc\0"
	"loaprobe\0"
	"edb-server1\0"
	"isdc\0"
	"islc\0"
	"ismc\0"
	"cert-initiator\0"
	"cert-responder\0"
	"invision\0"
	"isis-am\0"
	"isis-ambc\0"
	"saiseh\0"
	"sightline\0"
	"sa-msg-port\0"
	"rsap\0"
	"concurrent-lm\0"
	"kermit\0"
	"nkd\0"
	"shiva-confsrvr\0"
	"shiva_confsrvr\0"
	"xnmp\0"
	"alphatech-lm\0"
	"stargatealerts\0"
	"dec-mbadmin\0"
	"dec-mbadmin-h\0"
	"fujitsu-mmpdc\0"
	"sixnetudr\0"
	"sg-lm\0"
	"skip-mc-gikreq\0"
	"netview-aix-1\0"
	"netview-aix-2\0"
	"netview-aix-3\0"
	"netview-aix-4\0"
	"netview-aix-5\0"
	"netview-aix-6\0"
	"netview-aix-7\0"
	"netview-aix-8\0"
	"netview-aix-9\0"
	"netview-aix-10\0"
	"netview-aix-11\0"
	"netview-aix-12\0"
	"proshare-mc-1\0"
	"proshare-mc-2\0"
	"pdp\0"
	"netcomm1\0"
	"netcomm2\0"
	"groupwise\0"
	"prolink\0"
	"darcorp-lm\0"
	"microcom-sbp\0"
	"sd-elmd\0"
	"lanyon-lantern\0"
	"ncpm-hip\0"
	"snaresecure\0"
	"n2nremote\0"
	"cvmon\0"
	"nsjtp-ctrl\0"
	"nsjtp-data\0"
	"firefox\0"
	"ng-umds\0"
	"empire-empuma\0"
	"sstsys-lm\0"
	"rrirtr\0"
	"rrimwm\0"
	"rrilwm\0"
	"rrifmm\0"
	"rrisat\0"
	"rsvp-encap-1\0"
	"rsvp-encap-2\0"
	"mps-raft\0"
	"l2tp\0"
	"l2f\0"
	"deskshare\0"
	"hb-engine\0"
	"bcs-broker\0"
	"slingshot\0"
	"jetform\0"
	"vdmplay\0"
	"gat-lmd\0"
	"centra\0"
	"impera\0"
	"pptconference\0"
	"registrar\0"
	"conferencetalk\0"
	"sesi-lm\0"
	"houdini-lm\0"
	"xmsg\0"
	"fj-hdnet\0"
	"h323gatedisc\0"
	"h323gatestat\0"
	"h323hostcall\0"
	"caicci\0"
	"hks-lm\0"
	"pptp\0"
	"csbphonemaster\0"
	"iden-ralp\0"
	"iberiagames\0"
	"winddx\0"
	"telindus\0"
	"citynl\0"
	"roketz\0"
	"msiccp\0"
	"proxim\0"
	"siipat\0"
	"cambertx-lm\0"
	"privatechat\0"
	"street-stream\0"
	"ultimad\0"
	"gamegen1\0"
	"webaccess\0"
	"encore\0"
	"cisco-net-mgmt\0"
	"3Com-nsd\0"
	"cinegrfx-lm\0"
	"ncpm-ft\0"
	"remote-winsock\0"
	"ftrapid-1\0"
	"ftrapid-2\0"
	"oracle-em1\0"
	"aspen-services\0"
	"sslp\0"
	"swiftnet\0"
	"lofr-lm\0"
	"predatar-comms\0"
	"oracle-em2\0"
	"ms-streaming\0"
	"capfast-lmd\0"
	"cnhrp\0"
	"tftp-mcast\0"
	"spss-lm\0"
	"www-ldap-gw\0"
	"cft-0\0"
	"cft-1\0"
	"cft-2\0"
	"cft-3\0"
	"cft-4\0"
	"cft-5\0"
	"cft-6\0"
	"cft-7\0"
	"bmc-net-adm\0"
	"bmc-net-svc\0"
	"vaultbase\0"
	"essweb-gw\0"
	"kmscontrol\0"
	"global-dtserv\0"
	"vdab\0"
	"femis\0"
	"powerguardian\0"
	"prodigy-intrnet\0"
	"pharmasoft\0"
	"dpkeyserv\0"
	"answersoft-lm\0"
	"hp-hcip\0"
	"finle-lm\0"
	"windlm\0"
	"funk-logger\0"
	"funk-license\0"
	"psmond\0"
	"hello\0"
	"ea1\0"
	"ibm-dt-2\0"
	"rsc-robot\0"
	"cera-bcm\0"
	"dpi-proxy\0"
	"vocaltec-admin\0"
	"etp\0"
	"netrisk\0"
	"ansys-lm\0"
	"msmq\0"
	"concomp1\0"
	"hp-hcip-gwy\0"
	"enl\0"
	"enl-name\0"
	"musiconline\0"
	"fhsp\0"
	"oracle-vp2\0"
	"oracle-vp1\0"
	"jerand-lm\0"
	"scientia-sdb\0"
	"radius\0"
	"radius-acct\0"
	"tdp-suite\0"
	"mmpft\0"
	"harp\0"
	"rkb-oscs\0"
	"etftp\0"
	"plato-lm\0"
	"mcagent\0"
	"donnyworld\0"
	"es-elmd\0"
	"unisys-lm\0"
	"metrics-pas\0"
	"direcpc-video\0"
	"ardt\0"
	"asi\0"
	"itm-mcell-u\0"
	"optika-emedia\0"
	"net8-cman\0"
	"myrtle\0"
	"tht-treasure\0"
	"udpradio\0"
	"ardusuni\0"
	"ardusmul\0"
	"ste-smsc\0"
	"csoft1\0"
	"talnet\0"
	"netopia-vo1\0"
	"netopia-vo2\0"
	"netopia-vo3\0"
	"netopia-vo4\0"
	"netopia-vo5\0"
	"direcpc-dll\0"
	"altalink\0"
	"tunstall-pnc\0"
	"slp-notify\0"
	"fjdocdist\0"
	"alpha-sms\0"
	"gsi\0"
	"ctcd\0"
	"virtual-time\0"
	"vids-avtp\0"
	"buddy-draw\0"
	"fiorano-rtrsvc\0"
	"fiorano-msgsvc\0"
	"datacaptor\0"
	"privateark\0"
	"gammafetchsvr\0"
	"sunscalar-svc\0"
	"lecroy-vicp\0"
	"mysql-cm-agent\0"
	"msnp\0"
	"paradym-31port\0"
	"entp\0"
	"swrmi\0"
	"udrive\0"
	"viziblebrowser\0"
	"transact\0"
	"sunscalar-dns\0"
	"canocentral0\0"
	"canocentral1\0"
	"fjmpjps\0"
	"fjswapsnp\0"
	"westell-stats\0"
	"ewcappsrv\0"
	"hp-webqosdb\0"
	"drmsmc\0"
	"nettgain-nms\0"
	"vsat-control\0"
	"ibm-mqseries2\0"
	"ecsqdmn\0"
	"mqtt\0"
	"idmaps\0"
	"vrtstrapserver\0"
	"leoip\0"
	"filex-lport\0"
	"ncconfig\0"
	"unify-adapter\0"
	"wilkenlistener\0"
	"childkey-notif\0"
	"childkey-ctrl\0"
	"elad\0"
	"o2server-port\0"
	"b-novative-ls\0"
	"metaagent\0"
	"cymtec-port\0"
	"mc2studios\0"
	"ssdp\0"
	"fjicl-tep-a\0"
	"fjicl-tep-b\0"
	"linkname\0"
	"fjicl-tep-c\0"
	"sugp\0"
	"tpmd\0"
	"intrastar\0"
	"dawn\0"
	"global-wlink\0"
	"ultrabac\0"
	"mtp\0"
	"rhp-iibp\0"
	"armadp\0"
	"elm-momentum\0"
	"facelink\0"
	"persona\0"
	"noagent\0"
	"can-nds\0"
	"can-dch\0"
	"can-ferret\0"
	"noadmin\0"
	"tapestry\0"
	"spice\0"
	"xiip\0"
	"discovery-port\0"
	"egs\0"
	"videte-cipc\0"
	"emsd-port\0"
	"bandwiz-system\0"
	"driveappserver\0"
	"amdsched\0"
	"ctt-broker\0"
	"xmapi\0"
	"xaapi\0"
	"macromedia-fcs\0"
	"jetcmeserver\0"
	"jwserver\0"
	"jwclient\0"
	"jvserver\0"
	"jvclient\0"
	"dic-aida\0"
	"res\0"
	"beeyond-media\0"
	"close-combat\0"
	"dialogic-elmd\0"
	"tekpls\0"
	"sentinelsrm\0"
	"eye2eye\0"
	"ismaeasdaqlive\0"
	"ismaeasdaqtest\0"
	"bcs-lmserver\0"
	"mpnjsc\0"
	"rapidbase\0"
	"abr-api\0"
	"abr-secure\0"
	"vrtl-vmf-ds\0"
	"unix-status\0"
	"dxadmind\0"
	"simp-all\0"
	"nasmanager\0"
	"bts-appserver\0"
	"biap-mp\0"
	"webmachine\0"
	"solid-e-engine\0"
	"tivoli-npm\0"
	"slush\0"
	"sns-quote\0"
	"lipsinc\0"
	"lipsinc1\0"
	"netop-rc\0"
	"netop-school\0"
	"intersys-cache\0"
	"dlsrap\0"
	"drp\0"
	"tcoflashagent\0"
	"tcoregagent\0"
	"tcoaddressbook\0"
	"unisql\0"
	"unisql-java\0"
	"pearldoc-xact\0"
	"p2pq\0"
	"estamp\0"
	"lhtp\0"
	"bb\0"
	"hsrp\0"
	"licensedaemon\0"
	"tr-rsrb-p1\0"
	"tr-rsrb-p2\0"
	"tr-rsrb-p3\0"
	"mshnet\0"
	"stun-p1\0"
	"stun-p2\0"
	"stun-p3\0"
	"ipsendmsg\0"
	"snmp-tcp-port\0"
	"stun-port\0"
	"perf-port\0"
	"tr-rsrb-port\0"
	"gdp-port\0"
	"x25-svc-port\0"
	"tcp-id-port\0"
	"cisco-sccp\0"
	"dc\0"
	"wizard\0"
	"globe\0"
	"brutus\0"
	"mailbox\0"
	"emce\0"
	"berknet\0"
	"oracle\0"
	"invokator\0"
	"raid-cd\0"
	"dectalk\0"
	"raid-am\0"
	"conf\0"
	"terminaldb\0"
	"news\0"
	"whosockami\0"
	"search\0"
	"pipe-server\0"
	"pipe_server\0"
	"raid-cc\0"
	"servserv\0"
	"ttyinfo\0"
	"raid-ac\0"
	"troff\0"
	"raid-sf\0"
	"cypress\0"
	"raid-cs\0"
	"bootserver\0"
	"cypress-stat\0"
	"bootclient\0"
	"rellpack\0"
	"about\0"
	"xinupageserver\0"
	"servexec\0"
	"xinuexpansion1\0"
	"down\0"
	"xinuexpansion2\0"
	"xinuexpansion3\0"
	"xinuexpansion4\0"
	"ellpack\0"
	"xribs\0"
	"scrabble\0"
	"shadowserver\0"
	"submitserver\0"
	"hsrpv6\0"
	"device2\0"
	"mobrien-chat\0"
	"blackboard\0"
	"glogger\0"
	"scoremgr\0"
	"imsldoc\0"
	"e-dpnet\0"
	"applus\0"
	"objectmanager\0"
	"prizma\0"
	"lam\0"
	"interbase\0"
	"isis\0"
	"isis-bcast\0"
	"rimsl\0"
	"cdfunc\0"
	"sdfunc\0"
	"dls-monitor\0"
	"nfs\0"
	"shilp\0"
	"av-emb-config\0"
	"epnsdp\0"
	"clearvisn\0"
	"lot105-ds-upd\0"
	"weblogin\0"
	"iop\0"
	"omnisky\0"
	"rich-cp\0"
	"newwavesearch\0"
	"bmc-messaging\0"
	"teleniumdaemon\0"
	"netmount\0"
	"icg-swp\0"
	"icg-bridge\0"
	"icg-iprelay\0"
	"dlsrpn\0"
	"aura\0"
	"dlswpn\0"
	"avauthsrvprtcl\0"
	"event-port\0"
	"ah-esp-encap\0"
	"acp-port\0"
	"msync\0"
	"gxs-data-port\0"
	"vrtl-vmf-sa\0"
	"newlixengine\0"
	"newlixconfig\0"
	"tsrmagt\0"
	"tpcsrvr\0"
	"idware-router\0"
	"autodesk-nlm\0"
	"kme-trap-port\0"
	"infowave\0"
	"radsec\0"
	"sunclustergeo\0"
	"ada-cip\0"
	"gnunet\0"
	"eli\0"
	"ip-blf\0"
	"sep\0"
	"lrp\0"
	"prp\0"
	"descent3\0"
	"nbx-cc\0"
	"nbx-au\0"
	"nbx-ser\0"
	"nbx-dir\0"
	"jetformpreview\0"
	"dialog-port\0"
	"h2250-annex-g\0"
	"amiganetfs\0"
	"rtcm-sc104\0"
	"zephyr-srv\0"
	"zephyr-clt\0"
	"zephyr-hm\0"
	"minipay\0"
	"mzap\0"
	"bintec-admin\0"
	"comcam\0"
	"ergolight\0"
	"umsp\0"
	"dsatp\0"
	"idonix-metanet\0"
	"hsl-storm\0"
	"ariascribe\0"
	"kdm\0"
	"ccowcmr\0"
	"mentaclient\0"
	"mentaserver\0"
	"gsigatekeeper\0"
	"qencp\0"
	"scientia-ssdb\0"
	"caupc-remote\0"
	"gtp-control\0"
	"elatelink\0"
	"lockstep\0"
	"pktcable-cops\0"
	"index-pc-wb\0"
	"net-steward\0"
	"cs-live\0"
	"xds\0"
	"avantageb2b\0"
	"solera-epmap\0"
	"zymed-zpp\0"
	"avenue\0"
	"gris\0"
	"appworxsrv\0"
	"connect\0"
	"unbind-cluster\0"
	"ias-auth\0"
	"ias-reg\0"
	"ias-admind\0"
	"tdmoip\0"
	"lv-jc\0"
	"lv-ffx\0"
	"lv-pici\0"
	"lv-not\0"
	"lv-auth\0"
	"veritas-ucl\0"
	"acptsys\0"
	"dynamic3d\0"
	"docent\0"
	"gtp-user\0"
	"ctlptc\0"
	"stdptc\0"
	"brdptc\0"
	"trp\0"
	"xnds\0"
	"touchnetplus\0"
	"gdbremote\0"
	"apc-2160\0"
	"apc-2161\0"
	"navisphere\0"
	"navisphere-sec\0"
	"ddns-v3\0"
	"x-bone-api\0"
	"iwserver\0"
	"raw-serial\0"
	"easy-soft-mux\0"
	"brain\0"
	"eyetv\0"
	"msfw-storage\0"
	"msfw-s-storage\0"
	"msfw-replica\0"
	"msfw-array\0"
	"airsync\0"
	"rapi\0"
	"qwave\0"
	"bitspeer\0"
	"vmrdp\0"
	"mc-gt-srv\0"
	"eforward\0"
	"cgn-stat\0"
	"cgn-config\0"
	"nvd\0"
	"onbase-dds\0"
	"gtaua\0"
	"ssmc\0"
	"ssmd\0"
	"radware-rpm\0"
	"radware-rpm-s\0"
	"tivoconnect\0"
	"tvbus\0"
	"asdis\0"
	"drwcs\0"
	"mnp-exchange\0"
	"onehome-remote\0"
	"onehome-help\0"
	"ats\0"
	"imtc-map\0"
	"b2-runtime\0"
	"b2-license\0"
	"jps\0"
	"hpocbus\0"
	"hpssd\0"
	"hpiod\0"
	"rimf-ps\0"
	"noaaport\0"
	"emwin\0"
	"leecoposserver\0"
	"kali\0"
	"rpi\0"
	"ipcore\0"
	"vtu-comms\0"
	"gotodevice\0"
	"bounzza\0"
	"netiq-ncap\0"
	"netiq\0"
	"ethernet-ip-s\0"
	"EtherNet-IP-1\0"
	"EtherNet/IP-1\0"
	"rockwell-csp2\0"
	"efi-mg\0"
	"rcip-itu\0"
	"di-drm\0"
	"di-msg\0"
	"ehome-ms\0"
	"datalens\0"
	"queueadm\0"
	"wimaxasncp\0"
	"ivs-video\0"
	"infocrypt\0"
	"directplay\0"
	"sercomm-wlink\0"
	"nani\0"
	"optech-port1-lm\0"
	"aviva-sna\0"
	"imagequery\0"
	"recipe\0"
	"ivsd\0"
	"foliocorp\0"
	"magicom\0"
	"nmsserver\0"
	"hao\0"
	"pc-mta-addrmap\0"
	"antidotemgrsvr\0"
	"ums\0"
	"rfmp\0"
	"remote-collab\0"
	"dif-port\0"
	"njenet-ssl\0"
	"dtv-chan-req\0"
	"seispoc\0"
	"vrtp\0"
	"pcc-mfp\0"
	"simple-tx-rx\0"
	"rcts\0"
	"bid-serv\0"
	"apc-2260\0"
	"comotionmaster\0"
	"comotionback\0"
	"ecwcfg\0"
	"apx500api-1\0"
	"apx500api-2\0"
	"mfserver\0"
	"ontobroker\0"
	"amt\0"
	"mikey\0"
	"starschool\0"
	"mmcals\0"
	"mmcal\0"
	"mysql-im\0"
	"pcttunnell\0"
	"ibridge-data\0"
	"ibridge-mgmt\0"
	"bluectrlproxy\0"
	"s3db\0"
	"xmquery\0"
	"lnvpoller\0"
	"lnvconsole\0"
	"lnvalarm\0"
	"lnvstatus\0"
	"lnvmaps\0"
	"lnvmailmon\0"
	"nas-metering\0"
	"dna\0"
	"netml\0"
	"dict-lookup\0"
	"sonus-logging\0"
	"eapsp\0"
	"mib-streaming\0"
	"npdbgmngr\0"
	"konshus-lm\0"
	"advant-lm\0"
	"theta-lm\0"
	"d2k-datamover1\0"
	"d2k-datamover2\0"
	"pc-telecommute\0"
	"cvmmon\0"
	"cpq-wbem\0"
	"binderysupport\0"
	"proxy-gateway\0"
	"attachmate-uts\0"
	"mt-scaleserver\0"
	"tappi-boxnet\0"
	"pehelp\0"
	"sdhelp\0"
	"sdserver\0"
	"sdclient\0"
	"messageservice\0"
	"wanscaler\0"
	"iapp\0"
	"cr-websystems\0"
	"precise-sft\0"
	"sent-lm\0"
	"attachmate-g32\0"
	"cadencecontrol\0"
	"infolibria\0"
	"siebel-ns\0"
	"rdlap\0"
	"ofsd\0"
	"3d-nfsd\0"
	"cosmocall\0"
	"ansysli\0"
	"idcp\0"
	"xingcsm\0"
	"netrix-sftm\0"
	"tscchat\0"
	"agentview\0"
	"rcc-host\0"
	"snapp\0"
	"ace-client\0"
	"ace-proxy\0"
	"appleugcontrol\0"
	"ideesrv\0"
	"norton-lambert\0"
	"3com-webview\0"
	"wrs-registry\0"
	"wrs_registry\0"
	"xiostatus\0"
	"manage-exec\0"
	"nati-logos\0"
	"fcmsys\0"
	"dbm\0"
	"redstorm-join\0"
	"redstorm_join\0"
	"redstorm-find\0"
	"redstorm_find\0"
	"redstorm-info\0"
	"redstorm_info\0"
	"redstorm-diag\0"
	"redstorm_diag\0"
	"psbserver\0"
	"psrserver\0"
	"pslserver\0"
	"pspserver\0"
	"psprserver\0"
	"psdbserver\0"
	"gxtelmd\0"
	"unihub-server\0"
	"futrix\0"
	"flukeserver\0"
	"nexstorindltd\0"
	"tl1\0"
	"digiman\0"
	"mediacntrlnfsd\0"
	"oi-2000\0"
	"dbref\0"
	"qip-login\0"
	"service-ctrl\0"
	"opentable\0"
	"bif-p2p\0"
	"l3-hbmon\0"
	"lanmessenger\0"
	"remographlm\0"
	"hydra\0"
	"docker\0"
	"docker-s\0"
	"swarm\0"
	"dali\0"
	"etcd-client\0"
	"etcd-server\0"
	"compaq-https\0"
	"ms-olap3\0"
	"ms-olap4\0"
	"sd-request\0"
	"sd-capacity\0"
	"sd-data\0"
	"virtualtape\0"
	"vsamredirector\0"
	"mynahautostart\0"
	"ovsessionmgr\0"
	"rsmtp\0"
	"3com-net-mgmt\0"
	"tacticalauth\0"
	"ms-olap1\0"
	"ms-olap2\0"
	"lan900-remote\0"
	"lan900_remote\0"
	"wusage\0"
	"ncl\0"
	"orbiter\0"
	"fmpro-fdal\0"
	"opequus-server\0"
	"cvspserver\0"
	"taskmaster2000\0"
	"iec-104\0"
	"trc-netpoll\0"
	"jediserver\0"
	"orion\0"
	"railgun-webaccl\0"
	"sns-protocol\0"
	"vrts-registry\0"
	"netwave-ap-mgmt\0"
	"cdn\0"
	"orion-rmi-reg\0"
	"beeyond\0"
	"codima-rtp\0"
	"rmtserver\0"
	"composit-server\0"
	"cas\0"
	"attachmate-s2s\0"
	"dslremote-mgmt\0"
	"g-talk\0"
	"crmsbits\0"
	"rnrp\0"
	"kofax-svr\0"
	"fjitsuappmgr\0"
	"vcmp\0"
	"mgcp-gateway\0"
	"ott\0"
	"ft-role\0"
	"venus\0"
	"venus-se\0"
	"codasrv\0"
	"codasrv-se\0"
	"pxc-epmap\0"
	"optilogic\0"
	"topx\0"
	"unicontrol\0"
	"sybasedbsynch\0"
	"spearway\0"
	"pvsw-inet\0"
	"netangel\0"
	"powerclientcsf\0"
	"btpp2sectrans\0"
	"dtn1\0"
	"bues-service\0"
	"bues_service\0"
	"ovwdb\0"
	"hpppssvr\0"
	"ratl\0"
	"netadmin\0"
	"netchat\0"
	"snifferclient\0"
	"madge-ltd\0"
	"indx-dds\0"
	"wago-io-system\0"
	"altav-remmgt\0"
	"rapido-ip\0"
	"griffin\0"
	"xrpl\0"
	"ms-theater\0"
	"qadmifoper\0"
	"qadmifevent\0"
	"lsi-raid-mgmt\0"
	"direcpc-si\0"
	"lbm\0"
	"lbf\0"
	"high-criteria\0"
	"qip-msgd\0"
	"mti-tcs-comm\0"
	"taskman-port\0"
	"seaodbc\0"
	"c3\0"
	"aker-cdp\0"
	"vitalanalysis\0"
	"ace-server\0"
	"ace-svr-prop\0"
	"ssm-cvs\0"
	"ssm-cssps\0"
	"ssm-els\0"
	"powerexchange\0"
	"giop\0"
	"giop-ssl\0"
	"ttc\0"
	"ttc-ssl\0"
	"netobjects1\0"
	"netobjects2\0"
	"pns\0"
	"moy-corp\0"
	"tsilb\0"
	"qip-qdhcp\0"
	"conclave-cpp\0"
	"groove\0"
	"talarian-mqs\0"
	"bmc-ar\0"
	"fast-rem-serv\0"
	"dirgis\0"
	"quaddb\0"
	"odn-castraq\0"
	"rtsserv\0"
	"rtsclient\0"
	"kentrox-prot\0"
	"nms-dpnss\0"
	"wlbs\0"
	"ppcontrol\0"
	"jbroker\0"
	"spock\0"
	"jdatastore\0"
	"fjmpss\0"
	"fjappmgrbulk\0"
	"metastorm\0"
	"citrixima\0"
	"citrixadmin\0"
	"facsys-ntp\0"
	"facsys-router\0"
	"maincontrol\0"
	"call-sig-trans\0"
	"willy\0"
	"globmsgsvc\0"
	"pvsw\0"
	"adaptecmgr\0"
	"windb\0"
	"qke-llc-v3\0"
	"optiwave-lm\0"
	"ms-v-worlds\0"
	"ema-sent-lm\0"
	"iqserver\0"
	"ncr-ccl\0"
	"ncr_ccl\0"
	"utsftp\0"
	"vrcommerce\0"
	"ito-e-gui\0"
	"ovtopmd\0"
	"snifferserver\0"
	"combox-web-acc\0"
	"madcap\0"
	"btpp2audctr1\0"
	"upgrade\0"
	"vnwk-prapi\0"
	"vsiadmin\0"
	"lonworks\0"
	"lonworks2\0"
	"udrawgraph\0"
	"reftek\0"
	"novell-zen\0"
	"sis-emt\0"
	"vytalvaultbrtp\0"
	"vytalvaultvsmp\0"
	"vytalvaultpipe\0"
	"ipass\0"
	"ads\0"
	"isg-uda-server\0"
	"call-logging\0"
	"efidiningport\0"
	"vcnet-link-v10\0"
	"compaq-wcp\0"
	"nicetec-nmsvc\0"
	"nicetec-mgmt\0"
	"pclemultimedia\0"
	"lstp\0"
	"labrat\0"
	"mosaixcc\0"
	"delibo\0"
	"cti-redwood\0"
	"hp-3000-telnet\0"
	"coord-svr\0"
	"pcs-pcw\0"
	"clp\0"
	"spamtrap\0"
	"sonuscallsig\0"
	"hs-port\0"
	"cecsvc\0"
	"ibp\0"
	"trustestablish\0"
	"blockade-bpsp\0"
	"hl7\0"
	"tclprodebugger\0"
	"scipticslsrvr\0"
	"rvs-isdn-dcp\0"
	"mpfoncl\0"
	"tributary\0"
	"argis-te\0"
	"argis-ds\0"
	"mon\0"
	"cyaserv\0"
	"netx-server\0"
	"netx-agent\0"
	"masc\0"
	"privilege\0"
	"quartus-tcl\0"
	"idotdist\0"
	"maytagshuffle\0"
	"netrek\0"
	"mns-mail\0"
	"dts\0"
	"worldfusion1\0"
	"worldfusion2\0"
	"homesteadglory\0"
	"citriximaclient\0"
	"snapd\0"
	"hpstgmgr\0"
	"discp-client\0"
	"discp-server\0"
	"servicemeter\0"
	"nsc-ccs\0"
	"nsc-posa\0"
	"netmon\0"
	"connection\0"
	"wag-service\0"
	"system-monitor\0"
	"versa-tek\0"
	"lionhead\0"
	"qpasa-agent\0"
	"smntubootstrap\0"
	"neveroffline\0"
	"firepower\0"
	"appswitch-emp\0"
	"cmadmin\0"
	"priority-e-com\0"
	"bruce\0"
	"lpsrecommender\0"
	"miles-apart\0"
	"metricadbc\0"
	"lmdp\0"
	"aria\0"
	"blwnkl-port\0"
	"gbjd816\0"
	"moshebeeri\0"
	"dict\0"
	"sitaraserver\0"
	"sitaramgmt\0"
	"sitaradir\0"
	"irdg-post\0"
	"interintelli\0"
	"pk-electronics\0"
	"backburner\0"
	"solve\0"
	"imdocsvc\0"
	"sybaseanywhere\0"
	"aminet\0"
	"ami-control\0"
	"hdl-srv\0"
	"tragic\0"
	"gte-samp\0"
	"travsoft-ipx-t\0"
	"novell-ipx-cmd\0"
	"and-lm\0"
	"syncserver\0"
	"upsnotifyprot\0"
	"vpsipport\0"
	"eristwoguns\0"
	"ebinsite\0"
	"interpathpanel\0"
	"sonus\0"
	"corel-vncadmin\0"
	"corel_vncadmin\0"
	"unglue\0"
	"kana\0"
	"sns-dispatcher\0"
	"sns-admin\0"
	"sns-query\0"
	"gcmonitor\0"
	"olhost\0"
	"bintec-capi\0"
	"bintec-tapi\0"
	"patrol-mq-gm\0"
	"patrol-mq-nm\0"
	"extensis\0"
	"alarm-clock-s\0"
	"alarm-clock-c\0"
	"toad\0"
	"tve-announce\0"
	"newlixreg\0"
	"nhserver\0"
	"firstcall42\0"
	"ewnn\0"
	"ttc-etap\0"
	"simslink\0"
	"gadgetgate1way\0"
	"gadgetgate2way\0"
	"syncserverssl\0"
	"pxc-sapxom\0"
	"mpnjsomb\0"
	"ncdloadbalance\0"
	"mpnjsosv\0"
	"mpnjsocl\0"
	"mpnjsomg\0"
	"pq-lic-mgmt\0"
	"md-cg-http\0"
	"fastlynx\0"
	"hp-nnm-data\0"
	"itinternet\0"
	"admins-lms\0"
	"pwrsevent\0"
	"vspread\0"
	"unifyadmin\0"
	"oce-snmp-trap\0"
	"mck-ivpip\0"
	"csoft-plusclnt\0"
	"tqdata\0"
	"sms-rcinfo\0"
	"sms-xfer\0"
	"sms-chat\0"
	"sms-remctrl\0"
	"sds-admin\0"
	"ncdmirroring\0"
	"emcsymapiport\0"
	"banyan-net\0"
	"supermon\0"
	"sso-service\0"
	"sso-control\0"
	"aocp\0"
	"raventbs\0"
	"raventdm\0"
	"hpstgmgr2\0"
	"inova-ip-disco\0"
	"pn-requester\0"
	"pn-requester2\0"
	"scan-change\0"
	"wkars\0"
	"smart-diagnose\0"
	"proactivesrvr\0"
	"watchdog-nt\0"
	"qotps\0"
	"msolap-ptp2\0"
	"tams\0"
	"mgcp-callagent\0"
	"sqdr\0"
	"tcim-control\0"
	"nec-raidplus\0"
	"fyre-messanger\0"
	"g5m\0"
	"signet-ctf\0"
	"ccs-software\0"
	"netiq-mc\0"
	"radwiz-nms-srv\0"
	"srp-feedback\0"
	"ndl-tcp-ois-gw\0"
	"tn-timing\0"
	"alarm\0"
	"tsb\0"
	"tsb2\0"
	"murx\0"
	"honyaku\0"
	"urbisnet\0"
	"cpudpencap\0"
	"fjippol-swrly\0"
	"fjippol-polsvr\0"
	"fjippol-cnsl\0"
	"fjippol-port1\0"
	"fjippol-port2\0"
	"rsisysaccess\0"
	"de-spot\0"
	"apollo-cc\0"
	"expresspay\0"
	"simplement-tie\0"
	"cnrp\0"
	"apollo-status\0"
	"apollo-gms\0"
	"sabams\0"
	"dicom-iscl\0"
	"dicom-tls\0"
	"desktop-dna\0"
	"data-insurance\0"
	"qip-audup\0"
	"compaq-scp\0"
	"uadtc\0"
	"uacs\0"
	"exce\0"
	"veronica\0"
	"vergencecm\0"
	"auris\0"
	"rbakcup1\0"
	"rbakcup2\0"
	"smpp\0"
	"ridgeway1\0"
	"ridgeway2\0"
	"gwen-sonya\0"
	"lbc-sync\0"
	"lbc-control\0"
	"whosells\0"
	"everydayrc\0"
	"aises\0"
	"www-dev\0"
	"aic-np\0"
	"aic-oncrpc\0"
	"piccolo\0"
	"fryeserv\0"
	"media-agent\0"
	"plgproxy\0"
	"mtport-regist\0"
	"f5-globalsite\0"
	"initlsmsad\0"
	"livestats\0"
	"ac-tech\0"
	"esp-encap\0"
	"tmesis-upshot\0"
	"icon-discover\0"
	"acc-raid\0"
	"igcp\0"
	"veritas-tcp1\0"
	"veritas-udp1\0"
	"btprjctrl\0"
	"dvr-esm\0"
	"wta-wsp-s\0"
	"cspuni\0"
	"cspmulti\0"
	"j-lan-p\0"
	"corbaloc\0"
	"netsteward\0"
	"gsiftp\0"
	"atmtcp\0"
	"llm-pass\0"
	"llm-csv\0"
	"lbc-measure\0"
	"lbc-watchdog\0"
	"nmsigport\0"
	"rmlnk\0"
	"fc-faultnotify\0"
	"univision\0"
	"vrts-at-port\0"
	"ka0wuc\0"
	"cqg-netlan\0"
	"cqg-netlan-1\0"
	"slc-systemlog\0"
	"slc-ctrlrloops\0"
	"itm-lm\0"
	"silkp1\0"
	"silkp2\0"
	"silkp3\0"
	"silkp4\0"
	"glishd\0"
	"evtp\0"
	"evtp-data\0"
	"catalyst\0"
	"repliweb\0"
	"starbot\0"
	"l3-exprt\0"
	"l3-ranger\0"
	"l3-hawk\0"
	"pdnet\0"
	"bpcp-poll\0"
	"bpcp-trap\0"
	"aimpp-hello\0"
	"aimpp-port-req\0"
	"amt-blc-port\0"
	"metaconsole\0"
	"webemshttp\0"
	"bears-01\0"
	"ispipes\0"
	"infomover\0"
	"msrp\0"
	"cesdinv\0"
	"simctlp\0"
	"ecnp\0"
	"activememory\0"
	"dialpad-voice1\0"
	"dialpad-voice2\0"
	"ttg-protocol\0"
	"sonardata\0"
	"astronova-main\0"
	"pit-vpn\0"
	"iwlistener\0"
	"esps-portal\0"
	"npep-messaging\0"
	"icslap\0"
	"daishi\0"
	"msi-selectplay\0"
	"radix\0"
	"psrt\0"
	"dxmessagebase1\0"
	"dxmessagebase2\0"
	"sps-tunnel\0"
	"bluelance\0"
	"aap\0"
	"ucentric-ds\0"
	"synapse\0"
	"ndsp\0"
	"ndtp\0"
	"ndnp\0"
	"flashmsg\0"
	"topflow\0"
	"responselogic\0"
	"aironetddp\0"
	"spcsdlobby\0"
	"rsom\0"
	"cspclmulti\0"
	"cinegrfx-elmd\0"
	"snifferdata\0"
	"vseconnector\0"
	"abacus-remote\0"
	"natuslink\0"
	"ecovisiong6-1\0"
	"citrix-rtmp\0"
	"appliance-cfg\0"
	"powergemplus\0"
	"quicksuite\0"
	"allstorcns\0"
	"netaspi\0"
	"suitcase\0"
	"m2ua\0"
	"m3ua\0"
	"caller9\0"
	"webmethods-b2b\0"
	"mao\0"
	"funk-dialout\0"
	"tdaccess\0"
	"blockade\0"
	"epicon\0"
	"boosterware\0"
	"gamelobby\0"
	"tksocket\0"
	"elvin-server\0"
	"elvin_server\0"
	"elvin-client\0"
	"elvin_client\0"
	"kastenchasepad\0"
	"roboer\0"
	"roboeda\0"
	"cesdcdman\0"
	"cesdcdtrn\0"
	"wta-wsp-wtp-s\0"
	"precise-vip\0"
	"mobile-file-dl\0"
	"unimobilectrl\0"
	"redstone-cpss\0"
	"amx-webadmin\0"
	"amx-weblinx\0"
	"circle-x\0"
	"incp\0"
	"4-tieropmgw\0"
	"4-tieropmcli\0"
	"qtp\0"
	"otpatch\0"
	"pnaconsult-lm\0"
	"sm-pas-1\0"
	"sm-pas-2\0"
	"sm-pas-3\0"
	"sm-pas-4\0"
	"sm-pas-5\0"
	"ttnrepository\0"
	"megaco-h248\0"
	"h248-binary\0"
	"fjsvmpor\0"
	"gpsd\0"
	"wap-push\0"
	"wap-pushsecure\0"
	"esip\0"
	"ottp\0"
	"mpfwsas\0"
	"ovalarmsrv\0"
	"ovalarmsrv-cmd\0"
	"csnotify\0"
	"ovrimosdbman\0"
	"jmact5\0"
	"jmact6\0"
	"rmopagt\0"
	"dfoxserver\0"
	"boldsoft-lm\0"
	"iph-policy-cli\0"
	"iph-policy-adm\0"
	"bullant-srap\0"
	"bullant-rap\0"
	"idp-infotrieve\0"
	"ssc-agent\0"
	"enpp\0"
	"essp\0"
	"index-net\0"
	"netclip\0"
	"pmsm-webrctl\0"
	"svnetworks\0"
	"signal\0"
	"fjmpcm\0"
	"cns-srv-port\0"
	"ttc-etap-ns\0"
	"ttc-etap-ds\0"
	"h263-video\0"
	"wimd\0"
	"mylxamport\0"
	"iwb-whiteboard\0"
	"netplan\0"
	"hpidsadmin\0"
	"hpidsagent\0"
	"stonefalls\0"
	"identify\0"
	"hippad\0"
	"zarkov\0"
	"boscap\0"
	"wkstn-mon\0"
	"avenyo\0"
	"veritas-vis1\0"
	"veritas-vis2\0"
	"idrs\0"
	"vsixml\0"
	"rebol\0"
	"realsecure\0"
	"remoteware-un\0"
	"hbci\0"
	"remoteware-cl\0"
	"origo-native\0"
	"exlm-agent\0"
	"remoteware-srv\0"
	"cgms\0"
	"csoftragent\0"
	"geniuslm\0"
	"ii-admin\0"
	"lotusmtap\0"
	"midnight-tech\0"
	"pxc-ntfy\0"
	"gw\0"
	"ping-pong\0"
	"trusted-web\0"
	"twsdss\0"
	"gilatskysurfer\0"
	"broker-service\0"
	"broker_service\0"
	"nati-dstp\0"
	"notify-srvr\0"
	"notify_srvr\0"
	"event-listener\0"
	"event_listener\0"
	"srvc-registry\0"
	"srvc_registry\0"
	"resource-mgr\0"
	"resource_mgr\0"
	"cifs\0"
	"agriserver\0"
	"csregagent\0"
	"magicnotes\0"
	"nds-sso\0"
	"nds_sso\0"
	"arepa-raft\0"
	"agri-gateway\0"
	"LiebDevMgmt-C\0"
	"LiebDevMgmt_C\0"
	"LiebDevMgmt-DM\0"
	"LiebDevMgmt_DM\0"
	"LiebDevMgmt-A\0"
	"LiebDevMgmt_A\0"
	"arepa-cas\0"
	"eppc\0"
	"redwood-chat\0"
	"pdb\0"
	"osmosis-aeea\0"
	"fjsv-gssagt\0"
	"hagel-dump\0"
	"hp-san-mgmt\0"
	"santak-ups\0"
	"cogitate\0"
	"tomato-springs\0"
	"di-traceware\0"
	"journee\0"
	"brp\0"
	"responsenet\0"
	"di-ase\0"
	"hlserver\0"
	"pctrader\0"
	"nsws\0"
	"gds-db\0"
	"gds_db\0"
	"galaxy-server\0"
	"apc-3052\0"
	"dsom-server\0"
	"amt-cnf-prot\0"
	"policyserver\0"
	"cdl-server\0"
	"goahead-fldup\0"
	"videobeans\0"
	"qsoft\0"
	"interserver\0"
	"cautcpd\0"
	"ncacn-ip-tcp\0"
	"ncadg-ip-udp\0"
	"rprt\0"
	"slinterbase\0"
	"netattachsdmp\0"
	"fjhpjp\0"
	"ls3bcast\0"
	"ls3\0"
	"mgxswitch\0"
	"xplat-replicate\0"
	"csd-monitor\0"
	"vcrp\0"
	"xbox\0"
	"orbix-locator\0"
	"orbix-config\0"
	"orbix-loc-ssl\0"
	"orbix-cfg-ssl\0"
	"lv-frontpanel\0"
	"stm-pproc\0"
	"stm_pproc\0"
	"tl1-lv\0"
	"tl1-raw\0"
	"tl1-telnet\0"
	"itm-mccs\0"
	"pcihreq\0"
	"jdl-dbkitchen\0"
	"asoki-sma\0"
	"xdtp\0"
	"ptk-alink\0"
	"stss\0"
	"1ci-smcs\0"
	"rapidmq-center\0"
	"rapidmq-reg\0"
	"panasas\0"
	"ndl-aps\0"
	"umm-port\0"
	"chmd\0"
	"opcon-xps\0"
	"hp-pxpib\0"
	"slslavemon\0"
	"autocuesmi\0"
	"autocuelog\0"
	"autocuetime\0"
	"cardbox\0"
	"cardbox-http\0"
	"business\0"
	"geolocate\0"
	"personnel\0"
	"sim-control\0"
	"wsynch\0"
	"ksysguard\0"
	"cs-auth-svr\0"
	"ccmad\0"
	"mctet-master\0"
	"mctet-gateway\0"
	"mctet-jserv\0"
	"pkagent\0"
	"d2000kernel\0"
	"d2000webserver\0"
	"pcmk-remote\0"
	"vtr-emulator\0"
	"edix\0"
	"beacon-port\0"
	"a13-an\0"
	"ctx-bridge\0"
	"ndl-aas\0"
	"netport-id\0"
	"icpv2\0"
	"netbookmark\0"
	"ms-rule-engine\0"
	"prism-deploy\0"
	"ecp\0"
	"peerbook-port\0"
	"grubd\0"
	"rtnt-1\0"
	"rtnt-2\0"
	"incognitorv\0"
	"ariliamulti\0"
	"vmodem\0"
	"rdc-wh-eos\0"
	"seaview\0"
	"tarantella\0"
	"csi-lfap\0"
	"bears-02\0"
	"rfio\0"
	"nm-game-admin\0"
	"nm-game-server\0"
	"nm-asses-admin\0"
	"nm-assessor\0"
	"feitianrockey\0"
	"s8-client-port\0"
	"ccmrmi\0"
	"jpegmpeg\0"
	"indura\0"
	"lsa-comm\0"
	"stvp\0"
	"navegaweb-port\0"
	"tip-app-server\0"
	"doc1lm\0"
	"sflm\0"
	"res-sap\0"
	"imprs\0"
	"newgenpay\0"
	"sossecollector\0"
	"nowcontact\0"
	"poweronnud\0"
	"serverview-as\0"
	"serverview-asn\0"
	"serverview-gf\0"
	"serverview-rm\0"
	"serverview-icc\0"
	"armi-server\0"
	"t1-e1-over-ip\0"
	"ars-master\0"
	"phonex-port\0"
	"radclientport\0"
	"h2gf-w-2m\0"
	"mc-brk-srv\0"
	"bmcpatrolagent\0"
	"bmcpatrolrnvu\0"
	"cops-tls\0"
	"apogeex-port\0"
	"smpppd\0"
	"iiw-port\0"
	"odi-port\0"
	"brcm-comm-port\0"
	"pcle-infex\0"
	"csvr-proxy\0"
	"csvr-sslproxy\0"
	"firemonrcc\0"
	"spandataport\0"
	"magbind\0"
	"ncu-1\0"
	"ncu-2\0"
	"embrace-dp-s\0"
	"embrace-dp-c\0"
	"dmod-workspace\0"
	"tick-port\0"
	"cpq-tasksmart\0"
	"intraintra\0"
	"netwatcher-mon\0"
	"netwatcher-db\0"
	"isns\0"
	"ironmail\0"
	"vx-auth-port\0"
	"pfu-prcallback\0"
	"netwkpathengine\0"
	"flamenco-proxy\0"
	"avsecuremgmt\0"
	"surveyinst\0"
	"neon24x7\0"
	"jmq-daemon-1\0"
	"jmq-daemon-2\0"
	"ferrari-foam\0"
	"unite\0"
	"smartpackets\0"
	"wms-messenger\0"
	"xnm-ssl\0"
	"xnm-clear-text\0"
	"glbp\0"
	"digivote\0"
	"aes-discovery\0"
	"fcip-port\0"
	"isi-irp\0"
	"dwnmshttp\0"
	"dwmsgserver\0"
	"global-cd-port\0"
	"sftdst-port\0"
	"vidigo\0"
	"mdtp\0"
	"whisker\0"
	"alchemy\0"
	"mdap-port\0"
	"apparenet-ts\0"
	"apparenet-tps\0"
	"apparenet-as\0"
	"apparenet-ui\0"
	"triomotion\0"
	"sysorb\0"
	"sdp-id-port\0"
	"timelot\0"
	"onesaf\0"
	"vieo-fe\0"
	"dvt-system\0"
	"dvt-data\0"
	"procos-lm\0"
	"ssp\0"
	"hicp\0"
	"sysscanner\0"
	"dhe\0"
	"pda-data\0"
	"pda-sys\0"
	"semaphore\0"
	"cpqrpm-agent\0"
	"cpqrpm-server\0"
	"ivecon-port\0"
	"epncdp2\0"
	"iscsi-target\0"
	"winshadow\0"
	"necp\0"
	"ecolor-imager\0"
	"ccmail\0"
	"altav-tunnel\0"
	"ns-cfg-server\0"
	"ibm-dial-out\0"
	"msft-gc\0"
	"msft-gc-ssl\0"
	"verismart\0"
	"csoft-prev\0"
	"user-manager\0"
	"sxmp\0"
	"ordinox-server\0"
	"samd\0"
	"maxim-asics\0"
	"awg-proxy\0"
	"lkcmserver\0"
	"admind\0"
	"vs-server\0"
	"sysopt\0"
	"datusorb\0"
	"4talk\0"
	"plato\0"
	"e-net\0"
	"directvdata\0"
	"cops\0"
	"enpc\0"
	"caps-lm\0"
	"sah-lm\0"
	"cart-o-rama\0"
	"fg-fps\0"
	"fg-gip\0"
	"dyniplookup\0"
	"rib-slm\0"
	"cytel-lm\0"
	"deskview\0"
	"pdrncs\0"
	"ceph\0"
	"tarantool\0"
	"mcs-fastmail\0"
	"opsession-clnt\0"
	"opsession-srvr\0"
	"odette-ftp\0"
	"mysql\0"
	"opsession-prxy\0"
	"tns-server\0"
	"tns-adv\0"
	"dyna-access\0"
	"mcns-tel-ret\0"
	"appman-server\0"
	"uorb\0"
	"uohost\0"
	"cdid\0"
	"aicc-cmi\0"
	"vsaiport\0"
	"ssrip\0"
	"sdt-lmd\0"
	"officelink2000\0"
	"vnsstr\0"
	"sftu\0"
	"bbars\0"
	"egptlm\0"
	"hp-device-disc\0"
	"mcs-calypsoicf\0"
	"mcs-messaging\0"
	"mcs-mailsvr\0"
	"dec-notes\0"
	"directv-web\0"
	"directv-soft\0"
	"directv-tick\0"
	"directv-catlg\0"
	"anet-b\0"
	"anet-l\0"
	"anet-m\0"
	"anet-h\0"
	"webtie\0"
	"ms-cluster-net\0"
	"bnt-manager\0"
	"influence\0"
	"trnsprntproxy\0"
	"phoenix-rpc\0"
	"pangolin-laser\0"
	"chevinservices\0"
	"findviatv\0"
	"btrieve\0"
	"ssql\0"
	"fatpipe\0"
	"suitjd\0"
	"ordinox-dbase\0"
	"upnotifyps\0"
	"adtech-test\0"
	"mpsysrmsvr\0"
	"wg-netforce\0"
	"kv-server\0"
	"kv-agent\0"
	"dj-ilm\0"
	"nati-vi-server\0"
	"tip2\0"
	"lavenir-lm\0"
	"cluster-disc\0"
	"vsnm-agent\0"
	"cdbroker\0"
	"cogsys-lm\0"
	"wsicopy\0"
	"socorfs\0"
	"sns-channels\0"
	"geneous\0"
	"fujitsu-neat\0"
	"esp-lm\0"
	"hp-clic\0"
	"qnxnetman\0"
	"gprs-data\0"
	"gprs-sig\0"
	"backroomnet\0"
	"cbserver\0"
	"ms-wbt-server\0"
	"rdp\0"
	"dsc\0"
	"savant\0"
	"efi-lm\0"
	"d2k-tapestry1\0"
	"d2k-tapestry2\0"
	"dyna-lm\0"
	"printer-agent\0"
	"printer_agent\0"
	"cloanto-lm\0"
	"mercantile\0"
	"csms\0"
	"csms2\0"
	"filecast\0"
	"fxaengine-net\0"
	"nokia-ann-ch1\0"
	"nokia-ann-ch2\0"
	"ldap-admin\0"
	"BESApi\0"
	"networklens\0"
	"networklenss\0"
	"biolink-auth\0"
	"xmlblaster\0"
	"svnet\0"
	"wip-port\0"
	"bcinameservice\0"
	"commandport\0"
	"csvr\0"
	"rnmap\0"
	"softaudit\0"
	"ifcp-port\0"
	"bmap\0"
	"rusb-sys-port\0"
	"xtrm\0"
	"xtrms\0"
	"agps-port\0"
	"arkivio\0"
	"websphere-snmp\0"
	"twcss\0"
	"gcsp\0"
	"ssdispatch\0"
	"ndl-als\0"
	"osdcp\0"
	"opnet-smp\0"
	"opencm\0"
	"pacom\0"
	"gc-config\0"
	"autocueds\0"
	"spiral-admin\0"
	"hri-port\0"
	"ans-console\0"
	"connect-client\0"
	"connect-server\0"
	"ov-nnm-websrv\0"
	"denali-server\0"
	"monp\0"
	"3comfaxrpc\0"
	"directnet\0"
	"dnc-port\0"
	"hotu-chat\0"
	"castorproxy\0"
	"asam\0"
	"sabp-signal\0"
	"pscupd\0"
	"mira\0"
	"prsvp\0"
	"vat\0"
	"vat-control\0"
	"d3winosfi\0"
	"integral\0"
	"edm-manager\0"
	"edm-stager\0"
	"edm-std-notify\0"
	"edm-adm-notify\0"
	"edm-mgr-sync\0"
	"edm-mgr-cntrl\0"
	"workflow\0"
	"rcst\0"
	"ttcmremotectrl\0"
	"pluribus\0"
	"jt400\0"
	"jt400-ssl\0"
	"jaugsremotec-1\0"
	"jaugsremotec-2\0"
	"ttntspauto\0"
	"genisar-port\0"
	"nppmp\0"
	"ecomm\0"
	"stun\0"
	"turn\0"
	"stun-behavior\0"
	"twrpc\0"
	"plethora\0"
	"cleanerliverc\0"
	"vulture\0"
	"slim-devices\0"
	"gbs-stp\0"
	"celatalk\0"
	"ifsf-hb-port\0"
	"ltctcp\0"
	"ltcudp\0"
	"fs-rh-srv\0"
	"dtp-dia\0"
	"colubris\0"
	"swr-port\0"
	"tvdumtray-port\0"
	"nut\0"
	"ibm3494\0"
	"seclayer-tcp\0"
	"seclayer-tls\0"
	"ipether232port\0"
	"dashpas-port\0"
	"sccip-media\0"
	"rtmp-port\0"
	"isoft-p2p\0"
	"avinstalldisc\0"
	"lsp-ping\0"
	"ironstorm\0"
	"ccmcomm\0"
	"apc-3506\0"
	"nesh-broker\0"
	"interactionweb\0"
	"vt-ssl\0"
	"xss-port\0"
	"webmail-2\0"
	"aztec\0"
	"arcpd\0"
	"must-p2p\0"
	"must-backplane\0"
	"smartcard-port\0"
	"802-11-iapp\0"
	"artifact-msg\0"
	"nvmsgd\0"
	"galileo\0"
	"galileolog\0"
	"mc3ss\0"
	"nssocketport\0"
	"odeumservlink\0"
	"ecmport\0"
	"eisport\0"
	"starquiz-port\0"
	"beserver-msg-q\0"
	"jboss-iiop\0"
	"jboss-iiop-ssl\0"
	"gf\0"
	"joltid\0"
	"raven-rmp\0"
	"raven-rdp\0"
	"urld-port\0"
	"ms-la\0"
	"snac\0"
	"ni-visa-remote\0"
	"ibm-diradm\0"
	"ibm-diradm-ssl\0"
	"pnrp-port\0"
	"voispeed-port\0"
	"hacl-monitor\0"
	"qftest-lookup\0"
	"teredo\0"
	"camac\0"
	"symantec-sim\0"
	"interworld\0"
	"tellumat-nms\0"
	"ssmpp\0"
	"apcupsd\0"
	"taserver\0"
	"rbr-discovery\0"
	"questnotify\0"
	"razor\0"
	"sky-transport\0"
	"personalos-001\0"
	"mcp-port\0"
	"cctv-port\0"
	"iniserve-port\0"
	"bmc-onekey\0"
	"sdbproxy\0"
	"watcomdebug\0"
	"esimport\0"
	"m2pa\0"
	"quest-data-hub\0"
	"dof-eps\0"
	"dof-tunnel-sec\0"
	"mbg-ctrl\0"
	"mccwebsvr-port\0"
	"megardsvr-port\0"
	"megaregsvrport\0"
	"tag-ups-1\0"
	"dmaf-server\0"
	"dmaf-caster\0"
	"ccm-port\0"
	"cmc-port\0"
	"config-port\0"
	"data-port\0"
	"ttat3lb\0"
	"nati-svrloc\0"
	"kfxaclicensing\0"
	"press\0"
	"canex-watch\0"
	"u-dbap\0"
	"emprise-lls\0"
	"emprise-lsc\0"
	"p2pgroup\0"
	"sentinel\0"
	"isomair\0"
	"wv-csp-sms\0"
	"gtrack-server\0"
	"gtrack-ne\0"
	"bpmd\0"
	"mediaspace\0"
	"shareapp\0"
	"iw-mmogame\0"
	"a14\0"
	"a15\0"
	"quasar-server\0"
	"trap-daemon\0"
	"visinet-gui\0"
	"infiniswitchcl\0"
	"int-rcv-cntrl\0"
	"bmc-jmx-port\0"
	"comcam-io\0"
	"splitlock\0"
	"precise-i3\0"
	"trendchip-dcp\0"
	"cpdi-pidas-cm\0"
	"echonet\0"
	"six-degrees\0"
	"dataprotector\0"
	"alaris-disc\0"
	"sigma-port\0"
	"start-network\0"
	"cd3o-protocol\0"
	"sharp-server\0"
	"aairnet-1\0"
	"aairnet-2\0"
	"ep-pcp\0"
	"ep-nsp\0"
	"ff-lr-port\0"
	"haipe-discover\0"
	"dist-upgrade\0"
	"volley\0"
	"bvcdaemon-port\0"
	"jamserverport\0"
	"ept-machine\0"
	"escvpnet\0"
	"cs-remote-db\0"
	"cs-services\0"
	"distcc\0"
	"wacp\0"
	"hlibmgr\0"
	"sdo\0"
	"servistaitsm\0"
	"scservp\0"
	"ehp-backup\0"
	"xap-ha\0"
	"netplay-port1\0"
	"netplay-port2\0"
	"juxml-port\0"
	"audiojuggler\0"
	"ssowatch\0"
	"cyc\0"
	"xss-srv-port\0"
	"splitlock-gw\0"
	"fjcp\0"
	"nmmp\0"
	"prismiq-plugin\0"
	"xrpc-registry\0"
	"vxcrnbuport\0"
	"tsp\0"
	"vaprtm\0"
	"abatemgr\0"
	"abatjss\0"
	"immedianet-bcn\0"
	"ps-ams\0"
	"apple-sasl\0"
	"can-nds-ssl\0"
	"can-ferret-ssl\0"
	"pserver\0"
	"dtp\0"
	"ups-engine\0"
	"ent-engine\0"
	"eserver-pap\0"
	"infoexch\0"
	"dell-rm-port\0"
	"casanswmgmt\0"
	"smile\0"
	"efcp\0"
	"lispworks-orb\0"
	"mediavault-gui\0"
	"wininstall-ipc\0"
	"calltrax\0"
	"va-pacbase\0"
	"roverlog\0"
	"ipr-dglt\0"
	"npds-tracker\0"
	"bts-x73\0"
	"cas-mapi\0"
	"bmc-ea\0"
	"faxstfx-port\0"
	"dsx-agent\0"
	"tnmpv2\0"
	"simple-push\0"
	"simple-push-s\0"
	"daap\0"
	"svn\0"
	"magaya-network\0"
	"intelsync\0"
	"easl\0"
	"bmc-data-coll\0"
	"telnetcpcd\0"
	"nw-license\0"
	"sagectlpanel\0"
	"kpn-icw\0"
	"lrs-paging\0"
	"netcelera\0"
	"ws-discovery\0"
	"adobeserver-3\0"
	"adobeserver-4\0"
	"adobeserver-5\0"
	"rt-event\0"
	"rt-event-s\0"
	"sun-as-iiops\0"
	"ca-idms\0"
	"portgate-auth\0"
	"edb-server2\0"
	"sentinel-ent\0"
	"tftps\0"
	"delos-dms\0"
	"anoto-rendezv\0"
	"wv-csp-sms-cir\0"
	"wv-csp-udp-cir\0"
	"opus-services\0"
	"itelserverport\0"
	"ufastro-instr\0"
	"xsync\0"
	"xserveraid\0"
	"sychrond\0"
	"blizwow\0"
	"na-er-tip\0"
	"array-manager\0"
	"e-mdu\0"
	"e-woa\0"
	"fksp-audit\0"
	"client-ctrl\0"
	"smap\0"
	"m-wnn\0"
	"multip-msg\0"
	"synel-data\0"
	"pwdis\0"
	"rs-rmi\0"
	"xpanel\0"
	"versatalk\0"
	"launchbird-lm\0"
	"heartbeat\0"
	"wysdma\0"
	"cst-port\0"
	"ipcs-command\0"
	"sasg\0"
	"gw-call-port\0"
	"linktest\0"
	"linktest-s\0"
	"webdata\0"
	"cimtrak\0"
	"cbos-ip-port\0"
	"gprs-cube\0"
	"vipremoteagent\0"
	"nattyserver\0"
	"timestenbroker\0"
	"sas-remote-hlp\0"
	"canon-capt\0"
	"grf-port\0"
	"apw-registry\0"
	"exapt-lmgr\0"
	"adtempusclient\0"
	"gsakmp\0"
	"gbs-smp\0"
	"xo-wave\0"
	"mni-prot-rout\0"
	"rtraceroute\0"
	"sitewatch-s\0"
	"listmgr-port\0"
	"rblcheckd\0"
	"haipe-otnk\0"
	"cindycollab\0"
	"paging-port\0"
	"ctp\0"
	"ctdhercules\0"
	"zicom\0"
	"ispmmgr\0"
	"dvcprov-port\0"
	"jibe-eb\0"
	"c-h-it-port\0"
	"cognima\0"
	"nnp\0"
	"abcvoice-port\0"
	"iso-tp0s\0"
	"bim-pem\0"
	"bfd-control\0"
	"bfd-echo\0"
	"upstriggervsw\0"
	"fintrx\0"
	"isrp-port\0"
	"remotedeploy\0"
	"quickbooksrds\0"
	"tvnetworkvideo\0"
	"sitewatch\0"
	"dcsoftware\0"
	"jaus\0"
	"myblast\0"
	"spw-dialer\0"
	"idps\0"
	"minilock\0"
	"radius-dynauth\0"
	"pwgpsi\0"
	"ibm-mgr\0"
	"vhd\0"
	"soniqsync\0"
	"iqnet-port\0"
	"tcpdataserver\0"
	"wsmlb\0"
	"spugna\0"
	"sun-as-iiops-ca\0"
	"apocd\0"
	"wlanauth\0"
	"amp\0"
	"neto-wol-server\0"
	"rap-ip\0"
	"neto-dcs\0"
	"lansurveyorxml\0"
	"sunlps-http\0"
	"tapeware\0"
	"crinis-hb\0"
	"epl-slp\0"
	"scp\0"
	"pmcp\0"
	"acp-discovery\0"
	"acp-conduit\0"
	"acp-policy\0"
	"ffserver\0"
	"warmux\0"
	"netmpi\0"
	"neteh\0"
	"neteh-ext\0"
	"cernsysmgmtagt\0"
	"dvapps\0"
	"xxnetserver\0"
	"aipn-auth\0"
	"spectardata\0"
	"spectardb\0"
	"markem-dcp\0"
	"mkm-discovery\0"
	"sos\0"
	"amx-rms\0"
	"flirtmitmir\0"
	"shiprush-db-svr\0"
	"nhci\0"
	"quest-agent\0"
	"rnm\0"
	"v-one-spp\0"
	"an-pcp\0"
	"msfw-control\0"
	"item\0"
	"spw-dnspreload\0"
	"qtms-bootstrap\0"
	"spectraport\0"
	"sse-app-config\0"
	"sscan\0"
	"stryker-com\0"
	"opentrac\0"
	"informer\0"
	"trap-port\0"
	"trap-port-mom\0"
	"nav-port\0"
	"sasp\0"
	"winshadow-hd\0"
	"giga-pocket\0"
	"asap-tcp\0"
	"asap-udp\0"
	"asap-tcp-tls\0"
	"xpl\0"
	"dzdaemon\0"
	"dzoglserver\0"
	"diameter\0"
	"ovsam-mgmt\0"
	"ovsam-d-agent\0"
	"avocent-adsap\0"
	"oem-agent\0"
	"fagordnc\0"
	"sixxsconfig\0"
	"pnbscada\0"
	"dl-agent\0"
	"dl_agent\0"
	"xmpcr-interface\0"
	"fotogcad\0"
	"appss-lm\0"
	"igrs\0"
	"idac\0"
	"msdts1\0"
	"vrpn\0"
	"softrack-meter\0"
	"topflow-ssl\0"
	"nei-management\0"
	"ciphire-data\0"
	"ciphire-serv\0"
	"dandv-tester\0"
	"ndsconnect\0"
	"rtc-pm-port\0"
	"pcc-image-port\0"
	"cgi-starapi\0"
	"syam-agent\0"
	"syam-smc\0"
	"sdo-tls\0"
	"sdo-ssh\0"
	"senip\0"
	"itv-control\0"
	"nimsh\0"
	"nimaux\0"
	"charsetmgr\0"
	"omnilink-port\0"
	"mupdate\0"
	"topovista-data\0"
	"imoguia-port\0"
	"hppronetman\0"
	"surfcontrolcpa\0"
	"prnrequest\0"
	"prnstatus\0"
	"gbmt-stars\0"
	"listcrt-port\0"
	"listcrt-port-2\0"
	"agcat\0"
	"wysdmc\0"
	"aftmux\0"
	"pktcablemmcops\0"
	"hyperip\0"
	"exasoftport1\0"
	"herodotus-net\0"
	"sor-update\0"
	"symb-sb-port\0"
	"mpl-gprs-port\0"
	"zmp\0"
	"winport\0"
	"natdataservice\0"
	"netboot-pxe\0"
	"smauth-port\0"
	"syam-webserver\0"
	"msr-plugin-port\0"
	"dyn-site\0"
	"plbserve-port\0"
	"sunfm-port\0"
	"sdp-portmapper\0"
	"mailprox\0"
	"dvbservdsc\0"
	"dbcontrol-agent\0"
	"dbcontrol_agent\0"
	"aamp\0"
	"xecp-node\0"
	"homeportal-web\0"
	"srdp\0"
	"tig\0"
	"sops\0"
	"emcads\0"
	"backupedge\0"
	"ccp\0"
	"apdap\0"
	"drip\0"
	"namemunge\0"
	"pwgippfax\0"
	"i3-sessionmgr\0"
	"xmlink-connect\0"
	"adrep\0"
	"p2pcommunity\0"
	"gvcp\0"
	"mqe-broker\0"
	"mqe-agent\0"
	"treehopper\0"
	"bess\0"
	"proaxess\0"
	"sbi-agent\0"
	"thrp\0"
	"sasggprs\0"
	"ati-ip-to-ncpe\0"
	"bflckmgr\0"
	"ppsms\0"
	"ianywhere-dbns\0"
	"landmarks\0"
	"lanrevagent\0"
	"lanrevserver\0"
	"iconp\0"
	"progistics\0"
	"xk22\0"
	"airshot\0"
	"opswagent\0"
	"opswmanager\0"
	"secure-cfg-svr\0"
	"smwan\0"
	"starfish\0"
	"eis\0"
	"eisp\0"
	"mapper-nodemgr\0"
	"mapper-mapethd\0"
	"mapper-ws-ethd\0"
	"mapper-ws_ethd\0"
	"centerline\0"
	"dcs-config\0"
	"bv-queryengine\0"
	"bv-is\0"
	"bv-smcsrv\0"
	"bv-ds\0"
	"bv-agent\0"
	"iss-mgmt-ssl\0"
	"abcsoftware\0"
	"agentsease-db\0"
	"dnx\0"
	"nvcnet\0"
	"terabase\0"
	"newoak\0"
	"pxc-spvr-ft\0"
	"pxc-splr-ft\0"
	"pxc-roid\0"
	"pxc-pin\0"
	"pxc-spvr\0"
	"pxc-splr\0"
	"netcheque\0"
	"chimera-hwm\0"
	"samsung-unidex\0"
	"altserviceboot\0"
	"pda-gate\0"
	"acl-manager\0"
	"taiclock\0"
	"talarian-mcast1\0"
	"talarian-mcast2\0"
	"talarian-mcast3\0"
	"talarian-mcast4\0"
	"talarian-mcast5\0"
	"trap\0"
	"nexus-portal\0"
	"dnox\0"
	"esnm-zoning\0"
	"tnp1-port\0"
	"partimage\0"
	"as-debug\0"
	"bxp\0"
	"dtserver-port\0"
	"ip-qsig\0"
	"jdmn-port\0"
	"suucp\0"
	"vrts-auth-port\0"
	"sanavigator\0"
	"ubxd\0"
	"wap-push-http\0"
	"wap-push-https\0"
	"ravehd\0"
	"fazzt-ptp\0"
	"fazzt-admin\0"
	"yo-main\0"
	"houston\0"
	"ldxp\0"
	"nirp\0"
	"ltp\0"
	"acp-proto\0"
	"ctp-state\0"
	"wafs\0"
	"cisco-wafs\0"
	"cppdp\0"
	"interact\0"
	"ccu-comm-1\0"
	"ccu-comm-2\0"
	"ccu-comm-3\0"
	"lms\0"
	"wfm\0"
	"kingfisher\0"
	"dlms-cosem\0"
	"dsmeter-iatc\0"
	"dsmeter_iatc\0"
	"ice-location\0"
	"ice-slocation\0"
	"ice-router\0"
	"ice-srouter\0"
	"avanti-cdp\0"
	"avanti_cdp\0"
	"pmas\0"
	"idp\0"
	"ipfltbcst\0"
	"minger\0"
	"tripe\0"
	"aibkup\0"
	"zieto-sock\0"
	"iRAPP\0"
	"cequint-cityid\0"
	"perimlan\0"
	"seraph\0"
	"ascomalarm\0"
	"cssp\0"
	"santools\0"
	"lorica-in\0"
	"lorica-in-sec\0"
	"lorica-out\0"
	"lorica-out-sec\0"
	"fortisphere-vm\0"
	"ezmessagesrv\0"
	"ftsync\0"
	"applusservice\0"
	"npsp\0"
	"opencore\0"
	"omasgport\0"
	"ewinstaller\0"
	"ewdgs\0"
	"pvxpluscs\0"
	"sysrqd\0"
	"xtgui\0"
	"bre\0"
	"patrolview\0"
	"drmsfsd\0"
	"dpcp\0"
	"igo-incognito\0"
	"brlp-0\0"
	"brlp-1\0"
	"brlp-2\0"
	"brlp-3\0"
	"shofar\0"
	"synchronite\0"
	"j-ac\0"
	"accel\0"
	"izm\0"
	"g2tag\0"
	"xgrid\0"
	"apple-vpns-rp\0"
	"aipn-reg\0"
	"jomamqmonitor\0"
	"cds\0"
	"smartcard-tls\0"
	"hillrserv\0"
	"netscript\0"
	"assuria-slm\0"
	"minirem\0"
	"e-builder\0"
	"fprams\0"
	"z-wave\0"
	"tigv2\0"
	"opsview-envoy\0"
	"ddrepl\0"
	"unikeypro\0"
	"nufw\0"
	"nuauth\0"
	"fronet\0"
	"stars\0"
	"nuts-dem\0"
	"nuts_dem\0"
	"nuts-bootp\0"
	"nuts_bootp\0"
	"nifty-hmi\0"
	"cl-db-attach\0"
	"cl-db-request\0"
	"cl-db-remote\0"
	"nettest\0"
	"thrtx\0"
	"cedros-fds\0"
	"cedros_fds\0"
	"oirtgsvc\0"
	"oidocsvc\0"
	"oidsr\0"
	"vvr-control\0"
	"tgcconnect\0"
	"vrxpservman\0"
	"hhb-handheld\0"
	"agslb\0"
	"PowerAlert-nsa\0"
	"menandmice-noh\0"
	"menandmice_noh\0"
	"idig-mux\0"
	"idig_mux\0"
	"mbl-battd\0"
	"atlinks\0"
	"bzr\0"
	"stat-results\0"
	"stat-scanner\0"
	"stat-cc\0"
	"nss\0"
	"jini-discovery\0"
	"omscontact\0"
	"omstopology\0"
	"silverpeakpeer\0"
	"silverpeakcomm\0"
	"altcp\0"
	"joost\0"
	"ddgn\0"
	"pslicser\0"
	"iadt\0"
	"iadt-disc\0"
	"d-cinema-csp\0"
	"ml-svnet\0"
	"pcoip\0"
	"mma-discovery\0"
	"smcluster\0"
	"sm-disc\0"
	"bccp\0"
	"tl-ipcproxy\0"
	"wello\0"
	"storman\0"
	"MaxumSP\0"
	"httpx\0"
	"macbak\0"
	"pcptcpservice\0"
	"cyborgnet\0"
	"universe-suite\0"
	"universe_suite\0"
	"wcpp\0"
	"boxbackupstore\0"
	"csc-proxy\0"
	"csc_proxy\0"
	"vatata\0"
	"pcep\0"
	"sieve\0"
	"dsmipv6\0"
	"azeti\0"
	"azeti-bd\0"
	"pvxplusio\0"
	"spdm\0"
	"aws-wsp\0"
	"hctl\0"
	"eims-admin\0"
	"corelccam\0"
	"d-data\0"
	"d-data-control\0"
	"srcp\0"
	"owserver\0"
	"batman\0"
	"pinghgl\0"
	"trueconf\0"
	"compx-lockview\0"
	"dserver\0"
	"mirrtex\0"
	"p6ssmc\0"
	"pscl-mgt\0"
	"perrla\0"
	"choiceview-agt\0"
	"choiceview-clt\0"
	"opentelemetry\0"
	"fox-skytale\0"
	"fdt-rcatp\0"
	"rwhois\0"
	"trim-event\0"
	"trim-ice\0"
	"geognosisadmin\0"
	"geognosisman\0"
	"geognosis\0"
	"jaxer-web\0"
	"jaxer-manager\0"
	"publiqare-sync\0"
	"dey-sapi\0"
	"ktickets-rest\0"
	"getty-focus\0"
	"ahsp\0"
	"netconf-ch-ssh\0"
	"netconf-ch-tls\0"
	"restconf-ch-tls\0"
	"gaia\0"
	"lisp-data\0"
	"lisp-control\0"
	"unicall\0"
	"vinainstall\0"
	"m4-network-as\0"
	"elanlm\0"
	"lansurveyor\0"
	"itose\0"
	"fsportmap\0"
	"net-device\0"
	"plcy-net-svcs\0"
	"pjlink\0"
	"f5-iquery\0"
	"qsnet-trans\0"
	"qsnet-workst\0"
	"qsnet-assist\0"
	"qsnet-cond\0"
	"qsnet-nucl\0"
	"omabcastltkm\0"
	"matrix-vnet\0"
	"matrix_vnet\0"
	"nacnl\0"
	"afore-vdp-disc\0"
	"shadowstream\0"
	"wxbrief\0"
	"epmd\0"
	"elpro-tunnel\0"
	"elpro_tunnel\0"
	"l2c-control\0"
	"l2c-disc\0"
	"l2c-data\0"
	"remctl\0"
	"psi-ptt\0"
	"tolteces\0"
	"bip\0"
	"cp-spxsvr\0"
	"cp-spxdpy\0"
	"ctdb\0"
	"xandros-cms\0"
	"wiegand\0"
	"apwi-imserver\0"
	"apwi-rxserver\0"
	"apwi-rxspooler\0"
	"apwi-disc\0"
	"omnivisionesx\0"
	"fly\0"
	"ds-srv\0"
	"ds-srvr\0"
	"ds-clnt\0"
	"ds-user\0"
	"ds-admin\0"
	"ds-mail\0"
	"ds-slp\0"
	"nacagent\0"
	"slscc\0"
	"netcabinet-com\0"
	"itwo-server\0"
	"found\0"
	"smallchat\0"
	"avi-nms\0"
	"avi-nms-disc\0"
	"updog\0"
	"brcd-vr-req\0"
	"pjj-player\0"
	"pjj-player-disc\0"
	"workflowdir\0"
	"axysbridge\0"
	"cbp\0"
	"nvme\0"
	"scaleft\0"
	"tsepisp\0"
	"thingkit\0"
	"netrockey6\0"
	"beacon-port-2\0"
	"drizzle\0"
	"omviserver\0"
	"omviagent\0"
	"rsqlserver\0"
	"wspipe\0"
	"l-acoustics\0"
	"vop\0"
	"netblox\0"
	"saris\0"
	"pharos\0"
	"krb524\0"
	"nv-video\0"
	"upnotifyp\0"
	"n1-fwp\0"
	"n1-rmgmt\0"
	"asc-slmd\0"
	"privatewire\0"
	"camp\0"
	"ctisystemmsg\0"
	"ctiprogramload\0"
	"nssalertmgr\0"
	"nssagentmgr\0"
	"prchat-user\0"
	"prchat-server\0"
	"prRegister\0"
	"mcp\0"
	"ntske\0"
	"hpssmgmt\0"
	"assyst-dr\0"
	"icms\0"
	"prex-tcp\0"
	"awacs-ice\0"
	"ipsec-nat-t\0"
	"nat-t\0"
	"armagetronad\0"
	"ehs\0"
	"ehs-ssl\0"
	"wssauthsvc\0"
	"swx-gate\0"
	"worldscores\0"
	"sf-lm\0"
	"lanner-lm\0"
	"synchromesh\0"
	"aegate\0"
	"gds-adppiw-db\0"
	"ieee-mih\0"
	"menandmice-mon\0"
	"icshostsvc\0"
	"msfrs\0"
	"rsip\0"
	"dtn-bundle\0"
	"mtcevrunqss\0"
	"mtcevrunqman\0"
	"hylafax\0"
	"amahi-anywhere\0"
	"kwtc\0"
	"tram\0"
	"bmc-reporting\0"
	"iax\0"
	"deploymentmap\0"
	"cardifftec-back\0"
	"rid\0"
	"l3t-at-an\0"
	"hrpd-ith-at-an\0"
	"ipt-anri-anri\0"
	"ias-session\0"
	"ias-paging\0"
	"ias-neighbor\0"
	"a21-an-1xbs\0"
	"a16-an-an\0"
	"a17-an-an\0"
	"piranha1\0"
	"piranha2\0"
	"mtsserver\0"
	"menandmice-upg\0"
	"irp\0"
	"sixchat\0"
	"sixid\0"
	"ventoso\0"
	"dots-signal\0"
	"playsta2-app\0"
	"playsta2-lob\0"
	"smaclmgr\0"
	"kar2ouche\0"
	"oms\0"
	"noteit\0"
	"ems\0"
	"contclientms\0"
	"eportcomm\0"
	"mmacomm\0"
	"mmaeds\0"
	"eportcommdata\0"
	"light\0"
	"acter\0"
	"rfa\0"
	"cxws\0"
	"appiq-mgmt\0"
	"dhct-status\0"
	"dhct-alerts\0"
	"bcs\0"
	"traversal\0"
	"mgesupervision\0"
	"mgemanagement\0"
	"parliant\0"
	"finisar\0"
	"spike\0"
	"rfid-rp1\0"
	"autopac\0"
	"msp-os\0"
	"nst\0"
	"mobile-p2p\0"
	"altovacentral\0"
	"prelude\0"
	"mtn\0"
	"conspiracy\0"
	"netxms-agent\0"
	"netxms-mgmt\0"
	"netxms-sync\0"
	"npqes-test\0"
	"assuria-ins\0"
	"trinity-dist\0"
	"truckstar\0"
	"a26-fap-fgw\0"
	"fcis\0"
	"fcis-disc\0"
	"capmux\0"
	"gsmtap\0"
	"gearman\0"
	"remcap\0"
	"ohmtrigger\0"
	"resorcs\0"
	"ipdr-sp\0"
	"solera-lpn\0"
	"ipfix\0"
	"ipfixs\0"
	"lumimgrd\0"
	"sicct\0"
	"sicct-sdp\0"
	"openhpid\0"
	"ifsp\0"
	"fmp\0"
	"intelliadm-disc\0"
	"buschtrommel\0"
	"profilemac\0"
	"ssad\0"
	"spocp\0"
	"snap\0"
	"simon\0"
	"simon-disc\0"
	"gre-in-udp\0"
	"gre-udp-dtls\0"
	"RDCenter\0"
	"converge\0"
	"bfd-multi-ctl\0"
	"cncp\0"
	"smart-install\0"
	"sia-ctrl-plane\0"
	"xmcp\0"
	"vxlan\0"
	"vxlan-gpe\0"
	"roce\0"
	"unified-bus\0"
	"iims\0"
	"iwec\0"
	"ilss\0"
	"notateit\0"
	"notateit-disc\0"
	"aja-ntv4-disc\0"
	"htcp\0"
	"varadero-0\0"
	"varadero-1\0"
	"varadero-2\0"
	"opcua-tcp\0"
	"opcua-udp\0"
	"quosa\0"
	"gw-asv\0"
	"opcua-tls\0"
	"gw-log\0"
	"wcr-remlib\0"
	"contamac-icm\0"
	"contamac_icm\0"
	"wfc\0"
	"appserv-http\0"
	"appserv-https\0"
	"sun-as-nodeagt\0"
	"derby-repli\0"
	"unify-debug\0"
	"phrelay\0"
	"phrelaydbg\0"
	"cc-tracking\0"
	"wired\0"
	"tritium-can\0"
	"lmcs\0"
	"inst-discovery\0"
	"wsdl-event\0"
	"hislip\0"
	"socp-t\0"
	"socp-c\0"
	"wmlserver\0"
	"hivestor\0"
	"abbs\0"
	"xcap-portal\0"
	"xcap-control\0"
	"lyskom\0"
	"radmin-port\0"
	"hfcs\0"
	"flr-agent\0"
	"flr_agent\0"
	"magiccontrol\0"
	"lutap\0"
	"lutcp\0"
	"bones\0"
	"frcs\0"
	"an-signaling\0"
	"atsc-mh-ssc\0"
	"eq-office-4940\0"
	"eq-office-4941\0"
	"eq-office-4942\0"
	"munin\0"
	"sybasesrvmon\0"
	"pwgwims\0"
	"sagxtsds\0"
	"dbsyncarbiter\0"
	"ccss-qmm\0"
	"ccss-qsm\0"
	"burp\0"
	"ctxs-vpp\0"
	"webyast\0"
	"gerhcs\0"
	"mrip\0"
	"smar-se-port1\0"
	"smar-se-port2\0"
	"parallel\0"
	"busycal\0"
	"vrt\0"
	"hfcs-manager\0"
	"commplex-main\0"
	"commplex-link\0"
	"rfe\0"
	"fmpro-internal\0"
	"avt-profile-1\0"
	"avt-profile-2\0"
	"wsm-server\0"
	"wsm-server-ssl\0"
	"synapsis-edge\0"
	"winfs\0"
	"telelpathstart\0"
	"telelpathattack\0"
	"nsp\0"
	"fmpro-v6\0"
	"onpsocket\0"
	"fmwp\0"
	"zenginkyo-1\0"
	"zenginkyo-2\0"
	"mice\0"
	"htuilsrv\0"
	"scpi-telnet\0"
	"scpi-raw\0"
	"strexec-d\0"
	"strexec-s\0"
	"qvr\0"
	"infobright\0"
	"dmp\0"
	"signacert-agent\0"
	"jtnetd-server\0"
	"jtnetd-status\0"
	"asnaacceler8db\0"
	"swxadmin\0"
	"lxi-evntsvc\0"
	"osp\0"
	"vpm-udp\0"
	"iscape\0"
	"texai\0"
	"ivocalize\0"
	"mmcc\0"
	"ita-agent\0"
	"ita-manager\0"
	"rlm\0"
	"rlm-disc\0"
	"rlm-admin\0"
	"unot\0"
	"intecom-ps1\0"
	"intecom-ps2\0"
	"locus-disc\0"
	"sds\0"
	"sip\0"
	"sips\0"
	"na-localise\0"
	"csrpc\0"
	"ca-1\0"
	"ca-2\0"
	"stanag-5066\0"
	"authentx\0"
	"bitforestsrv\0"
	"i-net-2000-npr\0"
	"vtsas\0"
	"powerschool\0"
	"ayiya\0"
	"tag-pm\0"
	"alesquery\0"
	"pvaccess\0"
	"pixelpusher\0"
	"cp-spxrpts\0"
	"onscreen\0"
	"sdl-ets\0"
	"qcp\0"
	"qfp\0"
	"llrp\0"
	"encrypted-llrp\0"
	"aprigo-cs\0"
	"biotic\0"
	"magpie\0"
	"sentinel-lm\0"
	"hart-ip\0"
	"sentlm-srv2srv\0"
	"socalia\0"
	"talarian-tcp\0"
	"talarian-udp\0"
	"oms-nonsecure\0"
	"actifio-c2c\0"
	"tinymessage\0"
	"hughes-ap\0"
	"actifioudsagent\0"
	"actifioreplic\0"
	"taep-as-svc\0"
	"pm-cmdsvr\0"
	"ev-services\0"
	"autobuild\0"
	"emb-proj-cmd\0"
	"gradecam\0"
	"barracuda-bbs\0"
	"nbt-pc\0"
	"ppactivation\0"
	"erp-scale\0"
	"minotaur-sa\0"
	"ctsd\0"
	"rmonitor-secure\0"
	"rmonitor_secure\0"
	"social-alarm\0"
	"atmp\0"
	"esri-sde\0"
	"esri_sde\0"
	"sde-discovery\0"
	"bzflag\0"
	"asctrl-agent\0"
	"rugameonline\0"
	"mediat\0"
	"snmpssh\0"
	"snmpssh-trap\0"
	"sbackup\0"
	"vpa\0"
	"vpa-disc\0"
	"ife-icorp\0"
	"ife_icorp\0"
	"winpcs\0"
	"scte104\0"
	"scte30\0"
	"pcoip-mgmt\0"
	"aol\0"
	"aol-1\0"
	"aol-2\0"
	"aol-3\0"
	"cpscomm\0"
	"ampl-lic\0"
	"ampl-tableproxy\0"
	"tunstall-lwp\0"
	"targus-getdata\0"
	"targus-getdata1\0"
	"targus-getdata2\0"
	"targus-getdata3\0"
	"nomad\0"
	"noteza\0"
	"3exmp\0"
	"xmpp-client\0"
	"hpvirtgrp\0"
	"hpvirtctrl\0"
	"hp-server\0"
	"hp-status\0"
	"perfd\0"
	"hpvroom\0"
	"jaxflow\0"
	"jaxflow-data\0"
	"crusecontrol\0"
	"csedaemon\0"
	"enfs\0"
	"eenet\0"
	"galaxy-network\0"
	"padl2sim\0"
	"mnet-discovery\0"
	"attune\0"
	"xycstatus\0"
	"downtools\0"
	"downtools-disc\0"
	"capwap-control\0"
	"capwap-data\0"
	"caacws\0"
	"caaclang2\0"
	"soagateway\0"
	"caevms\0"
	"movaz-ssc\0"
	"kpdp\0"
	"logcabin\0"
	"3com-njack-1\0"
	"3com-njack-2\0"
	"xmpp-server\0"
	"cartographerxmp\0"
	"cuelink\0"
	"cuelink-disc\0"
	"pk\0"
	"xmpp-bosh\0"
	"undo-lm\0"
	"transmit-port\0"
	"presence\0"
	"nlg-data\0"
	"hacl-hb\0"
	"hacl-gs\0"
	"hacl-cfg\0"
	"hacl-probe\0"
	"hacl-local\0"
	"hacl-test\0"
	"sun-mc-grp\0"
	"sco-aip\0"
	"cfengine\0"
	"jprinter\0"
	"outlaws\0"
	"permabit-cs\0"
	"rrdp\0"
	"opalis-rbt-ipc\0"
	"hacl-poll\0"
	"hpbladems\0"
	"hpdevms\0"
	"pkix-cmc\0"
	"bsfserver-zn\0"
	"bsfsvr-zn-ssl\0"
	"kfserver\0"
	"xkotodrcp\0"
	"stuns\0"
	"turns\0"
	"stun-behaviors\0"
	"pcp-multicast\0"
	"pcp\0"
	"dns-llq\0"
	"mdns\0"
	"mdnsresponder\0"
	"llmnr\0"
	"ms-smlbiz\0"
	"wsdapi\0"
	"wsdapi-s\0"
	"ms-alerter\0"
	"ms-sideshow\0"
	"ms-s-sideshow\0"
	"serverwsd2\0"
	"net-projection\0"
	"kdnet\0"
	"stresstester\0"
	"elektron-admin\0"
	"securitychase\0"
	"excerpt\0"
	"excerpts\0"
	"hpoms-ci-lstn\0"
	"hpoms-dps-lstn\0"
	"netsupport\0"
	"systemics-sox\0"
	"foresyte-clear\0"
	"foresyte-sec\0"
	"salient-dtasrv\0"
	"salient-usrmgr\0"
	"actnet\0"
	"continuus\0"
	"wwiotalk\0"
	"statusd\0"
	"ns-server\0"
	"sns-gateway\0"
	"sns-agent\0"
	"mcntp\0"
	"dj-ice\0"
	"cylink-c\0"
	"netsupport2\0"
	"salient-mux\0"
	"virtualuser\0"
	"beyond-remote\0"
	"br-channel\0"
	"devbasic\0"
	"sco-peer-tta\0"
	"telaconsole\0"
	"base\0"
	"radec-corp\0"
	"park-agent\0"
	"postgresql\0"
	"postgres\0"
	"pyrrho\0"
	"sgi-arrayd\0"
	"sceanics\0"
	"pmip6-cntl\0"
	"pmip6-data\0"
	"spss\0"
	"smbdirect\0"
	"tiepie\0"
	"tiepie-disc\0"
	"surebox\0"
	"apc-5454\0"
	"apc-5455\0"
	"apc-5456\0"
	"silkmeter\0"
	"ttl-publisher\0"
	"ttlpriceproxy\0"
	"quailnet\0"
	"netops-broker\0"
	"apsolab-col\0"
	"apsolab-cols\0"
	"apsolab-tag\0"
	"apsolab-tags\0"
	"apsolab-rpc\0"
	"apsolab-data\0"
	"fcp-addr-srvr1\0"
	"fcp-addr-srvr2\0"
	"fcp-srvr-inst1\0"
	"fcp-srvr-inst2\0"
	"fcp-cics-gw1\0"
	"checkoutdb\0"
	"amc\0"
	"psl-management\0"
	"matter\0"
	"qftest-licserve\0"
	"cbus\0"
	"sgi-eventmond\0"
	"sgi-esphttp\0"
	"personal-agent\0"
	"freeciv\0"
	"farenet\0"
	"dp-bura\0"
	"westec-connect\0"
	"dof-dps-mc-sec\0"
	"sdt\0"
	"rdmnet-ctrl\0"
	"rdmnet-device\0"
	"sdmmp\0"
	"lsi-bobcat\0"
	"ora-oap\0"
	"fdtracks\0"
	"tmosms0\0"
	"tmosms1\0"
	"fac-restore\0"
	"tmo-icon-sync\0"
	"bis-web\0"
	"bis-sync\0"
	"att-mt-sms\0"
	"ininmessaging\0"
	"mctfeed\0"
	"esinstall\0"
	"esmmanager\0"
	"esmagent\0"
	"a1-msc\0"
	"a1-bs\0"
	"a3-sdunode\0"
	"a4-sdunode\0"
	"efr\0"
	"ninaf\0"
	"htrust\0"
	"symantec-sfdb\0"
	"precise-comm\0"
	"pcanywheredata\0"
	"pcanywherestat\0"
	"beorl\0"
	"xprtld\0"
	"sfmsso\0"
	"sfm-db-server\0"
	"cssc\0"
	"flcrs\0"
	"ics\0"
	"vfmobile\0"
	"nrpe\0"
	"filemq\0"
	"zre-disc\0"
	"amqps\0"
	"amqp\0"
	"jms\0"
	"hyperscsi-port\0"
	"v5ua\0"
	"raadmin\0"
	"questdb2-lnchr\0"
	"rrac\0"
	"dccm\0"
	"auriga-router\0"
	"ncxcp\0"
	"brightcore\0"
	"coap\0"
	"coaps\0"
	"gog-multiplayer\0"
	"ggz\0"
	"qmvideo\0"
	"rbsystem\0"
	"kmip\0"
	"supportassist\0"
	"storageos\0"
	"proshareaudio\0"
	"prosharevideo\0"
	"prosharedata\0"
	"prosharerequest\0"
	"prosharenotify\0"
	"dpm\0"
	"dpm-agent\0"
	"ms-licensing\0"
	"dtpt\0"
	"msdfsr\0"
	"omhs\0"
	"omsdk\0"
	"ms-ilm\0"
	"ms-ilm-sts\0"
	"asgenf\0"
	"io-dist-data\0"
	"io-dist-group\0"
	"openmail\0"
	"unieng\0"
	"ida-discover1\0"
	"ida-discover2\0"
	"watchdoc-pod\0"
	"watchdoc\0"
	"fcopy-server\0"
	"fcopys-server\0"
	"tunatic\0"
	"tunalyzer\0"
	"rscd\0"
	"openmailg\0"
	"x500ms\0"
	"openmailns\0"
	"s-openmail\0"
	"openmailpxy\0"
	"spramsca\0"
	"spramsd\0"
	"netagent\0"
	"starfield-io\0"
	"vts-rpc\0"
	"3par-evts\0"
	"3par-mgmt\0"
	"3par-mgmt-ssl\0"
	"ibar\0"
	"3par-rcopy\0"
	"cisco-redu\0"
	"waascluster\0"
	"xtreamx\0"
	"spdp\0"
	"enlabel-dpl\0"
	"icmpd\0"
	"spt-automation\0"
	"autopassdaemon\0"
	"shiprush-d-ch\0"
	"reversion\0"
	"wherehoo\0"
	"ppsuitemsg\0"
	"diameters\0"
	"jute\0"
	"rfb\0"
	"ff-ice\0"
	"ag-swim\0"
	"asmgcs\0"
	"rpas-c2\0"
	"dsd\0"
	"ipsma\0"
	"agma\0"
	"ats-atn\0"
	"ats-acars\0"
	"ais-met\0"
	"aoc-acars\0"
	"indy\0"
	"mppolicy-v5\0"
	"mppolicy-mgr\0"
	"couchdb\0"
	"wsman\0"
	"wsmans\0"
	"wbem-rmi\0"
	"wbem-http\0"
	"wbem-https\0"
	"wbem-exp-https\0"
	"nuxsl\0"
	"consul-insight\0"
	"cim-rs\0"
	"rms-agent\0"
	"cvsup\0"
	"x11\0"
	"ndl-ahp-svc\0"
	"winpharaoh\0"
	"ewctsp\0"
	"gsmp-ancp\0"
	"trip\0"
	"messageasap\0"
	"ssdtp\0"
	"diagnose-proc\0"
	"directplay8\0"
	"max\0"
	"dpm-acm\0"
	"msft-dpm-cert\0"
	"iconstructsrv\0"
	"gue\0"
	"geneve\0"
	"p25cai\0"
	"miami-bcast\0"
	"reload-config\0"
	"konspire2b\0"
	"pdtp\0"
	"ldss\0"
	"doglms\0"
	"doglms-notify\0"
	"raxa-mgmt\0"
	"synchronet-db\0"
	"synchronet-rtc\0"
	"synchronet-upd\0"
	"rets\0"
	"dbdb\0"
	"primaserver\0"
	"mpsserver\0"
	"etc-control\0"
	"sercomm-scadmin\0"
	"globecast-id\0"
	"softcm\0"
	"spc\0"
	"dtspcd\0"
	"dayliteserver\0"
	"wrspice\0"
	"xic\0"
	"xtlserv\0"
	"daylitetouch\0"
	"tipc\0"
	"spdy\0"
	"bex-webadmin\0"
	"backup-express\0"
	"pnbs\0"
	"damewaremobgtwy\0"
	"nbt-wol\0"
	"pulsonixnls\0"
	"meta-corp\0"
	"aspentec-lm\0"
	"watershed-lm\0"
	"statsci1-lm\0"
	"statsci2-lm\0"
	"lonewolf-lm\0"
	"montage-lm\0"
	"tal-pod\0"
	"efb-aci\0"
	"ecmp\0"
	"ecmp-data\0"
	"patrol-ism\0"
	"patrol-coll\0"
	"pscribe\0"
	"lm-x\0"
	"thermo-calc\0"
	"qmtps\0"
	"radmind\0"
	"jeol-nsdtp-1\0"
	"jeol-nsddp-1\0"
	"jeol-nsdtp-2\0"
	"jeol-nsddp-2\0"
	"jeol-nsdtp-3\0"
	"jeol-nsddp-3\0"
	"jeol-nsdtp-4\0"
	"jeol-nsddp-4\0"
	"tl1-raw-ssl\0"
	"tl1-ssh\0"
	"crip\0"
	"gld\0"
	"grid\0"
	"grid-alt\0"
	"bmc-grx\0"
	"bmc-ctd-ldap\0"
	"bmc_ctd_ldap\0"
	"ufmp\0"
	"scup\0"
	"scup-disc\0"
	"abb-escp\0"
	"nav-data-cmd\0"
	"nav-data\0"
	"repsvc\0"
	"emp-server1\0"
	"emp-server2\0"
	"hrd-ncs\0"
	"hrd-ns-disc\0"
	"dt-mgmtsvc\0"
	"dt-vra\0"
	"sflow\0"
	"streletz\0"
	"gnutella-svc\0"
	"gnutella-rtr\0"
	"adap\0"
	"pmcs\0"
	"metaedit-mu\0"
	"ndn\0"
	"metaedit-se\0"
	"redis\0"
	"metatude-mds\0"
	"clariion-evr01\0"
	"metaedit-ws\0"
	"faxcomservice\0"
	"syserverremote\0"
	"svdrp\0"
	"svdrp-disc\0"
	"nim-vdrshell\0"
	"nim-wan\0"
	"pgbouncer\0"
	"heliosd\0"
	"tarp\0"
	"sun-sr-https\0"
	"sge-qmaster\0"
	"sge_qmaster\0"
	"sge-execd\0"
	"sge_execd\0"
	"mysql-proxy\0"
	"skip-cert-recv\0"
	"skip-cert-send\0"
	"ieee11073-20701\0"
	"lvision-lm\0"
	"sun-sr-http\0"
	"servicetags\0"
	"ldoms-mgmt\0"
	"SunVTS-RMI\0"
	"sun-sr-jms\0"
	"sun-sr-iiop\0"
	"sun-sr-iiops\0"
	"sun-sr-iiop-aut\0"
	"sun-sr-jmx\0"
	"sun-sr-admin\0"
	"boks\0"
	"boks-servc\0"
	"boks_servc\0"
	"boks-servm\0"
	"boks_servm\0"
	"boks-clntd\0"
	"boks_clntd\0"
	"badm-priv\0"
	"badm_priv\0"
	"badm-pub\0"
	"badm_pub\0"
	"bdir-priv\0"
	"bdir_priv\0"
	"bdir-pub\0"
	"bdir_pub\0"
	"mgcs-mfp-port\0"
	"mcer-port\0"
	"dccp-udp\0"
	"netconf-tls\0"
	"syslog-tls\0"
	"elipse-rec\0"
	"lds-distrib\0"
	"lds-dump\0"
	"apc-6547\0"
	"apc-6548\0"
	"apc-6549\0"
	"fg-sysupdate\0"
	"sum\0"
	"checkmk-agent\0"
	"xdsxdm\0"
	"sane-port\0"
	"canit-store\0"
	"canit_store\0"
	"rp-reputation\0"
	"affiliate\0"
	"parsec-master\0"
	"parsec-peer\0"
	"parsec-game\0"
	"joaJewelSuite\0"
	"mshvlm\0"
	"mstmg-sstp\0"
	"wsscomfrmwk\0"
	"odette-ftps\0"
	"kftp-data\0"
	"kftp\0"
	"mcftp\0"
	"ktelnet\0"
	"datascaler-db\0"
	"datascaler-ctl\0"
	"wago-service\0"
	"nexgen\0"
	"afesc-mc\0"
	"nexgen-aux\0"
	"mxodbc-connect\0"
	"cisco-vpath-tun\0"
	"mpls-pm\0"
	"mpls-udp\0"
	"mpls-udp-dtls\0"
	"ovsdb\0"
	"openflow\0"
	"pcs-sf-ui-man\0"
	"emgmsg\0"
	"palcom-disc\0"
	"ircu\0"
	"vocaltec-gold\0"
	"p4p-portal\0"
	"vision-server\0"
	"vision_server\0"
	"vision-elmd\0"
	"vision_elmd\0"
	"vfbp\0"
	"vfbp-disc\0"
	"osaut\0"
	"clever-ctrace\0"
	"clever-tcpip\0"
	"tsa\0"
	"cleverdetect\0"
	"babel\0"
	"ircs-u\0"
	"babel-dtls\0"
	"kti-icad-srvr\0"
	"e-design-net\0"
	"e-design-web\0"
	"ibprotocol\0"
	"fibotrader-com\0"
	"princity-agent\0"
	"bmc-perf-agent\0"
	"bmc-perf-mgrd\0"
	"adi-gxp-srvprt\0"
	"plysrv-http\0"
	"plysrv-https\0"
	"ntz-tracker\0"
	"ntz-p2p-storage\0"
	"bfd-lag\0"
	"dgpf-exchg\0"
	"smc-jmx\0"
	"smc-admin\0"
	"smc-http\0"
	"radg\0"
	"hnmp\0"
	"hnm\0"
	"acnet\0"
	"pentbox-sim\0"
	"ambit-lm\0"
	"netmo-default\0"
	"netmo-http\0"
	"iccrushmore\0"
	"acctopus-cc\0"
	"acctopus-st\0"
	"muse\0"
	"rtimeviewer\0"
	"jetstream\0"
	"split-ping\0"
	"ethoscan\0"
	"xsmsvc\0"
	"bioserver\0"
	"otlp\0"
	"jmact3\0"
	"jmevt2\0"
	"swismgr1\0"
	"swismgr2\0"
	"swistrap\0"
	"swispol\0"
	"acmsoda\0"
	"conductor\0"
	"qolyester\0"
	"MobilitySrv\0"
	"iatp-highpri\0"
	"iatp-normalpri\0"
	"afs3-fileserver\0"
	"afs3-callback\0"
	"afs3-prserver\0"
	"afs3-vlserver\0"
	"afs3-kaserver\0"
	"afs3-volser\0"
	"afs3-errors\0"
	"afs3-bos\0"
	"afs3-update\0"
	"afs3-rmtsys\0"
	"ups-onlinet\0"
	"talon-disc\0"
	"talon-engine\0"
	"microtalon-dis\0"
	"microtalon-com\0"
	"talon-webserver\0"
	"spg\0"
	"grasp\0"
	"fisa-svc\0"
	"doceri-ctl\0"
	"doceri-view\0"
	"dpserve\0"
	"dpserveadmin\0"
	"ctdp\0"
	"ct2nmcs\0"
	"vmsvc\0"
	"vmsvc-2\0"
	"loreji-panel\0"
	"op-probe\0"
	"iposplanet\0"
	"quest-disc\0"
	"arcp\0"
	"iwg1\0"
	"iba-cfg\0"
	"iba-cfg-disc\0"
	"martalk\0"
	"empowerid\0"
	"zixi-transport\0"
	"jdp-disc\0"
	"lazy-ptop\0"
	"font-service\0"
	"elcn\0"
	"aes-x170\0"
	"rothaga\0"
	"virprot-lm\0"
	"snif\0"
	"scenidm\0"
	"scenccs\0"
	"cabsm-comm\0"
	"caistoragemgr\0"
	"cacsambroker\0"
	"fsr\0"
	"doc-server\0"
	"aruba-server\0"
	"casrmagent\0"
	"cnckadserver\0"
	"ccag-pib\0"
	"nsrp\0"
	"drm-production\0"
	"metalbend\0"
	"zsecure\0"
	"clutild\0"
	"janus-disc\0"
	"fodms\0"
	"dlip\0"
	"pon-ictp\0"
	"PS-Server\0"
	"PS-Capture-Pro\0"
	"ramp\0"
	"citrixupp\0"
	"citrixuppg\0"
	"asa-gateways\0"
	"aspcoordination\0"
	"display\0"
	"pads\0"
	"frc-hicp\0"
	"frc-hicp-disc\0"
	"cnap\0"
	"watchme-7272\0"
	"oma-rlp\0"
	"oma-rlp-s\0"
	"oma-ulp\0"
	"oma-ilp\0"
	"oma-ilp-s\0"
	"oma-dcdocbs\0"
	"ctxlic\0"
	"itactionserver1\0"
	"itactionserver2\0"
	"mzca-action\0"
	"mzca-alert\0"
	"genstat\0"
	"lcm-server\0"
	"mindfilesys\0"
	"mrssrendezvous\0"
	"nfoldman\0"
	"fse\0"
	"winqedit\0"
	"hexarc\0"
	"rtps-discovery\0"
	"rtps-dd-ut\0"
	"rtps-dd-mt\0"
	"ionixnetmon\0"
	"daqstream\0"
	"ipluminary\0"
	"mtportmon\0"
	"pmdmgr\0"
	"oveadmgr\0"
	"ovladmgr\0"
	"opi-sock\0"
	"xmpv7\0"
	"pmd\0"
	"faximum\0"
	"oracleas-https\0"
	"sttunnel\0"
	"rise\0"
	"neo4j\0"
	"openit\0"
	"telops-lmd\0"
	"silhouette\0"
	"ovbus\0"
	"adcp\0"
	"acplt\0"
	"ovhpas\0"
	"pafec-lm\0"
	"saratoga\0"
	"atul\0"
	"nta-ds\0"
	"nta-us\0"
	"cfs\0"
	"cwmp\0"
	"tidp\0"
	"nls-tl\0"
	"cloudsignaling\0"
	"controlone-con\0"
	"sncp\0"
	"cfw\0"
	"vsi-omega\0"
	"dell-eql-asm\0"
	"aries-kfinder\0"
	"coherence\0"
	"coherence-disc\0"
	"sun-lm\0"
	"mipi-debug\0"
	"indi\0"
	"simco\0"
	"soap-http\0"
	"zen-pawn\0"
	"xdas\0"
	"hawk\0"
	"tesla-sys-msg\0"
	"pmdfmgt\0"
	"cuseeme\0"
	"rome\0"
	"imqstomp\0"
	"imqstomps\0"
	"imqtunnels\0"
	"imqtunnel\0"
	"imqbrokerd\0"
	"sun-user-https\0"
	"ms-do\0"
	"dmt\0"
	"bolt\0"
	"collaber\0"
	"sovd\0"
	"klio\0"
	"em7-secom\0"
	"sync-em7\0"
	"scinet\0"
	"medimageportal\0"
	"nsdeepfreezectl\0"
	"nitrogen\0"
	"freezexservice\0"
	"trident-data\0"
	"osvr\0"
	"smip\0"
	"aiagent\0"
	"scriptview\0"
	"msss\0"
	"sstp-1\0"
	"raqmon-pdu\0"
	"prgp\0"
	"inetfs\0"
	"cbt\0"
	"interwise\0"
	"vstat\0"
	"accu-lmgr\0"
	"s-bfd\0"
	"minivend\0"
	"popup-reminders\0"
	"office-tools\0"
	"q3ade\0"
	"pnet-conn\0"
	"pnet-enc\0"
	"altbsdp\0"
	"asr\0"
	"ssp-client\0"
	"vns-tp\0"
	"rbt-wanopt\0"
	"apc-7845\0"
	"apc-7846\0"
	"csoauth\0"
	"mobileanalyzer\0"
	"rbt-smc\0"
	"mdm\0"
	"mipv6tls\0"
	"owms\0"
	"pss\0"
	"ubroker\0"
	"mevent\0"
	"tnos-sp\0"
	"tnos-dp\0"
	"tnos-dps\0"
	"qo-secure\0"
	"t2-drm\0"
	"t2-brm\0"
	"generalsync\0"
	"supercell\0"
	"micromuse-ncps\0"
	"quest-vista\0"
	"sossd-collect\0"
	"sossd-agent\0"
	"sossd-disc\0"
	"pushns\0"
	"usicontentpush\0"
	"irdmi2\0"
	"irdmi\0"
	"vcom-tunnel\0"
	"teradataordbms\0"
	"mcreport\0"
	"p2pevolvenet\0"
	"mxi\0"
	"wpl-analytics\0"
	"wpl-disc\0"
	"warppipe\0"
	"nvme-disc\0"
	"cfg-cloud\0"
	"ads-s\0"
	"cisco-cloudsec\0"
	"qbdb\0"
	"intu-ec-svcdisc\0"
	"intu-ec-client\0"
	"oa-system\0"
	"arca-api\0"
	"ca-audit-da\0"
	"ca-audit-ds\0"
	"papachi-p2p-srv\0"
	"pro-ed\0"
	"mindprint\0"
	"vantronix-mgmt\0"
	"ampify\0"
	"enguity-xccetp\0"
	"fs-agent\0"
	"fs-server\0"
	"fs-mgmt\0"
	"rocrail\0"
	"senomix01\0"
	"senomix02\0"
	"senomix03\0"
	"senomix04\0"
	"senomix05\0"
	"senomix06\0"
	"senomix07\0"
	"senomix08\0"
	"aero\0"
	"nikatron-dev\0"
	"toad-bi-appsrvr\0"
	"infi-async\0"
	"ucs-isc\0"
	"gadugadu\0"
	"sunproxyadmin\0"
	"us-cli\0"
	"us-srv\0"
	"websnp\0"
	"d-s-n\0"
	"simplifymedia\0"
	"radan-http\0"
	"opsmessaging\0"
	"jamlink\0"
	"sac\0"
	"xprint-server\0"
	"ldoms-migr\0"
	"kz-migr\0"
	"skynetflow\0"
	"mtl8000-matrix\0"
	"cp-cluster\0"
	"purityrpc\0"
	"privoxy\0"
	"apollo-data\0"
	"apollo-admin\0"
	"paycash-online\0"
	"paycash-wbp\0"
	"indigo-vrmi\0"
	"indigo-vbcp\0"
	"dbabble\0"
	"puppet\0"
	"isdd\0"
	"eor-game\0"
	"quantastor\0"
	"patrol\0"
	"patrol-snmp\0"
	"lpar2rrd\0"
	"intermapper\0"
	"vmware-fdm\0"
	"proremote\0"
	"itach\0"
	"gcp-rphy\0"
	"limnerpressure\0"
	"spytechphone\0"
	"blp1\0"
	"blp2\0"
	"vvr-data\0"
	"trivnet1\0"
	"trivnet2\0"
	"aesop\0"
	"lm-perfworks\0"
	"lm-instmgr\0"
	"lm-dta\0"
	"lm-sserver\0"
	"lm-webwatcher\0"
	"aruba-papi\0"
	"rexecj\0"
	"hncp-udp-port\0"
	"hncp-dtls-port\0"
	"synapse-nhttps\0"
	"espeasy-p2p\0"
	"robot-remote\0"
	"ms-mcc\0"
	"synapse-nhttp\0"
	"libelle\0"
	"libelle-disc\0"
	"blp3\0"
	"hiperscan-id\0"
	"blp4\0"
	"tmi\0"
	"amberon\0"
	"hub-open-net\0"
	"tnp-discover\0"
	"tnp\0"
	"garmin-marine\0"
	"server-find\0"
	"cruise-enum\0"
	"cruise-swroute\0"
	"cruise-config\0"
	"cruise-diags\0"
	"cruise-update\0"
	"m2mservices\0"
	"marathontp\0"
	"cvd\0"
	"sabarsd\0"
	"abarsd\0"
	"svcloud\0"
	"svbackup\0"
	"dlpx-sp\0"
	"espeech\0"
	"espeech-rtp\0"
	"aritts\0"
	"pgbackrest\0"
	"aws-as2\0"
	"cybro-a-bus\0"
	"pcsync-https\0"
	"pcsync-http\0"
	"copy\0"
	"copy-disc\0"
	"matrix-fed\0"
	"npmp\0"
	"nexentamv\0"
	"cisco-avp\0"
	"pim-port\0"
	"otv\0"
	"vp2p\0"
	"noteshare\0"
	"fmtp\0"
	"cmtp-mgt\0"
	"cmtp-av\0"
	"ftnmtp\0"
	"lsp-self-ping\0"
	"rtsp-alt\0"
	"d-fence\0"
	"dof-tunnel\0"
	"asterix\0"
	"canon-cpp-disc\0"
	"canon-mfnp\0"
	"canon-bjnp1\0"
	"canon-bjnp2\0"
	"canon-bjnp3\0"
	"canon-bjnp4\0"
	"imink\0"
	"monetra\0"
	"monetra-admin\0"
	"spartan\0"
	"msi-cps-rm\0"
	"msi-cps-rm-disc\0"
	"sun-as-jmxrmi\0"
	"openremote-ctrl\0"
	"vnyx\0"
	"semi-grpc\0"
	"nvc\0"
	"dtp-net\0"
	"ibus\0"
	"dey-keyneg\0"
	"mc-appserver\0"
	"openqueue\0"
	"ultraseek-http\0"
	"amcs\0"
	"core-of-source\0"
	"sandpolis\0"
	"oktaauthenticat\0"
	"dpap\0"
	"uec\0"
	"msgclnt\0"
	"msgsrvr\0"
	"acd-pm\0"
	"sunwebadmin\0"
	"truecm\0"
	"pfcp\0"
	"hes-clip\0"
	"ssports-bcast\0"
	"3gpp-monp\0"
	"dxspider\0"
	"cddbp-alt\0"
	"galaxy4d\0"
	"secure-mqtt\0"
	"ddi-tcp-1\0"
	"ddi-udp-1\0"
	"ddi-tcp-2\0"
	"ddi-udp-2\0"
	"ddi-tcp-3\0"
	"ddi-udp-3\0"
	"ddi-tcp-4\0"
	"ddi-udp-4\0"
	"ddi-tcp-5\0"
	"ddi-udp-5\0"
	"ddi-tcp-6\0"
	"ddi-udp-6\0"
	"ddi-tcp-7\0"
	"ddi-udp-7\0"
	"ospf-lite\0"
	"jmb-cds1\0"
	"jmb-cds2\0"
	"dpp\0"
	"manyone-http\0"
	"manyone-xml\0"
	"wcbackup\0"
	"dragonfly\0"
	"twds\0"
	"ub-dns-control\0"
	"cumulus-admin\0"
	"nod-provider\0"
	"nod-client\0"
	"sunwebadmins\0"
	"http-wmap\0"
	"https-wmap\0"
	"oracle-ms-ens\0"
	"canto-roboflow\0"
	"bctp\0"
	"cslistener\0"
	"etlservicemgr\0"
	"dynamid\0"
	"golem\0"
	"ogs-client\0"
	"ogs-server\0"
	"pichat\0"
	"sdr\0"
	"d-star\0"
	"tambora\0"
	"panagolin-ident\0"
	"paragent\0"
	"swa-1\0"
	"swa-2\0"
	"swa-3\0"
	"swa-4\0"
	"versiera\0"
	"fio-cmgmt\0"
	"CardWeb-IO\0"
	"CardWeb-RT\0"
	"glrpc\0"
	"cisco-aqos\0"
	"emc-pp-mgmtsvc\0"
	"aurora\0"
	"ibm-rsyscon\0"
	"net2display\0"
	"classic\0"
	"sqlexec\0"
	"sqlexec-ssl\0"
	"websm\0"
	"xmltec-xmlmail\0"
	"XmlIpcRegSvc\0"
	"copycat\0"
	"hp-pdl-datastr\0"
	"pdl-datastream\0"
	"bacula-dir\0"
	"bacula-fd\0"
	"bacula-sd\0"
	"peerwire\0"
	"xadmin\0"
	"astergate\0"
	"astergate-disc\0"
	"astergatefax\0"
	"hexxorecore\0"
	"mxit\0"
	"grcmp\0"
	"grcp\0"
	"dddp\0"
	"apani1\0"
	"apani2\0"
	"apani3\0"
	"apani4\0"
	"apani5\0"
	"sun-as-jpda\0"
	"wap-wsp\0"
	"wap-wsp-wtp\0"
	"wap-wsp-s\0"
	"wap-wsp-wtp-s\0"
	"wap-vcard\0"
	"wap-vcal\0"
	"wap-vcard-s\0"
	"wap-vcal-s\0"
	"rjcdb-vcards\0"
	"almobile-system\0"
	"oma-mlp\0"
	"oma-mlp-s\0"
	"serverviewdbms\0"
	"serverstart\0"
	"ipdcesgbs\0"
	"insis\0"
	"acme\0"
	"fsc-port\0"
	"teamcoherence\0"
	"traingpsdata\0"
	"pegasus\0"
	"pegasus-ctl\0"
	"pgps\0"
	"swtp-port1\0"
	"swtp-port2\0"
	"callwaveiam\0"
	"visd\0"
	"n2h2server\0"
	"n2receive\0"
	"cumulus\0"
	"armtechdaemon\0"
	"storview\0"
	"armcenterhttp\0"
	"armcenterhttps\0"
	"vrace\0"
	"sphinxql\0"
	"sapms\0"
	"sphinxapi\0"
	"secure-ts\0"
	"guibase\0"
	"gnmi-gnoi\0"
	"gribi\0"
	"mpidcmgr\0"
	"mphlpdmc\0"
	"rancher\0"
	"ctechlicensing\0"
	"fjdmimgr\0"
	"boxp\0"
	"d2dconfig\0"
	"d2ddatatrans\0"
	"adws\0"
	"otp\0"
	"fjinvmgr\0"
	"mpidcagt\0"
	"sec-t4net-srv\0"
	"sec-t4net-clt\0"
	"sec-pc2fax-srv\0"
	"git\0"
	"tungsten-https\0"
	"wso2esb-console\0"
	"mindarray-ca\0"
	"sntlkeyssrvr\0"
	"ismserver\0"
	"sma-spw\0"
	"mngsuite\0"
	"laes-bf\0"
	"trispen-sra\0"
	"p4runtime\0"
	"ldgateway\0"
	"cba8\0"
	"msgsys\0"
	"pds\0"
	"mercury-disc\0"
	"pd-admin\0"
	"vscp\0"
	"robix\0"
	"micromuse-ncpw\0"
	"streamcomm-ds\0"
	"iadt-tls\0"
	"erunbook-agent\0"
	"erunbook_agent\0"
	"erunbook-server\0"
	"erunbook_server\0"
	"condor\0"
	"odbcpathway\0"
	"uniport\0"
	"peoctlr\0"
	"peocoll\0"
	"mc-comm\0"
	"pqsflows\0"
	"zoomcp\0"
	"xmms2\0"
	"tec5-sdctp\0"
	"client-wakeup\0"
	"ccnx\0"
	"board-roar\0"
	"l5nas-parchan\0"
	"board-voip\0"
	"rasadv\0"
	"tungsten-http\0"
	"davsrc\0"
	"sstp-2\0"
	"davsrcs\0"
	"sapv1\0"
	"sd\0"
	"x510\0"
	"kca-service\0"
	"cyborg-systems\0"
	"gt-proxy\0"
	"monkeycom\0"
	"sctp-tunneling\0"
	"iua\0"
	"enrp\0"
	"multicast-ping\0"
	"domaintime\0"
	"sype-transport\0"
	"xybrid-cloud\0"
	"apc-9950\0"
	"apc-9951\0"
	"apc-9952\0"
	"acis\0"
	"hinp\0"
	"alljoyn-stm\0"
	"alljoyn-mcm\0"
	"alljoyn\0"
	"odnsp\0"
	"xybrid-rt\0"
	"visweather\0"
	"pumpkindb\0"
	"dsm-scm-target\0"
	"nsesrvr\0"
	"osm-appsrvr\0"
	"osm-oev\0"
	"palace-1\0"
	"palace-2\0"
	"palace-3\0"
	"palace-4\0"
	"palace-5\0"
	"palace-6\0"
	"distinct32\0"
	"distinct\0"
	"ndmp\0"
	"scp-config\0"
	"documentum\0"
	"documentum-s\0"
	"documentum_s\0"
	"emcrmirccd\0"
	"emcrmird\0"
	"netapp-sync\0"
	"mvs-capacity\0"
	"octopus\0"
	"swdtp-sv\0"
	"rxapi\0"
	"abb-hw\0"
	"cefd-vmp\0"
	"zabbix-agent\0"
	"zabbix-trapper\0"
	"qptlmd\0"
	"amanda\0"
	"famdc\0"
	"itap-ddtp\0"
	"ezmeeting-2\0"
	"ezproxy-2\0"
	"ezrelay\0"
	"swdtp\0"
	"bctp-server\0"
	"nmea-0183\0"
	"nmea-onenet\0"
	"netiq-endpoint\0"
	"netiq-qcheck\0"
	"netiq-endpt\0"
	"netiq-voipa\0"
	"iqrm\0"
	"cimple\0"
	"bmc-perf-sd\0"
	"bmc-gms\0"
	"qb-db-server\0"
	"snmptls\0"
	"snmpdtls\0"
	"snmptls-trap\0"
	"snmpdtls-trap\0"
	"trisoap\0"
	"rsms\0"
	"rscs\0"
	"apollo-relay\0"
	"eapol-relay\0"
	"axis-wimp-port\0"
	"tile-ml\0"
	"blocks\0"
	"bngsync\0"
	"cirrossp\0"
	"hip-nat-t\0"
	"MOS-lower\0"
	"MOS-upper\0"
	"MOS-aux\0"
	"MOS-soap\0"
	"MOS-soap-opt\0"
	"serverdocs\0"
	"printopia\0"
	"gap\0"
	"lpdg\0"
	"nbd\0"
	"nmc-disc\0"
	"helix\0"
	"bveapi\0"
	"octopustentacle\0"
	"rmiaux\0"
	"irisa\0"
	"metasys\0"
	"weave\0"
	"origo-sync\0"
	"netapp-icmgmt\0"
	"netapp-icdata\0"
	"sgi-lk\0"
	"myq-termlink\0"
	"sgi-dmfmgr\0"
	"sgi-soap\0"
	"vce\0"
	"dicom\0"
	"suncacao-snmp\0"
	"suncacao-jmxmp\0"
	"suncacao-rmi\0"
	"suncacao-csa\0"
	"suncacao-websvc\0"
	"snss\0"
	"oemcacao-jmxmp\0"
	"t5-straton\0"
	"oemcacao-rmi\0"
	"oemcacao-websvc\0"
	"smsqp\0"
	"dcsl-backup\0"
	"wifree\0"
	"memcache\0"
	"xcompute\0"
	"imip\0"
	"imip-channels\0"
	"arena-server\0"
	"atm-uhas\0"
	"hkp\0"
	"lsdp\0"
	"asgcypresstcps\0"
	"tempest-port\0"
	"emc-xsw-dconfig\0"
	"h323callsigalt\0"
	"emc-xsw-dcache\0"
	"intrepid-ssl\0"
	"lanschool\0"
	"lanschool-mpt\0"
	"xoraya\0"
	"x2e-disc\0"
	"sysinfo-sp\0"
	"tibsd\0"
	"entextxid\0"
	"entextnetwk\0"
	"entexthigh\0"
	"entextmed\0"
	"entextlow\0"
	"dbisamserver1\0"
	"dbisamserver2\0"
	"accuracer\0"
	"accuracer-dbms\0"
	"ghvpn\0"
	"edbsrvr\0"
	"vipera\0"
	"vipera-ssl\0"
	"rets-ssl\0"
	"nupaper-ss\0"
	"cawas\0"
	"hivep\0"
	"linogridengine\0"
	"rads\0"
	"warehouse-sss\0"
	"warehouse\0"
	"italk\0"
	"carb-repl-ctrl\0"
	"tsaf\0"
	"netperf\0"
	"i-zipqd\0"
	"bcslogc\0"
	"rs-pias\0"
	"emc-vcas-tcp\0"
	"emc-vcas-udp\0"
	"powwow-client\0"
	"powwow-server\0"
	"doip-data\0"
	"doip-disc\0"
	"bprd\0"
	"bpdbm\0"
	"bpjava-msvc\0"
	"vnetd\0"
	"bpcd\0"
	"vopied\0"
	"nbdb\0"
	"nomdb\0"
	"dsmcc-config\0"
	"dsmcc-session\0"
	"dsmcc-passthru\0"
	"dsmcc-download\0"
	"dsmcc-ccp\0"
	"bmdss\0"
	"a-trust-rpc\0"
	"ucontrol\0"
	"dta-systems\0"
	"medevolve\0"
	"scotty-ft\0"
	"sua\0"
	"scotty-disc\0"
	"sage-best-com1\0"
	"sage-best-com2\0"
	"vcs-app\0"
	"icpp\0"
	"icpps\0"
	"gcm-app\0"
	"vrts-tdd\0"
	"vcscmd\0"
	"vad\0"
	"cps\0"
	"ca-web-update\0"
	"xpra\0"
	"hde-lcesrvr-1\0"
	"hde-lcesrvr-2\0"
	"hydap\0"
	"onep-tls\0"
	"v2g-secc\0"
	"xpilot\0"
	"3link\0"
	"cisco-snat\0"
	"bex-xr\0"
	"ptp\0"
	"2ping\0"
	"programmar\0"
	"fmsas\0"
	"fmsascon\0"
	"gsms\0"
	"alfin\0"
	"jwpc\0"
	"jwpc-bin\0"
	"sun-sea-port\0"
	"solaris-audit\0"
	"etb4j\0"
	"pduncs\0"
	"pdefmns\0"
	"netserialext1\0"
	"netserialext2\0"
	"netserialext3\0"
	"netserialext4\0"
	"connected\0"
	"rdgs\0"
	"xoms\0"
	"axon-tunnel\0"
	"vtp\0"
	"cadsisvr\0"
	"newbay-snc-mc\0"
	"sgcip\0"
	"intel-rci-mp\0"
	"amt-soap-http\0"
	"amt-soap-https\0"
	"amt-redir-tcp\0"
	"amt-redir-tls\0"
	"isode-dua\0"
	"ncpu\0"
	"vestasdlp\0"
	"soundsvirtual\0"
	"chipper\0"
	"avtp\0"
	"avdecc\0"
	"cpsp\0"
	"isa100-gci\0"
	"trdp-pd\0"
	"trdp-md\0"
	"integrius-stp\0"
	"ssh-mgmt\0"
	"db-lsp\0"
	"db-lsp-disc\0"
	"ailith\0"
	"ea\0"
	"zep\0"
	"zigbee-ip\0"
	"zigbee-ips\0"
	"sw-orion\0"
	"biimenu\0"
	"radpdf\0"
	"racf\0"
	"opsec-cvp\0"
	"opsec-ufp\0"
	"opsec-sam\0"
	"opsec-lea\0"
	"opsec-omi\0"
	"ohsc\0"
	"opsec-ela\0"
	"checkpoint-rtm\0"
	"iclid\0"
	"clusterxl\0"
	"gv-pf\0"
	"ac-cluster\0"
	"heythings\0"
	"rds-ib\0"
	"rds-ip\0"
	"vdmmesh\0"
	"vdmmesh-disc\0"
	"ique\0"
	"infotos\0"
	"apc-necmp\0"
	"igrid\0"
	"scintilla\0"
	"j-link\0"
	"opsec-uaa\0"
	"ua-secureagent\0"
	"cora\0"
	"cora-disc\0"
	"keysrvr\0"
	"keyshadow\0"
	"mtrgtrans\0"
	"hp-sco\0"
	"hp-sca\0"
	"hp-sessmon\0"
	"fxuptp\0"
	"sxuptp\0"
	"jcp\0"
	"mle\0"
	"faircom-db\0"
	"iec-104-sec\0"
	"dnp-sec\0"
	"dnp\0"
	"microsan\0"
	"commtact-http\0"
	"commtact-https\0"
	"openwebnet\0"
	"ss-idi-disc\0"
	"ss-idi\0"
	"opendeploy\0"
	"nburn-id\0"
	"nburn_id\0"
	"tmophl7mts\0"
	"mountd\0"
	"nfsrdma\0"
	"avesterra\0"
	"tolfab\0"
	"ipdtp-port\0"
	"ipulse-ics\0"
	"emwavemsg\0"
	"track\0"
	"crtech-nlm\0"
	"athand-mmp\0"
	"irtrans\0"
	"notezilla-lan\0"
	"trinket-agent\0"
	"cohesity-agent\0"
	"aigairserver\0"
	"rdm-tfs\0"
	"dfserver\0"
	"vofr-gateway\0"
	"tvpm\0"
	"sal\0"
	"webphone\0"
	"netspeak-is\0"
	"netspeak-cs\0"
	"netspeak-acd\0"
	"netspeak-cps\0"
	"snapenetio\0"
	"optocontrol\0"
	"optohost002\0"
	"optohost003\0"
	"optohost004\0"
	"dcap\0"
	"gsidcap\0"
	"easyengine\0"
	"wnn6\0"
	"cis\0"
	"showcockpit-net\0"
	"shrewd-control\0"
	"shrewd-stream\0"
	"cis-secure\0"
	"wibukey\0"
	"codemeter\0"
	"codemeter-cmwan\0"
	"caldsoft-backup\0"
	"vocaltec-wconf\0"
	"vocaltec-phone\0"
	"talikaserver\0"
	"aws-brf\0"
	"brf-gw\0"
	"inovaport1\0"
	"inovaport2\0"
	"inovaport3\0"
	"inovaport4\0"
	"inovaport5\0"
	"inovaport6\0"
	"gntp\0"
	"s102\0"
	"5afe-dir\0"
	"5afe-disc\0"
	"elxmgmt\0"
	"novar-dbase\0"
	"novar-alarm\0"
	"novar-global\0"
	"aequus\0"
	"aequus-alt\0"
	"areaguard-neo\0"
	"med-ltp\0"
	"med-fsp-rx\0"
	"med-fsp-tx\0"
	"med-supp\0"
	"med-ovw\0"
	"med-ci\0"
	"med-net-svc\0"
	"filesphere\0"
	"vista-4gl\0"
	"ild\0"
	"hid\0"
	"vrmg-ip\0"
	"intel-rci\0"
	"intel_rci\0"
	"tonidods\0"
	"binkp\0"
	"bilobit\0"
	"bilobit-update\0"
	"sdtvwcam\0"
	"canditv\0"
	"flashfiler\0"
	"proactivate\0"
	"tcc-http\0"
	"cslg\0"
	"assoc-disc\0"
	"find\0"
	"icl-twobase1\0"
	"icl-twobase2\0"
	"icl-twobase3\0"
	"icl-twobase4\0"
	"icl-twobase5\0"
	"icl-twobase6\0"
	"icl-twobase7\0"
	"icl-twobase8\0"
	"icl-twobase9\0"
	"icl-twobase10\0"
	"db2c-tls\0"
	"sauterdongle\0"
	"idtp\0"
	"vocaltec-hos\0"
	"tasp-net\0"
	"niobserver\0"
	"nilinkanalyst\0"
	"niprobe\0"
	"bf-game\0"
	"bf-master\0"
	"quake\0"
	"scscp\0"
	"wnn6-ds\0"
	"cockroach\0"
	"ezproxy\0"
	"ezmeeting\0"
	"k3software-svr\0"
	"k3software-cli\0"
	"exoline-tcp\0"
	"exoline-udp\0"
	"exoconfig\0"
	"exonet\0"
	"flex-lmadmin\0"
	"mongodb\0"
	"imagepump\0"
	"jesmsjc\0"
	"kopek-httphead\0"
	"ars-vista\0"
	"astrolink\0"
	"tw-auth-key\0"
	"nxlmd\0"
	"pqsp\0"
	"gruber-cashreg\0"
	"thor-engine\0"
	"a27-ran-ran\0"
	"voxelstorm\0"
	"siemensgsm\0"
	"bosswave\0"
	"saltd-licensing\0"
	"otmp\0"
	"bingbang\0"
	"ndmps\0"
	"pago-services1\0"
	"pago-services2\0"
	"amicon-fpsu-ra\0"
	"amicon-fpsu-s\0"
	"rwp\0"
	"kingdomsonline\0"
	"gs-realtime\0"
	"samsung-disc\0"
	"ovobs\0"
	"ka-sddp\0"
	"ka-kdp\0"
	"autotrac-acp\0"
	"yawn\0"
	"eldim\0"
	"pace-licensed\0"
	"xqosd\0"
	"tetrinet\0"
	"lm-mon\0"
	"dsx-monitor\0"
	"dsx_monitor\0"
	"gamesmith-port\0"
	"iceedcp-tx\0"
	"iceedcp_tx\0"
	"iceedcp-rx\0"
	"iceedcp_rx\0"
	"iracinghelper\0"
	"t1distproc60\0"
	"plex\0"
	"apm-link\0"
	"sec-ntb-clnt\0"
	"DMExpress\0"
	"filenet-powsrm\0"
	"filenet-tms\0"
	"filenet-rpc\0"
	"filenet-nch\0"
	"filenet-rmi\0"
	"filenet-pa\0"
	"filenet-cm\0"
	"filenet-re\0"
	"filenet-pch\0"
	"filenet-peior\0"
	"filenet-obrok\0"
	"mlsn\0"
	"retp\0"
	"idmgratm\0"
	"wg-endpt-comms\0"
	"mysqlx\0"
	"aurora-balaena\0"
	"diamondport\0"
	"dgi-serv\0"
	"speedtrace\0"
	"speedtrace-disc\0"
	"traceroute\0"
	"mtrace\0"
	"snip-slave\0"
	"digilent-adept\0"
	"turbonote-2\0"
	"p-net-local\0"
	"p-net-remote\0"
	"dhanalakshmi\0"
	"edi_service\0"
	"profinet-rt\0"
	"profinet-rtm\0"
	"profinet-cm\0"
	"ethercat\0"
	"heathview\0"
	"rt-viewer\0"
	"rt-sound\0"
	"rt-devicemapper\0"
	"rt-classmanager\0"
	"rt-labtracker\0"
	"rt-helper\0"
	"axio-disc\0"
	"kitim\0"
	"altova-lm\0"
	"altova-lm-disc\0"
	"guttersnex\0"
	"openstack-id\0"
	"allpeers\0"
	"wlcp\0"
	"febooti-aw\0"
	"observium-agent\0"
	"mapx\0"
	"kastenxpipe\0"
	"neckar\0"
	"gdrive-sync\0"
	"eftp\0"
	"unisys-eportal\0"
	"ivs-database\0"
	"ivs-insertion\0"
	"cresco-control\0"
	"crescoctrl-disc\0"
	"galaxy7-data\0"
	"fairview\0"
	"agpolicy\0"
	"psqlmws\0"
	"sruth\0"
	"secrmmsafecopya\0"
	"vroa\0"
	"turbonote-1\0"
	"safetynetp\0"
	"k-patentssensor\0"
	"sptx\0"
	"cscp\0"
	"csccredir\0"
	"csccfirewall\0"
	"ortec-disc\0"
	"fs-qos\0"
	"tentacle\0"
	"z-wave-s\0"
	"crestron-cip\0"
	"crestron-ctp\0"
	"crestron-cips\0"
	"crestron-ctps\0"
	"candp\0"
	"candrp\0"
	"caerpc\0"
	"curiosity\0"
	"recvr-rc\0"
	"recvr-rc-disc\0"
	"reachout\0"
	"ndm-agent-port\0"
	"ip-provision\0"
	"noit-transport\0"
	"shaperai\0"
	"shaperai-disc\0"
	"hmip-routing\0"
	"eq3-update\0"
	"eq3-config\0"
	"ew-mgmt\0"
	"ew-disc-cmd\0"
	"ciscocsdb\0"
	"z-wave-tunnel\0"
	"pmcd\0"
	"pmcdproxy\0"
	"pmwebapi\0"
	"cognex-dataman\0"
	"acronis-backup\0"
	"domiq\0"
	"rbr-debug\0"
	"asihpi\0"
	"EtherNet-IP-2\0"
	"EtherNet/IP-2\0"
	"m3da\0"
	"m3da-disc\0"
	"asmp\0"
	"asmp-mon\0"
	"asmps\0"
	"rs-status\0"
	"synctest\0"
	"invision-ag\0"
	"cloudcheck\0"
	"cloudcheck-ping\0"
	"eba\0"
	"dai-shell\0"
	"qdb2service\0"
	"ssr-servermgr\0"
	"inedo\0"
	"spremotetablet\0"
	"mediabox\0"
	"mbus\0"
	"winrm\0"
	"jvl-mactalk\0"
	"dbbrowse\0"
	"directplaysrvr\0"
	"ap\0"
	"bacnet\0"
	"presonus-ucnet\0"
	"nimcontroller\0"
	"nimspooler\0"
	"nimhub\0"
	"nimgtw\0"
	"nimbusdb\0"
	"nimbusdbctrl\0"
	"juka\0"
	"3gpp-cbsp\0"
	"weandsf\0"
	"isnetserv\0"
	"blp5\0"
	"com-bardac-dw\0"
	"iqobject\0"
	"robotraconteur\0"
	"matahari\0"
	"nusrp\0"
	"nusdp-disc\0"
	"inspider\0"
	;

const uint32_t svc_name_off[6282] = {
	0, 0, 7, 19, 23, 28, 36, 43, 51, 56,
	60, 68, 77, 81, 85, 92, 97, 104, 112, 121,
	125, 130, 134, 138, 147, 152, 163, 169, 177, 187,
	191, 199, 206, 213, 224, 233, 240, 244, 251, 258,
	267, 276, 281, 289, 297, 303, 313, 321, 329, 336,
	343, 348, 355, 364, 373, 382, 391, 396, 403, 410,
	415, 419, 428, 433, 444, 448, 456, 465, 475, 481,
	489, 493, 497, 505, 512, 518, 528, 536, 545, 554,
	563, 571, 580, 584, 593, 604, 612, 619, 624, 629,
	636, 643, 649, 654, 659, 670, 680, 688, 693, 701,
	706, 715, 719, 730, 740, 747, 757, 768, 775, 785,
	795, 805, 813, 824, 830, 838, 849, 861, 873, 884,
	895, 902, 907, 913, 919, 923, 928, 936, 943, 950,
	958, 963, 968, 973, 984, 994, 1001, 1010, 1021, 1033,
	1044, 1049, 1058, 1068, 1077, 1088, 1100, 1106, 1111, 1116,
	1121, 1131, 1141, 1146, 1151, 1162, 1168, 1174, 1185, 1191,
	1200, 1204, 1208, 1214, 1220, 1229, 1238, 1249, 1253, 1257,
	1263, 1267, 1272, 1281, 1289, 1294, 1298, 1310, 1322, 1326,
	1334, 1339, 1343, 1351, 1358, 1363, 1371, 1376, 1383, 1388,
	1393, 1398, 1405, 1412, 1419, 1426, 1431, 1435, 1443, 1450,
	1457, 1463, 1467, 1473, 1479, 1487, 1495, 1499, 1510, 1517,
	1526, 1537, 1542, 1550, 1565, 1580, 1586, 1590, 1599, 1608,
	1616, 1625, 1630, 1635, 1646, 1650, 1661, 1672, 1678, 1683,
	1690, 1700, 1714, 1727, 1734, 1742, 1746, 1754, 1769, 1781,
	1787, 1801, 1807, 1821, 1834, 1839, 1847, 1854, 1869, 1879,
	1891, 1895, 1901, 1910, 1923, 1929, 1934, 1942, 1948, 1956,
	1965, 1970, 1983, 1996, 2004, 2016, 2025, 2033, 2039, 2049,
	2063, 2071, 2082, 2095, 2104, 2112, 2124, 2136, 2148, 2152,
	2157, 2170, 2178, 2190, 2200, 2210, 2220, 2229, 2238, 2245,
	2249, 2256, 2263, 2269, 2275, 2288, 2304, 2317, 2322, 2330,
	2334, 2339, 2351, 2356, 2360, 2375, 2391, 2397, 2406, 2412,
	2423, 2428, 2438, 2450, 2457, 2461, 2467, 2473, 2478, 2483,
	2488, 2497, 2504, 2511, 2522, 2526, 2541, 2546, 2555, 2560,
	2574, 2580, 2588, 2595, 2601, 2608, 2615, 2629, 2643, 2651,
	2660, 2667, 2675, 2683, 2691, 2699, 2706, 2713, 2718, 2723,
	2738, 2749, 2757, 2764, 2770, 2775, 2780, 2794, 2804, 2814,
	2820, 2825, 2838, 2846, 2854, 2862, 2875, 2883, 2895, 2906,
	2921, 2935, 2950, 2960, 2970, 2978, 2987, 2997, 3004, 3016,
	3031, 3037, 3045, 3057, 3061, 3067, 3073, 3084, 3096, 3107,
	3116, 3120, 3130, 3137, 3147, 3158, 3167, 3176, 3190, 3200,
	3206, 3211, 3221, 3230, 3233, 3241, 3248, 3260, 3271, 3277,
	3282, 3291, 3305, 3315, 3324, 3331, 3338, 3346, 3358, 3370,
	3381, 3386, 3394, 3401, 3405, 3410, 3415, 3424, 3432, 3443,
	3451, 3455, 3461, 3467, 3471, 3478, 3483, 3490, 3495, 3501,
	3505, 3511, 3518, 3526, 3535, 3540, 3546, 3552, 3556, 3563,
	3569, 3576, 3580, 3586, 3590, 3598, 3602, 3608, 3614, 3618,
	3625, 3634, 3642, 3653, 3661, 3669, 3678, 3683, 3694, 3699,
	3706, 3718, 3723, 3735, 3744, 3751, 3758, 3771, 3785, 3799,
	3810, 3815, 3824, 3834, 3845, 3850, 3855, 3859, 3868, 3883,
	3891, 3899, 3908, 3916, 3924, 3930, 3935, 3942, 3953, 3964,
	3975, 3983, 3989, 3995, 4006, 4016, 4022, 4027, 4032, 4037,
	4045, 4060, 4064, 4077, 4088, 4098, 4111, 4122, 4126, 4134,
	4142, 4151, 4162, 4177, 4182, 4195, 4200, 4215, 4230, 4234,
	4244, 4256, 4268, 4273, 4280, 4290, 4294, 4298, 4307, 4317,
	4328, 4337, 4346, 4354, 4361, 4373, 4384, 4394, 4403, 4414,
	4429, 4437, 4450, 4462, 4471, 4483, 4491, 4499, 4504, 4518,
	4523, 4533, 4537, 4541, 4546, 4551, 4560, 4566, 4575, 4581,
	4591, 4600, 4605, 4617, 4624, 4635, 4642, 4646, 4651, 4655,
	4669, 4673, 4684, 4689, 4698, 4709, 4717, 4722, 4727, 4732,
	4736, 4744, 4759, 4763, 4768, 4778, 4791, 4807, 4814, 4819,
	4824, 4833, 4840, 4851, 4862, 4873, 4882, 4890, 4895, 4900,
	4909, 4913, 4921, 4925, 4938, 4951, 4955, 4966, 4981, 4996,
	5007, 5020, 5031, 5036, 5041, 5056, 5070, 5079, 5090, 5103,
	5109, 5117, 5122, 5136, 5140, 5144, 5154, 5160, 5167, 5172,
	5184, 5197, 5209, 5219, 5225, 5234, 5244, 5253, 5258, 5269,
	5280, 5291, 5297, 5304, 5311, 5323, 5330, 5343, 5349, 5356,
	5368, 5373, 5377, 5381, 5386, 5393, 5397, 5400, 5404, 5411,
	5421, 5428, 5436, 5446, 5450, 5458, 5463, 5474, 5481, 5488,
	5496, 5508, 5520, 5527, 5542, 5557, 5564, 5579, 5584, 5596,
	5608, 5615, 5622, 5630, 5642, 5655, 5667, 5680, 5696, 5712,
	5727, 5732, 5741, 5746, 5752, 5766, 5777, 5791, 5802, 5808,
	5823, 5838, 5853, 5867, 5873, 5888, 5899, 5913, 5928, 5933,
	5945, 5955, 5965, 5975, 5985, 5990, 6000, 6005, 6009, 6017,
	6023, 6029, 6036, 6043, 6050, 6057, 6064, 6074, 6081, 6090,
	6098, 6103, 6108, 6113, 6123, 6127, 6132, 6142, 6156, 6167,
	6177, 6183, 6187, 6192, 6196, 6203, 6212, 6218, 6231, 6241,
	6247, 6259, 6265, 6271, 6282, 6286, 6298, 6302, 6312, 6320,
	6329, 6333, 6342, 6346, 6353, 6362, 6368, 6377, 6391, 6397,
	6407, 6415, 6427, 6439, 6451, 6463, 6478, 6492, 6505, 6512,
	6526, 6539, 6547, 6557, 6565, 6579, 6591, 6597, 6607, 6620,
	6632, 6644, 6655, 6671, 6687, 6703, 6713, 6720, 6726, 6732,
	6739, 6745, 6754, 6766, 6780, 6794, 6806, 6811, 6824, 6838,
	6852, 6856, 6864, 6879, 6894, 6904, 6916, 6931, 6946, 6950,
	6964, 6973, 6984, 6995, 7007, 7014, 7023, 7032, 7037, 7050,
	7057, 7070, 7081, 7091, 7102, 7114, 7127, 7132, 7140, 7151,
	7155, 7160, 7171, 7183, 7188, 7204, 7220, 7224, 7232, 7239,
	7247, 7252, 7261, 7269, 7284, 7296, 7307, 7316, 7322, 7332,
	7346, 7357, 7371, 7375, 7390, 7401, 7415, 7426, 7431, 7446,
	7458, 7463, 7473, 7481, 7492, 7504, 7510, 7519, 7526, 7540,
	7545, 7558, 7573, 7581, 7595, 7607, 7619, 7623, 7633, 7644,
	7654, 7669, 7683, 7698, 7708, 7722, 7728, 7740, 7745, 7758,
	7763, 7776, 7787, 7795, 7801, 7810, 7825, 7840, 7846, 7851,
	7864, 7873, 7884, 7895, 7906, 7919, 7928, 7940, 7946, 7951,
	7962, 7967, 7979, 7985, 7996, 8004, 8015, 8030, 8045, 8060,
	8075, 8080, 8084, 8089, 8102, 8110, 8117, 8126, 8133, 8143,
	8158, 8172, 8187, 8200, 8214, 8224, 8233, 8241, 8246, 8256,
	8263, 8274, 8288, 8303, 8318, 8328, 8342, 8349, 8361, 8372,
	8384, 8394, 8402, 8409, 8424, 8434, 8445, 8452, 8465, 8473,
	8481, 8490, 8494, 8499, 8507, 8520, 8524, 8538, 8547, 8554,
	8559, 8571, 8583, 8594, 8606, 8615, 8630, 8645, 8658, 8666,
	8675, 8687, 8695, 8704, 8714, 8725, 8734, 8746, 8758, 8769,
	8774, 8788, 8798, 8803, 8810, 8818, 8823, 8830, 8845, 8852,
	8862, 8870, 8884, 8892, 8897, 8909, 8915, 8921, 8934, 8947,
	8960, 8965, 8969, 8980, 8995, 9010, 9019, 9030, 9039, 9044,
	9054, 9068, 9075, 9082, 9088, 9101, 9115, 9124, 9135, 9150,
	9159, 9174, 9181, 9196, 9208, 9222, 9227, 9233, 9242, 9248,
	9253, 9258, 9270, 9278, 9286, 9292, 9302, 9318, 9328, 9335,
	9348, 9363, 9376, 9385, 9394, 9400, 9406, 9411, 9421, 9435,
	9446, 9456, 9468, 9472, 9483, 9489, 9495, 9502, 9509, 9521,
	9527, 9533, 9541, 9549, 9554, 9565, 9580, 9593, 9600, 9607,
	9612, 9622, 9632, 9642, 9651, 9660, 9674, 9683, 9692, 9702,
	9711, 9721, 9731, 9741, 9756, 9772, 9788, 9802, 9816, 9832,
	9842, 9852, 9859, 9867, 9878, 9891, 9901, 9909, 9913, 9916,
	9924, 9936, 9949, 9956, 9969, 9982, 9996, 10010, 10024, 10038,
	10049, 10061, 10069, 10076, 10084, 10089, 10096, 10110, 10114, 10119,
	10124, 10137, 10146, 10155, 10164, 10170, 10177, 10190, 10200, 10210,
	10218, 10226, 10233, 10243, 10254, 10261, 10269, 10275, 10282, 10286,
	10294, 10304, 10313, 10327, 10341, 10348, 10352, 10363, 10373, 10383,
	10393, 10408, 10423, 10432, 10440, 10448, 10456, 10462, 10475, 10484,
	10489, 10496, 10503, 10512, 10523, 10535, 10544, 10558, 10570, 10582,
	10593, 10598, 10610, 10614, 10624, 10634, 10648, 10662, 10676, 10684,
	10696, 10708, 10723, 10733, 10743, 10747, 10751, 10762, 10769, 10783,
	10787, 10795, 10802, 10817, 10826, 10834, 10844, 10849, 10857, 10866,
	10876, 10883, 10889, 10894, 10906, 10920, 10934, 10939, 10944, 10949,
	10954, 10969, 10978, 10989, 11000, 11011, 11018, 11030, 11038, 11045,
	11050, 11059, 11071, 11082, 11094, 11109, 11122, 11132, 11143, 11151,
	11158, 11173, 11177, 11182, 11195, 11204, 11213, 11227, 11238, 11246,
	11254, 11264, 11275, 11287, 11297, 11306, 11313, 11321, 11329, 11341,
	11353, 11366, 11375, 11384, 11393, 11406, 11418, 11429, 11442, 11450,
	11461, 11470, 11478, 11482, 11489, 11502, 11510, 11521, 11529, 11541,
	11553, 11566, 11577, 11588, 11597, 11606, 11621, 11627, 11640, 11650,
	11655, 11666, 11675, 11684, 11696, 11700, 11710, 11718, 11730, 11742,
	11750, 11756, 11765, 11774, 11787, 11795, 11809, 11814, 11818, 11826,
	11834, 11845, 11849, 11857, 11861, 11870, 11879, 11889, 11893, 11907,
	11922, 11935, 11948, 11961, 11974, 11984, 11999, 12014, 12028, 12035,
	12044, 12056, 12068, 12078, 12091, 12104, 12118, 12133, 12143, 12152,
	12160, 12169, 12181, 12186, 12191, 12196, 12211, 12226, 12235, 12243,
	12253, 12260, 12270, 12282, 12287, 12301, 12308, 12312, 12327, 12342,
	12347, 12360, 12375, 12387, 12401, 12415, 12425, 12431, 12446, 12460,
	12474, 12488, 12502, 12516, 12530, 12544, 12558, 12572, 12587, 12602,
	12617, 12631, 12645, 12649, 12658, 12667, 12677, 12685, 12696, 12709,
	12717, 12732, 12741, 12753, 12763, 12769, 12780, 12791, 12799, 12807,
	12821, 12831, 12838, 12845, 12852, 12859, 12866, 12879, 12892, 12901,
	12906, 12910, 12920, 12930, 12941, 12951, 12959, 12967, 12975, 12982,
	12989, 13003, 13013, 13028, 13036, 13047, 13052, 13061, 13074, 13087,
	13100, 13107, 13114, 13119, 13134, 13144, 13156, 13163, 13172, 13179,
	13186, 13193, 13200, 13207, 13219, 13231, 13245, 13253, 13262, 13272,
	13279, 13294, 13303, 13315, 13323, 13338, 13348, 13358, 13369, 13384,
	13389, 13398, 13406, 13421, 13432, 13445, 13457, 13463, 13474, 13482,
	13494, 13500, 13506, 13512, 13518, 13524, 13530, 13536, 13542, 13554,
	13566, 13576, 13586, 13597, 13611, 13616, 13622, 13636, 13652, 13663,
	13673, 13687, 13695, 13704, 13711, 13723, 13736, 13743, 13749, 13753,
	13762, 13772, 13781, 13791, 13806, 13810, 13818, 13827, 13832, 13841,
	13853, 13857, 13866, 13878, 13883, 13894, 13905, 13915, 13928, 13935,
	13947, 13957, 13963, 13968, 13977, 13983, 13992, 14000, 14011, 14019,
	14029, 14041, 14055, 14060, 14064, 14076, 14090, 14100, 14107, 14120,
	14129, 14138, 14147, 14156, 14163, 14170, 14182, 14194, 14206, 14218,
	14230, 14242, 14251, 14264, 14275, 14285, 14295, 14299, 14304, 14317,
	14327, 14338, 14353, 14368, 14379, 14390, 14404, 14418, 14430, 14445,
	14450, 14465, 14470, 14476, 14483, 14498, 14507, 14521, 14534, 14547,
	14555, 14565, 14579, 14589, 14601, 14608, 14621, 14634, 14648, 14656,
	14661, 14668, 14683, 14689, 14701, 14710, 14724, 14739, 14754, 14768,
	14773, 14787, 14801, 14811, 14823, 14834, 14839, 14851, 14863, 14872,
	14884, 14889, 14894, 14904, 14909, 14922, 14931, 14935, 14944, 14951,
	14964, 14973, 14981, 14989, 14997, 15005, 15016, 15024, 15033, 15039,
	15044, 15059, 15063, 15075, 15085, 15100, 15115, 15124, 15135, 15141,
	15147, 15162, 15175, 15184, 15193, 15202, 15211, 15220, 15224, 15238,
	15251, 15265, 15272, 15284, 15292, 15307, 15322, 15335, 15342, 15352,
	15360, 15371, 15383, 15395, 15404, 15413, 15424, 15438, 15446, 15457,
	15472, 15483, 15489, 15499, 15507, 15516, 15525, 15538, 15553, 15560,
	15564, 15578, 15590, 15605, 15612, 15624, 15638, 15643, 15650, 15655,
	15658, 15663, 15677, 15688, 15699, 15710, 15717, 15725, 15733, 15741,
	15751, 15765, 15775, 15785, 15798, 15807, 15820, 15832, 15843, 15846,
	15853, 15859, 15866, 15874, 15879, 15887, 15894, 15904, 15912, 15920,
	15928, 15933, 15944, 15949, 15960, 15967, 15979, 15991, 15999, 16008,
	16016, 16024, 16030, 16038, 16046, 16054, 16065, 16078, 16089, 16098,
	16104, 16119, 16128, 16143, 16148, 16163, 16178, 16193, 16201, 16207,
	16216, 16229, 16242, 16249, 16257, 16270, 16281, 16289, 16298, 16306,
	16314, 16321, 16335, 16342, 16346, 16356, 16361, 16372, 16378, 16385,
	16392, 16404, 16408, 16414, 16428, 16435, 16445, 16459, 16468, 16472,
	16480, 16488, 16502, 16516, 16531, 16540, 16548, 16559, 16571, 16578,
	16583, 16590, 16605, 16616, 16629, 16638, 16644, 16658, 16670, 16683,
	16696, 16704, 16712, 16726, 16739, 16753, 16762, 16769, 16783, 16791,
	16798, 16802, 16809, 16813, 16817, 16821, 16830, 16837, 16844, 16852,
	16860, 16875, 16887, 16901, 16912, 16923, 16934, 16945, 16955, 16963,
	16968, 16981, 16988, 16998, 17003, 17009, 17024, 17034, 17045, 17049,
	17057, 17069, 17081, 17095, 17101, 17115, 17128, 17140, 17150, 17159,
	17173, 17185, 17197, 17205, 17209, 17221, 17234, 17244, 17251, 17256,
	17267, 17275, 17290, 17299, 17307, 17318, 17325, 17331, 17338, 17346,
	17353, 17361, 17373, 17381, 17391, 17398, 17407, 17414, 17421, 17428,
	17432, 17437, 17450, 17460, 17469, 17478, 17489, 17504, 17512, 17523,
	17532, 17543, 17557, 17563, 17569, 17582, 17597, 17610, 17621, 17629,
	17634, 17640, 17649, 17655, 17665, 17674, 17683, 17694, 17698, 17709,
	17715, 17720, 17725, 17737, 17751, 17763, 17769, 17775, 17781, 17794,
	17809, 17822, 17826, 17835, 17846, 17857, 17861, 17869, 17875, 17881,
	17889, 17898, 17904, 17919, 17924, 17928, 17935, 17945, 17956, 17964,
	17975, 17981, 17995, 18009, 18023, 18037, 18044, 18053, 18060, 18067,
	18076, 18085, 18094, 18105, 18115, 18125, 18136, 18150, 18155, 18171,
	18181, 18192, 18199, 18204, 18214, 18222, 18232, 18236, 18251, 18266,
	18270, 18275, 18289, 18298, 18309, 18322, 18330, 18335, 18343, 18356,
	18361, 18370, 18379, 18394, 18407, 18414, 18426, 18438, 18447, 18458,
	18462, 18468, 18479, 18486, 18492, 18501, 18512, 18525, 18538, 18552,
	18557, 18565, 18575, 18586, 18595, 18605, 18613, 18624, 18637, 18641,
	18647, 18659, 18673, 18679, 18693, 18703, 18714, 18724, 18733, 18748,
	18763, 18778, 18785, 18794, 18809, 18823, 18838, 18853, 18866, 18873,
	18880, 18889, 18898, 18913, 18923, 18928, 18942, 18954, 18962, 18977,
	18992, 19003, 19013, 19019, 19024, 19032, 19042, 19050, 19055, 19063,
	19075, 19083, 19093, 19102, 19108, 19119, 19129, 19144, 19152, 19167,
	19180, 19193, 19206, 19216, 19228, 19239, 19246, 19250, 19264, 19278,
	19292, 19306, 19320, 19334, 19348, 19362, 19372, 19382, 19392, 19402,
	19413, 19424, 19432, 19446, 19453, 19465, 19479, 19483, 19491, 19506,
	19514, 19520, 19530, 19543, 19553, 19561, 19570, 19583, 19595, 19601,
	19608, 19617, 19623, 19628, 19640, 19652, 19665, 19674, 19683, 19694,
	19706, 19714, 19726, 19741, 19756, 19769, 19775, 19789, 19802, 19811,
	19820, 19834, 19848, 19855, 19859, 19867, 19878, 19893, 19904, 19919,
	19927, 19939, 19950, 19956, 19972, 19985, 19999, 20015, 20019, 20033,
	20041, 20052, 20062, 20078, 20082, 20097, 20112, 20119, 20128, 20133,
	20143, 20156, 20161, 20174, 20178, 20186, 20192, 20201, 20209, 20220,
	20230, 20240, 20245, 20256, 20270, 20279, 20289, 20298, 20313, 20327,
	20332, 20345, 20358, 20364, 20373, 20378, 20387, 20395, 20409, 20419,
	20428, 20443, 20456, 20466, 20474, 20479, 20490, 20501, 20513, 20527,
	20538, 20542, 20546, 20560, 20569, 20582, 20595, 20603, 20606, 20615,
	20629, 20640, 20653, 20661, 20671, 20679, 20693, 20698, 20707, 20711,
	20719, 20731, 20743, 20747, 20756, 20762, 20772, 20785, 20792, 20805,
	20812, 20826, 20833, 20840, 20852, 20860, 20870, 20883, 20893, 20898,
	20908, 20916, 20922, 20933, 20940, 20953, 20963, 20973, 20985, 20996,
	21010, 21022, 21037, 21043, 21054, 21059, 21070, 21076, 21087, 21099,
	21111, 21123, 21132, 21140, 21148, 21155, 21166, 21176, 21184, 21198,
	21213, 21220, 21233, 21241, 21252, 21261, 21270, 21280, 21291, 21298,
	21309, 21317, 21332, 21347, 21362, 21368, 21372, 21387, 21400, 21414,
	21429, 21440, 21454, 21467, 21482, 21487, 21494, 21503, 21510, 21522,
	21537, 21547, 21555, 21559, 21568, 21581, 21589, 21596, 21600, 21615,
	21629, 21633, 21648, 21662, 21675, 21683, 21693, 21702, 21711, 21715,
	21723, 21735, 21746, 21751, 21761, 21773, 21782, 21796, 21803, 21812,
	21816, 21829, 21842, 21857, 21873, 21879, 21888, 21901, 21914, 21927,
	21935, 21944, 21951, 21962, 21974, 21989, 21999, 22008, 22020, 22035,
	22048, 22058, 22072, 22080, 22095, 22101, 22116, 22128, 22139, 22144,
	22149, 22161, 22169, 22180, 22185, 22198, 22209, 22219, 22229, 22242,
	22257, 22268, 22274, 22283, 22298, 22305, 22317, 22325, 22332, 22341,
	22356, 22371, 22378, 22389, 22403, 22413, 22425, 22434, 22449, 22455,
	22470, 22485, 22492, 22497, 22512, 22522, 22532, 22542, 22549, 22561,
	22573, 22586, 22599, 22608, 22622, 22636, 22641, 22654, 22664, 22673,
	22685, 22690, 22699, 22708, 22723, 22738, 22752, 22763, 22772, 22787,
	22796, 22805, 22814, 22826, 22837, 22846, 22858, 22869, 22880, 22890,
	22898, 22909, 22923, 22933, 22948, 22955, 22966, 22975, 22984, 22996,
	23006, 23019, 23033, 23044, 23053, 23065, 23077, 23082, 23091, 23100,
	23110, 23125, 23138, 23152, 23164, 23170, 23185, 23199, 23211, 23217,
	23229, 23234, 23249, 23254, 23267, 23280, 23295, 23299, 23310, 23323,
	23332, 23347, 23360, 23375, 23385, 23391, 23395, 23400, 23405, 23413,
	23422, 23433, 23447, 23462, 23475, 23489, 23503, 23516, 23524, 23534,
	23545, 23560, 23565, 23579, 23590, 23597, 23608, 23618, 23630, 23645,
	23655, 23666, 23672, 23677, 23682, 23691, 23702, 23708, 23717, 23726,
	23731, 23741, 23751, 23762, 23771, 23783, 23792, 23803, 23809, 23817,
	23824, 23835, 23843, 23852, 23864, 23873, 23887, 23901, 23912, 23922,
	23930, 23940, 23954, 23968, 23977, 23982, 23995, 24008, 24018, 24026,
	24036, 24043, 24052, 24060, 24069, 24080, 24087, 24094, 24103, 24111,
	24123, 24136, 24146, 24152, 24167, 24177, 24190, 24197, 24208, 24221,
	24235, 24250, 24257, 24264, 24271, 24278, 24285, 24292, 24297, 24307,
	24316, 24325, 24333, 24342, 24352, 24360, 24366, 24376, 24386, 24398,
	24413, 24426, 24438, 24449, 24458, 24466, 24476, 24481, 24489, 24497,
	24502, 24515, 24530, 24545, 24558, 24568, 24583, 24591, 24602, 24614,
	24629, 24636, 24643, 24658, 24664, 24669, 24684, 24699, 24710, 24720,
	24724, 24736, 24744, 24749, 24754, 24759, 24768, 24776, 24790, 24801,
	24812, 24817, 24828, 24842, 24854, 24867, 24881, 24891, 24905, 24917,
	24931, 24944, 24955, 24966, 24974, 24983, 24988, 24993, 25001, 25016,
	25020, 25033, 25042, 25051, 25058, 25070, 25080, 25089, 25102, 25115,
	25128, 25141, 25156, 25163, 25171, 25181, 25191, 25205, 25217, 25232,
	25246, 25260, 25273, 25285, 25294, 25299, 25311, 25324, 25328, 25336,
	25350, 25359, 25368, 25377, 25386, 25395, 25409, 25421, 25433, 25442,
	25447, 25456, 25471, 25476, 25481, 25489, 25500, 25515, 25524, 25537,
	25544, 25551, 25559, 25570, 25582, 25597, 25612, 25625, 25637, 25652,
	25662, 25667, 25672, 25682, 25690, 25703, 25714, 25721, 25728, 25741,
	25753, 25765, 25776, 25781, 25792, 25807, 25815, 25826, 25837, 25848,
	25857, 25864, 25871, 25878, 25888, 25895, 25908, 25921, 25926, 25933,
	25939, 25950, 25964, 25969, 25983, 25996, 26007, 26022, 26027, 26039,
	26048, 26057, 26067, 26081, 26090, 26093, 26103, 26115, 26122, 26137,
	26152, 26167, 26177, 26189, 26201, 26216, 26231, 26245, 26259, 26272,
	26285, 26290, 26301, 26312, 26323, 26331, 26339, 26350, 26363, 26377,
	26391, 26406, 26421, 26435, 26449, 26459, 26464, 26477, 26481, 26494,
	26506, 26517, 26529, 26540, 26549, 26564, 26577, 26585, 26589, 26601,
	26608, 26617, 26626, 26631, 26638, 26645, 26659, 26668, 26680, 26693,
	26706, 26717, 26731, 26742, 26748, 26760, 26768, 26781, 26794, 26799,
	26811, 26825, 26832, 26841, 26845, 26855, 26871, 26883, 26888, 26893,
	26907, 26920, 26934, 26948, 26962, 26972, 26982, 26989, 26997, 27008,
	27017, 27025, 27039, 27049, 27054, 27064, 27069, 27078, 27093, 27105,
	27113, 27121, 27130, 27135, 27145, 27154, 27165, 27176, 27187, 27199,
	27207, 27220, 27229, 27239, 27249, 27261, 27268, 27278, 27290, 27296,
	27309, 27323, 27335, 27343, 27355, 27370, 27382, 27395, 27400, 27412,
	27419, 27430, 27438, 27449, 27455, 27467, 27482, 27495, 27499, 27513,
	27519, 27526, 27533, 27545, 27557, 27564, 27575, 27583, 27594, 27603,
	27612, 27617, 27631, 27646, 27661, 27673, 27687, 27702, 27709, 27718,
	27725, 27734, 27739, 27754, 27769, 27776, 27781, 27789, 27795, 27805,
	27820, 27831, 27842, 27856, 27871, 27885, 27899, 27914, 27926, 27940,
	27951, 27963, 27977, 27987, 27998, 28013, 28027, 28036, 28049, 28056,
	28065, 28074, 28089, 28100, 28111, 28125, 28136, 28149, 28157, 28163,
	28169, 28182, 28195, 28210, 28220, 28234, 28245, 28260, 28274, 28279,
	28288, 28301, 28316, 28332, 28347, 28360, 28371, 28380, 28393, 28406,
	28419, 28425, 28438, 28452, 28460, 28475, 28480, 28489, 28503, 28513,
	28521, 28531, 28543, 28558, 28570, 28577, 28582, 28590, 28598, 28608,
	28621, 28635, 28648, 28661, 28672, 28679, 28691, 28699, 28706, 28714,
	28725, 28734, 28744, 28748, 28753, 28764, 28768, 28777, 28785, 28795,
	28808, 28822, 28834, 28842, 28855, 28865, 28870, 28884, 28891, 28904,
	28918, 28931, 28939, 28951, 28961, 28972, 28985, 28990, 29005, 29010,
	29022, 29032, 29043, 29050, 29060, 29067, 29076, 29082, 29088, 29094,
	29106, 29111, 29116, 29124, 29131, 29143, 29150, 29157, 29169, 29177,
	29186, 29195, 29202, 29207, 29217, 29230, 29245, 29260, 29271, 29277,
	29292, 29303, 29311, 29323, 29336, 29350, 29355, 29362, 29367, 29376,
	29385, 29391, 29399, 29414, 29421, 29426, 29432, 29439, 29454, 29469,
	29483, 29495, 29505, 29517, 29530, 29543, 29557, 29564, 29571, 29578,
	29585, 29592, 29607, 29619, 29629, 29643, 29655, 29670, 29685, 29695,
	29703, 29708, 29716, 29723, 29737, 29748, 29760, 29771, 29783, 29793,
	29802, 29809, 29824, 29829, 29840, 29853, 29864, 29873, 29883, 29891,
	29899, 29912, 29920, 29933, 29940, 29948, 29958, 29968, 29977, 29989,
	29998, 30012, 30016, 30020, 30027, 30034, 30048, 30062, 30070, 30084,
	30098, 30109, 30120, 30125, 30131, 30140, 30154, 30168, 30182, 30193,
	30200, 30212, 30225, 30238, 30249, 30255, 30264, 30279, 30291, 30296,
	30302, 30312, 30322, 30327, 30341, 30346, 30352, 30362, 30370, 30385,
	30391, 30396, 30407, 30415, 30421, 30431, 30438, 30444, 30454, 30464,
	30477, 30486, 30498, 30513, 30528, 30542, 30556, 30561, 30572, 30582,
	30591, 30601, 30613, 30618, 30630, 30637, 30642, 30648, 30652, 30664,
	30674, 30683, 30695, 30706, 30721, 30736, 30749, 30763, 30772, 30777,
	30792, 30801, 30807, 30817, 30832, 30847, 30858, 30871, 30877, 30883,
	30888, 30893, 30907, 30913, 30922, 30936, 30944, 30957, 30965, 30974,
	30987, 30994, 31001, 31011, 31019, 31028, 31037, 31052, 31056, 31064,
	31077, 31090, 31105, 31118, 31130, 31140, 31150, 31164, 31173, 31183,
	31191, 31200, 31212, 31227, 31234, 31243, 31253, 31259, 31265, 31274,
	31289, 31304, 31316, 31329, 31336, 31344, 31355, 31361, 31374, 31388,
	31396, 31404, 31418, 31433, 31444, 31459, 31462, 31469, 31479, 31489,
	31499, 31505, 31510, 31525, 31536, 31551, 31561, 31575, 31588, 31602,
	31609, 31615, 31628, 31639, 31652, 31658, 31666, 31675, 31689, 31701,
	31707, 31721, 31736, 31745, 31755, 31769, 31780, 31789, 31801, 31810,
	31815, 31830, 31838, 31853, 31862, 31877, 31892, 31907, 31917, 31929,
	31941, 31950, 31959, 31971, 31981, 31989, 32001, 32016, 32022, 32034,
	32041, 32053, 32065, 32074, 32083, 32091, 32102, 32116, 32126, 32131,
	32142, 32151, 32162, 32166, 32170, 32184, 32196, 32208, 32223, 32237,
	32250, 32260, 32270, 32281, 32295, 32309, 32317, 32329, 32343, 32355,
	32366, 32380, 32394, 32407, 32417, 32427, 32434, 32441, 32452, 32467,
	32480, 32487, 32502, 32516, 32528, 32537, 32550, 32562, 32569, 32574,
	32582, 32586, 32599, 32607, 32618, 32625, 32639, 32653, 32664, 32677,
	32686, 32690, 32703, 32716, 32721, 32726, 32741, 32755, 32767, 32771,
	32778, 32787, 32795, 32810, 32817, 32828, 32840, 32855, 32863, 32867,
	32878, 32889, 32901, 32910, 32923, 32935, 32941, 32946, 32960, 32975,
	32990, 32999, 33010, 33019, 33028, 33041, 33049, 33058, 33065, 33078,
	33088, 33095, 33107, 33121, 33126, 33130, 33145, 33155, 33160, 33174,
	33185, 33196, 33209, 33217, 33228, 33238, 33251, 33265, 33279, 33293,
	33302, 33313, 33326, 33334, 33348, 33360, 33373, 33379, 33389, 33403,
	33418, 33433, 33447, 33462, 33476, 33482, 33493, 33502, 33510, 33520,
	33534, 33540, 33546, 33557, 33569, 33574, 33580, 33591, 33602, 33608,
	33615, 33622, 33632, 33646, 33656, 33663, 33672, 33685, 33690, 33703,
	33712, 33723, 33731, 33739, 33752, 33762, 33777, 33789, 33804, 33819,
	33830, 33839, 33852, 33863, 33878, 33885, 33893, 33901, 33915, 33927,
	33939, 33952, 33962, 33973, 33985, 33997, 34001, 34013, 34019, 34027,
	34040, 34048, 34060, 34068, 34072, 34086, 34095, 34103, 34115, 34124,
	34138, 34145, 34155, 34168, 34182, 34197, 34207, 34218, 34223, 34231,
	34242, 34247, 34256, 34271, 34278, 34286, 34290, 34300, 34311, 34325,
	34331, 34338, 34354, 34360, 34369, 34373, 34389, 34396, 34405, 34420,
	34432, 34441, 34451, 34459, 34463, 34468, 34482, 34494, 34505, 34514,
	34521, 34528, 34534, 34544, 34559, 34566, 34578, 34588, 34600, 34610,
	34621, 34635, 34639, 34647, 34659, 34675, 34680, 34692, 34696, 34706,
	34713, 34726, 34731, 34746, 34761, 34773, 34788, 34794, 34806, 34815,
	34824, 34834, 34848, 34857, 34862, 34875, 34887, 34896, 34905, 34918,
	34922, 34931, 34943, 34952, 34963, 34977, 34991, 35001, 35010, 35022,
	35031, 35040, 35049, 35065, 35074, 35083, 35088, 35093, 35100, 35105,
	35120, 35132, 35147, 35160, 35173, 35186, 35197, 35209, 35224, 35236,
	35247, 35256, 35264, 35272, 35278, 35290, 35296, 35303, 35314, 35328,
	35336, 35351, 35364, 35376, 35391, 35402, 35412, 35423, 35436, 35451,
	35457, 35464, 35471, 35486, 35494, 35507, 35521, 35532, 35545, 35559,
	35563, 35571, 35586, 35598, 35610, 35625, 35641, 35650, 35664, 35675,
	35690, 35699, 35710, 35726, 35742, 35747, 35757, 35772, 35777, 35781,
	35786, 35793, 35804, 35808, 35814, 35819, 35829, 35839, 35853, 35868,
	35874, 35887, 35892, 35903, 35913, 35924, 35929, 35938, 35948, 35953,
	35962, 35977, 35986, 35992, 36007, 36017, 36029, 36042, 36048, 36059,
	36064, 36072, 36082, 36094, 36109, 36115, 36124, 36128, 36133, 36148,
	36163, 36178, 36193, 36204, 36215, 36230, 36236, 36246, 36252, 36261,
	36274, 36286, 36300, 36304, 36311, 36320, 36327, 36339, 36351, 36360,
	36368, 36377, 36386, 36396, 36408, 36423, 36438, 36447, 36459, 36468,
	36484, 36500, 36516, 36532, 36548, 36553, 36566, 36571, 36583, 36593,
	36603, 36612, 36616, 36630, 36638, 36648, 36654, 36669, 36681, 36686,
	36700, 36715, 36722, 36732, 36744, 36752, 36760, 36765, 36770, 36774,
	36784, 36794, 36799, 36810, 36816, 36825, 36836, 36847, 36858, 36862,
	36866, 36877, 36888, 36901, 36914, 36927, 36941, 36952, 36964, 36975,
	36986, 36991, 36995, 37005, 37012, 37018, 37025, 37036, 37042, 37057,
	37066, 37073, 37084, 37089, 37098, 37108, 37122, 37133, 37148, 37163,
	37176, 37183, 37197, 37202, 37211, 37221, 37233, 37239, 37249, 37256,
	37262, 37266, 37277, 37285, 37290, 37304, 37311, 37318, 37325, 37332,
	37339, 37351, 37356, 37362, 37366, 37372, 37378, 37392, 37401, 37415,
	37419, 37433, 37443, 37453, 37465, 37473, 37483, 37490, 37497, 37503,
	37517, 37524, 37534, 37539, 37546, 37553, 37559, 37568, 37577, 37588,
	37599, 37609, 37622, 37636, 37649, 37657, 37663, 37674, 37685, 37694,
	37703, 37709, 37721, 37732, 37744, 37757, 37763, 37778, 37793, 37808,
	37817, 37826, 37836, 37844, 37848, 37861, 37874, 37882, 37886, 37901,
	37912, 37924, 37939, 37954, 37960, 37966, 37971, 37980, 37985, 37995,
	38008, 38017, 38023, 38037, 38047, 38055, 38060, 38072, 38078, 38086,
	38094, 38100, 38107, 38121, 38131, 38146, 38161, 38166, 38181, 38191,
	38201, 38208, 38213, 38219, 38227, 38233, 38242, 38252, 38257, 38265,
	38270, 38281, 38291, 38298, 38313, 38318, 38327, 38334, 38342, 38351,
	38366, 38374, 38382, 38389, 38398, 38405, 38420, 38435, 38449, 38461,
	38471, 38478, 38489, 38498, 38513, 38526, 38536, 38546, 38560, 38575,
	38584, 38598, 38610, 38615, 38630, 38645, 38661, 38666, 38676, 38689,
	38697, 38709, 38723, 38730, 38742, 38748, 38758, 38769, 38783, 38790,
	38800, 38812, 38825, 38838, 38849, 38860, 38873, 38885, 38897, 38903,
	38918, 38931, 38939, 38944, 38957, 38970, 38982, 38991, 39000, 39007,
	39015, 39024, 39028, 39038, 39048, 39053, 39065, 39073, 39087, 39101,
	39116, 39126, 39140, 39144, 39151, 39159, 39167, 39175, 39184, 39192,
	39199, 39208, 39214, 39229, 39241, 39247, 39257, 39265, 39278, 39284,
	39296, 39307, 39323, 39335, 39346, 39350, 39355, 39363, 39371, 39380,
	39391, 39405, 39413, 39424, 39434, 39445, 39452, 39464, 39468, 39476,
	39482, 39489, 39496, 39505, 39515, 39522, 39531, 39540, 39552, 39557,
	39570, 39585, 39597, 39609, 39621, 39635, 39646, 39650, 39656, 39665,
	39675, 39680, 39689, 39699, 39711, 39717, 39730, 39734, 39742, 39753,
	39762, 39774, 39780, 39790, 39802, 39809, 39823, 39832, 39847, 39858,
	39864, 39869, 39880, 39892, 39905, 39913, 39928, 39933, 39938, 39952,
	39956, 39970, 39986, 39990, 40000, 40015, 40029, 40041, 40052, 40065,
	40077, 40087, 40097, 40106, 40115, 40125, 40140, 40144, 40152, 40158,
	40166, 40178, 40191, 40204, 40213, 40223, 40227, 40234, 40238, 40251,
	40261, 40269, 40276, 40290, 40296, 40302, 40306, 40311, 40322, 40334,
	40346, 40350, 40360, 40375, 40389, 40398, 40406, 40412, 40421, 40429,
	40436, 40440, 40451, 40465, 40473, 40477, 40488, 40501, 40513, 40525,
	40536, 40548, 40561, 40571, 40583, 40588, 40598, 40605, 40612, 40620,
	40627, 40638, 40646, 40654, 40665, 40671, 40678, 40687, 40693, 40703,
	40712, 40717, 40721, 40737, 40750, 40761, 40766, 40772, 40777, 40783,
	40794, 40805, 40818, 40827, 40836, 40850, 40855, 40869, 40884, 40889,
	40895, 40905, 40910, 40922, 40927, 40932, 40937, 40946, 40960, 40974,
	40979, 40990, 41001, 41012, 41022, 41032, 41038, 41045, 41055, 41062,
	41073, 41086, 41099, 41103, 41116, 41130, 41145, 41157, 41169, 41177,
	41188, 41200, 41206, 41218, 41223, 41238, 41249, 41256, 41263, 41270,
	41280, 41289, 41294, 41306, 41319, 41326, 41338, 41343, 41353, 41363,
	41376, 41382, 41388, 41394, 41399, 41412, 41424, 41439, 41454, 41469,
	41475, 41488, 41496, 41505, 41519, 41528, 41537, 41542, 41551, 41559,
	41566, 41571, 41585, 41599, 41608, 41616, 41620, 41633, 41647, 41661,
	41665, 41680, 41694, 41708, 41719, 41734, 41748, 41754, 41769, 41785,
	41789, 41798, 41808, 41813, 41825, 41837, 41842, 41851, 41863, 41872,
	41882, 41892, 41896, 41907, 41911, 41927, 41941, 41955, 41970, 41979,
	41991, 41995, 42003, 42010, 42016, 42026, 42031, 42041, 42053, 42057,
	42066, 42076, 42081, 42093, 42105, 42116, 42120, 42124, 42129, 42141,
	42147, 42152, 42157, 42169, 42178, 42191, 42206, 42212, 42224, 42230,
	42237, 42247, 42256, 42268, 42279, 42288, 42296, 42300, 42304, 42309,
	42324, 42334, 42341, 42348, 42360, 42368, 42383, 42391, 42404, 42417,
	42431, 42443, 42455, 42465, 42481, 42495, 42507, 42517, 42529, 42539,
	42552, 42561, 42575, 42582, 42595, 42605, 42617, 42622, 42638, 42654,
	42667, 42672, 42681, 42690, 42704, 42711, 42724, 42737, 42744, 42752,
	42765, 42773, 42777, 42786, 42796, 42806, 42813, 42821, 42828, 42839,
	42843, 42849, 42855, 42861, 42869, 42878, 42894, 42907, 42922, 42938,
	42954, 42970, 42976, 42983, 42989, 43001, 43011, 43022, 43032, 43042,
	43048, 43056, 43064, 43077, 43090, 43100, 43105, 43111, 43126, 43135,
	43150, 43157, 43167, 43177, 43192, 43207, 43219, 43226, 43236, 43247,
	43254, 43264, 43269, 43278, 43291, 43304, 43316, 43332, 43340, 43353,
	43356, 43366, 43374, 43388, 43397, 43406, 43414, 43422, 43431, 43442,
	43453, 43463, 43474, 43482, 43491, 43500, 43508, 43520, 43525, 43540,
	43550, 43560, 43568, 43577, 43590, 43604, 43613, 43623, 43629, 43635,
	43650, 43664, 43668, 43676, 43681, 43695, 43701, 43711, 43718, 43727,
	43738, 43750, 43764, 43775, 43790, 43796, 43809, 43824, 43838, 43846,
	43855, 43869, 43884, 43895, 43909, 43924, 43937, 43952, 43967, 43974,
	43984, 43993, 44001, 44011, 44023, 44033, 44039, 44046, 44055, 44067,
	44079, 44091, 44105, 44116, 44125, 44138, 44150, 44155, 44166, 44177,
	44188, 44197, 44204, 44215, 44224, 44235, 44246, 44251, 44261, 44268,
	44280, 44288, 44297, 44306, 44315, 44325, 44339, 44353, 44362, 44376,
	44388, 44401, 44413, 44426, 44438, 44451, 44466, 44481, 44496, 44511,
	44524, 44535, 44539, 44554, 44561, 44577, 44582, 44596, 44608, 44623,
	44631, 44639, 44647, 44662, 44677, 44681, 44693, 44707, 44713, 44724,
	44732, 44741, 44749, 44757, 44769, 44783, 44791, 44800, 44811, 44825,
	44833, 44843, 44854, 44863, 44870, 44876, 44887, 44898, 44902, 44908,
	44915, 44929, 44942, 44957, 44972, 44978, 44985, 44992, 45006, 45011,
	45017, 45021, 45030, 45035, 45042, 45051, 45057, 45062, 45066, 45081,
	45086, 45094, 45109, 45114, 45119, 45133, 45139, 45150, 45155, 45161,
	45177, 45181, 45189, 45198, 45203, 45217, 45227, 45241, 45255, 45268,
	45284, 45299, 45303, 45313, 45326, 45331, 45338, 45343, 45349, 45356,
	45367, 45374, 45387, 45401, 45410, 45417, 45431, 45445, 45458, 45467,
	45480, 45494, 45502, 45512, 45517, 45527, 45534, 45545, 45556, 45568,
	45577, 45585, 45594, 45607, 45615, 45625, 45635, 45649, 45654, 45665,
	45676, 45688, 45696, 45701, 45713, 45719, 45734, 45749, 45763, 45773,
	45782, 45793, 45803, 45808, 45812, 45819, 45827, 45834, 45842, 45846,
	45852, 45857, 45865, 45875, 45883, 45893, 45898, 45910, 45923, 45931,
	45937, 45944, 45953, 45963, 45974, 45989, 45995, 46010, 46017, 46027,
	46033, 46037, 46049, 46060, 46067, 46077, 46082, 46094, 46100, 46114,
	46126, 46130, 46138, 46152, 46166, 46170, 46177, 46184, 46196, 46210,
	46221, 46226, 46231, 46238, 46252, 46262, 46276, 46291, 46306, 46311,
	46316, 46328, 46338, 46350, 46366, 46379, 46386, 46390, 46397, 46411,
	46419, 46423, 46431, 46444, 46449, 46454, 46467, 46482, 46487, 46503,
	46511, 46523, 46533, 46545, 46558, 46570, 46582, 46594, 46605, 46613,
	46621, 46626, 46636, 46647, 46659, 46667, 46672, 46684, 46690, 46698,
	46711, 46724, 46737, 46750, 46763, 46776, 46789, 46802, 46814, 46822,
	46827, 46831, 46836, 46845, 46853, 46866, 46879, 46884, 46889, 46899,
	46908, 46921, 46930, 46937, 46949, 46961, 46969, 46981, 46992, 46999,
	47005, 47014, 47027, 47040, 47045, 47050, 47062, 47066, 47078, 47084,
	47097, 47112, 47124, 47138, 47153, 47159, 47170, 47183, 47191, 47201,
	47209, 47214, 47227, 47239, 47251, 47261, 47271, 47283, 47298, 47313,
	47329, 47340, 47352, 47364, 47375, 47386, 47397, 47409, 47422, 47438,
	47449, 47462, 47467, 47478, 47489, 47500, 47511, 47522, 47533, 47543,
	47553, 47562, 47571, 47581, 47591, 47600, 47609, 47623, 47633, 47642,
	47654, 47665, 47676, 47688, 47697, 47706, 47715, 47724, 47737, 47741,
	47755, 47762, 47772, 47784, 47796, 47810, 47820, 47834, 47846, 47858,
	47872, 47879, 47890, 47902, 47914, 47924, 47929, 47935, 47943, 47957,
	47972, 47985, 47992, 48001, 48012, 48027, 48043, 48051, 48060, 48074,
	48080, 48089, 48103, 48110, 48122, 48127, 48141, 48152, 48166, 48180,
	48192, 48204, 48209, 48219, 48225, 48239, 48252, 48256, 48269, 48275,
	48282, 48293, 48307, 48320, 48333, 48344, 48359, 48374, 48389, 48403,
	48418, 48430, 48443, 48455, 48471, 48479, 48490, 48498, 48508, 48517,
	48522, 48527, 48531, 48537, 48549, 48558, 48572, 48583, 48595, 48607,
	48619, 48624, 48636, 48646, 48657, 48666, 48673, 48683, 48688, 48695,
	48702, 48711, 48720, 48729, 48737, 48745, 48755, 48765, 48777, 48790,
	48805, 48821, 48835, 48849, 48863, 48877, 48889, 48901, 48910, 48922,
	48934, 48946, 48957, 48970, 48985, 49000, 49016, 49020, 49026, 49035,
	49046, 49058, 49066, 49079, 49084, 49092, 49098, 49106, 49119, 49128,
	49139, 49150, 49155, 49160, 49168, 49181, 49189, 49199, 49214, 49223,
	49233, 49246, 49251, 49260, 49268, 49279, 49284, 49292, 49300, 49311,
	49325, 49338, 49342, 49353, 49366, 49377, 49390, 49399, 49404, 49419,
	49429, 49437, 49445, 49456, 49462, 49467, 49476, 49486, 49501, 49506,
	49516, 49527, 49540, 49556, 49564, 49569, 49578, 49592, 49597, 49610,
	49618, 49628, 49636, 49644, 49654, 49666, 49673, 49689, 49705, 49717,
	49728, 49736, 49747, 49759, 49774, 49783, 49787, 49796, 49803, 49818,
	49829, 49840, 49852, 49862, 49873, 49883, 49890, 49899, 49908, 49917,
	49923, 49927, 49935, 49950, 49959, 49964, 49970, 49977, 49988, 49999,
	50005, 50010, 50016, 50023, 50032, 50041, 50046, 50053, 50060, 50064,
	50069, 50074, 50081, 50096, 50111, 50116, 50120, 50130, 50143, 50157,
	50167, 50182, 50189, 50200, 50205, 50211, 50221, 50230, 50235, 50240,
	50254, 50262, 50270, 50275, 50284, 50294, 50305, 50315, 50326, 50341,
	50347, 50351, 50356, 50365, 50370, 50375, 50385, 50394, 50401, 50416,
	50432, 50441, 50456, 50469, 50474, 50479, 50487, 50498, 50503, 50510,
	50521, 50526, 50533, 50537, 50547, 50553, 50563, 50569, 50578, 50594,
	50607, 50613, 50623, 50632, 50640, 50644, 50655, 50662, 50673, 50682,
	50691, 50699, 50714, 50722, 50726, 50735, 50740, 50744, 50752, 50759,
	50767, 50775, 50784, 50794, 50801, 50808, 50820, 50830, 50845, 50857,
	50871, 50883, 50894, 50901, 50916, 50923, 50929, 50941, 50956, 50965,
	50978, 50982, 50996, 51005, 51014, 51024, 51034, 51040, 51055, 51060,
	51076, 51091, 51101, 51110, 51122, 51134, 51150, 51157, 51167, 51182,
	51189, 51204, 51213, 51223, 51231, 51239, 51249, 51259, 51269, 51279,
	51289, 51299, 51309, 51319, 51324, 51337, 51353, 51364, 51372, 51381,
	51395, 51402, 51409, 51416, 51422, 51436, 51447, 51460, 51468, 51472,
	51486, 51497, 51505, 51516, 51531, 51542, 51552, 51560, 51572, 51585,
	51600, 51612, 51624, 51636, 51644, 51651, 51656, 51665, 51676, 51683,
	51695, 51704, 51716, 51727, 51737, 51743, 51752, 51767, 51780, 51785,
	51790, 51799, 51808, 51817, 51823, 51836, 51847, 51854, 51865, 51879,
	51890, 51897, 51911, 51926, 51941, 51953, 51966, 51973, 51987, 51995,
	52008, 52013, 52026, 52031, 52035, 52043, 52056, 52069, 52073, 52087,
	52099, 52111, 52126, 52140, 52153, 52167, 52179, 52190, 52194, 52202,
	52209, 52217, 52226, 52234, 52242, 52254, 52261, 52272, 52280, 52292,
	52305, 52317, 52322, 52332, 52343, 52348, 52358, 52368, 52377, 52381,
	52386, 52396, 52401, 52410, 52418, 52425, 52439, 52448, 52456, 52467,
	52475, 52490, 52501, 52513, 52525, 52537, 52549, 52555, 52563, 52577,
	52585, 52596, 52612, 52626, 52642, 52647, 52657, 52661, 52669, 52674,
	52685, 52698, 52708, 52723, 52728, 52743, 52753, 52769, 52774, 52778,
	52786, 52794, 52801, 52813, 52820, 52825, 52834, 52848, 52858, 52867,
	52877, 52886, 52898, 52908, 52918, 52928, 52938, 52948, 52958, 52968,
	52978, 52988, 52998, 53008, 53018, 53028, 53038, 53048, 53057, 53066,
	53070, 53083, 53095, 53104, 53114, 53119, 53134, 53148, 53161, 53172,
	53185, 53195, 53206, 53220, 53235, 53240, 53251, 53265, 53273, 53279,
	53290, 53301, 53308, 53312, 53319, 53327, 53343, 53352, 53358, 53364,
	53370, 53376, 53385, 53395, 53406, 53417, 53423, 53434, 53449, 53456,
	53468, 53480, 53488, 53496, 53508, 53514, 53529, 53542, 53550, 53565,
	53580, 53591, 53601, 53611, 53620, 53627, 53637, 53652, 53665, 53677,
	53682, 53688, 53693, 53698, 53705, 53712, 53719, 53726, 53733, 53745,
	53753, 53765, 53775, 53789, 53799, 53808, 53820, 53831, 53844, 53860,
	53868, 53878, 53893, 53905, 53915, 53921, 53926, 53935, 53949, 53962,
	53970, 53982, 53987, 53998, 54009, 54021, 54026, 54037, 54047, 54055,
	54069, 54078, 54092, 54107, 54113, 54122, 54128, 54138, 54148, 54156,
	54166, 54172, 54181, 54190, 54198, 54213, 54222, 54227, 54237, 54250,
	54255, 54259, 54268, 54277, 54291, 54305, 54320, 54324, 54339, 54355,
	54368, 54381, 54391, 54399, 54408, 54416, 54428, 54438, 54448, 54453,
	54460, 54464, 54477, 54486, 54491, 54497, 54512, 54526, 54535, 54550,
	54565, 54581, 54597, 54604, 54616, 54624, 54632, 54640, 54648, 54657,
	54664, 54670, 54681, 54695, 54700, 54711, 54725, 54736, 54743, 54757,
	54764, 54771, 54779, 54785, 54788, 54793, 54805, 54820, 54829, 54839,
	54854, 54858, 54863, 54878, 54889, 54904, 54917, 54926, 54935, 54944,
	54949, 54954, 54966, 54978, 54986, 54992, 55002, 55013, 55023, 55038,
	55046, 55058, 55066, 55075, 55084, 55093, 55102, 55111, 55120, 55131,
	55140, 55145, 55156, 55167, 55180, 55193, 55204, 55213, 55225, 55238,
	55246, 55255, 55261, 55268, 55277, 55290, 55305, 55312, 55319, 55325,
	55335, 55347, 55357, 55365, 55371, 55383, 55393, 55405, 55420, 55433,
	55445, 55457, 55462, 55469, 55481, 55489, 55502, 55510, 55519, 55532,
	55546, 55554, 55559, 55564, 55577, 55589, 55604, 55612, 55619, 55627,
	55636, 55646, 55656, 55666, 55674, 55683, 55696, 55707, 55717, 55721,
	55726, 55730, 55739, 55745, 55752, 55768, 55775, 55781, 55789, 55795,
	55806, 55820, 55834, 55841, 55854, 55865, 55874, 55878, 55884, 55898,
	55913, 55926, 55939, 55955, 55960, 55975, 55986, 55999, 56015, 56021,
	56033, 56040, 56049, 56058, 56063, 56077, 56090, 56099, 56103, 56108,
	56123, 56136, 56152, 56167, 56182, 56195, 56205, 56219, 56226, 56235,
	56246, 56252, 56262, 56274, 56285, 56295, 56305, 56319, 56333, 56343,
	56358, 56364, 56372, 56379, 56390, 56399, 56410, 56416, 56422, 56437,
	56442, 56456, 56466, 56472, 56487, 56492, 56500, 56508, 56516, 56524,
	56537, 56550, 56564, 56578, 56588, 56598, 56603, 56609, 56621, 56627,
	56632, 56639, 56644, 56650, 56663, 56677, 56692, 56707, 56717, 56723,
	56735, 56744, 56756, 56766, 56776, 56780, 56792, 56807, 56822, 56830,
	56835, 56841, 56849, 56858, 56865, 56869, 56873, 56887, 56892, 56906,
	56920, 56926, 56935, 56944, 56951, 56957, 56968, 56975, 56979, 56985,
	56996, 57002, 57011, 57016, 57022, 57027, 57036, 57049, 57063, 57069,
	57076, 57084, 57098, 57112, 57126, 57140, 57150, 57155, 57160, 57172,
	57176, 57185, 57199, 57205, 57218, 57232, 57247, 57261, 57275, 57285,
	57290, 57300, 57314, 57322, 57327, 57334, 57339, 57350, 57358, 57366,
	57380, 57389, 57396, 57408, 57415, 57418, 57422, 57432, 57443, 57452,
	57460, 57467, 57472, 57482, 57492, 57502, 57512, 57522, 57527, 57537,
	57552, 57558, 57568, 57574, 57585, 57595, 57602, 57609, 57617, 57630,
	57635, 57643, 57653, 57659, 57669, 57676, 57686, 57701, 57706, 57716,
	57724, 57734, 57744, 57751, 57758, 57769, 57776, 57783, 57787, 57791,
	57802, 57814, 57822, 57826, 57835, 57849, 57864, 57875, 57887, 57894,
	57905, 57914, 57923, 57934, 57941, 57949, 57959, 57966, 57977, 57988,
	57998, 58004, 58015, 58026, 58034, 58048, 58062, 58077, 58090, 58098,
	58107, 58120, 58125, 58129, 58138, 58150, 58162, 58175, 58188, 58199,
	58211, 58223, 58235, 58247, 58252, 58260, 58271, 58276, 58280, 58296,
	58311, 58325, 58336, 58344, 58354, 58370, 58386, 58401, 58416, 58429,
	58437, 58444, 58455, 58466, 58477, 58488, 58499, 58510, 58515, 58520,
	58529, 58539, 58547, 58559, 58571, 58584, 58591, 58602, 58616, 58624,
	58635, 58646, 58655, 58663, 58670, 58682, 58693, 58703, 58707, 58711,
	58719, 58729, 58739, 58748, 58754, 58762, 58777, 58786, 58794, 58805,
	58817, 58826, 58831, 58842, 58847, 58860, 58873, 58886, 58899, 58912,
	58925, 58938, 58951, 58964, 58978, 58987, 59000, 59005, 59018, 59027,
	59038, 59052, 59060, 59068, 59078, 59084, 59090, 59098, 59108, 59116,
	59126, 59141, 59156, 59168, 59180, 59190, 59197, 59210, 59218, 59228,
	59236, 59251, 59261, 59271, 59283, 59289, 59294, 59309, 59321, 59333,
	59344, 59355, 59364, 59380, 59385, 59394, 59400, 59415, 59430, 59445,
	59459, 59463, 59478, 59490, 59503, 59509, 59517, 59524, 59537, 59542,
	59548, 59562, 59568, 59577, 59584, 59596, 59608, 59623, 59634, 59645,
	59656, 59667, 59681, 59694, 59699, 59708, 59721, 59731, 59746, 59758,
	59770, 59782, 59794, 59805, 59816, 59827, 59839, 59853, 59867, 59872,
	59877, 59886, 59901, 59908, 59923, 59935, 59944, 59955, 59971, 59982,
	59989, 60000, 60015, 60027, 60039, 60052, 60065, 60077, 60089, 60102,
	60114, 60123, 60133, 60143, 60152, 60168, 60184, 60198, 60208, 60218,
	60224, 60234, 60249, 60260, 60273, 60282, 60287, 60298, 60314, 60319,
	60331, 60338, 60350, 60355, 60370, 60383, 60397, 60412, 60428, 60441,
	60450, 60459, 60467, 60473, 60489, 60494, 60506, 60517, 60533, 60538,
	60543, 60553, 60566, 60577, 60584, 60593, 60602, 60615, 60628, 60642,
	60656, 60662, 60669, 60676, 60686, 60695, 60709, 60718, 60733, 60746,
	60761, 60770, 60784, 60797, 60808, 60819, 60827, 60839, 60849, 60863,
	60868, 60878, 60887, 60902, 60917, 60923, 60933, 60940, 60954, 60968,
	60973, 60983, 60988, 60997, 61003, 61013, 61022, 61034, 61045, 61061,
	61065, 61075, 61087, 61101, 61107, 61122, 61131, 61136, 61142, 61154,
	61163, 61178, 61181, 61188, 61203, 61217, 61228, 61235, 61242, 61251,
	61264, 61269, 61279, 61287, 61297, 61302, 61316, 61325, 61340, 61349,
	61355, 61366,
};

/* [port] = { tcp name id, udp name id }; 0 = unnamed. */
const uint16_t svc_by_port[65536][2] = {
	[1] = { 1, 1 },
	[2] = { 2, 2 },
	[3] = { 2, 2 },
	[5] = { 3, 3 },
	[7] = { 4, 4 },
	[9] = { 5, 5 },
	[11] = { 6, 6 },
	[13] = { 7, 7 },
	[17] = { 8, 8 },
	[18] = { 9, 9 },
	[19] = { 10, 10 },
	[20] = { 11, 11 },
	[21] = { 12, 12 },
	[22] = { 13, 13 },
	[23] = { 14, 14 },
	[25] = { 15, 15 },
	[27] = { 16, 16 },
	[29] = { 17, 17 },
	[31] = { 18, 18 },
	[33] = { 19, 19 },
	[37] = { 20, 20 },
	[38] = { 21, 21 },
	[39] = { 22, 22 },
	[41] = { 23, 23 },
	[42] = { 24, 24 },
	[43] = { 26, 27 },
	[44] = { 28, 28 },
	[45] = { 29, 29 },
	[46] = { 30, 30 },
	[48] = { 31, 31 },
	[49] = { 32, 32 },
	[50] = { 33, 33 },
	[52] = { 34, 34 },
	[53] = { 35, 35 },
	[54] = { 37, 37 },
	[55] = { 38, 38 },
	[56] = { 39, 39 },
	[58] = { 40, 40 },
	[62] = { 41, 41 },
	[63] = { 42, 42 },
	[64] = { 44, 44 },
	[65] = { 45, 45 },
	[66] = { 46, 46 },
	[67] = { 48, 48 },
	[68] = { 49, 49 },
	[69] = { 50, 50 },
	[70] = { 51, 51 },
	[71] = { 52, 52 },
	[72] = { 53, 53 },
	[73] = { 54, 54 },
	[74] = { 55, 55 },
	[76] = { 56, 56 },
	[78] = { 57, 57 },
	[79] = { 58, 58 },
	[80] = { 59, 59 },
	[82] = { 62, 62 },
	[83] = { 63, 63 },
	[84] = { 64, 64 },
	[85] = { 63, 63 },
	[86] = { 65, 65 },
	[88] = { 66, 66 },
	[89] = { 67, 67 },
	[90] = { 68, 68 },
	[91] = { 69, 69 },
	[92] = { 70, 70 },
	[93] = { 71, 71 },
	[94] = { 72, 72 },
	[95] = { 73, 73 },
	[96] = { 74, 74 },
	[97] = { 75, 75 },
	[98] = { 76, 76 },
	[99] = { 77, 77 },
	[101] = { 78, 78 },
	[102] = { 79, 79 },
	[103] = { 80, 80 },
	[104] = { 81, 81 },
	[105] = { 82, 82 },
	[106] = { 84, 84 },
	[107] = { 85, 85 },
	[108] = { 86, 86 },
	[109] = { 87, 87 },
	[110] = { 88, 88 },
	[111] = { 89, 89 },
	[112] = { 90, 90 },
	[113] = { 91, 92 },
	[115] = { 93, 93 },
	[116] = { 94, 94 },
	[117] = { 95, 95 },
	[118] = { 96, 96 },
	[119] = { 97, 97 },
	[120] = { 98, 98 },
	[121] = { 99, 99 },
	[122] = { 100, 100 },
	[123] = { 101, 101 },
	[124] = { 102, 102 },
	[125] = { 103, 103 },
	[126] = { 104, 104 },
	[127] = { 105, 105 },
	[128] = { 106, 106 },
	[129] = { 107, 107 },
	[130] = { 108, 108 },
	[131] = { 109, 109 },
	[132] = { 110, 110 },
	[133] = { 111, 111 },
	[134] = { 112, 112 },
	[135] = { 113, 113 },
	[136] = { 114, 114 },
	[137] = { 115, 115 },
	[138] = { 116, 116 },
	[139] = { 117, 117 },
	[140] = { 118, 118 },
	[141] = { 119, 119 },
	[142] = { 120, 120 },
	[143] = { 121, 0 },
	[144] = { 124, 124 },
	[145] = { 125, 125 },
	[146] = { 126, 126 },
	[147] = { 127, 127 },
	[148] = { 128, 128 },
	[149] = { 129, 129 },
	[150] = { 46, 46 },
	[151] = { 130, 130 },
	[152] = { 131, 131 },
	[153] = { 132, 132 },
	[154] = { 133, 133 },
	[155] = { 134, 134 },
	[156] = { 135, 135 },
	[157] = { 136, 136 },
	[158] = { 137, 137 },
	[159] = { 138, 138 },
	[160] = { 139, 139 },
	[161] = { 140, 140 },
	[162] = { 141, 141 },
	[163] = { 143, 143 },
	[164] = { 144, 144 },
	[165] = { 145, 145 },
	[166] = { 146, 146 },
	[167] = { 147, 147 },
	[168] = { 148, 148 },
	[169] = { 149, 149 },
	[170] = { 150, 150 },
	[171] = { 151, 151 },
	[172] = { 152, 152 },
	[173] = { 154, 154 },
	[174] = { 155, 155 },
	[175] = { 156, 156 },
	[176] = { 157, 157 },
	[177] = { 158, 158 },
	[178] = { 159, 159 },
	[179] = { 160, 160 },
	[180] = { 161, 161 },
	[181] = { 162, 162 },
	[182] = { 163, 163 },
	[183] = { 164, 164 },
	[184] = { 165, 165 },
	[185] = { 166, 166 },
	[186] = { 167, 167 },
	[187] = { 168, 168 },
	[188] = { 169, 169 },
	[189] = { 170, 170 },
	[190] = { 171, 171 },
	[191] = { 172, 172 },
	[192] = { 173, 173 },
	[193] = { 174, 174 },
	[194] = { 175, 175 },
	[195] = { 176, 176 },
	[196] = { 177, 177 },
	[197] = { 178, 178 },
	[198] = { 179, 179 },
	[199] = { 180, 180 },
	[200] = { 181, 181 },
	[201] = { 182, 182 },
	[202] = { 183, 183 },
	[203] = { 184, 184 },
	[204] = { 185, 185 },
	[205] = { 186, 186 },
	[206] = { 187, 187 },
	[207] = { 188, 188 },
	[208] = { 189, 189 },
	[209] = { 190, 190 },
	[210] = { 191, 191 },
	[211] = { 193, 193 },
	[212] = { 195, 195 },
	[213] = { 196, 196 },
	[214] = { 197, 197 },
	[215] = { 198, 198 },
	[216] = { 199, 199 },
	[217] = { 200, 200 },
	[218] = { 201, 201 },
	[219] = { 202, 202 },
	[220] = { 203, 203 },
	[221] = { 204, 204 },
	[222] = { 205, 205 },
	[223] = { 206, 206 },
	[224] = { 207, 207 },
	[242] = { 208, 208 },
	[243] = { 209, 209 },
	[244] = { 210, 210 },
	[245] = { 211, 211 },
	[246] = { 212, 212 },
	[247] = { 213, 213 },
	[248] = { 215, 215 },
	[256] = { 21, 21 },
	[257] = { 216, 216 },
	[259] = { 217, 217 },
	[260] = { 218, 218 },
	[261] = { 219, 219 },
	[262] = { 220, 220 },
	[263] = { 221, 221 },
	[264] = { 222, 222 },
	[265] = { 223, 223 },
	[266] = { 224, 224 },
	[267] = { 225, 225 },
	[268] = { 226, 226 },
	[269] = { 227, 227 },
	[270] = { 0, 228 },
	[271] = { 229, 0 },
	[280] = { 230, 230 },
	[281] = { 231, 231 },
	[282] = { 232, 232 },
	[283] = { 233, 233 },
	[284] = { 234, 234 },
	[286] = { 235, 235 },
	[287] = { 236, 236 },
	[308] = { 237, 237 },
	[309] = { 238, 238 },
	[310] = { 239, 239 },
	[311] = { 240, 240 },
	[312] = { 241, 241 },
	[313] = { 242, 242 },
	[314] = { 243, 243 },
	[315] = { 244, 244 },
	[316] = { 245, 245 },
	[317] = { 246, 246 },
	[318] = { 247, 247 },
	[319] = { 248, 248 },
	[320] = { 249, 249 },
	[321] = { 250, 250 },
	[322] = { 251, 251 },
	[323] = { 252, 0 },
	[324] = { 253, 0 },
	[333] = { 254, 254 },
	[344] = { 255, 255 },
	[345] = { 256, 256 },
	[346] = { 257, 257 },
	[347] = { 258, 258 },
	[348] = { 259, 259 },
	[349] = { 260, 260 },
	[350] = { 261, 261 },
	[351] = { 262, 262 },
	[352] = { 264, 264 },
	[353] = { 266, 266 },
	[354] = { 267, 267 },
	[355] = { 268, 268 },
	[356] = { 269, 269 },
	[357] = { 270, 270 },
	[358] = { 271, 271 },
	[360] = { 272, 272 },
	[361] = { 273, 273 },
	[362] = { 274, 274 },
	[363] = { 275, 275 },
	[364] = { 277, 277 },
	[365] = { 278, 278 },
	[366] = { 279, 279 },
	[367] = { 280, 280 },
	[368] = { 281, 281 },
	[369] = { 282, 282 },
	[370] = { 283, 283 },
	[371] = { 284, 284 },
	[372] = { 285, 285 },
	[373] = { 286, 286 },
	[374] = { 287, 287 },
	[375] = { 288, 288 },
	[376] = { 289, 289 },
	[377] = { 290, 290 },
	[378] = { 291, 291 },
	[379] = { 292, 292 },
	[380] = { 293, 293 },
	[381] = { 294, 294 },
	[382] = { 295, 295 },
	[383] = { 296, 296 },
	[384] = { 297, 297 },
	[385] = { 298, 298 },
	[386] = { 299, 299 },
	[387] = { 300, 300 },
	[388] = { 301, 301 },
	[389] = { 302, 302 },
	[390] = { 303, 303 },
	[391] = { 304, 304 },
	[392] = { 305, 305 },
	[393] = { 306, 306 },
	[394] = { 307, 307 },
	[395] = { 308, 308 },
	[396] = { 309, 309 },
	[397] = { 310, 310 },
	[398] = { 311, 311 },
	[399] = { 312, 312 },
	[400] = { 313, 313 },
	[401] = { 314, 314 },
	[402] = { 315, 315 },
	[403] = { 316, 316 },
	[404] = { 317, 317 },
	[405] = { 318, 318 },
	[406] = { 319, 319 },
	[407] = { 320, 320 },
	[408] = { 321, 321 },
	[409] = { 322, 322 },
	[410] = { 323, 323 },
	[411] = { 324, 324 },
	[412] = { 325, 325 },
	[413] = { 326, 326 },
	[414] = { 327, 327 },
	[415] = { 328, 328 },
	[416] = { 329, 329 },
	[417] = { 330, 330 },
	[418] = { 331, 331 },
	[419] = { 332, 332 },
	[420] = { 333, 333 },
	[421] = { 334, 334 },
	[422] = { 335, 335 },
	[423] = { 336, 336 },
	[424] = { 337, 337 },
	[425] = { 338, 338 },
	[426] = { 339, 339 },
	[427] = { 340, 340 },
	[428] = { 341, 341 },
	[429] = { 343, 343 },
	[430] = { 345, 345 },
	[431] = { 346, 346 },
	[432] = { 347, 347 },
	[433] = { 348, 348 },
	[434] = { 349, 349 },
	[435] = { 350, 350 },
	[436] = { 351, 351 },
	[437] = { 352, 352 },
	[438] = { 353, 353 },
	[439] = { 354, 354 },
	[440] = { 355, 355 },
	[441] = { 356, 356 },
	[442] = { 357, 357 },
	[443] = { 359, 359 },
	[444] = { 360, 360 },
	[445] = { 361, 361 },
	[446] = { 362, 362 },
	[447] = { 363, 363 },
	[448] = { 364, 364 },
	[449] = { 365, 365 },
	[450] = { 366, 366 },
	[451] = { 367, 367 },
	[452] = { 368, 368 },
	[453] = { 369, 369 },
	[454] = { 370, 370 },
	[455] = { 371, 371 },
	[456] = { 372, 373 },
	[457] = { 374, 374 },
	[458] = { 375, 375 },
	[459] = { 376, 376 },
	[460] = { 377, 377 },
	[461] = { 378, 378 },
	[462] = { 379, 379 },
	[463] = { 380, 380 },
	[464] = { 381, 381 },
	[465] = { 382, 386 },
	[466] = { 387, 387 },
	[467] = { 388, 388 },
	[468] = { 389, 389 },
	[469] = { 390, 390 },
	[470] = { 391, 391 },
	[471] = { 392, 392 },
	[472] = { 393, 393 },
	[473] = { 394, 394 },
	[474] = { 395, 396 },
	[475] = { 397, 397 },
	[476] = { 398, 398 },
	[477] = { 399, 399 },
	[478] = { 400, 400 },
	[479] = { 401, 401 },
	[480] = { 402, 402 },
	[481] = { 403, 403 },
	[482] = { 404, 404 },
	[483] = { 405, 405 },
	[484] = { 406, 406 },
	[485] = { 407, 407 },
	[486] = { 408, 408 },
	[487] = { 409, 409 },
	[488] = { 410, 410 },
	[489] = { 411, 411 },
	[490] = { 412, 412 },
	[491] = { 413, 413 },
	[492] = { 414, 414 },
	[493] = { 415, 415 },
	[494] = { 416, 416 },
	[495] = { 417, 417 },
	[496] = { 418, 418 },
	[497] = { 419, 419 },
	[498] = { 420, 420 },
	[499] = { 421, 421 },
	[500] = { 422, 422 },
	[501] = { 424, 424 },
	[502] = { 425, 425 },
	[503] = { 426, 426 },
	[504] = { 427, 427 },
	[505] = { 428, 428 },
	[506] = { 429, 429 },
	[507] = { 430, 430 },
	[508] = { 431, 431 },
	[509] = { 432, 432 },
	[510] = { 433, 433 },
	[511] = { 434, 434 },
	[512] = { 435, 436 },
	[513] = { 438, 439 },
	[514] = { 440, 441 },
	[515] = { 442, 442 },
	[516] = { 443, 443 },
	[517] = { 444, 444 },
	[518] = { 445, 445 },
	[519] = { 446, 446 },
	[520] = { 447, 448 },
	[521] = { 452, 452 },
	[522] = { 453, 453 },
	[523] = { 454, 454 },
	[524] = { 455, 455 },
	[525] = { 456, 456 },
	[526] = { 457, 457 },
	[527] = { 458, 458 },
	[528] = { 459, 459 },
	[529] = { 460, 460 },
	[530] = { 461, 461 },
	[531] = { 462, 462 },
	[532] = { 463, 463 },
	[533] = { 464, 464 },
	[534] = { 465, 465 },
	[535] = { 466, 466 },
	[536] = { 467, 467 },
	[537] = { 468, 468 },
	[538] = { 469, 469 },
	[539] = { 470, 470 },
	[540] = { 471, 471 },
	[541] = { 472, 472 },
	[542] = { 473, 473 },
	[543] = { 474, 474 },
	[544] = { 475, 475 },
	[545] = { 476, 476 },
	[546] = { 477, 477 },
	[547] = { 478, 478 },
	[548] = { 479, 479 },
	[549] = { 480, 480 },
	[550] = { 481, 481 },
	[551] = { 482, 482 },
	[552] = { 483, 483 },
	[553] = { 484, 484 },
	[554] = { 485, 485 },
	[555] = { 486, 486 },
	[556] = { 487, 487 },
	[557] = { 488, 488 },
	[558] = { 489, 489 },
	[559] = { 490, 490 },
	[560] = { 491, 491 },
	[561] = { 492, 492 },
	[562] = { 493, 493 },
	[563] = { 494, 494 },
	[564] = { 495, 495 },
	[565] = { 496, 496 },
	[566] = { 497, 497 },
	[567] = { 498, 498 },
	[568] = { 499, 499 },
	[569] = { 500, 500 },
	[570] = { 501, 501 },
	[571] = { 501, 501 },
	[572] = { 502, 502 },
	[573] = { 503, 503 },
	[574] = { 504, 504 },
	[575] = { 505, 505 },
	[576] = { 506, 506 },
	[577] = { 507, 507 },
	[578] = { 508, 508 },
	[579] = { 509, 509 },
	[580] = { 510, 510 },
	[581] = { 511, 511 },
	[582] = { 512, 512 },
	[583] = { 513, 513 },
	[584] = { 514, 514 },
	[586] = { 515, 515 },
	[587] = { 516, 516 },
	[588] = { 517, 517 },
	[589] = { 518, 518 },
	[590] = { 519, 519 },
	[591] = { 520, 520 },
	[592] = { 521, 521 },
	[593] = { 522, 522 },
	[594] = { 523, 523 },
	[595] = { 524, 524 },
	[596] = { 525, 525 },
	[597] = { 526, 526 },
	[598] = { 527, 527 },
	[599] = { 528, 528 },
	[600] = { 529, 529 },
	[601] = { 530, 530 },
	[602] = { 531, 531 },
	[603] = { 532, 532 },
	[604] = { 533, 533 },
	[605] = { 534, 534 },
	[606] = { 535, 535 },
	[607] = { 536, 536 },
	[608] = { 537, 537 },
	[609] = { 538, 538 },
	[610] = { 539, 539 },
	[611] = { 540, 540 },
	[612] = { 541, 541 },
	[613] = { 542, 542 },
	[614] = { 543, 543 },
	[615] = { 544, 544 },
	[616] = { 545, 545 },
	[617] = { 546, 546 },
	[618] = { 547, 547 },
	[619] = { 548, 548 },
	[620] = { 549, 549 },
	[621] = { 550, 550 },
	[622] = { 551, 551 },
	[623] = { 552, 553 },
	[624] = { 554, 554 },
	[625] = { 555, 555 },
	[626] = { 557, 557 },
	[627] = { 558, 558 },
	[628] = { 559, 559 },
	[629] = { 560, 560 },
	[630] = { 561, 561 },
	[631] = { 562, 562 },
	[632] = { 564, 564 },
	[633] = { 565, 565 },
	[634] = { 566, 566 },
	[635] = { 567, 567 },
	[636] = { 568, 568 },
	[637] = { 569, 569 },
	[638] = { 570, 570 },
	[639] = { 571, 571 },
	[640] = { 572, 572 },
	[641] = { 573, 573 },
	[642] = { 574, 574 },
	[643] = { 575, 575 },
	[644] = { 576, 576 },
	[645] = { 577, 577 },
	[646] = { 578, 578 },
	[647] = { 579, 579 },
	[648] = { 580, 580 },
	[649] = { 581, 581 },
	[650] = { 582, 582 },
	[651] = { 583, 583 },
	[652] = { 584, 584 },
	[653] = { 585, 585 },
	[654] = { 586, 586 },
	[655] = { 587, 587 },
	[656] = { 588, 588 },
	[657] = { 589, 589 },
	[658] = { 590, 590 },
	[660] = { 591, 591 },
	[661] = { 592, 592 },
	[662] = { 593, 593 },
	[663] = { 594, 594 },
	[664] = { 595, 596 },
	[665] = { 597, 597 },
	[666] = { 598, 598 },
	[667] = { 600, 600 },
	[668] = { 601, 601 },
	[669] = { 602, 602 },
	[670] = { 603, 603 },
	[671] = { 604, 604 },
	[672] = { 605, 605 },
	[673] = { 606, 606 },
	[674] = { 607, 607 },
	[675] = { 608, 608 },
	[676] = { 609, 609 },
	[677] = { 610, 610 },
	[678] = { 611, 611 },
	[679] = { 612, 612 },
	[680] = { 613, 613 },
	[681] = { 614, 614 },
	[682] = { 615, 615 },
	[683] = { 616, 616 },
	[684] = { 617, 617 },
	[685] = { 618, 618 },
	[686] = { 619, 619 },
	[687] = { 620, 620 },
	[688] = { 621, 621 },
	[689] = { 622, 622 },
	[690] = { 623, 623 },
	[691] = { 624, 624 },
	[692] = { 625, 625 },
	[693] = { 626, 626 },
	[694] = { 627, 627 },
	[695] = { 628, 628 },
	[696] = { 629, 629 },
	[697] = { 630, 630 },
	[698] = { 631, 631 },
	[699] = { 632, 632 },
	[700] = { 633, 633 },
	[701] = { 634, 634 },
	[702] = { 635, 635 },
	[704] = { 636, 636 },
	[705] = { 637, 637 },
	[706] = { 638, 638 },
	[707] = { 639, 639 },
	[709] = { 640, 640 },
	[710] = { 641, 641 },
	[711] = { 642, 642 },
	[712] = { 643, 643 },
	[713] = { 644, 644 },
	[714] = { 645, 645 },
	[715] = { 646, 646 },
	[716] = { 0, 647 },
	[729] = { 648, 648 },
	[730] = { 649, 649 },
	[731] = { 650, 650 },
	[741] = { 651, 651 },
	[742] = { 652, 652 },
	[744] = { 653, 653 },
	[747] = { 654, 654 },
	[748] = { 655, 655 },
	[749] = { 656, 656 },
	[750] = { 657, 658 },
	[751] = { 660, 660 },
	[752] = { 661, 661 },
	[753] = { 662, 662 },
	[754] = { 663, 663 },
	[758] = { 664, 664 },
	[759] = { 665, 665 },
	[760] = { 666, 666 },
	[761] = { 667, 667 },
	[762] = { 668, 668 },
	[763] = { 669, 669 },
	[764] = { 670, 670 },
	[765] = { 671, 671 },
	[767] = { 672, 672 },
	[769] = { 673, 673 },
	[770] = { 674, 674 },
	[771] = { 675, 675 },
	[772] = { 676, 676 },
	[773] = { 677, 678 },
	[774] = { 679, 680 },
	[775] = { 682, 683 },
	[776] = { 685, 685 },
	[777] = { 686, 686 },
	[780] = { 687, 687 },
	[800] = { 688, 688 },
	[801] = { 690, 690 },
	[802] = { 691, 691 },
	[810] = { 692, 692 },
	[828] = { 693, 693 },
	[829] = { 694, 694 },
	[830] = { 695, 695 },
	[831] = { 696, 696 },
	[832] = { 697, 697 },
	[833] = { 698, 698 },
	[847] = { 699, 699 },
	[848] = { 700, 700 },
	[853] = { 701, 701 },
	[854] = { 702, 702 },
	[860] = { 703, 703 },
	[861] = { 704, 705 },
	[862] = { 706, 707 },
	[873] = { 708, 708 },
	[886] = { 709, 709 },
	[887] = { 710, 710 },
	[888] = { 712, 712 },
	[900] = { 714, 714 },
	[901] = { 715, 715 },
	[902] = { 716, 716 },
	[903] = { 717, 717 },
	[910] = { 718, 718 },
	[911] = { 719, 719 },
	[912] = { 720, 720 },
	[913] = { 721, 721 },
	[914] = { 0, 722 },
	[915] = { 0, 723 },
	[953] = { 724, 0 },
	[989] = { 725, 725 },
	[990] = { 726, 726 },
	[991] = { 727, 727 },
	[992] = { 728, 728 },
	[993] = { 729, 0 },
	[995] = { 730, 730 },
	[996] = { 731, 731 },
	[997] = { 732, 732 },
	[998] = { 733, 734 },
	[999] = { 735, 737 },
	[1000] = { 738, 738 },
	[1001] = { 739, 0 },
	[1010] = { 740, 740 },
	[1021] = { 741, 741 },
	[1022] = { 742, 742 },
	[1025] = { 743, 743 },
	[1026] = { 744, 744 },
	[1027] = { 0, 745 },
	[1029] = { 746, 746 },
	[1033] = { 747, 747 },
	[1034] = { 748, 748 },
	[1035] = { 749, 749 },
	[1036] = { 750, 750 },
	[1037] = { 751, 751 },
	[1038] = { 752, 752 },
	[1039] = { 753, 753 },
	[1040] = { 754, 754 },
	[1041] = { 755, 755 },
	[1042] = { 756, 756 },
	[1043] = { 757, 757 },
	[1044] = { 758, 758 },
	[1045] = { 759, 759 },
	[1046] = { 760, 760 },
	[1047] = { 761, 761 },
	[1048] = { 762, 762 },
	[1049] = { 763, 763 },
	[1050] = { 764, 764 },
	[1051] = { 765, 765 },
	[1052] = { 766, 766 },
	[1053] = { 767, 767 },
	[1054] = { 768, 768 },
	[1055] = { 769, 769 },
	[1056] = { 770, 770 },
	[1057] = { 771, 771 },
	[1058] = { 772, 772 },
	[1059] = { 773, 773 },
	[1060] = { 774, 774 },
	[1061] = { 775, 775 },
	[1062] = { 776, 776 },
	[1063] = { 777, 777 },
	[1064] = { 778, 778 },
	[1065] = { 779, 779 },
	[1066] = { 780, 780 },
	[1067] = { 781, 781 },
	[1068] = { 783, 783 },
	[1069] = { 785, 785 },
	[1070] = { 786, 786 },
	[1071] = { 787, 787 },
	[1072] = { 788, 788 },
	[1073] = { 789, 789 },
	[1074] = { 790, 790 },
	[1075] = { 791, 791 },
	[1076] = { 792, 792 },
	[1077] = { 793, 793 },
	[1078] = { 794, 794 },
	[1079] = { 795, 795 },
	[1080] = { 796, 796 },
	[1081] = { 797, 797 },
	[1082] = { 798, 798 },
	[1083] = { 799, 799 },
	[1084] = { 800, 800 },
	[1085] = { 801, 801 },
	[1086] = { 802, 802 },
	[1087] = { 803, 803 },
	[1088] = { 804, 804 },
	[1089] = { 805, 805 },
	[1090] = { 806, 806 },
	[1091] = { 807, 807 },
	[1092] = { 808, 808 },
	[1093] = { 809, 809 },
	[1094] = { 810, 810 },
	[1095] = { 811, 811 },
	[1096] = { 812, 812 },
	[1097] = { 813, 813 },
	[1098] = { 814, 814 },
	[1099] = { 815, 815 },
	[1100] = { 816, 816 },
	[1101] = { 817, 817 },
	[1102] = { 818, 818 },
	[1103] = { 819, 819 },
	[1104] = { 820, 820 },
	[1105] = { 821, 821 },
	[1106] = { 822, 822 },
	[1107] = { 823, 823 },
	[1108] = { 824, 824 },
	[1110] = { 825, 826 },
	[1111] = { 827, 827 },
	[1112] = { 828, 828 },
	[1113] = { 829, 829 },
	[1114] = { 830, 830 },
	[1115] = { 831, 831 },
	[1116] = { 832, 832 },
	[1117] = { 833, 833 },
	[1118] = { 834, 834 },
	[1119] = { 835, 835 },
	[1120] = { 836, 836 },
	[1121] = { 837, 837 },
	[1122] = { 838, 838 },
	[1123] = { 839, 839 },
	[1124] = { 840, 840 },
	[1125] = { 841, 841 },
	[1126] = { 842, 842 },
	[1127] = { 843, 843 },
	[1128] = { 844, 844 },
	[1129] = { 845, 845 },
	[1130] = { 846, 846 },
	[1131] = { 847, 847 },
	[1132] = { 848, 848 },
	[1133] = { 849, 849 },
	[1134] = { 850, 850 },
	[1135] = { 851, 851 },
	[1136] = { 852, 852 },
	[1137] = { 853, 853 },
	[1138] = { 854, 854 },
	[1139] = { 856, 856 },
	[1140] = { 857, 857 },
	[1141] = { 858, 858 },
	[1142] = { 859, 859 },
	[1143] = { 860, 860 },
	[1144] = { 861, 861 },
	[1145] = { 862, 862 },
	[1146] = { 863, 863 },
	[1147] = { 864, 864 },
	[1148] = { 865, 865 },
	[1149] = { 866, 866 },
	[1150] = { 867, 867 },
	[1151] = { 868, 868 },
	[1152] = { 869, 869 },
	[1153] = { 870, 870 },
	[1154] = { 871, 871 },
	[1155] = { 872, 872 },
	[1156] = { 873, 873 },
	[1157] = { 874, 874 },
	[1158] = { 875, 875 },
	[1159] = { 876, 876 },
	[1160] = { 877, 877 },
	[1161] = { 878, 878 },
	[1162] = { 879, 879 },
	[1163] = { 880, 880 },
	[1164] = { 881, 881 },
	[1165] = { 882, 882 },
	[1166] = { 883, 883 },
	[1167] = { 884, 884 },
	[1168] = { 885, 885 },
	[1169] = { 886, 886 },
	[1170] = { 887, 887 },
	[1171] = { 888, 888 },
	[1172] = { 889, 889 },
	[1173] = { 890, 890 },
	[1174] = { 891, 891 },
	[1175] = { 892, 892 },
	[1176] = { 893, 893 },
	[1177] = { 894, 894 },
	[1178] = { 895, 895 },
	[1179] = { 896, 896 },
	[1180] = { 897, 897 },
	[1181] = { 898, 898 },
	[1182] = { 899, 900 },
	[1183] = { 901, 901 },
	[1184] = { 902, 902 },
	[1185] = { 903, 903 },
	[1186] = { 904, 904 },
	[1187] = { 905, 905 },
	[1188] = { 906, 906 },
	[1189] = { 907, 907 },
	[1190] = { 908, 908 },
	[1191] = { 909, 909 },
	[1192] = { 910, 910 },
	[1193] = { 911, 911 },
	[1194] = { 912, 912 },
	[1195] = { 913, 913 },
	[1196] = { 914, 914 },
	[1197] = { 915, 915 },
	[1198] = { 916, 916 },
	[1199] = { 917, 917 },
	[1200] = { 918, 918 },
	[1201] = { 919, 919 },
	[1202] = { 920, 920 },
	[1203] = { 921, 921 },
	[1204] = { 922, 922 },
	[1205] = { 923, 923 },
	[1206] = { 924, 924 },
	[1207] = { 925, 925 },
	[1208] = { 926, 926 },
	[1209] = { 927, 927 },
	[1210] = { 928, 928 },
	[1211] = { 929, 929 },
	[1212] = { 930, 930 },
	[1213] = { 931, 931 },
	[1214] = { 932, 932 },
	[1215] = { 933, 933 },
	[1216] = { 934, 934 },
	[1217] = { 935, 935 },
	[1218] = { 936, 936 },
	[1219] = { 937, 937 },
	[1220] = { 938, 938 },
	[1221] = { 939, 939 },
	[1222] = { 940, 940 },
	[1223] = { 941, 941 },
	[1224] = { 942, 942 },
	[1225] = { 943, 943 },
	[1226] = { 944, 944 },
	[1227] = { 945, 945 },
	[1228] = { 946, 946 },
	[1229] = { 947, 947 },
	[1230] = { 948, 948 },
	[1231] = { 949, 949 },
	[1232] = { 950, 950 },
	[1233] = { 951, 951 },
	[1234] = { 952, 952 },
	[1235] = { 953, 953 },
	[1236] = { 954, 954 },
	[1237] = { 955, 955 },
	[1238] = { 956, 956 },
	[1239] = { 957, 957 },
	[1240] = { 958, 958 },
	[1241] = { 959, 959 },
	[1242] = { 960, 960 },
	[1243] = { 961, 961 },
	[1244] = { 962, 962 },
	[1245] = { 963, 963 },
	[1246] = { 964, 964 },
	[1247] = { 965, 965 },
	[1248] = { 966, 966 },
	[1249] = { 967, 967 },
	[1250] = { 968, 968 },
	[1251] = { 969, 969 },
	[1252] = { 970, 970 },
	[1253] = { 971, 971 },
	[1254] = { 972, 972 },
	[1255] = { 973, 973 },
	[1256] = { 974, 974 },
	[1257] = { 975, 975 },
	[1258] = { 976, 976 },
	[1259] = { 977, 977 },
	[1260] = { 978, 978 },
	[1261] = { 979, 979 },
	[1262] = { 980, 980 },
	[1263] = { 981, 981 },
	[1264] = { 982, 982 },
	[1265] = { 983, 983 },
	[1266] = { 984, 984 },
	[1267] = { 985, 985 },
	[1268] = { 986, 986 },
	[1269] = { 987, 987 },
	[1270] = { 988, 988 },
	[1271] = { 989, 989 },
	[1272] = { 990, 990 },
	[1273] = { 991, 991 },
	[1274] = { 992, 992 },
	[1275] = { 993, 993 },
	[1277] = { 994, 994 },
	[1278] = { 995, 995 },
	[1279] = { 996, 996 },
	[1280] = { 997, 997 },
	[1281] = { 998, 998 },
	[1282] = { 999, 999 },
	[1283] = { 1000, 1000 },
	[1284] = { 1001, 1001 },
	[1285] = { 1002, 1002 },
	[1286] = { 1003, 1003 },
	[1287] = { 1004, 1004 },
	[1288] = { 1005, 1005 },
	[1289] = { 1006, 1006 },
	[1290] = { 1007, 1007 },
	[1291] = { 1008, 1008 },
	[1292] = { 1009, 1009 },
	[1293] = { 1010, 1010 },
	[1294] = { 1011, 1011 },
	[1295] = { 1012, 1012 },
	[1296] = { 1013, 1013 },
	[1297] = { 1014, 1014 },
	[1298] = { 1015, 1015 },
	[1299] = { 1016, 1016 },
	[1300] = { 1017, 1017 },
	[1303] = { 1018, 1018 },
	[1304] = { 1019, 1019 },
	[1305] = { 1020, 1020 },
	[1306] = { 1021, 1021 },
	[1307] = { 1022, 1022 },
	[1308] = { 1023, 1023 },
	[1309] = { 1024, 1024 },
	[1310] = { 1025, 1025 },
	[1311] = { 1026, 1026 },
	[1312] = { 1027, 1027 },
	[1313] = { 1028, 1028 },
	[1314] = { 1030, 1030 },
	[1315] = { 1031, 1031 },
	[1316] = { 1032, 1032 },
	[1317] = { 1033, 1033 },
	[1318] = { 1034, 1034 },
	[1319] = { 1035, 1035 },
	[1320] = { 1036, 1036 },
	[1321] = { 250, 250 },
	[1322] = { 1037, 1037 },
	[1323] = { 1038, 1038 },
	[1324] = { 1039, 1039 },
	[1325] = { 1040, 1040 },
	[1326] = { 1041, 1041 },
	[1327] = { 1042, 1042 },
	[1328] = { 1043, 1043 },
	[1329] = { 1044, 1044 },
	[1330] = { 1045, 1045 },
	[1331] = { 1046, 1046 },
	[1332] = { 1047, 1047 },
	[1333] = { 1048, 1048 },
	[1334] = { 1049, 1049 },
	[1335] = { 1050, 1050 },
	[1336] = { 1051, 1051 },
	[1337] = { 1052, 1052 },
	[1338] = { 1053, 1053 },
	[1339] = { 1054, 1054 },
	[1340] = { 1055, 1055 },
	[1341] = { 1056, 1056 },
	[1342] = { 1057, 1057 },
	[1343] = { 1058, 1058 },
	[1344] = { 1059, 1059 },
	[1345] = { 1060, 1060 },
	[1346] = { 1061, 1061 },
	[1347] = { 1062, 1062 },
	[1348] = { 1063, 1063 },
	[1349] = { 1064, 1064 },
	[1350] = { 1065, 1065 },
	[1351] = { 1066, 1066 },
	[1352] = { 1067, 1067 },
	[1353] = { 1068, 1068 },
	[1354] = { 1069, 1069 },
	[1355] = { 1070, 1070 },
	[1356] = { 1071, 1071 },
	[1357] = { 1072, 1072 },
	[1358] = { 1073, 1073 },
	[1359] = { 1074, 1074 },
	[1360] = { 1075, 1075 },
	[1361] = { 1076, 1076 },
	[1362] = { 1077, 1077 },
	[1363] = { 1078, 1078 },
	[1364] = { 1079, 1079 },
	[1365] = { 1080, 1080 },
	[1366] = { 1081, 1081 },
	[1367] = { 1082, 1082 },
	[1368] = { 1083, 1083 },
	[1369] = { 1084, 1084 },
	[1370] = { 1085, 1085 },
	[1371] = { 1086, 1086 },
	[1372] = { 1087, 1087 },
	[1373] = { 1088, 1088 },
	[1374] = { 1089, 1089 },
	[1375] = { 1090, 1090 },
	[1376] = { 1091, 1091 },
	[1377] = { 1092, 1092 },
	[1378] = { 1093, 1093 },
	[1379] = { 1094, 1094 },
	[1380] = { 1095, 1095 },
	[1381] = { 1096, 1096 },
	[1382] = { 1097, 1097 },
	[1383] = { 1099, 1099 },
	[1384] = { 1100, 1100 },
	[1385] = { 1101, 1101 },
	[1386] = { 1103, 1103 },
	[1387] = { 1104, 1104 },
	[1388] = { 1105, 1105 },
	[1389] = { 1106, 1106 },
	[1390] = { 1107, 1107 },
	[1391] = { 1108, 1108 },
	[1392] = { 1109, 1109 },
	[1393] = { 1110, 1110 },
	[1394] = { 1111, 1111 },
	[1395] = { 1112, 1112 },
	[1396] = { 1113, 1113 },
	[1397] = { 1114, 1114 },
	[1398] = { 1115, 1115 },
	[1399] = { 1116, 1116 },
	[1400] = { 1117, 1117 },
	[1401] = { 1118, 1118 },
	[1402] = { 1119, 1119 },
	[1403] = { 1120, 1120 },
	[1404] = { 1121, 1121 },
	[1405] = { 1122, 1122 },
	[1406] = { 1123, 1123 },
	[1407] = { 1124, 0 },
	[1408] = { 1125, 1125 },
	[1409] = { 1126, 1126 },
	[1410] = { 1127, 1127 },
	[1411] = { 1128, 1128 },
	[1412] = { 1129, 1129 },
	[1413] = { 1130, 1130 },
	[1414] = { 1131, 1131 },
	[1415] = { 1132, 1132 },
	[1416] = { 1133, 1133 },
	[1417] = { 1135, 1135 },
	[1418] = { 1136, 1136 },
	[1419] = { 1137, 1137 },
	[1420] = { 1138, 1138 },
	[1421] = { 1139, 1139 },
	[1422] = { 1140, 1140 },
	[1423] = { 1141, 1141 },
	[1424] = { 1142, 1142 },
	[1425] = { 1143, 1143 },
	[1426] = { 1144, 1144 },
	[1427] = { 1145, 1145 },
	[1428] = { 1146, 1146 },
	[1429] = { 1147, 1147 },
	[1430] = { 1148, 1148 },
	[1431] = { 1149, 1149 },
	[1432] = { 1150, 1150 },
	[1433] = { 1151, 1151 },
	[1434] = { 1152, 1152 },
	[1435] = { 1153, 1153 },
	[1436] = { 1154, 1154 },
	[1437] = { 1155, 1155 },
	[1438] = { 1156, 1156 },
	[1439] = { 1157, 1157 },
	[1440] = { 1158, 1158 },
	[1441] = { 1159, 1159 },
	[1442] = { 1160, 1160 },
	[1443] = { 1161, 1161 },
	[1444] = { 1162, 1162 },
	[1445] = { 1163, 1163 },
	[1446] = { 1164, 1164 },
	[1447] = { 1165, 1165 },
	[1448] = { 1166, 1166 },
	[1449] = { 1167, 1167 },
	[1450] = { 1168, 1168 },
	[1451] = { 1169, 1169 },
	[1452] = { 1170, 1170 },
	[1453] = { 1171, 1171 },
	[1454] = { 1172, 1172 },
	[1455] = { 1174, 1174 },
	[1456] = { 1175, 1175 },
	[1457] = { 1176, 1176 },
	[1458] = { 1177, 1177 },
	[1459] = { 1178, 1178 },
	[1460] = { 1179, 1179 },
	[1461] = { 1180, 1180 },
	[1462] = { 1182, 1182 },
	[1463] = { 1183, 1183 },
	[1464] = { 1184, 1184 },
	[1465] = { 1186, 1186 },
	[1466] = { 1187, 1187 },
	[1467] = { 1188, 1188 },
	[1468] = { 1189, 1189 },
	[1469] = { 1190, 1190 },
	[1470] = { 1191, 1191 },
	[1471] = { 1188, 1188 },
	[1472] = { 1189, 1189 },
	[1473] = { 1192, 1192 },
	[1474] = { 1193, 1193 },
	[1475] = { 1194, 1194 },
	[1476] = { 1195, 1195 },
	[1477] = { 1196, 1196 },
	[1478] = { 1197, 1197 },
	[1479] = { 1198, 1198 },
	[1480] = { 1199, 1199 },
	[1481] = { 1200, 1200 },
	[1482] = { 1201, 1201 },
	[1483] = { 1202, 1202 },
	[1484] = { 1203, 1203 },
	[1485] = { 1204, 1204 },
	[1486] = { 1205, 1205 },
	[1487] = { 1207, 1207 },
	[1488] = { 1208, 1208 },
	[1489] = { 1209, 1209 },
	[1490] = { 1210, 1210 },
	[1492] = { 1211, 1211 },
	[1493] = { 1212, 1212 },
	[1494] = { 1214, 1214 },
	[1495] = { 1215, 1215 },
	[1496] = { 1216, 1216 },
	[1497] = { 1217, 1217 },
	[1498] = { 1218, 1218 },
	[1499] = { 1219, 1219 },
	[1500] = { 1220, 1220 },
	[1501] = { 1221, 1221 },
	[1502] = { 1222, 1222 },
	[1503] = { 1223, 1223 },
	[1504] = { 1224, 1224 },
	[1505] = { 1225, 1225 },
	[1506] = { 1226, 1226 },
	[1507] = { 1227, 1227 },
	[1508] = { 1228, 1228 },
	[1509] = { 1229, 1229 },
	[1510] = { 1230, 1230 },
	[1511] = { 1231, 1231 },
	[1512] = { 1232, 1232 },
	[1513] = { 1233, 1233 },
	[1514] = { 1234, 1234 },
	[1515] = { 1235, 1235 },
	[1516] = { 1236, 1236 },
	[1517] = { 1237, 1237 },
	[1518] = { 1238, 1238 },
	[1519] = { 1239, 1239 },
	[1520] = { 1240, 1240 },
	[1521] = { 1241, 1241 },
	[1522] = { 1242, 1242 },
	[1523] = { 1243, 1243 },
	[1524] = { 1244, 1244 },
	[1525] = { 1245, 1245 },
	[1526] = { 1247, 1247 },
	[1527] = { 1248, 1248 },
	[1528] = { 1249, 1249 },
	[1529] = { 1250, 1250 },
	[1530] = { 1251, 1251 },
	[1531] = { 1252, 1252 },
	[1532] = { 1253, 1253 },
	[1533] = { 1254, 1254 },
	[1534] = { 1255, 1255 },
	[1535] = { 1256, 1256 },
	[1536] = { 1257, 1257 },
	[1537] = { 1258, 1258 },
	[1538] = { 1259, 1259 },
	[1539] = { 1260, 1260 },
	[1540] = { 1261, 1261 },
	[1541] = { 1262, 1262 },
	[1542] = { 1263, 1263 },
	[1543] = { 1264, 1264 },
	[1544] = { 1265, 1265 },
	[1545] = { 1266, 1266 },
	[1546] = { 1267, 1267 },
	[1547] = { 1268, 1268 },
	[1548] = { 1269, 1269 },
	[1549] = { 1270, 1271 },
	[1550] = { 1272, 1272 },
	[1551] = { 1273, 1273 },
	[1552] = { 1274, 1274 },
	[1553] = { 1275, 1275 },
	[1554] = { 1276, 1276 },
	[1555] = { 1277, 1277 },
	[1556] = { 1278, 1278 },
	[1557] = { 1280, 1280 },
	[1558] = { 1281, 1281 },
	[1559] = { 1282, 1282 },
	[1560] = { 1283, 1283 },
	[1561] = { 1284, 1284 },
	[1562] = { 1285, 1285 },
	[1563] = { 1286, 1286 },
	[1564] = { 1287, 1287 },
	[1565] = { 1288, 1288 },
	[1566] = { 1289, 1289 },
	[1567] = { 1290, 1290 },
	[1568] = { 1291, 1291 },
	[1569] = { 1292, 1292 },
	[1570] = { 1293, 1293 },
	[1571] = { 1294, 1294 },
	[1572] = { 1295, 1295 },
	[1573] = { 1296, 1296 },
	[1574] = { 1297, 1297 },
	[1575] = { 1298, 1298 },
	[1576] = { 1299, 1299 },
	[1577] = { 1300, 1300 },
	[1578] = { 1301, 1301 },
	[1579] = { 1302, 1302 },
	[1580] = { 1303, 1304 },
	[1581] = { 1305, 1305 },
	[1582] = { 1306, 1306 },
	[1583] = { 1307, 1307 },
	[1584] = { 1308, 1308 },
	[1585] = { 1309, 1309 },
	[1586] = { 1310, 1310 },
	[1587] = { 1311, 1311 },
	[1588] = { 1313, 1313 },
	[1589] = { 1314, 1314 },
	[1590] = { 1315, 1315 },
	[1591] = { 1316, 1316 },
	[1592] = { 1317, 1317 },
	[1593] = { 1318, 1318 },
	[1594] = { 1319, 1319 },
	[1595] = { 1320, 1320 },
	[1596] = { 1321, 1322 },
	[1597] = { 1323, 1323 },
	[1598] = { 1324, 1324 },
	[1599] = { 1325, 1325 },
	[1600] = { 1326, 1326 },
	[1601] = { 1327, 1327 },
	[1602] = { 1328, 1328 },
	[1603] = { 1329, 1329 },
	[1604] = { 1330, 1330 },
	[1605] = { 1331, 1331 },
	[1606] = { 1332, 1332 },
	[1607] = { 1333, 1333 },
	[1608] = { 1334, 1334 },
	[1609] = { 1335, 1335 },
	[1610] = { 1336, 1336 },
	[1611] = { 1337, 1337 },
	[1612] = { 1338, 1338 },
	[1613] = { 1339, 1339 },
	[1614] = { 1340, 1340 },
	[1615] = { 1341, 1341 },
	[1616] = { 1342, 1342 },
	[1617] = { 1343, 1343 },
	[1618] = { 1344, 1344 },
	[1619] = { 1345, 1345 },
	[1620] = { 1346, 1346 },
	[1621] = { 1347, 1347 },
	[1622] = { 1348, 1348 },
	[1623] = { 1349, 1349 },
	[1624] = { 1350, 1350 },
	[1625] = { 1351, 1351 },
	[1626] = { 1352, 1352 },
	[1627] = { 1353, 1353 },
	[1628] = { 1354, 1354 },
	[1629] = { 1355, 1355 },
	[1630] = { 1356, 1356 },
	[1631] = { 1357, 1357 },
	[1632] = { 1358, 1358 },
	[1633] = { 1359, 1359 },
	[1634] = { 1360, 1360 },
	[1635] = { 1361, 1361 },
	[1636] = { 1362, 1362 },
	[1637] = { 1363, 1363 },
	[1638] = { 1364, 1364 },
	[1639] = { 1365, 1365 },
	[1640] = { 1366, 1366 },
	[1641] = { 1367, 1367 },
	[1642] = { 1368, 1368 },
	[1643] = { 1369, 1369 },
	[1644] = { 1370, 1370 },
	[1645] = { 1371, 1371 },
	[1646] = { 1372, 1372 },
	[1647] = { 1373, 1373 },
	[1648] = { 1374, 1374 },
	[1649] = { 1375, 1375 },
	[1650] = { 1376, 1376 },
	[1651] = { 1377, 1377 },
	[1652] = { 1379, 1379 },
	[1653] = { 1380, 1380 },
	[1654] = { 1381, 1381 },
	[1655] = { 1382, 1382 },
	[1656] = { 1383, 1383 },
	[1657] = { 1384, 1384 },
	[1658] = { 1385, 1385 },
	[1659] = { 1386, 1386 },
	[1660] = { 1387, 1387 },
	[1661] = { 1388, 1388 },
	[1662] = { 1389, 1389 },
	[1663] = { 1390, 1390 },
	[1664] = { 1391, 1391 },
	[1665] = { 1392, 1392 },
	[1666] = { 1393, 1393 },
	[1667] = { 1394, 1394 },
	[1668] = { 1395, 1395 },
	[1669] = { 1396, 1396 },
	[1670] = { 1397, 1397 },
	[1671] = { 1398, 1398 },
	[1672] = { 1399, 1399 },
	[1673] = { 1400, 1400 },
	[1674] = { 1401, 1401 },
	[1675] = { 1402, 1402 },
	[1676] = { 1403, 1404 },
	[1677] = { 1405, 1405 },
	[1678] = { 1406, 1406 },
	[1679] = { 1407, 1407 },
	[1680] = { 1408, 1408 },
	[1681] = { 1409, 1409 },
	[1682] = { 1410, 1410 },
	[1683] = { 1411, 1411 },
	[1684] = { 1412, 1412 },
	[1685] = { 1413, 1413 },
	[1686] = { 1414, 1414 },
	[1687] = { 1415, 1415 },
	[1688] = { 1416, 1416 },
	[1689] = { 1417, 1417 },
	[1690] = { 1418, 1418 },
	[1691] = { 1419, 1419 },
	[1692] = { 1420, 1420 },
	[1693] = { 1421, 1421 },
	[1694] = { 1422, 1422 },
	[1695] = { 1423, 1423 },
	[1696] = { 1424, 1424 },
	[1697] = { 1425, 1425 },
	[1698] = { 1426, 1426 },
	[1699] = { 1427, 1427 },
	[1700] = { 1428, 1428 },
	[1701] = { 1429, 1429 },
	[1702] = { 1431, 1431 },
	[1703] = { 1432, 1432 },
	[1704] = { 1433, 1433 },
	[1705] = { 1434, 1434 },
	[1706] = { 1435, 1435 },
	[1707] = { 1436, 1436 },
	[1708] = { 1437, 1437 },
	[1709] = { 1438, 1438 },
	[1710] = { 1439, 1439 },
	[1711] = { 1440, 1440 },
	[1712] = { 1441, 1441 },
	[1713] = { 1442, 1442 },
	[1714] = { 1443, 1443 },
	[1715] = { 1444, 1444 },
	[1716] = { 1445, 1445 },
	[1717] = { 1446, 1446 },
	[1718] = { 1447, 1447 },
	[1719] = { 1448, 1448 },
	[1720] = { 1449, 1449 },
	[1721] = { 1450, 1450 },
	[1722] = { 1451, 1451 },
	[1723] = { 1452, 1452 },
	[1724] = { 1453, 1453 },
	[1725] = { 1454, 1454 },
	[1726] = { 1455, 1455 },
	[1727] = { 1456, 1456 },
	[1728] = { 1457, 1457 },
	[1729] = { 1458, 1458 },
	[1730] = { 1459, 1459 },
	[1731] = { 1460, 1460 },
	[1732] = { 1461, 1461 },
	[1733] = { 1462, 1462 },
	[1734] = { 1463, 1463 },
	[1735] = { 1464, 1464 },
	[1736] = { 1465, 1465 },
	[1737] = { 1466, 1466 },
	[1738] = { 1467, 1467 },
	[1739] = { 1468, 1468 },
	[1740] = { 1469, 1469 },
	[1741] = { 1470, 1470 },
	[1742] = { 1471, 1471 },
	[1743] = { 1472, 1472 },
	[1744] = { 1473, 1473 },
	[1745] = { 1474, 1474 },
	[1746] = { 1475, 1475 },
	[1747] = { 1476, 1476 },
	[1748] = { 1477, 1477 },
	[1749] = { 1478, 1478 },
	[1750] = { 1479, 1479 },
	[1751] = { 1480, 1480 },
	[1752] = { 1481, 1481 },
	[1753] = { 1482, 0 },
	[1754] = { 1483, 1483 },
	[1755] = { 1484, 1484 },
	[1756] = { 1485, 1485 },
	[1757] = { 1486, 1486 },
	[1758] = { 1487, 1487 },
	[1759] = { 1488, 1488 },
	[1760] = { 1489, 1489 },
	[1761] = { 1490, 1490 },
	[1762] = { 1491, 1491 },
	[1763] = { 1492, 1492 },
	[1764] = { 1493, 1493 },
	[1765] = { 1494, 1494 },
	[1766] = { 1495, 1495 },
	[1767] = { 1496, 1496 },
	[1768] = { 1497, 1497 },
	[1769] = { 1498, 1498 },
	[1770] = { 1499, 1499 },
	[1771] = { 1500, 1500 },
	[1772] = { 1501, 1501 },
	[1773] = { 1502, 1502 },
	[1774] = { 1503, 1503 },
	[1775] = { 1504, 0 },
	[1776] = { 1505, 1505 },
	[1777] = { 1506, 1506 },
	[1778] = { 1507, 1507 },
	[1779] = { 1508, 1508 },
	[1780] = { 1509, 1509 },
	[1781] = { 1510, 1510 },
	[1782] = { 1511, 1511 },
	[1784] = { 1512, 1512 },
	[1785] = { 1513, 1513 },
	[1786] = { 1514, 1514 },
	[1787] = { 1515, 1515 },
	[1788] = { 1516, 1516 },
	[1789] = { 1517, 1517 },
	[1790] = { 468, 468 },
	[1791] = { 1518, 1518 },
	[1792] = { 1519, 1519 },
	[1793] = { 1520, 1520 },
	[1794] = { 1521, 1521 },
	[1795] = { 1522, 1522 },
	[1796] = { 1523, 1523 },
	[1797] = { 124, 124 },
	[1798] = { 1524, 1524 },
	[1799] = { 1525, 1525 },
	[1800] = { 1526, 1526 },
	[1801] = { 1527, 1527 },
	[1802] = { 1528, 1528 },
	[1803] = { 1529, 1529 },
	[1804] = { 1530, 1530 },
	[1805] = { 1531, 1531 },
	[1806] = { 1532, 1532 },
	[1807] = { 1533, 1533 },
	[1808] = { 1534, 1534 },
	[1809] = { 1535, 1535 },
	[1810] = { 1536, 1536 },
	[1811] = { 1537, 1537 },
	[1812] = { 1538, 1538 },
	[1813] = { 1539, 1539 },
	[1814] = { 1540, 1540 },
	[1815] = { 1541, 1541 },
	[1816] = { 1542, 1542 },
	[1817] = { 1543, 1543 },
	[1818] = { 1544, 1544 },
	[1819] = { 1545, 1545 },
	[1820] = { 1546, 1546 },
	[1821] = { 1547, 1547 },
	[1822] = { 1548, 1548 },
	[1823] = { 1549, 1549 },
	[1824] = { 1550, 1550 },
	[1825] = { 1551, 1551 },
	[1826] = { 1552, 1552 },
	[1827] = { 1553, 1553 },
	[1828] = { 1554, 1554 },
	[1829] = { 1555, 1555 },
	[1830] = { 1556, 1556 },
	[1831] = { 1557, 1557 },
	[1832] = { 1558, 1558 },
	[1833] = { 1559, 1559 },
	[1834] = { 1560, 1560 },
	[1835] = { 1561, 1561 },
	[1836] = { 1562, 1562 },
	[1837] = { 1563, 1563 },
	[1838] = { 1564, 1564 },
	[1839] = { 1565, 1565 },
	[1840] = { 1566, 1566 },
	[1841] = { 1567, 1567 },
	[1842] = { 1568, 1568 },
	[1843] = { 1569, 1569 },
	[1844] = { 1570, 1570 },
	[1845] = { 1571, 1571 },
	[1846] = { 1572, 1572 },
	[1847] = { 1573, 1573 },
	[1848] = { 1574, 1574 },
	[1849] = { 1575, 1575 },
	[1850] = { 1576, 1576 },
	[1851] = { 1577, 1577 },
	[1852] = { 1578, 1578 },
	[1853] = { 1579, 1579 },
	[1854] = { 1580, 1580 },
	[1855] = { 1581, 1581 },
	[1856] = { 1582, 1582 },
	[1857] = { 1583, 1583 },
	[1858] = { 1584, 1584 },
	[1859] = { 1585, 1585 },
	[1860] = { 1586, 1586 },
	[1861] = { 1587, 1587 },
	[1862] = { 1588, 1588 },
	[1863] = { 1589, 1589 },
	[1864] = { 1590, 1590 },
	[1865] = { 1591, 1591 },
	[1866] = { 1592, 1592 },
	[1867] = { 1593, 1593 },
	[1868] = { 1594, 1594 },
	[1869] = { 1595, 1595 },
	[1870] = { 1596, 1596 },
	[1871] = { 1597, 1597 },
	[1872] = { 1598, 1598 },
	[1873] = { 1599, 1599 },
	[1874] = { 1600, 1600 },
	[1875] = { 1601, 1601 },
	[1876] = { 1602, 1602 },
	[1877] = { 1603, 1603 },
	[1878] = { 1604, 1604 },
	[1879] = { 1605, 1605 },
	[1880] = { 1606, 1606 },
	[1881] = { 1607, 1607 },
	[1882] = { 1608, 1608 },
	[1883] = { 1609, 1609 },
	[1884] = { 1610, 1610 },
	[1885] = { 1611, 1611 },
	[1886] = { 1612, 1612 },
	[1887] = { 1613, 1613 },
	[1888] = { 1614, 1614 },
	[1889] = { 1615, 1615 },
	[1890] = { 1616, 1616 },
	[1891] = { 1617, 1617 },
	[1892] = { 1618, 1618 },
	[1893] = { 1619, 1619 },
	[1894] = { 1620, 1620 },
	[1896] = { 1621, 1621 },
	[1897] = { 1622, 1622 },
	[1898] = { 1623, 1623 },
	[1899] = { 1624, 1624 },
	[1900] = { 1625, 1625 },
	[1901] = { 1626, 1626 },
	[1902] = { 1627, 1627 },
	[1903] = { 1628, 1628 },
	[1904] = { 1629, 1629 },
	[1905] = { 1630, 1630 },
	[1906] = { 1631, 1631 },
	[1907] = { 1632, 1632 },
	[1908] = { 1633, 1633 },
	[1909] = { 1634, 1634 },
	[1910] = { 1635, 1635 },
	[1911] = { 1636, 1636 },
	[1912] = { 1637, 1637 },
	[1913] = { 1638, 1638 },
	[1914] = { 1639, 1639 },
	[1915] = { 1640, 1640 },
	[1916] = { 1641, 1641 },
	[1917] = { 1642, 1642 },
	[1918] = { 1643, 1643 },
	[1919] = { 1644, 1644 },
	[1920] = { 1645, 1645 },
	[1921] = { 1646, 1646 },
	[1922] = { 1647, 1647 },
	[1923] = { 1648, 1648 },
	[1924] = { 1649, 1649 },
	[1925] = { 1650, 1650 },
	[1926] = { 1651, 1651 },
	[1927] = { 1652, 1652 },
	[1928] = { 1653, 1653 },
	[1929] = { 1654, 1654 },
	[1930] = { 1655, 1655 },
	[1931] = { 1656, 1656 },
	[1932] = { 1657, 1657 },
	[1933] = { 1658, 1658 },
	[1934] = { 1659, 1659 },
	[1935] = { 1660, 1660 },
	[1936] = { 1661, 1661 },
	[1937] = { 1662, 1662 },
	[1938] = { 1663, 1663 },
	[1939] = { 1664, 1664 },
	[1940] = { 1665, 1665 },
	[1941] = { 1666, 1666 },
	[1942] = { 1667, 1667 },
	[1943] = { 1668, 1668 },
	[1944] = { 1669, 1669 },
	[1945] = { 1670, 1670 },
	[1946] = { 1671, 1671 },
	[1947] = { 1672, 1672 },
	[1948] = { 1673, 1673 },
	[1949] = { 1674, 1674 },
	[1950] = { 1675, 1675 },
	[1951] = { 1676, 1676 },
	[1952] = { 1677, 1677 },
	[1953] = { 1678, 1678 },
	[1954] = { 1679, 1679 },
	[1955] = { 1680, 1680 },
	[1956] = { 1681, 1681 },
	[1957] = { 1682, 1682 },
	[1958] = { 1683, 1683 },
	[1959] = { 1684, 1684 },
	[1960] = { 1685, 1685 },
	[1961] = { 1686, 1686 },
	[1962] = { 1687, 1687 },
	[1963] = { 1688, 1688 },
	[1964] = { 1689, 1689 },
	[1965] = { 1690, 1690 },
	[1966] = { 1691, 1691 },
	[1967] = { 1692, 1692 },
	[1968] = { 1693, 1693 },
	[1969] = { 1694, 1694 },
	[1970] = { 1695, 1695 },
	[1971] = { 1696, 1696 },
	[1972] = { 1697, 1697 },
	[1973] = { 1698, 1698 },
	[1974] = { 1699, 1699 },
	[1975] = { 1700, 1700 },
	[1976] = { 1701, 1701 },
	[1977] = { 1702, 1702 },
	[1978] = { 1703, 1703 },
	[1979] = { 1704, 1704 },
	[1980] = { 1705, 1705 },
	[1981] = { 1706, 1706 },
	[1982] = { 1707, 1707 },
	[1983] = { 1708, 1708 },
	[1984] = { 1709, 1709 },
	[1985] = { 1710, 1710 },
	[1986] = { 1711, 1711 },
	[1987] = { 1712, 1712 },
	[1988] = { 1713, 1713 },
	[1989] = { 1714, 1714 },
	[1990] = { 1716, 1716 },
	[1991] = { 1717, 1717 },
	[1992] = { 1718, 1718 },
	[1993] = { 1720, 1720 },
	[1994] = { 1721, 1721 },
	[1995] = { 1722, 1722 },
	[1996] = { 1723, 1723 },
	[1997] = { 1724, 1724 },
	[1998] = { 1725, 1725 },
	[1999] = { 1726, 1726 },
	[2000] = { 1727, 1727 },
	[2001] = { 1728, 1729 },
	[2002] = { 1730, 1730 },
	[2003] = { 1731, 1731 },
	[2004] = { 1732, 1733 },
	[2005] = { 1734, 1735 },
	[2006] = { 1736, 1737 },
	[2007] = { 1738, 1739 },
	[2008] = { 1740, 1741 },
	[2009] = { 1742, 1743 },
	[2010] = { 1744, 1745 },
	[2011] = { 1747, 1748 },
	[2012] = { 1749, 1750 },
	[2013] = { 1739, 1737 },
	[2014] = { 1751, 1752 },
	[2015] = { 1753, 1754 },
	[2016] = { 1755, 1755 },
	[2017] = { 1756, 1757 },
	[2018] = { 1741, 1758 },
	[2019] = { 1743, 1759 },
	[2020] = { 1760, 1760 },
	[2021] = { 1761, 1762 },
	[2022] = { 1763, 1764 },
	[2023] = { 1765, 1765 },
	[2024] = { 1766, 1766 },
	[2025] = { 1767, 1768 },
	[2026] = { 1769, 1769 },
	[2027] = { 1770, 1770 },
	[2028] = { 1771, 1771 },
	[2029] = { 1772, 1772 },
	[2030] = { 1773, 1773 },
	[2031] = { 1774, 1774 },
	[2032] = { 1775, 1775 },
	[2033] = { 1776, 1776 },
	[2034] = { 1777, 1777 },
	[2035] = { 1778, 1778 },
	[2036] = { 1779, 1779 },
	[2037] = { 1780, 1780 },
	[2038] = { 1781, 1781 },
	[2039] = { 1782, 1782 },
	[2040] = { 1783, 1783 },
	[2041] = { 1784, 1784 },
	[2042] = { 1785, 1785 },
	[2043] = { 1786, 1786 },
	[2044] = { 1787, 1787 },
	[2045] = { 1788, 1788 },
	[2046] = { 1789, 1789 },
	[2047] = { 178, 178 },
	[2048] = { 1790, 1790 },
	[2049] = { 1791, 1791 },
	[2050] = { 1793, 1793 },
	[2051] = { 1794, 1794 },
	[2052] = { 1795, 1795 },
	[2053] = { 1796, 1796 },
	[2054] = { 1797, 1797 },
	[2055] = { 1798, 1798 },
	[2056] = { 1799, 1799 },
	[2057] = { 1800, 1800 },
	[2058] = { 1801, 1801 },
	[2059] = { 1802, 1802 },
	[2060] = { 1803, 1803 },
	[2061] = { 1804, 1804 },
	[2062] = { 1805, 1805 },
	[2063] = { 1806, 1806 },
	[2064] = { 1807, 1807 },
	[2065] = { 1808, 1808 },
	[2066] = { 1809, 1809 },
	[2067] = { 1810, 1810 },
	[2068] = { 1811, 1811 },
	[2069] = { 1812, 1812 },
	[2070] = { 1813, 1813 },
	[2071] = { 1814, 1814 },
	[2072] = { 1815, 1815 },
	[2073] = { 1816, 1816 },
	[2074] = { 1817, 1817 },
	[2075] = { 1818, 1818 },
	[2076] = { 1819, 1819 },
	[2077] = { 1820, 1820 },
	[2078] = { 1821, 1821 },
	[2079] = { 1822, 1822 },
	[2080] = { 1823, 1823 },
	[2081] = { 1824, 1824 },
	[2082] = { 1825, 1825 },
	[2083] = { 1826, 1826 },
	[2084] = { 1827, 1827 },
	[2085] = { 1828, 1828 },
	[2086] = { 1829, 1829 },
	[2087] = { 1830, 1830 },
	[2088] = { 1831, 1831 },
	[2089] = { 1832, 1832 },
	[2090] = { 1833, 1833 },
	[2091] = { 1834, 1834 },
	[2092] = { 1835, 1835 },
	[2093] = { 1836, 1836 },
	[2094] = { 1837, 1837 },
	[2095] = { 1838, 1838 },
	[2096] = { 1839, 1839 },
	[2097] = { 1840, 1840 },
	[2098] = { 1841, 1841 },
	[2099] = { 1842, 1842 },
	[2100] = { 1843, 1843 },
	[2101] = { 1844, 1844 },
	[2102] = { 1845, 1845 },
	[2103] = { 1846, 1846 },
	[2104] = { 1847, 1847 },
	[2105] = { 1848, 1848 },
	[2106] = { 1849, 1849 },
	[2107] = { 1850, 1850 },
	[2108] = { 1851, 1851 },
	[2109] = { 1852, 1852 },
	[2110] = { 1853, 1853 },
	[2111] = { 1854, 1854 },
	[2112] = { 1855, 1855 },
	[2113] = { 1856, 1856 },
	[2114] = { 1857, 1857 },
	[2115] = { 1858, 1858 },
	[2116] = { 1859, 1859 },
	[2117] = { 1860, 1860 },
	[2118] = { 1861, 1861 },
	[2119] = { 1862, 1862 },
	[2120] = { 1863, 1863 },
	[2121] = { 1864, 1864 },
	[2122] = { 1865, 1865 },
	[2123] = { 1866, 1866 },
	[2124] = { 1867, 1867 },
	[2125] = { 1868, 1868 },
	[2126] = { 1869, 1869 },
	[2127] = { 1870, 1870 },
	[2128] = { 1871, 1871 },
	[2129] = { 1872, 1872 },
	[2130] = { 1873, 1873 },
	[2131] = { 1874, 1874 },
	[2132] = { 1875, 1875 },
	[2133] = { 1876, 1876 },
	[2134] = { 1877, 1877 },
	[2135] = { 1878, 1878 },
	[2136] = { 1879, 1879 },
	[2137] = { 1880, 1880 },
	[2138] = { 1881, 1881 },
	[2139] = { 1882, 1882 },
	[2140] = { 1883, 1883 },
	[2141] = { 1884, 1884 },
	[2142] = { 1885, 1885 },
	[2143] = { 1886, 1886 },
	[2144] = { 1887, 1887 },
	[2145] = { 1888, 1888 },
	[2146] = { 1889, 1889 },
	[2147] = { 1890, 1890 },
	[2148] = { 1891, 1891 },
	[2149] = { 1892, 1892 },
	[2150] = { 1893, 1893 },
	[2151] = { 1894, 1894 },
	[2152] = { 1895, 1895 },
	[2153] = { 1896, 1896 },
	[2154] = { 1897, 1897 },
	[2155] = { 1898, 1898 },
	[2156] = { 1899, 1899 },
	[2157] = { 1900, 1900 },
	[2158] = { 1901, 1901 },
	[2159] = { 1902, 1902 },
	[2160] = { 1903, 1903 },
	[2161] = { 1904, 1904 },
	[2162] = { 1905, 1905 },
	[2163] = { 1906, 1906 },
	[2164] = { 1907, 1907 },
	[2165] = { 1908, 1908 },
	[2166] = { 1909, 1909 },
	[2167] = { 1910, 1910 },
	[2168] = { 1911, 1911 },
	[2169] = { 1912, 1912 },
	[2170] = { 1913, 1913 },
	[2171] = { 1914, 1914 },
	[2172] = { 1915, 1915 },
	[2173] = { 1916, 1916 },
	[2174] = { 1917, 1917 },
	[2175] = { 1918, 1918 },
	[2176] = { 1919, 1919 },
	[2177] = { 1920, 1920 },
	[2178] = { 1921, 1921 },
	[2179] = { 1922, 1922 },
	[2180] = { 1923, 1923 },
	[2181] = { 1924, 1924 },
	[2182] = { 1925, 1925 },
	[2183] = { 1926, 1926 },
	[2184] = { 1927, 1927 },
	[2185] = { 1928, 1928 },
	[2186] = { 1929, 1929 },
	[2187] = { 1930, 1931 },
	[2188] = { 1932, 0 },
	[2189] = { 1933, 0 },
	[2190] = { 1934, 1934 },
	[2191] = { 1935, 1935 },
	[2192] = { 1936, 1936 },
	[2193] = { 1937, 1937 },
	[2197] = { 1938, 1938 },
	[2198] = { 1939, 1939 },
	[2199] = { 1940, 1940 },
	[2201] = { 1941, 1941 },
	[2202] = { 1942, 1942 },
	[2203] = { 1943, 1943 },
	[2204] = { 1944, 1944 },
	[2205] = { 1945, 1945 },
	[2206] = { 1946, 1946 },
	[2207] = { 1947, 1947 },
	[2208] = { 1948, 1948 },
	[2209] = { 1949, 1949 },
	[2210] = { 1950, 1950 },
	[2211] = { 1951, 1951 },
	[2212] = { 1952, 1952 },
	[2213] = { 1953, 1953 },
	[2214] = { 1954, 1954 },
	[2215] = { 1955, 1955 },
	[2216] = { 1956, 1956 },
	[2217] = { 1957, 1957 },
	[2218] = { 1958, 1958 },
	[2219] = { 1959, 1959 },
	[2220] = { 1960, 1960 },
	[2221] = { 1961, 1961 },
	[2222] = { 1962, 1962 },
	[2223] = { 1964, 1964 },
	[2224] = { 1965, 1965 },
	[2225] = { 1966, 0 },
	[2226] = { 1967, 1967 },
	[2227] = { 1968, 1968 },
	[2228] = { 1969, 1969 },
	[2229] = { 1970, 1970 },
	[2230] = { 1971, 1971 },
	[2231] = { 1972, 1972 },
	[2232] = { 1973, 1973 },
	[2233] = { 1974, 1974 },
	[2234] = { 1975, 1975 },
	[2235] = { 1976, 1976 },
	[2236] = { 1977, 1977 },
	[2237] = { 1978, 1978 },
	[2238] = { 1979, 1979 },
	[2239] = { 1980, 1980 },
	[2240] = { 1981, 1981 },
	[2241] = { 1982, 1982 },
	[2242] = { 1983, 1983 },
	[2243] = { 1984, 1984 },
	[2244] = { 1985, 1985 },
	[2245] = { 1986, 1986 },
	[2246] = { 1987, 1987 },
	[2247] = { 1988, 1988 },
	[2248] = { 1989, 1989 },
	[2249] = { 1990, 1990 },
	[2250] = { 1991, 1991 },
	[2251] = { 1992, 1992 },
	[2252] = { 1993, 1993 },
	[2253] = { 1994, 1994 },
	[2254] = { 1995, 1995 },
	[2255] = { 1996, 1996 },
	[2256] = { 1997, 1997 },
	[2257] = { 1998, 1998 },
	[2258] = { 1999, 1999 },
	[2259] = { 2000, 2000 },
	[2260] = { 2001, 2001 },
	[2261] = { 2002, 2002 },
	[2262] = { 2003, 2003 },
	[2263] = { 2004, 2004 },
	[2264] = { 2005, 2005 },
	[2265] = { 2006, 2006 },
	[2266] = { 2007, 2007 },
	[2267] = { 2008, 2008 },
	[2268] = { 2009, 2009 },
	[2269] = { 2010, 2010 },
	[2270] = { 2011, 2011 },
	[2271] = { 2012, 2012 },
	[2272] = { 2013, 2013 },
	[2273] = { 2014, 2014 },
	[2274] = { 2015, 2015 },
	[2275] = { 2016, 2016 },
	[2276] = { 2017, 2017 },
	[2277] = { 2018, 2018 },
	[2278] = { 2019, 2019 },
	[2279] = { 2020, 2020 },
	[2280] = { 2021, 2021 },
	[2281] = { 2022, 2022 },
	[2282] = { 2023, 2023 },
	[2283] = { 2024, 2024 },
	[2284] = { 2025, 2025 },
	[2285] = { 2026, 2026 },
	[2286] = { 2027, 2027 },
	[2287] = { 2028, 2028 },
	[2288] = { 2029, 2029 },
	[2289] = { 2030, 2030 },
	[2290] = { 2031, 2031 },
	[2291] = { 2032, 2032 },
	[2292] = { 2033, 2033 },
	[2293] = { 2034, 2034 },
	[2294] = { 2035, 2035 },
	[2295] = { 2036, 2036 },
	[2296] = { 2037, 2037 },
	[2297] = { 2038, 2038 },
	[2298] = { 2039, 2039 },
	[2299] = { 2040, 2040 },
	[2300] = { 2041, 2041 },
	[2301] = { 2042, 2042 },
	[2302] = { 2043, 2043 },
	[2303] = { 2044, 2044 },
	[2304] = { 2045, 2045 },
	[2305] = { 2046, 2046 },
	[2306] = { 2047, 2047 },
	[2307] = { 2048, 2048 },
	[2308] = { 2049, 2049 },
	[2309] = { 2050, 2050 },
	[2310] = { 2051, 2051 },
	[2311] = { 2052, 2052 },
	[2312] = { 2053, 2053 },
	[2313] = { 2054, 2054 },
	[2314] = { 2055, 2055 },
	[2315] = { 2056, 2056 },
	[2316] = { 2057, 2057 },
	[2317] = { 2058, 2058 },
	[2318] = { 2059, 2059 },
	[2319] = { 2060, 2060 },
	[2320] = { 2061, 2061 },
	[2321] = { 2062, 2062 },
	[2322] = { 2063, 2063 },
	[2323] = { 2064, 2064 },
	[2324] = { 2065, 2065 },
	[2325] = { 2066, 2066 },
	[2326] = { 2067, 2067 },
	[2327] = { 2068, 2068 },
	[2328] = { 2069, 2069 },
	[2329] = { 1927, 1927 },
	[2330] = { 2070, 2070 },
	[2331] = { 2071, 2071 },
	[2332] = { 2072, 2072 },
	[2333] = { 2073, 2073 },
	[2334] = { 2074, 2074 },
	[2335] = { 2075, 2075 },
	[2336] = { 2076, 2076 },
	[2337] = { 2077, 2077 },
	[2338] = { 2078, 2078 },
	[2339] = { 2079, 2079 },
	[2340] = { 2080, 2080 },
	[2341] = { 2082, 2082 },
	[2342] = { 2083, 2083 },
	[2343] = { 2084, 2084 },
	[2344] = { 2085, 2085 },
	[2345] = { 2086, 2086 },
	[2346] = { 2087, 2087 },
	[2347] = { 2089, 2089 },
	[2348] = { 2091, 2091 },
	[2349] = { 2093, 2093 },
	[2350] = { 2095, 2095 },
	[2351] = { 2096, 2096 },
	[2352] = { 2097, 2097 },
	[2353] = { 2098, 2098 },
	[2354] = { 2099, 2099 },
	[2355] = { 2100, 2100 },
	[2356] = { 2101, 2101 },
	[2357] = { 2102, 2102 },
	[2358] = { 2103, 2103 },
	[2359] = { 2104, 2104 },
	[2360] = { 2105, 2105 },
	[2361] = { 2106, 2106 },
	[2362] = { 2107, 2107 },
	[2363] = { 2108, 2108 },
	[2364] = { 2109, 2109 },
	[2365] = { 2110, 2110 },
	[2366] = { 2111, 2111 },
	[2367] = { 2112, 2112 },
	[2368] = { 2113, 2113 },
	[2369] = { 2114, 2114 },
	[2370] = { 2115, 2115 },
	[2371] = { 561, 0 },
	[2372] = { 2116, 2116 },
	[2373] = { 2117, 0 },
	[2374] = { 2118, 0 },
	[2375] = { 2119, 0 },
	[2376] = { 2120, 0 },
	[2377] = { 2121, 0 },
	[2378] = { 0, 2122 },
	[2379] = { 2123, 0 },
	[2380] = { 2124, 0 },
	[2381] = { 2125, 2125 },
	[2382] = { 2126, 2126 },
	[2383] = { 2127, 2127 },
	[2384] = { 2128, 2129 },
	[2385] = { 2130, 2130 },
	[2386] = { 2131, 2131 },
	[2387] = { 2132, 2132 },
	[2388] = { 2133, 2133 },
	[2389] = { 2134, 2134 },
	[2390] = { 2135, 2135 },
	[2391] = { 2136, 2136 },
	[2392] = { 2137, 2137 },
	[2393] = { 2138, 2138 },
	[2394] = { 2139, 2139 },
	[2395] = { 2140, 2140 },
	[2396] = { 2142, 2142 },
	[2397] = { 2143, 2143 },
	[2398] = { 2144, 2144 },
	[2399] = { 2145, 2145 },
	[2400] = { 2146, 2146 },
	[2401] = { 2147, 2147 },
	[2402] = { 2148, 2148 },
	[2403] = { 2148, 2148 },
	[2404] = { 2149, 2149 },
	[2405] = { 2150, 2150 },
	[2406] = { 2151, 2151 },
	[2407] = { 2152, 2152 },
	[2408] = { 2153, 0 },
	[2409] = { 2154, 2154 },
	[2410] = { 2155, 2155 },
	[2411] = { 2156, 2156 },
	[2412] = { 2157, 2157 },
	[2413] = { 2158, 2158 },
	[2414] = { 2159, 2159 },
	[2415] = { 2160, 2160 },
	[2416] = { 2161, 2161 },
	[2417] = { 2162, 2162 },
	[2418] = { 2163, 2163 },
	[2419] = { 2164, 2164 },
	[2420] = { 2165, 2165 },
	[2421] = { 2166, 2166 },
	[2422] = { 2167, 2167 },
	[2423] = { 2168, 2168 },
	[2424] = { 2169, 2169 },
	[2425] = { 2170, 2170 },
	[2426] = { 2171, 2171 },
	[2427] = { 2172, 2172 },
	[2428] = { 2173, 2173 },
	[2429] = { 2174, 2174 },
	[2430] = { 2175, 2175 },
	[2431] = { 2176, 2176 },
	[2432] = { 2177, 2177 },
	[2433] = { 2178, 2178 },
	[2434] = { 2179, 2179 },
	[2435] = { 2180, 2180 },
	[2436] = { 2181, 2181 },
	[2437] = { 2182, 2182 },
	[2438] = { 9, 9 },
	[2439] = { 2183, 2183 },
	[2440] = { 2184, 2184 },
	[2441] = { 2185, 2185 },
	[2442] = { 2186, 2186 },
	[2443] = { 2187, 2187 },
	[2444] = { 2188, 2188 },
	[2445] = { 2189, 2189 },
	[2446] = { 2190, 2190 },
	[2447] = { 2192, 2192 },
	[2448] = { 2193, 2193 },
	[2449] = { 2194, 2194 },
	[2450] = { 2195, 2195 },
	[2451] = { 2196, 2196 },
	[2452] = { 2197, 2197 },
	[2453] = { 2198, 2198 },
	[2454] = { 2199, 2199 },
	[2455] = { 2200, 2200 },
	[2456] = { 2201, 2201 },
	[2457] = { 2202, 2202 },
	[2458] = { 2203, 2203 },
	[2459] = { 2204, 2204 },
	[2460] = { 2205, 2205 },
	[2461] = { 2206, 2206 },
	[2462] = { 2207, 2207 },
	[2463] = { 2208, 2208 },
	[2464] = { 2209, 2209 },
	[2465] = { 2210, 2210 },
	[2466] = { 2211, 2211 },
	[2467] = { 2212, 2212 },
	[2468] = { 2213, 2213 },
	[2469] = { 2214, 2214 },
	[2470] = { 2215, 2215 },
	[2471] = { 2216, 2216 },
	[2472] = { 2217, 2217 },
	[2473] = { 2218, 2218 },
	[2474] = { 2219, 2219 },
	[2475] = { 2220, 2220 },
	[2476] = { 2221, 2221 },
	[2477] = { 2222, 2222 },
	[2478] = { 2223, 2223 },
	[2479] = { 2224, 2224 },
	[2480] = { 2225, 2225 },
	[2481] = { 2226, 2226 },
	[2482] = { 2227, 2227 },
	[2483] = { 2228, 2228 },
	[2484] = { 2229, 2229 },
	[2485] = { 2230, 2230 },
	[2486] = { 2231, 2231 },
	[2487] = { 2232, 2232 },
	[2488] = { 2233, 2233 },
	[2489] = { 2234, 2234 },
	[2490] = { 2235, 2235 },
	[2491] = { 2236, 2236 },
	[2492] = { 2237, 2237 },
	[2493] = { 2238, 2238 },
	[2494] = { 2239, 2239 },
	[2495] = { 2240, 2240 },
	[2496] = { 2241, 2241 },
	[2497] = { 2242, 2242 },
	[2498] = { 2243, 2243 },
	[2499] = { 2182, 2182 },
	[2500] = { 2244, 2244 },
	[2501] = { 2245, 2245 },
	[2502] = { 2246, 2246 },
	[2503] = { 2247, 2247 },
	[2504] = { 2248, 2248 },
	[2505] = { 2249, 2249 },
	[2506] = { 2250, 2250 },
	[2507] = { 2251, 2251 },
	[2508] = { 2252, 2252 },
	[2509] = { 2253, 2253 },
	[2510] = { 2254, 2254 },
	[2511] = { 2255, 2255 },
	[2512] = { 2256, 2256 },
	[2513] = { 2257, 2257 },
	[2514] = { 2258, 2258 },
	[2515] = { 2259, 2259 },
	[2516] = { 2260, 2260 },
	[2517] = { 2261, 2261 },
	[2518] = { 2262, 2262 },
	[2519] = { 2263, 2263 },
	[2520] = { 2264, 2264 },
	[2521] = { 2265, 2265 },
	[2522] = { 2266, 2266 },
	[2523] = { 2267, 2267 },
	[2524] = { 2268, 2268 },
	[2525] = { 2269, 2269 },
	[2526] = { 2270, 2270 },
	[2527] = { 2271, 2271 },
	[2528] = { 2272, 2272 },
	[2529] = { 2274, 2274 },
	[2530] = { 2275, 2275 },
	[2531] = { 2276, 2276 },
	[2532] = { 2277, 2277 },
	[2533] = { 2278, 2278 },
	[2534] = { 2279, 2279 },
	[2535] = { 2280, 2280 },
	[2536] = { 2281, 2281 },
	[2537] = { 2282, 2282 },
	[2538] = { 2283, 2283 },
	[2539] = { 2284, 2284 },
	[2540] = { 2285, 2285 },
	[2541] = { 2286, 2286 },
	[2542] = { 2287, 2287 },
	[2543] = { 2288, 2288 },
	[2544] = { 2289, 2289 },
	[2545] = { 2290, 2290 },
	[2546] = { 2291, 2291 },
	[2547] = { 2292, 2292 },
	[2548] = { 2293, 2293 },
	[2549] = { 2294, 2294 },
	[2550] = { 2295, 2295 },
	[2551] = { 2296, 2296 },
	[2552] = { 2297, 2297 },
	[2553] = { 2298, 2298 },
	[2554] = { 2299, 2299 },
	[2555] = { 2300, 2300 },
	[2556] = { 2301, 2301 },
	[2557] = { 2302, 2302 },
	[2558] = { 2303, 2303 },
	[2559] = { 2304, 2304 },
	[2560] = { 2305, 2305 },
	[2561] = { 2306, 2306 },
	[2562] = { 2307, 2307 },
	[2563] = { 2308, 2308 },
	[2564] = { 2309, 2309 },
	[2565] = { 2310, 2310 },
	[2566] = { 2311, 2311 },
	[2567] = { 2312, 2312 },
	[2568] = { 2313, 2313 },
	[2569] = { 2314, 2314 },
	[2570] = { 2315, 2315 },
	[2571] = { 2316, 2316 },
	[2572] = { 2317, 2317 },
	[2573] = { 2318, 2318 },
	[2574] = { 2319, 2319 },
	[2575] = { 2320, 2320 },
	[2576] = { 2321, 2321 },
	[2577] = { 2322, 2322 },
	[2578] = { 2323, 2323 },
	[2579] = { 2324, 2324 },
	[2580] = { 2325, 2325 },
	[2581] = { 2326, 2326 },
	[2582] = { 2327, 2327 },
	[2583] = { 2328, 2328 },
	[2584] = { 2329, 2329 },
	[2585] = { 2330, 2330 },
	[2586] = { 2331, 2331 },
	[2587] = { 2332, 2332 },
	[2588] = { 2333, 2333 },
	[2589] = { 2334, 2334 },
	[2590] = { 2335, 2335 },
	[2591] = { 2336, 2336 },
	[2592] = { 2337, 2337 },
	[2593] = { 2338, 2338 },
	[2594] = { 2339, 2339 },
	[2595] = { 2340, 2340 },
	[2596] = { 2341, 2341 },
	[2597] = { 2342, 2342 },
	[2598] = { 2343, 2343 },
	[2599] = { 2344, 2344 },
	[2600] = { 2345, 2345 },
	[2601] = { 2346, 2346 },
	[2602] = { 2347, 2347 },
	[2603] = { 2348, 2348 },
	[2604] = { 2349, 2349 },
	[2605] = { 2350, 2350 },
	[2606] = { 2351, 2351 },
	[2607] = { 2352, 2352 },
	[2608] = { 2353, 2353 },
	[2609] = { 2354, 2354 },
	[2610] = { 2355, 2355 },
	[2611] = { 2356, 2356 },
	[2612] = { 2357, 2357 },
	[2613] = { 2358, 2358 },
	[2614] = { 2359, 2359 },
	[2615] = { 2360, 2360 },
	[2616] = { 2361, 2361 },
	[2617] = { 2362, 2362 },
	[2618] = { 2363, 2363 },
	[2619] = { 2364, 2364 },
	[2620] = { 2365, 2365 },
	[2621] = { 2366, 2366 },
	[2622] = { 2367, 2367 },
	[2623] = { 2368, 2368 },
	[2624] = { 2369, 2369 },
	[2625] = { 2370, 2370 },
	[2626] = { 2371, 2371 },
	[2627] = { 2372, 2372 },
	[2628] = { 2373, 2373 },
	[2629] = { 2374, 2374 },
	[2630] = { 2375, 2375 },
	[2631] = { 2376, 2376 },
	[2632] = { 2377, 2377 },
	[2633] = { 2378, 2378 },
	[2634] = { 2379, 2379 },
	[2635] = { 2380, 2380 },
	[2636] = { 2381, 2381 },
	[2637] = { 2382, 2382 },
	[2638] = { 2383, 2383 },
	[2639] = { 2384, 2384 },
	[2640] = { 2385, 2385 },
	[2641] = { 2386, 2386 },
	[2642] = { 2387, 2387 },
	[2643] = { 2388, 2388 },
	[2644] = { 2389, 2389 },
	[2645] = { 2390, 2390 },
	[2646] = { 2391, 2391 },
	[2647] = { 2392, 2392 },
	[2648] = { 2393, 2393 },
	[2649] = { 2394, 2394 },
	[2650] = { 2395, 2395 },
	[2651] = { 2396, 2396 },
	[2652] = { 2397, 2397 },
	[2653] = { 2398, 2398 },
	[2654] = { 2399, 2399 },
	[2655] = { 2401, 2401 },
	[2656] = { 2402, 2402 },
	[2657] = { 2403, 2403 },
	[2658] = { 2404, 2404 },
	[2659] = { 2405, 2405 },
	[2660] = { 2406, 2406 },
	[2661] = { 2407, 2407 },
	[2662] = { 2408, 2408 },
	[2663] = { 2409, 2409 },
	[2664] = { 2410, 2410 },
	[2665] = { 2411, 2411 },
	[2666] = { 2412, 2412 },
	[2667] = { 2413, 2413 },
	[2668] = { 2414, 2414 },
	[2669] = { 2415, 2415 },
	[2670] = { 2416, 2416 },
	[2671] = { 2417, 2417 },
	[2672] = { 2418, 2418 },
	[2673] = { 2419, 2419 },
	[2674] = { 2420, 2420 },
	[2675] = { 2421, 2421 },
	[2676] = { 2422, 2422 },
	[2677] = { 2423, 2423 },
	[2678] = { 2424, 2424 },
	[2679] = { 2425, 2425 },
	[2680] = { 2426, 2426 },
	[2681] = { 2427, 2427 },
	[2683] = { 2428, 2428 },
	[2684] = { 2429, 2429 },
	[2685] = { 2430, 2430 },
	[2686] = { 2431, 2431 },
	[2687] = { 2432, 2432 },
	[2688] = { 2433, 2433 },
	[2689] = { 2434, 2434 },
	[2690] = { 2435, 2435 },
	[2691] = { 2436, 2436 },
	[2692] = { 2437, 2437 },
	[2694] = { 2438, 2438 },
	[2695] = { 2439, 2439 },
	[2696] = { 2440, 2440 },
	[2697] = { 2441, 2441 },
	[2698] = { 2442, 2442 },
	[2699] = { 2443, 2443 },
	[2700] = { 2444, 2444 },
	[2701] = { 2445, 2445 },
	[2702] = { 2446, 2446 },
	[2703] = { 2447, 2447 },
	[2704] = { 2448, 2448 },
	[2705] = { 2449, 2449 },
	[2706] = { 2450, 2450 },
	[2707] = { 2451, 2451 },
	[2708] = { 2452, 2452 },
	[2709] = { 2453, 2453 },
	[2710] = { 2454, 2454 },
	[2711] = { 2455, 2455 },
	[2712] = { 2456, 2456 },
	[2713] = { 2457, 2457 },
	[2714] = { 2458, 2458 },
	[2715] = { 2459, 2459 },
	[2716] = { 2460, 2460 },
	[2717] = { 2461, 2461 },
	[2718] = { 2462, 2462 },
	[2719] = { 2463, 2463 },
	[2720] = { 2464, 2464 },
	[2721] = { 2465, 2465 },
	[2722] = { 2466, 2466 },
	[2723] = { 2467, 2467 },
	[2724] = { 2468, 2468 },
	[2725] = { 2469, 2469 },
	[2726] = { 2470, 2470 },
	[2727] = { 2471, 2471 },
	[2728] = { 2472, 2472 },
	[2729] = { 2473, 2473 },
	[2730] = { 2474, 2474 },
	[2731] = { 2475, 2475 },
	[2732] = { 2476, 2476 },
	[2733] = { 2477, 2477 },
	[2734] = { 2478, 2478 },
	[2735] = { 2479, 2479 },
	[2736] = { 2480, 2480 },
	[2737] = { 2481, 2481 },
	[2738] = { 2482, 2482 },
	[2739] = { 2483, 2483 },
	[2740] = { 2484, 2484 },
	[2741] = { 2485, 2485 },
	[2742] = { 2486, 2486 },
	[2743] = { 2487, 2487 },
	[2744] = { 2488, 2488 },
	[2745] = { 2489, 2489 },
	[2746] = { 2490, 2490 },
	[2747] = { 2491, 2491 },
	[2748] = { 2492, 2492 },
	[2749] = { 2493, 2493 },
	[2750] = { 2494, 2494 },
	[2751] = { 2495, 2495 },
	[2752] = { 2496, 2496 },
	[2753] = { 2497, 2497 },
	[2754] = { 2498, 2498 },
	[2755] = { 2499, 2499 },
	[2756] = { 2500, 2500 },
	[2757] = { 2501, 2501 },
	[2758] = { 2502, 2502 },
	[2759] = { 2503, 2503 },
	[2760] = { 2504, 2504 },
	[2761] = { 2505, 2505 },
	[2762] = { 2506, 2506 },
	[2763] = { 2507, 2507 },
	[2764] = { 2508, 2508 },
	[2765] = { 2509, 2509 },
	[2766] = { 2510, 2510 },
	[2767] = { 2511, 2511 },
	[2768] = { 2512, 2512 },
	[2769] = { 2513, 2513 },
	[2770] = { 2514, 2514 },
	[2771] = { 2515, 2515 },
	[2772] = { 2516, 2516 },
	[2773] = { 2517, 2517 },
	[2774] = { 2518, 2518 },
	[2775] = { 2519, 2519 },
	[2776] = { 2520, 2520 },
	[2777] = { 2521, 2521 },
	[2778] = { 2522, 2522 },
	[2779] = { 2523, 2523 },
	[2780] = { 2524, 2524 },
	[2781] = { 2525, 2525 },
	[2782] = { 2526, 2526 },
	[2783] = { 2527, 2527 },
	[2784] = { 2528, 2528 },
	[2785] = { 2529, 2529 },
	[2786] = { 2530, 2530 },
	[2787] = { 2531, 2531 },
	[2788] = { 2532, 2532 },
	[2789] = { 2533, 2533 },
	[2790] = { 2534, 2534 },
	[2791] = { 2535, 2535 },
	[2792] = { 2536, 2536 },
	[2793] = { 2537, 2537 },
	[2795] = { 2538, 2538 },
	[2796] = { 2539, 2539 },
	[2797] = { 2540, 2540 },
	[2798] = { 2541, 2541 },
	[2799] = { 2542, 2542 },
	[2800] = { 2543, 2543 },
	[2801] = { 2544, 2544 },
	[2802] = { 2545, 2546 },
	[2803] = { 2547, 2547 },
	[2804] = { 2548, 2548 },
	[2805] = { 2549, 2549 },
	[2806] = { 2550, 2550 },
	[2807] = { 2551, 2551 },
	[2808] = { 2552, 2552 },
	[2809] = { 2553, 2553 },
	[2810] = { 2554, 2554 },
	[2811] = { 2555, 2555 },
	[2812] = { 2556, 2556 },
	[2813] = { 2557, 2557 },
	[2814] = { 2558, 2558 },
	[2815] = { 2559, 2559 },
	[2816] = { 2560, 2560 },
	[2817] = { 2561, 2561 },
	[2818] = { 2562, 2562 },
	[2819] = { 2563, 2563 },
	[2820] = { 2564, 2564 },
	[2821] = { 2565, 2565 },
	[2822] = { 2566, 2566 },
	[2823] = { 2567, 2567 },
	[2824] = { 2568, 2568 },
	[2826] = { 2569, 2569 },
	[2827] = { 2570, 2570 },
	[2828] = { 2571, 2571 },
	[2829] = { 2572, 2572 },
	[2830] = { 2573, 2573 },
	[2831] = { 2574, 2574 },
	[2832] = { 2575, 2575 },
	[2833] = { 2576, 2576 },
	[2834] = { 2577, 2577 },
	[2835] = { 2578, 2578 },
	[2836] = { 2579, 2579 },
	[2837] = { 2580, 2580 },
	[2838] = { 2581, 2581 },
	[2839] = { 2561, 2561 },
	[2840] = { 2582, 2582 },
	[2841] = { 2583, 2583 },
	[2842] = { 2584, 2584 },
	[2843] = { 2585, 2585 },
	[2844] = { 2586, 2586 },
	[2845] = { 2587, 2587 },
	[2846] = { 2588, 2588 },
	[2847] = { 2589, 2589 },
	[2848] = { 2590, 2590 },
	[2849] = { 235, 235 },
	[2850] = { 2591, 2591 },
	[2851] = { 2592, 2592 },
	[2852] = { 2593, 2593 },
	[2853] = { 2594, 2594 },
	[2854] = { 2595, 2595 },
	[2855] = { 2596, 0 },
	[2856] = { 2597, 2597 },
	[2857] = { 2598, 2598 },
	[2858] = { 2599, 2599 },
	[2859] = { 2600, 2600 },
	[2860] = { 2601, 2601 },
	[2861] = { 2602, 2602 },
	[2862] = { 2603, 2603 },
	[2863] = { 2604, 2604 },
	[2864] = { 2605, 2605 },
	[2865] = { 2606, 2606 },
	[2866] = { 2607, 2607 },
	[2867] = { 2608, 2608 },
	[2868] = { 2609, 2609 },
	[2869] = { 2610, 2610 },
	[2870] = { 2611, 2611 },
	[2871] = { 2612, 2612 },
	[2872] = { 2613, 2613 },
	[2873] = { 2614, 2614 },
	[2874] = { 2615, 2615 },
	[2875] = { 2616, 2616 },
	[2876] = { 2617, 2617 },
	[2877] = { 2618, 2618 },
	[2878] = { 2619, 2619 },
	[2879] = { 2620, 2620 },
	[2880] = { 2621, 2621 },
	[2881] = { 2622, 2622 },
	[2882] = { 2623, 2623 },
	[2883] = { 2624, 2624 },
	[2884] = { 2625, 2625 },
	[2885] = { 2626, 2626 },
	[2886] = { 2627, 2627 },
	[2887] = { 2628, 2628 },
	[2888] = { 2629, 2629 },
	[2889] = { 2630, 2630 },
	[2890] = { 2631, 2631 },
	[2891] = { 2632, 2632 },
	[2892] = { 2633, 2633 },
	[2893] = { 2634, 2634 },
	[2894] = { 2635, 2635 },
	[2895] = { 2636, 2636 },
	[2896] = { 2637, 2637 },
	[2897] = { 2638, 2638 },
	[2898] = { 2639, 2639 },
	[2899] = { 2640, 2640 },
	[2900] = { 2641, 2641 },
	[2901] = { 2642, 2642 },
	[2902] = { 2643, 2643 },
	[2903] = { 2644, 2644 },
	[2904] = { 2645, 2645 },
	[2905] = { 2646, 0 },
	[2906] = { 2647, 2647 },
	[2907] = { 2648, 2648 },
	[2908] = { 2649, 2649 },
	[2909] = { 2650, 2650 },
	[2910] = { 2651, 2651 },
	[2911] = { 2652, 2652 },
	[2912] = { 2653, 2653 },
	[2913] = { 2654, 2654 },
	[2914] = { 2655, 2655 },
	[2915] = { 2656, 2656 },
	[2916] = { 2657, 2657 },
	[2917] = { 2659, 2659 },
	[2918] = { 2661, 2661 },
	[2919] = { 2662, 2662 },
	[2920] = { 2663, 2663 },
	[2921] = { 2664, 2664 },
	[2922] = { 2665, 2665 },
	[2923] = { 2666, 2666 },
	[2924] = { 2667, 2667 },
	[2926] = { 2668, 2668 },
	[2927] = { 2669, 2669 },
	[2928] = { 2670, 2670 },
	[2929] = { 2671, 2671 },
	[2930] = { 2672, 2672 },
	[2931] = { 2673, 2673 },
	[2932] = { 2674, 2674 },
	[2933] = { 2675, 2675 },
	[2934] = { 2676, 2676 },
	[2935] = { 2677, 2677 },
	[2936] = { 2678, 2678 },
	[2937] = { 2679, 2679 },
	[2938] = { 2680, 2680 },
	[2939] = { 2681, 2681 },
	[2940] = { 2682, 2682 },
	[2941] = { 2683, 2683 },
	[2942] = { 2684, 2684 },
	[2943] = { 2685, 2685 },
	[2944] = { 2686, 2686 },
	[2945] = { 2687, 2687 },
	[2946] = { 2688, 2688 },
	[2947] = { 2689, 2689 },
	[2948] = { 2690, 2690 },
	[2949] = { 2691, 2691 },
	[2950] = { 2692, 2692 },
	[2951] = { 2693, 2693 },
	[2952] = { 2694, 2694 },
	[2953] = { 2695, 2695 },
	[2954] = { 2696, 2696 },
	[2955] = { 2697, 2697 },
	[2956] = { 2698, 2698 },
	[2957] = { 2699, 2699 },
	[2958] = { 2700, 2700 },
	[2959] = { 2701, 2701 },
	[2960] = { 2702, 2702 },
	[2961] = { 2703, 2703 },
	[2962] = { 2704, 2704 },
	[2963] = { 2705, 2705 },
	[2964] = { 2706, 2706 },
	[2965] = { 2707, 2707 },
	[2966] = { 2708, 2708 },
	[2967] = { 2709, 2709 },
	[2968] = { 2710, 2710 },
	[2969] = { 2711, 2711 },
	[2970] = { 2712, 2712 },
	[2971] = { 2713, 2713 },
	[2972] = { 2714, 2714 },
	[2973] = { 2715, 2715 },
	[2974] = { 2716, 2716 },
	[2975] = { 2717, 2717 },
	[2976] = { 2718, 2718 },
	[2977] = { 2719, 2719 },
	[2978] = { 2720, 2720 },
	[2979] = { 2721, 2721 },
	[2980] = { 2722, 2722 },
	[2981] = { 2723, 2723 },
	[2982] = { 2724, 2724 },
	[2983] = { 2725, 2725 },
	[2984] = { 2726, 2726 },
	[2985] = { 2727, 2727 },
	[2986] = { 2728, 2728 },
	[2987] = { 2729, 2729 },
	[2988] = { 2730, 2730 },
	[2989] = { 2731, 2731 },
	[2990] = { 2732, 2732 },
	[2991] = { 2733, 2733 },
	[2992] = { 2734, 2734 },
	[2993] = { 2735, 2735 },
	[2994] = { 2736, 2736 },
	[2995] = { 2737, 2737 },
	[2996] = { 2738, 2738 },
	[2997] = { 2739, 2739 },
	[2998] = { 2740, 2740 },
	[2999] = { 2741, 2741 },
	[3000] = { 2742, 2742 },
	[3001] = { 2744, 0 },
	[3002] = { 2745, 2745 },
	[3003] = { 2747, 2747 },
	[3004] = { 2748, 2748 },
	[3005] = { 2749, 2749 },
	[3006] = { 2750, 2750 },
	[3007] = { 2751, 2751 },
	[3008] = { 2752, 2752 },
	[3009] = { 2753, 2753 },
	[3010] = { 2754, 2755 },
	[3011] = { 2756, 2756 },
	[3012] = { 2757, 2757 },
	[3013] = { 2758, 2758 },
	[3014] = { 2759, 2759 },
	[3015] = { 2761, 2761 },
	[3016] = { 2762, 2762 },
	[3017] = { 2764, 2764 },
	[3018] = { 2766, 2766 },
	[3019] = { 2768, 2768 },
	[3020] = { 2770, 2770 },
	[3021] = { 2771, 2771 },
	[3022] = { 2772, 2772 },
	[3023] = { 2773, 2773 },
	[3024] = { 2774, 2774 },
	[3025] = { 2776, 2776 },
	[3026] = { 2777, 2777 },
	[3027] = { 2778, 2778 },
	[3028] = { 2780, 2780 },
	[3029] = { 2782, 2782 },
	[3030] = { 2784, 2784 },
	[3031] = { 2785, 2785 },
	[3032] = { 2786, 2786 },
	[3033] = { 2787, 2787 },
	[3034] = { 2788, 2788 },
	[3035] = { 2789, 2789 },
	[3036] = { 2790, 2790 },
	[3037] = { 2791, 2791 },
	[3038] = { 2792, 2792 },
	[3039] = { 2793, 2793 },
	[3040] = { 2794, 2794 },
	[3041] = { 2795, 2795 },
	[3042] = { 2796, 2796 },
	[3043] = { 2797, 2797 },
	[3044] = { 633, 633 },
	[3045] = { 2798, 2798 },
	[3046] = { 2799, 2799 },
	[3047] = { 2800, 2800 },
	[3048] = { 2801, 2801 },
	[3049] = { 2802, 2802 },
	[3050] = { 2803, 2803 },
	[3051] = { 2805, 2805 },
	[3052] = { 2806, 2806 },
	[3053] = { 2807, 2807 },
	[3054] = { 2808, 2808 },
	[3055] = { 2809, 2809 },
	[3056] = { 2810, 2810 },
	[3057] = { 2811, 2811 },
	[3058] = { 2812, 2812 },
	[3059] = { 2813, 2813 },
	[3060] = { 2814, 2814 },
	[3061] = { 2815, 2815 },
	[3062] = { 2816, 2816 },
	[3063] = { 2817, 2817 },
	[3064] = { 2818, 2818 },
	[3065] = { 2819, 2819 },
	[3066] = { 2820, 2820 },
	[3067] = { 2821, 2821 },
	[3068] = { 2822, 2822 },
	[3069] = { 2823, 2823 },
	[3070] = { 2824, 2824 },
	[3071] = { 2825, 0 },
	[3072] = { 2826, 2826 },
	[3073] = { 2827, 2827 },
	[3074] = { 2828, 2828 },
	[3075] = { 2829, 2829 },
	[3076] = { 2830, 2830 },
	[3077] = { 2831, 2831 },
	[3078] = { 2832, 2832 },
	[3079] = { 2833, 2833 },
	[3080] = { 2834, 2834 },
	[3081] = { 2836, 2836 },
	[3082] = { 2837, 2837 },
	[3083] = { 2838, 2838 },
	[3084] = { 2839, 2839 },
	[3085] = { 2840, 2840 },
	[3086] = { 2841, 2841 },
	[3087] = { 2842, 2842 },
	[3088] = { 2843, 2843 },
	[3089] = { 2844, 2844 },
	[3090] = { 2845, 2845 },
	[3091] = { 2846, 2846 },
	[3093] = { 2847, 2847 },
	[3094] = { 2848, 2848 },
	[3095] = { 2849, 2849 },
	[3096] = { 2850, 2850 },
	[3098] = { 2851, 2851 },
	[3099] = { 2852, 2852 },
	[3100] = { 2853, 2853 },
	[3101] = { 2854, 2854 },
	[3102] = { 2855, 2855 },
	[3103] = { 2856, 2856 },
	[3104] = { 2857, 2858 },
	[3105] = { 2859, 2859 },
	[3106] = { 2860, 2860 },
	[3107] = { 2861, 2861 },
	[3108] = { 2862, 2862 },
	[3109] = { 2863, 2863 },
	[3110] = { 2864, 2864 },
	[3111] = { 2865, 2865 },
	[3112] = { 2866, 2866 },
	[3113] = { 2867, 2867 },
	[3114] = { 2868, 2868 },
	[3115] = { 2869, 2869 },
	[3116] = { 2870, 2870 },
	[3117] = { 2871, 2871 },
	[3118] = { 2872, 2872 },
	[3119] = { 2873, 2873 },
	[3120] = { 2874, 2874 },
	[3121] = { 2875, 0 },
	[3122] = { 2876, 2876 },
	[3123] = { 2877, 2877 },
	[3124] = { 2878, 2878 },
	[3125] = { 2879, 2879 },
	[3127] = { 2880, 2880 },
	[3128] = { 2881, 2881 },
	[3129] = { 2882, 2882 },
	[3130] = { 2883, 2883 },
	[3131] = { 2884, 2884 },
	[3132] = { 2885, 2885 },
	[3133] = { 2886, 2886 },
	[3134] = { 2887, 2887 },
	[3135] = { 2888, 2888 },
	[3136] = { 2889, 2889 },
	[3137] = { 2890, 2890 },
	[3138] = { 2891, 2891 },
	[3139] = { 2892, 2892 },
	[3140] = { 2893, 2893 },
	[3141] = { 2894, 2894 },
	[3142] = { 2895, 2895 },
	[3143] = { 2896, 2896 },
	[3144] = { 2897, 2897 },
	[3145] = { 2898, 2898 },
	[3146] = { 2899, 2899 },
	[3147] = { 2900, 2900 },
	[3148] = { 2901, 2901 },
	[3149] = { 2902, 2902 },
	[3150] = { 2903, 2903 },
	[3151] = { 2904, 2904 },
	[3152] = { 2905, 2905 },
	[3153] = { 2906, 2906 },
	[3154] = { 2907, 2907 },
	[3155] = { 2908, 2908 },
	[3156] = { 2909, 2909 },
	[3157] = { 2910, 2910 },
	[3158] = { 2911, 2911 },
	[3159] = { 2912, 2912 },
	[3160] = { 2913, 2913 },
	[3161] = { 2914, 2914 },
	[3162] = { 2915, 2915 },
	[3163] = { 2916, 2916 },
	[3164] = { 2917, 2917 },
	[3165] = { 2918, 2918 },
	[3166] = { 2919, 2919 },
	[3167] = { 2920, 2920 },
	[3168] = { 2921, 2921 },
	[3169] = { 2922, 2922 },
	[3170] = { 2923, 2923 },
	[3171] = { 2924, 2924 },
	[3172] = { 2925, 2925 },
	[3173] = { 2926, 2926 },
	[3174] = { 2927, 2927 },
	[3175] = { 2928, 2928 },
	[3176] = { 2929, 2929 },
	[3177] = { 2930, 2930 },
	[3178] = { 2931, 2931 },
	[3179] = { 2932, 2932 },
	[3180] = { 2933, 2933 },
	[3181] = { 2934, 2934 },
	[3182] = { 2935, 2935 },
	[3183] = { 2936, 2936 },
	[3184] = { 2937, 2937 },
	[3185] = { 2938, 2938 },
	[3186] = { 2939, 2939 },
	[3187] = { 2940, 2940 },
	[3188] = { 2941, 2941 },
	[3189] = { 2942, 2942 },
	[3190] = { 2943, 2943 },
	[3191] = { 2944, 2944 },
	[3192] = { 2945, 2945 },
	[3193] = { 2946, 2946 },
	[3194] = { 2947, 2947 },
	[3195] = { 2948, 2948 },
	[3196] = { 2949, 2949 },
	[3197] = { 2950, 2950 },
	[3198] = { 2951, 2951 },
	[3199] = { 2952, 2952 },
	[3200] = { 2953, 2953 },
	[3201] = { 2954, 2954 },
	[3202] = { 2955, 2955 },
	[3203] = { 2956, 2956 },
	[3204] = { 2957, 2957 },
	[3205] = { 2958, 2958 },
	[3206] = { 2959, 2959 },
	[3207] = { 2960, 2960 },
	[3208] = { 2961, 2961 },
	[3209] = { 2962, 2962 },
	[3210] = { 2963, 2963 },
	[3211] = { 2964, 2964 },
	[3212] = { 2965, 2965 },
	[3213] = { 2966, 2966 },
	[3214] = { 2967, 2967 },
	[3215] = { 2968, 2968 },
	[3216] = { 2969, 2969 },
	[3217] = { 2970, 2970 },
	[3218] = { 2971, 2971 },
	[3219] = { 2972, 2972 },
	[3220] = { 2973, 2973 },
	[3221] = { 2974, 2974 },
	[3222] = { 2975, 2975 },
	[3223] = { 2976, 2976 },
	[3224] = { 2977, 2977 },
	[3225] = { 2978, 2978 },
	[3226] = { 2979, 2979 },
	[3227] = { 2980, 2980 },
	[3228] = { 2981, 2981 },
	[3229] = { 2982, 2982 },
	[3230] = { 2983, 2983 },
	[3231] = { 2984, 2984 },
	[3232] = { 2985, 2985 },
	[3233] = { 2986, 2986 },
	[3234] = { 2987, 2987 },
	[3235] = { 2988, 2988 },
	[3236] = { 2989, 2989 },
	[3237] = { 2990, 2990 },
	[3238] = { 2991, 2991 },
	[3239] = { 2992, 2992 },
	[3240] = { 2993, 2993 },
	[3241] = { 2994, 2994 },
	[3242] = { 2995, 2995 },
	[3243] = { 2996, 2996 },
	[3244] = { 2997, 2997 },
	[3245] = { 2998, 2998 },
	[3246] = { 2999, 2999 },
	[3247] = { 3000, 3000 },
	[3248] = { 3001, 3001 },
	[3249] = { 3002, 3002 },
	[3250] = { 3003, 3003 },
	[3251] = { 3004, 3004 },
	[3252] = { 3005, 3005 },
	[3253] = { 3006, 3006 },
	[3254] = { 3007, 3007 },
	[3255] = { 3008, 3008 },
	[3256] = { 3009, 3009 },
	[3257] = { 3010, 3010 },
	[3258] = { 3011, 3011 },
	[3259] = { 3012, 3012 },
	[3260] = { 3013, 3013 },
	[3261] = { 3014, 3014 },
	[3262] = { 3015, 3015 },
	[3263] = { 3016, 3016 },
	[3264] = { 3017, 3017 },
	[3265] = { 3018, 3018 },
	[3266] = { 3019, 3019 },
	[3267] = { 3020, 3020 },
	[3268] = { 3021, 3021 },
	[3269] = { 3022, 3022 },
	[3270] = { 3023, 3023 },
	[3271] = { 3024, 3024 },
	[3272] = { 3025, 3025 },
	[3273] = { 3026, 3026 },
	[3274] = { 3027, 3027 },
	[3275] = { 3028, 3028 },
	[3276] = { 3029, 3029 },
	[3277] = { 3030, 3030 },
	[3278] = { 3031, 3031 },
	[3279] = { 3032, 3032 },
	[3280] = { 3033, 3033 },
	[3281] = { 3034, 3034 },
	[3282] = { 3035, 3035 },
	[3284] = { 3036, 3036 },
	[3285] = { 3037, 3037 },
	[3286] = { 3038, 3038 },
	[3287] = { 3039, 3039 },
	[3288] = { 3040, 3040 },
	[3289] = { 3041, 3041 },
	[3290] = { 3042, 3042 },
	[3291] = { 3043, 3043 },
	[3292] = { 3044, 3044 },
	[3293] = { 3045, 3045 },
	[3294] = { 3046, 3046 },
	[3295] = { 3047, 3047 },
	[3296] = { 3048, 3048 },
	[3297] = { 3049, 3049 },
	[3298] = { 3050, 3050 },
	[3299] = { 3051, 3051 },
	[3300] = { 3052, 0 },
	[3301] = { 3053, 3053 },
	[3302] = { 3054, 3054 },
	[3303] = { 3055, 3055 },
	[3304] = { 3056, 3056 },
	[3305] = { 3057, 3057 },
	[3306] = { 3058, 3058 },
	[3307] = { 3059, 3059 },
	[3308] = { 3060, 3060 },
	[3309] = { 3061, 3061 },
	[3310] = { 3062, 3062 },
	[3311] = { 3063, 3063 },
	[3312] = { 3064, 3064 },
	[3313] = { 3065, 3065 },
	[3314] = { 3066, 3066 },
	[3315] = { 3067, 3067 },
	[3316] = { 3068, 3068 },
	[3317] = { 3069, 3069 },
	[3318] = { 3070, 3070 },
	[3319] = { 3071, 3071 },
	[3320] = { 3072, 3072 },
	[3321] = { 3073, 3073 },
	[3326] = { 3074, 3074 },
	[3327] = { 3075, 3075 },
	[3328] = { 3076, 3076 },
	[3329] = { 3077, 3077 },
	[3330] = { 3078, 3078 },
	[3331] = { 3079, 3079 },
	[3332] = { 3080, 3080 },
	[3333] = { 3081, 3081 },
	[3334] = { 3082, 3082 },
	[3335] = { 3083, 3083 },
	[3336] = { 3084, 3084 },
	[3337] = { 3085, 3085 },
	[3338] = { 3086, 3086 },
	[3339] = { 3087, 3087 },
	[3340] = { 3088, 3088 },
	[3341] = { 3089, 3089 },
	[3342] = { 3090, 3090 },
	[3343] = { 3091, 3091 },
	[3344] = { 3092, 3092 },
	[3345] = { 3093, 3093 },
	[3346] = { 3094, 3094 },
	[3347] = { 3095, 3095 },
	[3348] = { 3096, 3096 },
	[3349] = { 3097, 3097 },
	[3350] = { 3098, 3098 },
	[3351] = { 3099, 3099 },
	[3352] = { 3100, 3100 },
	[3353] = { 3101, 3101 },
	[3354] = { 3102, 3102 },
	[3355] = { 3103, 3103 },
	[3356] = { 3104, 3104 },
	[3357] = { 3105, 3105 },
	[3358] = { 3106, 3106 },
	[3359] = { 3107, 3107 },
	[3360] = { 3108, 3108 },
	[3361] = { 3109, 3109 },
	[3362] = { 3110, 3110 },
	[3363] = { 3111, 3111 },
	[3364] = { 369, 369 },
	[3365] = { 370, 370 },
	[3366] = { 371, 371 },
	[3372] = { 3112, 3112 },
	[3373] = { 3113, 3113 },
	[3374] = { 3114, 3114 },
	[3375] = { 3115, 3115 },
	[3376] = { 3116, 3116 },
	[3377] = { 3117, 3117 },
	[3378] = { 3118, 3118 },
	[3379] = { 3119, 3119 },
	[3380] = { 3120, 3120 },
	[3381] = { 3121, 3121 },
	[3382] = { 3122, 3122 },
	[3383] = { 3123, 3123 },
	[3384] = { 3124, 3124 },
	[3385] = { 3125, 3125 },
	[3386] = { 3126, 3127 },
	[3387] = { 3128, 3128 },
	[3388] = { 3129, 3129 },
	[3389] = { 3130, 3130 },
	[3390] = { 3132, 3132 },
	[3391] = { 3133, 3133 },
	[3392] = { 3134, 3134 },
	[3393] = { 3135, 3135 },
	[3394] = { 3136, 3136 },
	[3395] = { 3137, 3137 },
	[3396] = { 3138, 3138 },
	[3397] = { 3140, 3140 },
	[3398] = { 3141, 3141 },
	[3399] = { 3142, 3142 },
	[3400] = { 3143, 3143 },
	[3401] = { 3144, 3144 },
	[3402] = { 3145, 3145 },
	[3405] = { 3146, 3146 },
	[3406] = { 3147, 3147 },
	[3407] = { 3148, 3148 },
	[3408] = { 3149, 3149 },
	[3409] = { 3150, 3150 },
	[3410] = { 3151, 3151 },
	[3411] = { 3152, 3152 },
	[3412] = { 3153, 3153 },
	[3413] = { 3154, 3154 },
	[3414] = { 3155, 3155 },
	[3415] = { 3156, 3156 },
	[3416] = { 3157, 3157 },
	[3417] = { 3158, 3158 },
	[3418] = { 3159, 3159 },
	[3419] = { 3160, 3160 },
	[3420] = { 3161, 3161 },
	[3421] = { 3162, 3162 },
	[3422] = { 3163, 3163 },
	[3423] = { 3164, 3164 },
	[3424] = { 3165, 3165 },
	[3425] = { 3166, 3166 },
	[3426] = { 3167, 3167 },
	[3427] = { 3168, 3168 },
	[3428] = { 3169, 3169 },
	[3429] = { 3170, 3170 },
	[3430] = { 3171, 3171 },
	[3431] = { 3172, 3172 },
	[3432] = { 3173, 3173 },
	[3433] = { 3174, 3174 },
	[3434] = { 3175, 3175 },
	[3435] = { 3176, 3176 },
	[3436] = { 3177, 3177 },
	[3437] = { 3178, 3178 },
	[3438] = { 3179, 3179 },
	[3439] = { 3180, 3180 },
	[3440] = { 3181, 3181 },
	[3441] = { 3182, 3182 },
	[3442] = { 3183, 3183 },
	[3443] = { 3184, 3184 },
	[3444] = { 3185, 3185 },
	[3445] = { 3186, 3186 },
	[3446] = { 3187, 3187 },
	[3447] = { 3188, 3188 },
	[3448] = { 3189, 3189 },
	[3449] = { 3190, 3190 },
	[3450] = { 3191, 3191 },
	[3451] = { 3192, 3192 },
	[3452] = { 3193, 3193 },
	[3453] = { 3194, 3194 },
	[3454] = { 3195, 3195 },
	[3455] = { 3196, 3196 },
	[3456] = { 3197, 3197 },
	[3457] = { 3198, 3198 },
	[3458] = { 3199, 3199 },
	[3459] = { 3200, 3200 },
	[3460] = { 3201, 3201 },
	[3461] = { 3202, 3202 },
	[3462] = { 3203, 3203 },
	[3463] = { 3204, 3204 },
	[3464] = { 3205, 3205 },
	[3465] = { 3206, 3206 },
	[3466] = { 3207, 3207 },
	[3467] = { 3208, 3208 },
	[3468] = { 3209, 3209 },
	[3469] = { 3210, 3210 },
	[3470] = { 3211, 3211 },
	[3471] = { 3212, 3212 },
	[3472] = { 3213, 3213 },
	[3473] = { 3214, 3214 },
	[3474] = { 3215, 3215 },
	[3475] = { 3216, 3216 },
	[3476] = { 3217, 3217 },
	[3477] = { 3218, 3218 },
	[3478] = { 3219, 3219 },
	[3479] = { 3222, 3222 },
	[3480] = { 3223, 3223 },
	[3481] = { 3224, 3224 },
	[3482] = { 3225, 3225 },
	[3483] = { 3226, 3226 },
	[3484] = { 3227, 3227 },
	[3485] = { 3228, 3228 },
	[3486] = { 3229, 3229 },
	[3487] = { 3230, 3231 },
	[3488] = { 3232, 3232 },
	[3489] = { 3233, 3233 },
	[3490] = { 3234, 3234 },
	[3491] = { 3235, 3235 },
	[3492] = { 3236, 3236 },
	[3493] = { 3237, 3237 },
	[3494] = { 3238, 3238 },
	[3495] = { 3239, 3239 },
	[3496] = { 3240, 3240 },
	[3497] = { 3241, 3241 },
	[3498] = { 3242, 3242 },
	[3499] = { 3243, 3243 },
	[3500] = { 3244, 3244 },
	[3501] = { 3245, 3245 },
	[3502] = { 3246, 3246 },
	[3503] = { 3247, 3247 },
	[3504] = { 3248, 3248 },
	[3505] = { 3249, 3249 },
	[3506] = { 3250, 3250 },
	[3507] = { 3251, 3251 },
	[3508] = { 3252, 3252 },
	[3509] = { 3253, 3253 },
	[3510] = { 3254, 3254 },
	[3511] = { 3255, 3255 },
	[3512] = { 3256, 3256 },
	[3513] = { 3257, 3257 },
	[3514] = { 3258, 3258 },
	[3515] = { 3259, 3259 },
	[3516] = { 3260, 3260 },
	[3517] = { 3261, 3261 },
	[3518] = { 3262, 3262 },
	[3519] = { 3263, 3264 },
	[3520] = { 3265, 3265 },
	[3521] = { 3266, 3266 },
	[3522] = { 3267, 3267 },
	[3523] = { 3268, 3268 },
	[3524] = { 3269, 3269 },
	[3525] = { 3270, 3270 },
	[3526] = { 3271, 3271 },
	[3527] = { 3272, 3272 },
	[3528] = { 3273, 3273 },
	[3529] = { 3274, 3274 },
	[3530] = { 3275, 3275 },
	[3531] = { 3276, 3276 },
	[3532] = { 3277, 3277 },
	[3533] = { 3278, 3278 },
	[3534] = { 3279, 3279 },
	[3535] = { 3280, 3280 },
	[3536] = { 3281, 3281 },
	[3537] = { 3282, 3282 },
	[3538] = { 3283, 3283 },
	[3539] = { 3284, 3284 },
	[3540] = { 3285, 3285 },
	[3541] = { 3286, 3286 },
	[3542] = { 3287, 3287 },
	[3543] = { 3288, 3288 },
	[3544] = { 3289, 3289 },
	[3545] = { 3290, 3290 },
	[3547] = { 3291, 3291 },
	[3548] = { 3292, 3292 },
	[3549] = { 3293, 3293 },
	[3550] = { 3294, 3294 },
	[3551] = { 3295, 3295 },
	[3552] = { 3296, 3296 },
	[3553] = { 3297, 3297 },
	[3554] = { 3298, 3298 },
	[3555] = { 3299, 3299 },
	[3556] = { 3300, 3300 },
	[3557] = { 3301, 3301 },
	[3558] = { 3302, 3302 },
	[3559] = { 3303, 3303 },
	[3560] = { 3304, 3304 },
	[3561] = { 3305, 3305 },
	[3562] = { 3306, 3306 },
	[3563] = { 3307, 3307 },
	[3564] = { 3308, 3308 },
	[3565] = { 3309, 0 },
	[3566] = { 3310, 0 },
	[3567] = { 3311, 3311 },
	[3568] = { 3312, 3312 },
	[3569] = { 3313, 3313 },
	[3570] = { 3314, 3314 },
	[3571] = { 3315, 3315 },
	[3572] = { 3316, 3316 },
	[3573] = { 3317, 3317 },
	[3574] = { 3318, 3319 },
	[3575] = { 3320, 3320 },
	[3576] = { 3321, 3321 },
	[3577] = { 3322, 3322 },
	[3578] = { 3323, 3323 },
	[3579] = { 3324, 3324 },
	[3580] = { 3325, 3325 },
	[3581] = { 3326, 3326 },
	[3582] = { 3327, 3327 },
	[3583] = { 3328, 3328 },
	[3584] = { 3329, 3329 },
	[3585] = { 3330, 3330 },
	[3586] = { 3331, 3331 },
	[3587] = { 3332, 3332 },
	[3588] = { 3333, 3333 },
	[3589] = { 3334, 3334 },
	[3590] = { 3335, 3335 },
	[3591] = { 3336, 3336 },
	[3592] = { 3337, 3337 },
	[3593] = { 3338, 3338 },
	[3594] = { 3339, 3339 },
	[3595] = { 3340, 3340 },
	[3596] = { 3341, 3341 },
	[3597] = { 3342, 3342 },
	[3598] = { 3343, 3343 },
	[3599] = { 3344, 3344 },
	[3600] = { 3345, 3345 },
	[3601] = { 3346, 3346 },
	[3602] = { 3347, 3347 },
	[3603] = { 3348, 3348 },
	[3604] = { 3349, 3349 },
	[3605] = { 3350, 3350 },
	[3606] = { 3351, 3351 },
	[3607] = { 3352, 3352 },
	[3608] = { 3353, 3353 },
	[3609] = { 3354, 3354 },
	[3610] = { 3355, 3355 },
	[3611] = { 3356, 3356 },
	[3612] = { 3357, 3357 },
	[3613] = { 3358, 3358 },
	[3614] = { 3359, 3359 },
	[3615] = { 3360, 3360 },
	[3616] = { 3361, 3361 },
	[3617] = { 3362, 3362 },
	[3618] = { 3363, 3363 },
	[3619] = { 3364, 3364 },
	[3620] = { 3365, 3365 },
	[3621] = { 3366, 3366 },
	[3622] = { 3367, 3367 },
	[3623] = { 3368, 3368 },
	[3624] = { 3369, 3369 },
	[3625] = { 3370, 3370 },
	[3626] = { 3371, 3371 },
	[3627] = { 3372, 3372 },
	[3628] = { 3373, 3373 },
	[3629] = { 3374, 3374 },
	[3630] = { 3375, 3375 },
	[3631] = { 3376, 3376 },
	[3632] = { 3377, 3377 },
	[3633] = { 3378, 3378 },
	[3634] = { 3379, 3379 },
	[3635] = { 3380, 3380 },
	[3636] = { 3381, 3381 },
	[3637] = { 3382, 3382 },
	[3638] = { 3383, 3383 },
	[3639] = { 3384, 3384 },
	[3640] = { 3385, 3385 },
	[3641] = { 3386, 3386 },
	[3642] = { 3387, 3387 },
	[3643] = { 3388, 3388 },
	[3644] = { 3389, 3389 },
	[3645] = { 3390, 3390 },
	[3646] = { 3391, 3391 },
	[3647] = { 3392, 3392 },
	[3648] = { 3393, 3393 },
	[3649] = { 3394, 3394 },
	[3650] = { 3395, 3395 },
	[3651] = { 3396, 3396 },
	[3652] = { 3397, 3397 },
	[3653] = { 3398, 3398 },
	[3654] = { 3399, 3399 },
	[3655] = { 3400, 3400 },
	[3656] = { 3401, 3401 },
	[3657] = { 3402, 3402 },
	[3658] = { 3403, 3403 },
	[3659] = { 3404, 3404 },
	[3660] = { 3405, 3405 },
	[3661] = { 3406, 3406 },
	[3662] = { 3407, 3407 },
	[3663] = { 3408, 3408 },
	[3664] = { 3409, 3409 },
	[3665] = { 3410, 3410 },
	[3666] = { 3411, 3411 },
	[3667] = { 3412, 3412 },
	[3668] = { 3413, 3413 },
	[3669] = { 3414, 3414 },
	[3670] = { 3415, 3415 },
	[3671] = { 3416, 3416 },
	[3672] = { 3417, 3417 },
	[3673] = { 3418, 3418 },
	[3674] = { 3419, 3419 },
	[3675] = { 3420, 3420 },
	[3676] = { 3421, 3421 },
	[3677] = { 3422, 3422 },
	[3678] = { 3423, 3423 },
	[3680] = { 3424, 3424 },
	[3681] = { 3425, 3425 },
	[3682] = { 3426, 3426 },
	[3683] = { 3427, 3427 },
	[3684] = { 3428, 3428 },
	[3685] = { 3429, 3429 },
	[3686] = { 3430, 3430 },
	[3687] = { 3431, 3431 },
	[3688] = { 3432, 3432 },
	[3689] = { 3433, 3433 },
	[3690] = { 3434, 3434 },
	[3691] = { 3435, 3435 },
	[3692] = { 3436, 3436 },
	[3693] = { 3437, 0 },
	[3695] = { 3438, 3438 },
	[3696] = { 3439, 3439 },
	[3697] = { 3440, 3440 },
	[3698] = { 3441, 3441 },
	[3699] = { 3442, 3442 },
	[3700] = { 3443, 3443 },
	[3701] = { 3444, 3444 },
	[3702] = { 3445, 3445 },
	[3703] = { 3446, 3446 },
	[3704] = { 3447, 3447 },
	[3705] = { 3448, 3448 },
	[3706] = { 3449, 3449 },
	[3707] = { 3450, 3450 },
	[3708] = { 3451, 3451 },
	[3709] = { 3452, 3452 },
	[3710] = { 3453, 3453 },
	[3711] = { 3454, 3454 },
	[3712] = { 3455, 3455 },
	[3713] = { 3456, 3456 },
	[3714] = { 3457, 3457 },
	[3715] = { 3458, 3458 },
	[3716] = { 3459, 3459 },
	[3717] = { 3460, 3460 },
	[3718] = { 3461, 3461 },
	[3719] = { 3462, 3462 },
	[3720] = { 3463, 3463 },
	[3721] = { 3464, 3464 },
	[3722] = { 3465, 3465 },
	[3723] = { 3466, 3466 },
	[3724] = { 3467, 3467 },
	[3725] = { 3468, 3468 },
	[3726] = { 3469, 3469 },
	[3727] = { 3470, 3470 },
	[3728] = { 3471, 3471 },
	[3729] = { 3472, 3472 },
	[3730] = { 3473, 3473 },
	[3731] = { 3474, 3474 },
	[3732] = { 3475, 3475 },
	[3733] = { 3476, 3476 },
	[3734] = { 3477, 3477 },
	[3735] = { 3478, 3478 },
	[3736] = { 3479, 3479 },
	[3737] = { 3480, 0 },
	[3738] = { 3481, 3481 },
	[3739] = { 3482, 3482 },
	[3740] = { 3483, 3483 },
	[3741] = { 3484, 3484 },
	[3742] = { 3485, 3485 },
	[3743] = { 3486, 3486 },
	[3744] = { 3487, 3487 },
	[3745] = { 3488, 3488 },
	[3746] = { 3489, 3489 },
	[3747] = { 3490, 3490 },
	[3748] = { 3491, 3491 },
	[3749] = { 3492, 3492 },
	[3750] = { 3493, 3493 },
	[3751] = { 3494, 3494 },
	[3752] = { 3495, 3495 },
	[3753] = { 3496, 3496 },
	[3754] = { 3497, 3497 },
	[3755] = { 3498, 3498 },
	[3756] = { 3499, 3499 },
	[3757] = { 3500, 3500 },
	[3758] = { 3501, 3501 },
	[3759] = { 3502, 3502 },
	[3760] = { 3503, 3503 },
	[3761] = { 3504, 3504 },
	[3762] = { 3505, 3505 },
	[3763] = { 3506, 3506 },
	[3764] = { 3507, 3507 },
	[3765] = { 3508, 3508 },
	[3766] = { 3509, 0 },
	[3767] = { 3510, 3510 },
	[3768] = { 3511, 3511 },
	[3769] = { 3512, 3512 },
	[3770] = { 3513, 3513 },
	[3771] = { 3514, 3514 },
	[3772] = { 3515, 3515 },
	[3773] = { 3516, 3516 },
	[3774] = { 3517, 3517 },
	[3775] = { 3518, 3518 },
	[3776] = { 3519, 3519 },
	[3777] = { 3520, 3520 },
	[3778] = { 3521, 3521 },
	[3779] = { 3522, 3522 },
	[3780] = { 3523, 3523 },
	[3781] = { 3524, 3524 },
	[3782] = { 3525, 3525 },
	[3783] = { 3526, 3526 },
	[3784] = { 3527, 3527 },
	[3785] = { 3528, 3528 },
	[3786] = { 3529, 3529 },
	[3787] = { 3530, 3530 },
	[3788] = { 3531, 3531 },
	[3789] = { 3532, 3532 },
	[3790] = { 3533, 3533 },
	[3791] = { 3534, 3534 },
	[3792] = { 3535, 3535 },
	[3793] = { 3536, 3536 },
	[3794] = { 3537, 3537 },
	[3795] = { 3538, 3538 },
	[3796] = { 3539, 3539 },
	[3797] = { 3540, 3540 },
	[3798] = { 3541, 3541 },
	[3799] = { 3542, 3542 },
	[3800] = { 3543, 3543 },
	[3801] = { 3544, 3544 },
	[3802] = { 3545, 3545 },
	[3803] = { 3546, 3546 },
	[3804] = { 3547, 3547 },
	[3805] = { 3548, 3548 },
	[3806] = { 3549, 3549 },
	[3807] = { 3550, 3550 },
	[3808] = { 3551, 3551 },
	[3809] = { 3552, 3552 },
	[3810] = { 3553, 3553 },
	[3811] = { 3554, 3554 },
	[3812] = { 3555, 3555 },
	[3813] = { 3556, 3556 },
	[3814] = { 3557, 3557 },
	[3815] = { 3558, 3558 },
	[3816] = { 3559, 3559 },
	[3817] = { 3560, 3560 },
	[3818] = { 3561, 3561 },
	[3819] = { 3562, 3562 },
	[3820] = { 3563, 3563 },
	[3821] = { 3564, 3564 },
	[3822] = { 3565, 3565 },
	[3823] = { 3566, 3566 },
	[3824] = { 3567, 3567 },
	[3825] = { 3568, 3568 },
	[3826] = { 3569, 3569 },
	[3827] = { 3570, 3570 },
	[3828] = { 3571, 3571 },
	[3829] = { 3572, 3572 },
	[3830] = { 3573, 3573 },
	[3831] = { 3574, 3574 },
	[3832] = { 3575, 3575 },
	[3833] = { 3576, 3576 },
	[3834] = { 3577, 3577 },
	[3835] = { 3578, 3578 },
	[3836] = { 3579, 3579 },
	[3837] = { 3580, 3580 },
	[3838] = { 3581, 3581 },
	[3839] = { 3582, 3582 },
	[3840] = { 3583, 3583 },
	[3841] = { 3584, 0 },
	[3842] = { 3585, 3585 },
	[3843] = { 3586, 3586 },
	[3844] = { 3587, 3587 },
	[3845] = { 3588, 3588 },
	[3846] = { 3589, 3589 },
	[3847] = { 3590, 3590 },
	[3848] = { 3591, 3591 },
	[3849] = { 3592, 3592 },
	[3850] = { 3593, 3593 },
	[3851] = { 3594, 3594 },
	[3852] = { 3595, 3595 },
	[3853] = { 3596, 3596 },
	[3854] = { 3597, 3597 },
	[3855] = { 3598, 3598 },
	[3856] = { 3599, 3599 },
	[3857] = { 3600, 3600 },
	[3858] = { 3601, 3601 },
	[3859] = { 3602, 3602 },
	[3860] = { 3603, 3603 },
	[3861] = { 3604, 3604 },
	[3862] = { 3605, 3605 },
	[3863] = { 3606, 3607 },
	[3864] = { 3608, 0 },
	[3865] = { 3609, 3609 },
	[3866] = { 3610, 3610 },
	[3867] = { 3611, 3611 },
	[3868] = { 3612, 0 },
	[3869] = { 3613, 3613 },
	[3870] = { 3614, 3614 },
	[3871] = { 3615, 3615 },
	[3872] = { 3616, 3616 },
	[3873] = { 3617, 3617 },
	[3874] = { 3618, 3618 },
	[3875] = { 3619, 3619 },
	[3876] = { 3620, 3620 },
	[3877] = { 3622, 3622 },
	[3878] = { 3623, 3623 },
	[3879] = { 3624, 3624 },
	[3880] = { 3625, 3625 },
	[3881] = { 3626, 3626 },
	[3882] = { 3627, 3627 },
	[3883] = { 3628, 3628 },
	[3884] = { 3629, 3629 },
	[3885] = { 3630, 3630 },
	[3886] = { 3631, 3631 },
	[3887] = { 3632, 3632 },
	[3888] = { 3633, 3633 },
	[3889] = { 3634, 3634 },
	[3890] = { 3635, 3635 },
	[3891] = { 3636, 3636 },
	[3892] = { 3637, 3637 },
	[3893] = { 3638, 3638 },
	[3894] = { 3639, 3639 },
	[3895] = { 3640, 3640 },
	[3896] = { 3641, 3641 },
	[3897] = { 3642, 3642 },
	[3898] = { 3643, 3643 },
	[3899] = { 3644, 3644 },
	[3900] = { 1097, 1097 },
	[3901] = { 3645, 3645 },
	[3902] = { 3646, 3646 },
	[3903] = { 3647, 3647 },
	[3904] = { 3648, 3648 },
	[3905] = { 3649, 3649 },
	[3906] = { 3650, 3650 },
	[3907] = { 3651, 3651 },
	[3908] = { 3652, 3652 },
	[3909] = { 3653, 3653 },
	[3910] = { 3654, 3654 },
	[3911] = { 3655, 3655 },
	[3912] = { 3656, 3656 },
	[3913] = { 3657, 3657 },
	[3914] = { 3658, 3658 },
	[3915] = { 3659, 3659 },
	[3916] = { 3660, 3660 },
	[3917] = { 3661, 3661 },
	[3918] = { 3662, 3662 },
	[3919] = { 3663, 3663 },
	[3920] = { 3664, 3664 },
	[3921] = { 3665, 3665 },
	[3922] = { 3666, 3666 },
	[3923] = { 3667, 3667 },
	[3924] = { 3668, 3668 },
	[3925] = { 3669, 3669 },
	[3926] = { 3670, 3670 },
	[3927] = { 3671, 3671 },
	[3928] = { 3672, 3672 },
	[3929] = { 3673, 3673 },
	[3930] = { 3674, 3674 },
	[3931] = { 3675, 3675 },
	[3932] = { 3676, 3676 },
	[3933] = { 3677, 3677 },
	[3934] = { 3678, 3678 },
	[3935] = { 3679, 3679 },
	[3936] = { 3680, 3680 },
	[3937] = { 3681, 3681 },
	[3938] = { 3682, 3682 },
	[3939] = { 3684, 3684 },
	[3940] = { 3685, 3685 },
	[3941] = { 3686, 3686 },
	[3942] = { 3687, 3687 },
	[3943] = { 3688, 3688 },
	[3944] = { 3689, 3689 },
	[3945] = { 3690, 3690 },
	[3946] = { 3691, 3691 },
	[3947] = { 3692, 3692 },
	[3948] = { 3693, 3693 },
	[3949] = { 3694, 3694 },
	[3950] = { 3695, 3695 },
	[3951] = { 3696, 3696 },
	[3952] = { 3697, 3697 },
	[3953] = { 3698, 3698 },
	[3954] = { 3699, 3699 },
	[3955] = { 3700, 3700 },
	[3956] = { 3701, 3701 },
	[3957] = { 3702, 3702 },
	[3958] = { 3703, 3703 },
	[3959] = { 3704, 3704 },
	[3960] = { 3705, 3705 },
	[3961] = { 3706, 3706 },
	[3962] = { 3707, 3707 },
	[3963] = { 3708, 3708 },
	[3964] = { 3709, 3709 },
	[3965] = { 3710, 3710 },
	[3966] = { 3711, 3711 },
	[3967] = { 3712, 3712 },
	[3968] = { 3713, 3713 },
	[3969] = { 3714, 3714 },
	[3970] = { 3715, 3715 },
	[3971] = { 3716, 3716 },
	[3972] = { 3717, 3717 },
	[3973] = { 3718, 3718 },
	[3974] = { 3719, 3719 },
	[3975] = { 3720, 3720 },
	[3976] = { 3721, 3721 },
	[3977] = { 3722, 3722 },
	[3978] = { 3723, 3723 },
	[3979] = { 3724, 3724 },
	[3981] = { 3725, 3725 },
	[3982] = { 3726, 3726 },
	[3983] = { 3727, 3727 },
	[3984] = { 3728, 3728 },
	[3985] = { 3729, 3729 },
	[3986] = { 3730, 3730 },
	[3987] = { 3732, 3732 },
	[3988] = { 3733, 3733 },
	[3989] = { 3734, 3734 },
	[3990] = { 3735, 3735 },
	[3991] = { 3736, 3736 },
	[3992] = { 3737, 3737 },
	[3993] = { 3738, 3738 },
	[3995] = { 3739, 3739 },
	[3996] = { 3740, 3740 },
	[3997] = { 3741, 3741 },
	[3998] = { 3742, 3742 },
	[3999] = { 3743, 3743 },
	[4000] = { 3744, 3744 },
	[4001] = { 3745, 3745 },
	[4002] = { 3746, 3746 },
	[4003] = { 3747, 3747 },
	[4004] = { 3748, 3748 },
	[4005] = { 3749, 3749 },
	[4006] = { 3750, 3750 },
	[4007] = { 3751, 3751 },
	[4008] = { 3752, 3752 },
	[4009] = { 3753, 3753 },
	[4010] = { 3754, 3754 },
	[4011] = { 3755, 3755 },
	[4012] = { 3756, 3756 },
	[4013] = { 3757, 3757 },
	[4014] = { 3758, 3758 },
	[4015] = { 3759, 3759 },
	[4016] = { 3760, 3760 },
	[4017] = { 3761, 3761 },
	[4018] = { 3762, 3762 },
	[4019] = { 3763, 3763 },
	[4020] = { 3764, 3764 },
	[4021] = { 3765, 3765 },
	[4022] = { 3766, 3766 },
	[4023] = { 3767, 3767 },
	[4024] = { 3768, 3768 },
	[4025] = { 3769, 3769 },
	[4026] = { 3770, 3770 },
	[4027] = { 3771, 3771 },
	[4028] = { 3772, 3772 },
	[4029] = { 3773, 3773 },
	[4030] = { 3774, 3774 },
	[4031] = { 3775, 3775 },
	[4032] = { 3776, 3776 },
	[4033] = { 3777, 3777 },
	[4034] = { 3778, 3778 },
	[4035] = { 3779, 3779 },
	[4036] = { 3780, 3780 },
	[4037] = { 3781, 3781 },
	[4038] = { 3782, 3782 },
	[4039] = { 3783, 3783 },
	[4040] = { 3784, 3784 },
	[4041] = { 3785, 3785 },
	[4042] = { 3786, 3786 },
	[4043] = { 3787, 3787 },
	[4044] = { 3788, 3788 },
	[4045] = { 70, 70 },
	[4046] = { 3789, 3789 },
	[4047] = { 3790, 3790 },
	[4049] = { 3791, 3791 },
	[4050] = { 3792, 3792 },
	[4051] = { 3793, 3793 },
	[4052] = { 3794, 3794 },
	[4053] = { 3795, 3795 },
	[4054] = { 3796, 3796 },
	[4055] = { 3797, 3797 },
	[4056] = { 3798, 3798 },
	[4057] = { 3799, 3799 },
	[4058] = { 3800, 3800 },
	[4059] = { 3801, 3801 },
	[4060] = { 3802, 3802 },
	[4061] = { 3804, 3804 },
	[4062] = { 3805, 3805 },
	[4063] = { 3806, 3806 },
	[4064] = { 3807, 3807 },
	[4065] = { 3808, 3808 },
	[4066] = { 3810, 3810 },
	[4067] = { 3811, 3811 },
	[4068] = { 3812, 3812 },
	[4069] = { 3813, 3813 },
	[4070] = { 3814, 3814 },
	[4071] = { 3815, 3815 },
	[4072] = { 3816, 3816 },
	[4073] = { 3817, 3817 },
	[4074] = { 3818, 3818 },
	[4075] = { 3819, 3819 },
	[4076] = { 3820, 3820 },
	[4077] = { 0, 3821 },
	[4078] = { 3822, 0 },
	[4079] = { 3823, 3823 },
	[4080] = { 3824, 3824 },
	[4081] = { 3825, 3825 },
	[4082] = { 3826, 3826 },
	[4083] = { 3827, 3827 },
	[4084] = { 0, 3828 },
	[4085] = { 3829, 0 },
	[4086] = { 0, 3830 },
	[4087] = { 3831, 0 },
	[4088] = { 3832, 0 },
	[4089] = { 3833, 3833 },
	[4090] = { 3834, 3834 },
	[4091] = { 3835, 3835 },
	[4092] = { 3836, 3836 },
	[4093] = { 3837, 3837 },
	[4094] = { 3838, 3838 },
	[4095] = { 3839, 3839 },
	[4096] = { 3840, 3840 },
	[4097] = { 3841, 3841 },
	[4098] = { 3842, 3842 },
	[4099] = { 3843, 3843 },
	[4100] = { 3844, 3844 },
	[4101] = { 3845, 3845 },
	[4102] = { 3846, 3846 },
	[4103] = { 3847, 3847 },
	[4104] = { 3848, 3848 },
	[4105] = { 3849, 3849 },
	[4106] = { 3850, 3850 },
	[4107] = { 3851, 3851 },
	[4108] = { 3852, 3852 },
	[4109] = { 3853, 3853 },
	[4110] = { 3854, 3854 },
	[4111] = { 3855, 3855 },
	[4112] = { 3856, 3856 },
	[4113] = { 3857, 3857 },
	[4114] = { 3858, 3858 },
	[4115] = { 3859, 3859 },
	[4116] = { 3860, 3860 },
	[4117] = { 3861, 3861 },
	[4118] = { 3862, 3862 },
	[4119] = { 3863, 3863 },
	[4120] = { 3864, 0 },
	[4121] = { 3865, 3865 },
	[4122] = { 3866, 3866 },
	[4123] = { 3867, 3867 },
	[4124] = { 3868, 3868 },
	[4125] = { 3869, 3869 },
	[4126] = { 3870, 3870 },
	[4127] = { 3871, 3871 },
	[4128] = { 3872, 3872 },
	[4129] = { 3873, 3873 },
	[4130] = { 3874, 3874 },
	[4131] = { 3875, 3875 },
	[4132] = { 3876, 3876 },
	[4133] = { 3878, 3878 },
	[4134] = { 3880, 3880 },
	[4135] = { 3881, 3881 },
	[4136] = { 3882, 3882 },
	[4137] = { 3883, 3883 },
	[4138] = { 3884, 3884 },
	[4139] = { 3885, 3885 },
	[4140] = { 3886, 3886 },
	[4141] = { 3888, 3888 },
	[4142] = { 3889, 3889 },
	[4143] = { 3890, 3890 },
	[4145] = { 3891, 3891 },
	[4146] = { 3892, 3892 },
	[4147] = { 3893, 3893 },
	[4148] = { 3894, 3894 },
	[4149] = { 3895, 3895 },
	[4150] = { 3896, 3896 },
	[4151] = { 3897, 3897 },
	[4152] = { 3899, 3899 },
	[4153] = { 3901, 3901 },
	[4154] = { 3902, 3902 },
	[4155] = { 3903, 3903 },
	[4156] = { 3904, 3904 },
	[4157] = { 3905, 3905 },
	[4158] = { 3906, 3906 },
	[4159] = { 3907, 3907 },
	[4160] = { 3908, 3908 },
	[4161] = { 3909, 3909 },
	[4162] = { 3910, 3910 },
	[4163] = { 3911, 3911 },
	[4164] = { 3912, 3912 },
	[4165] = { 3913, 3913 },
	[4166] = { 3914, 3914 },
	[4167] = { 3915, 3915 },
	[4168] = { 3916, 3916 },
	[4169] = { 3917, 3918 },
	[4170] = { 3919, 0 },
	[4171] = { 3920, 0 },
	[4172] = { 3921, 3921 },
	[4173] = { 0, 3922 },
	[4174] = { 3923, 3924 },
	[4175] = { 3925, 0 },
	[4176] = { 3926, 0 },
	[4177] = { 3927, 3927 },
	[4178] = { 3928, 3928 },
	[4179] = { 3929, 3929 },
	[4180] = { 3930, 3930 },
	[4181] = { 3931, 3931 },
	[4182] = { 3932, 3932 },
	[4183] = { 3933, 3933 },
	[4184] = { 3934, 3934 },
	[4185] = { 3936, 3936 },
	[4186] = { 3937, 0 },
	[4187] = { 3938, 0 },
	[4188] = { 3940, 3940 },
	[4189] = { 3941, 0 },
	[4190] = { 3942, 0 },
	[4191] = { 0, 3943 },
	[4192] = { 3944, 3945 },
	[4193] = { 3946, 0 },
	[4194] = { 3947, 0 },
	[4195] = { 3948, 3948 },
	[4197] = { 3949, 3949 },
	[4199] = { 3950, 3950 },
	[4300] = { 3951, 3951 },
	[4301] = { 3952, 3952 },
	[4302] = { 3953, 3953 },
	[4303] = { 3954, 3954 },
	[4304] = { 3955, 3955 },
	[4305] = { 3956, 3956 },
	[4306] = { 3957, 3957 },
	[4307] = { 3958, 3958 },
	[4308] = { 3959, 3959 },
	[4309] = { 3960, 3960 },
	[4310] = { 3961, 3961 },
	[4311] = { 3962, 0 },
	[4312] = { 3963, 0 },
	[4313] = { 3964, 0 },
	[4314] = { 3965, 0 },
	[4316] = { 3966, 0 },
	[4317] = { 3967, 0 },
	[4319] = { 3968, 3968 },
	[4320] = { 3969, 3969 },
	[4321] = { 3970, 3970 },
	[4322] = { 3971, 3971 },
	[4323] = { 3972, 3972 },
	[4325] = { 3973, 3974 },
	[4326] = { 3975, 3975 },
	[4327] = { 3976, 3976 },
	[4328] = { 3977, 3977 },
	[4329] = { 3978, 0 },
	[4330] = { 3979, 0 },
	[4331] = { 3980, 0 },
	[4332] = { 3981, 0 },
	[4333] = { 3982, 3982 },
	[4334] = { 3983, 0 },
	[4335] = { 3984, 0 },
	[4336] = { 3985, 0 },
	[4340] = { 3986, 3986 },
	[4341] = { 0, 3987 },
	[4342] = { 0, 3988 },
	[4343] = { 3989, 3989 },
	[4344] = { 3990, 3990 },
	[4345] = { 3991, 3991 },
	[4346] = { 3992, 3992 },
	[4347] = { 3993, 3993 },
	[4348] = { 3994, 3994 },
	[4349] = { 3995, 3995 },
	[4350] = { 3996, 3996 },
	[4351] = { 3997, 3997 },
	[4352] = { 3998, 3998 },
	[4353] = { 3999, 3999 },
	[4354] = { 4000, 4000 },
	[4355] = { 4001, 4001 },
	[4356] = { 4002, 4002 },
	[4357] = { 4003, 4003 },
	[4358] = { 4004, 4004 },
	[4359] = { 4005, 4005 },
	[4360] = { 4006, 0 },
	[4361] = { 0, 4008 },
	[4362] = { 0, 4009 },
	[4366] = { 0, 4010 },
	[4368] = { 4011, 4011 },
	[4369] = { 4012, 4012 },
	[4370] = { 4013, 4013 },
	[4371] = { 4015, 4016 },
	[4372] = { 4017, 4017 },
	[4373] = { 4018, 4018 },
	[4374] = { 4019, 0 },
	[4375] = { 4020, 4020 },
	[4376] = { 4021, 4021 },
	[4377] = { 4022, 4022 },
	[4378] = { 4023, 4023 },
	[4379] = { 4024, 4024 },
	[4389] = { 4025, 4025 },
	[4390] = { 4026, 4026 },
	[4391] = { 4027, 0 },
	[4392] = { 4028, 0 },
	[4393] = { 4029, 0 },
	[4394] = { 0, 4030 },
	[4395] = { 4031, 4031 },
	[4396] = { 4032, 0 },
	[4400] = { 4033, 4033 },
	[4401] = { 4034, 4034 },
	[4402] = { 4035, 4035 },
	[4403] = { 4036, 4036 },
	[4404] = { 4037, 4037 },
	[4405] = { 4038, 4038 },
	[4406] = { 4039, 4039 },
	[4407] = { 4040, 0 },
	[4408] = { 4041, 0 },
	[4409] = { 4042, 0 },
	[4410] = { 4043, 0 },
	[4411] = { 4044, 0 },
	[4412] = { 0, 4045 },
	[4413] = { 4046, 4047 },
	[4414] = { 4048, 0 },
	[4415] = { 4049, 0 },
	[4416] = { 4050, 4051 },
	[4417] = { 4052, 0 },
	[4418] = { 0, 4053 },
	[4419] = { 4054, 0 },
	[4420] = { 4055, 4055 },
	[4421] = { 4056, 0 },
	[4422] = { 4057, 0 },
	[4423] = { 4058, 0 },
	[4425] = { 4059, 4059 },
	[4426] = { 4060, 4060 },
	[4427] = { 4061, 0 },
	[4428] = { 4062, 0 },
	[4429] = { 4063, 0 },
	[4430] = { 4064, 4064 },
	[4431] = { 4065, 0 },
	[4432] = { 4066, 4066 },
	[4433] = { 4067, 0 },
	[4441] = { 0, 4068 },
	[4442] = { 4069, 4069 },
	[4443] = { 4070, 4070 },
	[4444] = { 4071, 4071 },
	[4445] = { 4073, 4073 },
	[4446] = { 4074, 4074 },
	[4447] = { 4075, 4075 },
	[4448] = { 4076, 4076 },
	[4449] = { 4077, 4077 },
	[4450] = { 4078, 4078 },
	[4451] = { 4079, 4079 },
	[4452] = { 4080, 4080 },
	[4453] = { 4081, 4081 },
	[4454] = { 4082, 4082 },
	[4455] = { 4083, 4083 },
	[4456] = { 4084, 4084 },
	[4457] = { 4085, 4085 },
	[4458] = { 4086, 4086 },
	[4460] = { 4087, 0 },
	[4484] = { 4088, 4088 },
	[4485] = { 4089, 0 },
	[4486] = { 4090, 4090 },
	[4487] = { 4091, 0 },
	[4488] = { 4092, 4092 },
	[4500] = { 4093, 4093 },
	[4534] = { 0, 4095 },
	[4535] = { 4096, 4096 },
	[4536] = { 4097, 4097 },
	[4537] = { 4098, 4098 },
	[4538] = { 4099, 4099 },
	[4545] = { 4100, 4100 },
	[4546] = { 4101, 4101 },
	[4547] = { 4102, 4102 },
	[4548] = { 4103, 4103 },
	[4549] = { 4104, 4104 },
	[4550] = { 4105, 4105 },
	[4551] = { 4106, 4106 },
	[4552] = { 4107, 4107 },
	[4553] = { 4108, 0 },
	[4554] = { 4109, 4109 },
	[4555] = { 4110, 4110 },
	[4556] = { 4111, 4111 },
	[4557] = { 0, 4112 },
	[4558] = { 0, 4113 },
	[4559] = { 4114, 4114 },
	[4563] = { 4115, 0 },
	[4566] = { 4116, 4116 },
	[4567] = { 4117, 4117 },
	[4568] = { 4118, 4118 },
	[4569] = { 4119, 4119 },
	[4570] = { 4120, 0 },
	[4573] = { 4121, 0 },
	[4590] = { 4122, 0 },
	[4591] = { 4123, 4123 },
	[4592] = { 0, 4124 },
	[4593] = { 4125, 4125 },
	[4594] = { 4126, 4126 },
	[4595] = { 4127, 4127 },
	[4596] = { 4128, 4128 },
	[4597] = { 4129, 4129 },
	[4598] = { 4130, 4130 },
	[4599] = { 4131, 4131 },
	[4600] = { 4132, 4132 },
	[4601] = { 4133, 4133 },
	[4602] = { 4134, 0 },
	[4603] = { 4135, 0 },
	[4604] = { 4136, 0 },
	[4605] = { 4137, 0 },
	[4606] = { 4138, 0 },
	[4621] = { 0, 4139 },
	[4646] = { 4140, 4140 },
	[4658] = { 4141, 4141 },
	[4659] = { 4142, 4142 },
	[4660] = { 4143, 4143 },
	[4661] = { 4144, 4144 },
	[4662] = { 4145, 4145 },
	[4663] = { 4146, 4146 },
	[4664] = { 4147, 4147 },
	[4665] = { 4148, 4148 },
	[4666] = { 4149, 4149 },
	[4667] = { 4150, 4150 },
	[4668] = { 4151, 4151 },
	[4669] = { 4152, 4152 },
	[4670] = { 4153, 4153 },
	[4671] = { 4154, 4154 },
	[4672] = { 4155, 4155 },
	[4673] = { 4156, 4156 },
	[4674] = { 4157, 4157 },
	[4675] = { 4158, 4158 },
	[4676] = { 4159, 4159 },
	[4677] = { 4160, 4160 },
	[4678] = { 4161, 4161 },
	[4679] = { 4162, 4162 },
	[4680] = { 4163, 4163 },
	[4681] = { 4164, 4164 },
	[4682] = { 4165, 4165 },
	[4683] = { 4166, 4166 },
	[4684] = { 4167, 4167 },
	[4685] = { 4168, 4168 },
	[4686] = { 4169, 4169 },
	[4687] = { 4170, 4170 },
	[4688] = { 4171, 4171 },
	[4689] = { 4172, 4172 },
	[4690] = { 4173, 4173 },
	[4691] = { 4174, 4174 },
	[4692] = { 4175, 4175 },
	[4700] = { 4176, 4176 },
	[4701] = { 4177, 4177 },
	[4702] = { 4178, 4178 },
	[4703] = { 4179, 0 },
	[4704] = { 4180, 0 },
	[4711] = { 4181, 4181 },
	[4725] = { 4182, 4182 },
	[4726] = { 0, 4183 },
	[4727] = { 4184, 4185 },
	[4728] = { 4186, 4186 },
	[4729] = { 0, 4187 },
	[4730] = { 4188, 4188 },
	[4731] = { 4189, 0 },
	[4732] = { 0, 4190 },
	[4733] = { 4191, 0 },
	[4737] = { 4192, 4192 },
	[4738] = { 4193, 4193 },
	[4739] = { 4194, 4194 },
	[4740] = { 4195, 4195 },
	[4741] = { 4196, 4196 },
	[4742] = { 4197, 4198 },
	[4743] = { 4199, 4199 },
	[4744] = { 4200, 4200 },
	[4745] = { 4201, 4201 },
	[4746] = { 0, 4202 },
	[4747] = { 0, 4203 },
	[4749] = { 4204, 4204 },
	[4750] = { 4205, 4205 },
	[4751] = { 4206, 4206 },
	[4752] = { 4207, 4207 },
	[4753] = { 4208, 4209 },
	[4754] = { 0, 4210 },
	[4755] = { 0, 4211 },
	[4756] = { 4212, 0 },
	[4774] = { 4213, 0 },
	[4784] = { 4214, 4214 },
	[4785] = { 0, 4215 },
	[4786] = { 4216, 0 },
	[4787] = { 4217, 0 },
	[4788] = { 4218, 0 },
	[4789] = { 0, 4219 },
	[4790] = { 0, 4220 },
	[4791] = { 0, 4221 },
	[4792] = { 4222, 4222 },
	[4800] = { 4223, 4223 },
	[4801] = { 4224, 4224 },
	[4802] = { 4225, 4225 },
	[4803] = { 4226, 4227 },
	[4804] = { 0, 4228 },
	[4827] = { 4229, 4229 },
	[4837] = { 4230, 4230 },
	[4838] = { 4231, 4231 },
	[4839] = { 4232, 4232 },
	[4840] = { 4233, 4234 },
	[4841] = { 4235, 4235 },
	[4842] = { 4236, 4236 },
	[4843] = { 4237, 4237 },
	[4844] = { 4238, 4238 },
	[4845] = { 4239, 4239 },
	[4846] = { 4240, 4240 },
	[4847] = { 4242, 4242 },
	[4848] = { 4243, 4243 },
	[4849] = { 4244, 4244 },
	[4850] = { 4245, 4245 },
	[4851] = { 4246, 4246 },
	[4867] = { 4247, 4247 },
	[4868] = { 4248, 4248 },
	[4869] = { 4249, 4249 },
	[4870] = { 4250, 4250 },
	[4871] = { 4251, 4251 },
	[4876] = { 4252, 4252 },
	[4877] = { 4253, 4253 },
	[4878] = { 0, 4254 },
	[4879] = { 4255, 0 },
	[4880] = { 4256, 0 },
	[4881] = { 0, 4257 },
	[4882] = { 0, 4258 },
	[4883] = { 4259, 0 },
	[4884] = { 4260, 4260 },
	[4885] = { 4261, 4261 },
	[4888] = { 4262, 0 },
	[4889] = { 4263, 0 },
	[4894] = { 4264, 4264 },
	[4899] = { 4265, 4265 },
	[4900] = { 4266, 4266 },
	[4901] = { 4267, 0 },
	[4902] = { 4269, 0 },
	[4912] = { 4270, 0 },
	[4913] = { 4271, 0 },
	[4914] = { 4272, 4272 },
	[4915] = { 4273, 0 },
	[4936] = { 0, 4274 },
	[4937] = { 0, 4275 },
	[4940] = { 4276, 4276 },
	[4941] = { 4277, 4277 },
	[4942] = { 4278, 4278 },
	[4949] = { 4279, 4279 },
	[4950] = { 4280, 4280 },
	[4951] = { 4281, 4281 },
	[4952] = { 4282, 4282 },
	[4953] = { 4283, 0 },
	[4969] = { 4284, 4284 },
	[4970] = { 4285, 4285 },
	[4971] = { 4286, 0 },
	[4980] = { 0, 4287 },
	[4984] = { 4288, 0 },
	[4985] = { 4289, 0 },
	[4986] = { 4290, 4290 },
	[4987] = { 4291, 4291 },
	[4988] = { 4292, 4292 },
	[4989] = { 4293, 4293 },
	[4990] = { 4294, 4294 },
	[4991] = { 4295, 4295 },
	[4999] = { 4296, 4296 },
	[5000] = { 4297, 4297 },
	[5001] = { 4298, 4298 },
	[5002] = { 4299, 4299 },
	[5003] = { 4300, 4300 },
	[5004] = { 4301, 4301 },
	[5005] = { 4302, 4302 },
	[5006] = { 4303, 4303 },
	[5007] = { 4304, 4304 },
	[5008] = { 4305, 4305 },
	[5009] = { 4306, 4306 },
	[5010] = { 4307, 4307 },
	[5011] = { 4308, 4308 },
	[5012] = { 4309, 4309 },
	[5013] = { 4310, 4310 },
	[5014] = { 0, 4311 },
	[5015] = { 4312, 0 },
	[5020] = { 4313, 4313 },
	[5021] = { 4314, 4314 },
	[5022] = { 4315, 4315 },
	[5023] = { 4316, 4316 },
	[5024] = { 4317, 4317 },
	[5025] = { 4318, 4318 },
	[5026] = { 4319, 4319 },
	[5027] = { 4320, 4320 },
	[5028] = { 4321, 0 },
	[5029] = { 4322, 4322 },
	[5031] = { 0, 4323 },
	[5032] = { 4324, 0 },
	[5033] = { 4325, 0 },
	[5034] = { 4326, 0 },
	[5042] = { 4327, 4327 },
	[5043] = { 4328, 4328 },
	[5044] = { 4329, 4329 },
	[5045] = { 4330, 0 },
	[5046] = { 0, 4331 },
	[5047] = { 0, 4332 },
	[5048] = { 4333, 0 },
	[5049] = { 4334, 4334 },
	[5050] = { 4335, 4335 },
	[5051] = { 4336, 4336 },
	[5052] = { 4337, 4337 },
	[5053] = { 4338, 4339 },
	[5054] = { 4340, 0 },
	[5055] = { 4341, 4341 },
	[5056] = { 4342, 4342 },
	[5057] = { 4343, 4343 },
	[5058] = { 0, 4344 },
	[5059] = { 4345, 4345 },
	[5060] = { 4346, 4346 },
	[5061] = { 4347, 4347 },
	[5062] = { 4348, 4348 },
	[5063] = { 4349, 0 },
	[5064] = { 4350, 4350 },
	[5065] = { 4351, 4351 },
	[5066] = { 4352, 4352 },
	[5067] = { 4353, 4353 },
	[5068] = { 4354, 0 },
	[5069] = { 4355, 4355 },
	[5070] = { 4356, 4356 },
	[5071] = { 4357, 4357 },
	[5072] = { 4358, 4358 },
	[5073] = { 4359, 4359 },
	[5074] = { 4360, 4360 },
	[5075] = { 4361, 0 },
	[5078] = { 0, 4362 },
	[5079] = { 0, 4363 },
	[5080] = { 4364, 4364 },
	[5081] = { 4365, 4365 },
	[5082] = { 4366, 4366 },
	[5083] = { 4367, 4367 },
	[5084] = { 4368, 4368 },
	[5085] = { 4369, 4369 },
	[5086] = { 4370, 0 },
	[5087] = { 4371, 0 },
	[5092] = { 0, 4372 },
	[5093] = { 4373, 4373 },
	[5094] = { 4374, 4374 },
	[5099] = { 4375, 4375 },
	[5100] = { 4376, 4376 },
	[5101] = { 4377, 4378 },
	[5102] = { 4379, 4379 },
	[5103] = { 4380, 0 },
	[5104] = { 0, 4381 },
	[5105] = { 0, 4382 },
	[5106] = { 4383, 0 },
	[5107] = { 4384, 0 },
	[5111] = { 4385, 4385 },
	[5112] = { 4386, 4386 },
	[5114] = { 4387, 0 },
	[5115] = { 4388, 0 },
	[5116] = { 0, 4389 },
	[5117] = { 4390, 0 },
	[5120] = { 4391, 4391 },
	[5133] = { 4392, 4392 },
	[5134] = { 4393, 0 },
	[5135] = { 4394, 0 },
	[5136] = { 0, 4395 },
	[5137] = { 4396, 4396 },
	[5145] = { 4397, 4397 },
	[5146] = { 4399, 0 },
	[5150] = { 4400, 4400 },
	[5151] = { 4401, 4401 },
	[5152] = { 4403, 4403 },
	[5154] = { 4404, 4404 },
	[5155] = { 4405, 4405 },
	[5156] = { 4406, 0 },
	[5157] = { 4407, 0 },
	[5161] = { 4408, 0 },
	[5162] = { 4409, 0 },
	[5163] = { 4410, 0 },
	[5164] = { 4411, 4412 },
	[5165] = { 4413, 4413 },
	[5166] = { 4415, 4415 },
	[5167] = { 4416, 4416 },
	[5168] = { 4417, 4417 },
	[5172] = { 4418, 0 },
	[5190] = { 4419, 4419 },
	[5191] = { 4420, 4420 },
	[5192] = { 4421, 4421 },
	[5193] = { 4422, 4422 },
	[5194] = { 4423, 0 },
	[5195] = { 4424, 0 },
	[5196] = { 4425, 0 },
	[5197] = { 4426, 0 },
	[5200] = { 4427, 4427 },
	[5201] = { 4428, 4428 },
	[5202] = { 4429, 4429 },
	[5203] = { 4430, 4430 },
	[5209] = { 4431, 0 },
	[5215] = { 4432, 0 },
	[5221] = { 4433, 0 },
	[5222] = { 4434, 0 },
	[5223] = { 4435, 4435 },
	[5224] = { 4436, 4436 },
	[5225] = { 4437, 4437 },
	[5226] = { 4438, 4438 },
	[5227] = { 4439, 4439 },
	[5228] = { 4440, 0 },
	[5229] = { 4441, 0 },
	[5230] = { 4442, 0 },
	[5231] = { 4443, 0 },
	[5232] = { 4444, 0 },
	[5233] = { 4445, 0 },
	[5234] = { 4446, 4446 },
	[5235] = { 4447, 4447 },
	[5236] = { 4448, 4448 },
	[5237] = { 4449, 4449 },
	[5242] = { 4450, 0 },
	[5243] = { 4451, 0 },
	[5245] = { 4452, 4453 },
	[5246] = { 0, 4454 },
	[5247] = { 0, 4455 },
	[5248] = { 4456, 4456 },
	[5249] = { 4457, 4457 },
	[5250] = { 4458, 4458 },
	[5251] = { 4459, 4459 },
	[5252] = { 4460, 4460 },
	[5253] = { 4461, 0 },
	[5254] = { 4462, 0 },
	[5264] = { 4463, 4463 },
	[5265] = { 4464, 4464 },
	[5269] = { 4465, 0 },
	[5270] = { 4466, 4466 },
	[5271] = { 4467, 4468 },
	[5272] = { 4469, 4469 },
	[5280] = { 4470, 0 },
	[5281] = { 4471, 0 },
	[5282] = { 4472, 4472 },
	[5298] = { 4473, 4473 },
	[5299] = { 4474, 4474 },
	[5300] = { 4475, 4475 },
	[5301] = { 4476, 4476 },
	[5302] = { 4477, 4477 },
	[5303] = { 4478, 4478 },
	[5304] = { 4479, 4479 },
	[5305] = { 4480, 4480 },
	[5306] = { 4481, 4481 },
	[5307] = { 4482, 4482 },
	[5308] = { 4483, 4483 },
	[5309] = { 4484, 4484 },
	[5310] = { 4485, 4485 },
	[5312] = { 4486, 4486 },
	[5313] = { 4487, 4487 },
	[5314] = { 4488, 4488 },
	[5315] = { 4489, 4489 },
	[5316] = { 4490, 0 },
	[5317] = { 4491, 0 },
	[5318] = { 4492, 0 },
	[5320] = { 4493, 0 },
	[5321] = { 4494, 0 },
	[5343] = { 4495, 4495 },
	[5344] = { 4496, 4496 },
	[5349] = { 4497, 4497 },
	[5350] = { 0, 4500 },
	[5351] = { 0, 4501 },
	[5352] = { 4502, 4502 },
	[5353] = { 4503, 4503 },
	[5354] = { 4504, 4504 },
	[5355] = { 4505, 4505 },
	[5356] = { 4506, 4506 },
	[5357] = { 4507, 4507 },
	[5358] = { 4508, 4508 },
	[5359] = { 4509, 4509 },
	[5360] = { 4510, 4510 },
	[5361] = { 4511, 4511 },
	[5362] = { 4512, 4512 },
	[5363] = { 4513, 4513 },
	[5364] = { 0, 4514 },
	[5397] = { 4515, 4515 },
	[5398] = { 4516, 4516 },
	[5399] = { 4517, 4517 },
	[5400] = { 4518, 4518 },
	[5401] = { 4519, 4519 },
	[5402] = { 260, 260 },
	[5403] = { 4520, 4520 },
	[5404] = { 4521, 4521 },
	[5405] = { 4522, 4522 },
	[5406] = { 4523, 4523 },
	[5407] = { 4524, 4524 },
	[5408] = { 4525, 4525 },
	[5409] = { 4526, 4526 },
	[5410] = { 4527, 4527 },
	[5411] = { 4528, 4528 },
	[5412] = { 4529, 4529 },
	[5413] = { 4530, 4530 },
	[5414] = { 4531, 4531 },
	[5415] = { 4532, 4532 },
	[5416] = { 4533, 4533 },
	[5417] = { 4534, 4534 },
	[5418] = { 4535, 4535 },
	[5419] = { 4536, 4536 },
	[5420] = { 4537, 4537 },
	[5421] = { 4538, 4538 },
	[5422] = { 4539, 4539 },
	[5423] = { 4540, 4540 },
	[5424] = { 4541, 4541 },
	[5425] = { 4542, 4542 },
	[5426] = { 4543, 4543 },
	[5427] = { 4544, 4544 },
	[5428] = { 4545, 4545 },
	[5429] = { 4546, 4546 },
	[5430] = { 4547, 4547 },
	[5431] = { 4548, 4548 },
	[5432] = { 4549, 4549 },
	[5433] = { 4551, 4551 },
	[5434] = { 4552, 4552 },
	[5435] = { 4553, 4553 },
	[5436] = { 0, 4554 },
	[5437] = { 0, 4555 },
	[5443] = { 4556, 4556 },
	[5445] = { 4557, 0 },
	[5450] = { 4558, 4559 },
	[5453] = { 4560, 4560 },
	[5454] = { 4561, 4561 },
	[5455] = { 4562, 4562 },
	[5456] = { 4563, 4563 },
	[5461] = { 4564, 4564 },
	[5462] = { 4565, 4565 },
	[5463] = { 4566, 4566 },
	[5464] = { 4567, 4567 },
	[5465] = { 4568, 4568 },
	[5470] = { 4569, 0 },
	[5471] = { 4570, 0 },
	[5472] = { 4571, 0 },
	[5473] = { 4572, 0 },
	[5474] = { 0, 4573 },
	[5475] = { 4574, 0 },
	[5500] = { 4575, 4575 },
	[5501] = { 4576, 4576 },
	[5502] = { 4577, 4577 },
	[5503] = { 4578, 4578 },
	[5504] = { 4579, 4579 },
	[5505] = { 4580, 4580 },
	[5506] = { 4581, 4581 },
	[5507] = { 4582, 0 },
	[5540] = { 4583, 4583 },
	[5543] = { 4584, 0 },
	[5550] = { 4585, 0 },
	[5553] = { 4586, 4586 },
	[5554] = { 4587, 4587 },
	[5555] = { 4588, 4588 },
	[5556] = { 4589, 4589 },
	[5557] = { 4590, 0 },
	[5565] = { 4591, 0 },
	[5566] = { 4592, 0 },
	[5567] = { 4593, 4593 },
	[5568] = { 4594, 4594 },
	[5569] = { 4595, 4596 },
	[5573] = { 4597, 4597 },
	[5574] = { 4598, 0 },
	[5575] = { 4599, 0 },
	[5579] = { 4600, 0 },
	[5580] = { 4601, 4601 },
	[5581] = { 4602, 4602 },
	[5582] = { 4603, 4603 },
	[5583] = { 4604, 4604 },
	[5584] = { 4605, 4605 },
	[5585] = { 4606, 4606 },
	[5586] = { 4607, 0 },
	[5597] = { 4608, 4608 },
	[5598] = { 4609, 4609 },
	[5599] = { 4610, 4610 },
	[5600] = { 4611, 4611 },
	[5601] = { 4612, 4612 },
	[5602] = { 4613, 4613 },
	[5603] = { 4614, 4614 },
	[5604] = { 4615, 4615 },
	[5605] = { 4616, 4616 },
	[5618] = { 4617, 0 },
	[5627] = { 4618, 4618 },
	[5628] = { 4619, 4619 },
	[5629] = { 4620, 4620 },
	[5630] = { 4621, 4621 },
	[5631] = { 4622, 4622 },
	[5632] = { 4623, 4623 },
	[5633] = { 4624, 4624 },
	[5634] = { 4625, 4625 },
	[5635] = { 4626, 0 },
	[5636] = { 4627, 0 },
	[5637] = { 4628, 0 },
	[5638] = { 4629, 0 },
	[5639] = { 4630, 0 },
	[5646] = { 4631, 0 },
	[5666] = { 4632, 0 },
	[5670] = { 4633, 4634 },
	[5671] = { 4635, 4635 },
	[5672] = { 4636, 4636 },
	[5673] = { 4637, 4637 },
	[5674] = { 4638, 4638 },
	[5675] = { 4639, 4639 },
	[5676] = { 4640, 4640 },
	[5677] = { 4641, 4641 },
	[5678] = { 4642, 4642 },
	[5679] = { 4643, 4643 },
	[5680] = { 4644, 4644 },
	[5681] = { 4645, 4645 },
	[5682] = { 0, 4646 },
	[5683] = { 4647, 4647 },
	[5684] = { 4648, 4648 },
	[5687] = { 0, 4649 },
	[5688] = { 4650, 4650 },
	[5689] = { 4651, 4651 },
	[5693] = { 4652, 0 },
	[5696] = { 4653, 0 },
	[5700] = { 4654, 0 },
	[5705] = { 4655, 0 },
	[5713] = { 4656, 4656 },
	[5714] = { 4657, 4657 },
	[5715] = { 4658, 4658 },
	[5716] = { 4659, 4659 },
	[5717] = { 4660, 4660 },
	[5718] = { 4661, 4661 },
	[5719] = { 4662, 4662 },
	[5720] = { 4663, 4663 },
	[5721] = { 4664, 4664 },
	[5722] = { 4665, 4665 },
	[5723] = { 4666, 4666 },
	[5724] = { 4667, 4667 },
	[5725] = { 4668, 0 },
	[5726] = { 4669, 0 },
	[5727] = { 4670, 0 },
	[5728] = { 4671, 4672 },
	[5729] = { 4673, 4673 },
	[5730] = { 4674, 4674 },
	[5741] = { 4675, 4675 },
	[5742] = { 4676, 4676 },
	[5743] = { 4677, 4677 },
	[5744] = { 4678, 4678 },
	[5745] = { 4679, 4679 },
	[5746] = { 4680, 4680 },
	[5747] = { 4681, 4681 },
	[5748] = { 4682, 4682 },
	[5750] = { 4683, 4683 },
	[5755] = { 4684, 4684 },
	[5757] = { 4685, 4685 },
	[5766] = { 4686, 4686 },
	[5767] = { 4687, 4687 },
	[5768] = { 4688, 4688 },
	[5769] = { 4689, 4689 },
	[5770] = { 4690, 4690 },
	[5771] = { 4691, 4691 },
	[5777] = { 4692, 4692 },
	[5780] = { 4693, 0 },
	[5781] = { 4694, 4694 },
	[5782] = { 4695, 4695 },
	[5783] = { 4696, 4696 },
	[5784] = { 0, 4697 },
	[5785] = { 4698, 4698 },
	[5786] = { 0, 4699 },
	[5787] = { 0, 4700 },
	[5793] = { 4701, 4701 },
	[5794] = { 0, 4702 },
	[5798] = { 4703, 0 },
	[5813] = { 4704, 4704 },
	[5814] = { 4705, 4705 },
	[5820] = { 4706, 0 },
	[5841] = { 4707, 0 },
	[5842] = { 4708, 0 },
	[5859] = { 4709, 4709 },
	[5863] = { 4710, 4710 },
	[5868] = { 4711, 0 },
	[5883] = { 4712, 0 },
	[5900] = { 4713, 4713 },
	[5903] = { 4714, 4714 },
	[5904] = { 4715, 4715 },
	[5905] = { 4716, 4716 },
	[5906] = { 4717, 4717 },
	[5907] = { 4718, 4718 },
	[5908] = { 4719, 4719 },
	[5909] = { 4720, 4720 },
	[5910] = { 4721, 4721 },
	[5911] = { 4722, 4722 },
	[5912] = { 4723, 4723 },
	[5913] = { 4724, 4724 },
	[5963] = { 4725, 4725 },
	[5968] = { 4726, 4726 },
	[5969] = { 4727, 4727 },
	[5984] = { 4728, 4728 },
	[5985] = { 4729, 4729 },
	[5986] = { 4730, 4730 },
	[5987] = { 4731, 4731 },
	[5988] = { 4732, 4732 },
	[5989] = { 4733, 4733 },
	[5990] = { 4734, 4734 },
	[5991] = { 4735, 4735 },
	[5992] = { 4736, 4736 },
	[5993] = { 4737, 0 },
	[5994] = { 4738, 0 },
	[5999] = { 4739, 4739 },
	[6000] = { 4740, 4740 },
	[6001] = { 4740, 4740 },
	[6002] = { 4740, 4740 },
	[6003] = { 4740, 4740 },
	[6004] = { 4740, 4740 },
	[6005] = { 4740, 4740 },
	[6006] = { 4740, 4740 },
	[6007] = { 4740, 4740 },
	[6008] = { 4740, 4740 },
	[6009] = { 4740, 4740 },
	[6010] = { 4740, 4740 },
	[6011] = { 4740, 4740 },
	[6012] = { 4740, 4740 },
	[6013] = { 4740, 4740 },
	[6014] = { 4740, 4740 },
	[6015] = { 4740, 4740 },
	[6016] = { 4740, 4740 },
	[6017] = { 4740, 4740 },
	[6018] = { 4740, 4740 },
	[6019] = { 4740, 4740 },
	[6020] = { 4740, 4740 },
	[6021] = { 4740, 4740 },
	[6022] = { 4740, 4740 },
	[6023] = { 4740, 4740 },
	[6024] = { 4740, 4740 },
	[6025] = { 4740, 4740 },
	[6026] = { 4740, 4740 },
	[6027] = { 4740, 4740 },
	[6028] = { 4740, 4740 },
	[6029] = { 4740, 4740 },
	[6030] = { 4740, 4740 },
	[6031] = { 4740, 4740 },
	[6032] = { 4740, 4740 },
	[6033] = { 4740, 4740 },
	[6034] = { 4740, 4740 },
	[6035] = { 4740, 4740 },
	[6036] = { 4740, 4740 },
	[6037] = { 4740, 4740 },
	[6038] = { 4740, 4740 },
	[6039] = { 4740, 4740 },
	[6040] = { 4740, 4740 },
	[6041] = { 4740, 4740 },
	[6042] = { 4740, 4740 },
	[6043] = { 4740, 4740 },
	[6044] = { 4740, 4740 },
	[6045] = { 4740, 4740 },
	[6046] = { 4740, 4740 },
	[6047] = { 4740, 4740 },
	[6048] = { 4740, 4740 },
	[6049] = { 4740, 4740 },
	[6050] = { 4740, 4740 },
	[6051] = { 4740, 4740 },
	[6052] = { 4740, 4740 },
	[6053] = { 4740, 4740 },
	[6054] = { 4740, 4740 },
	[6055] = { 4740, 4740 },
	[6056] = { 4740, 4740 },
	[6057] = { 4740, 4740 },
	[6058] = { 4740, 4740 },
	[6059] = { 4740, 4740 },
	[6060] = { 4740, 4740 },
	[6061] = { 4740, 4740 },
	[6062] = { 4740, 4740 },
	[6063] = { 4740, 4740 },
	[6064] = { 4741, 4741 },
	[6065] = { 4742, 4742 },
	[6066] = { 4743, 4743 },
	[6068] = { 4744, 0 },
	[6069] = { 4745, 4745 },
	[6070] = { 4746, 4746 },
	[6071] = { 4747, 4747 },
	[6072] = { 4748, 4748 },
	[6073] = { 4749, 4749 },
	[6074] = { 4750, 4750 },
	[6075] = { 4751, 0 },
	[6076] = { 4752, 0 },
	[6077] = { 4753, 0 },
	[6080] = { 0, 4754 },
	[6081] = { 0, 4755 },
	[6082] = { 0, 4756 },
	[6083] = { 0, 4757 },
	[6084] = { 4758, 0 },
	[6085] = { 4759, 4759 },
	[6086] = { 4760, 4760 },
	[6087] = { 4761, 4761 },
	[6088] = { 4762, 4763 },
	[6099] = { 4764, 0 },
	[6100] = { 4765, 4765 },
	[6101] = { 4766, 4766 },
	[6102] = { 4767, 4767 },
	[6103] = { 4768, 4768 },
	[6104] = { 4769, 4769 },
	[6105] = { 4770, 4770 },
	[6106] = { 4771, 4771 },
	[6107] = { 4772, 4772 },
	[6108] = { 4773, 4773 },
	[6109] = { 4774, 4774 },
	[6110] = { 4775, 4775 },
	[6111] = { 4776, 4776 },
	[6112] = { 4777, 4777 },
	[6113] = { 4778, 0 },
	[6114] = { 4779, 0 },
	[6115] = { 4780, 0 },
	[6116] = { 4781, 0 },
	[6117] = { 4782, 0 },
	[6118] = { 0, 4783 },
	[6121] = { 4784, 0 },
	[6122] = { 4785, 4785 },
	[6123] = { 4786, 4786 },
	[6124] = { 4787, 4787 },
	[6130] = { 4788, 0 },
	[6133] = { 4789, 4789 },
	[6140] = { 4790, 4790 },
	[6141] = { 4791, 4791 },
	[6142] = { 4792, 4792 },
	[6143] = { 4793, 4793 },
	[6144] = { 4794, 4794 },
	[6145] = { 4795, 4795 },
	[6146] = { 4796, 4796 },
	[6147] = { 4797, 4797 },
	[6148] = { 1242, 1242 },
	[6149] = { 4798, 4798 },
	[6159] = { 4799, 0 },
	[6160] = { 4800, 4801 },
	[6161] = { 4802, 4802 },
	[6162] = { 4803, 4803 },
	[6163] = { 4804, 4804 },
	[6200] = { 4805, 4805 },
	[6201] = { 0, 4806 },
	[6209] = { 4807, 4807 },
	[6222] = { 4808, 4808 },
	[6241] = { 4809, 4810 },
	[6242] = { 4811, 4812 },
	[6243] = { 4813, 4814 },
	[6244] = { 4815, 4816 },
	[6251] = { 4817, 4817 },
	[6252] = { 4818, 4818 },
	[6253] = { 4819, 4819 },
	[6267] = { 4820, 0 },
	[6268] = { 4821, 4821 },
	[6269] = { 4822, 4822 },
	[6300] = { 4823, 4823 },
	[6301] = { 4824, 4824 },
	[6306] = { 4826, 4826 },
	[6315] = { 4827, 4828 },
	[6316] = { 4829, 4829 },
	[6317] = { 4830, 4831 },
	[6320] = { 4832, 4832 },
	[6321] = { 4833, 4833 },
	[6322] = { 4834, 4834 },
	[6324] = { 4835, 4836 },
	[6325] = { 4837, 0 },
	[6326] = { 4838, 0 },
	[6343] = { 4839, 4839 },
	[6344] = { 4840, 0 },
	[6346] = { 4841, 4841 },
	[6347] = { 4842, 4842 },
	[6350] = { 4843, 4843 },
	[6355] = { 4844, 4844 },
	[6360] = { 4845, 4845 },
	[6363] = { 0, 4846 },
	[6370] = { 4847, 4847 },
	[6379] = { 4848, 0 },
	[6382] = { 4849, 4849 },
	[6389] = { 4850, 4850 },
	[6390] = { 4851, 4851 },
	[6417] = { 4852, 4852 },
	[6418] = { 4853, 0 },
	[6419] = { 4854, 4855 },
	[6420] = { 4856, 4856 },
	[6421] = { 4857, 4857 },
	[6432] = { 4858, 0 },
	[6440] = { 4859, 0 },
	[6442] = { 4860, 0 },
	[6443] = { 4861, 4861 },
	[6444] = { 4862, 4862 },
	[6445] = { 4864, 4864 },
	[6446] = { 4866, 4866 },
	[6455] = { 4867, 4867 },
	[6456] = { 4868, 4868 },
	[6464] = { 4869, 4869 },
	[6471] = { 4870, 4870 },
	[6480] = { 4871, 4871 },
	[6481] = { 4872, 4872 },
	[6482] = { 4873, 4873 },
	[6483] = { 4874, 4874 },
	[6484] = { 4875, 4875 },
	[6485] = { 4876, 4876 },
	[6486] = { 4877, 4877 },
	[6487] = { 4878, 4878 },
	[6488] = { 4879, 4879 },
	[6489] = { 4880, 4880 },
	[6500] = { 4881, 4881 },
	[6501] = { 4882, 4882 },
	[6502] = { 4884, 4884 },
	[6503] = { 4886, 4886 },
	[6505] = { 4888, 4888 },
	[6506] = { 4890, 4890 },
	[6507] = { 4892, 4892 },
	[6508] = { 4894, 4894 },
	[6509] = { 4896, 4896 },
	[6510] = { 4897, 4897 },
	[6511] = { 0, 4898 },
	[6513] = { 4899, 0 },
	[6514] = { 4900, 4900 },
	[6515] = { 4901, 4901 },
	[6543] = { 4902, 4902 },
	[6544] = { 4903, 4903 },
	[6547] = { 4904, 4904 },
	[6548] = { 4905, 4905 },
	[6549] = { 4906, 4906 },
	[6550] = { 4907, 4907 },
	[6551] = { 4908, 4908 },
	[6556] = { 4909, 0 },
	[6558] = { 4910, 4910 },
	[6566] = { 4911, 4911 },
	[6568] = { 4912, 4914 },
	[6579] = { 4915, 4915 },
	[6580] = { 4916, 4916 },
	[6581] = { 4917, 4917 },
	[6582] = { 4918, 4918 },
	[6583] = { 4919, 4919 },
	[6600] = { 4920, 0 },
	[6601] = { 4921, 0 },
	[6602] = { 4922, 0 },
	[6619] = { 4923, 4923 },
	[6620] = { 4924, 4924 },
	[6621] = { 4925, 4925 },
	[6622] = { 4926, 4926 },
	[6623] = { 4927, 4927 },
	[6624] = { 4928, 0 },
	[6625] = { 4929, 0 },
	[6626] = { 4930, 4930 },
	[6627] = { 4931, 4931 },
	[6628] = { 4932, 4932 },
	[6629] = { 4933, 4933 },
	[6632] = { 4934, 0 },
	[6633] = { 0, 4935 },
	[6634] = { 0, 4936 },
	[6635] = { 0, 4937 },
	[6636] = { 0, 4938 },
	[6640] = { 4939, 0 },
	[6653] = { 4940, 4940 },
	[6655] = { 4941, 0 },
	[6656] = { 4942, 0 },
	[6657] = { 0, 4943 },
	[6665] = { 4944, 0 },
	[6666] = { 4944, 0 },
	[6667] = { 4944, 0 },
	[6668] = { 4944, 0 },
	[6669] = { 4944, 0 },
	[6670] = { 4945, 4945 },
	[6671] = { 4946, 4946 },
	[6672] = { 4947, 4947 },
	[6673] = { 4949, 4949 },
	[6678] = { 4951, 4952 },
	[6679] = { 4953, 4953 },
	[6687] = { 4954, 0 },
	[6688] = { 4955, 0 },
	[6689] = { 4956, 4956 },
	[6690] = { 4957, 0 },
	[6696] = { 0, 4958 },
	[6697] = { 4959, 0 },
	[6699] = { 0, 4960 },
	[6701] = { 4961, 4961 },
	[6702] = { 4962, 4962 },
	[6703] = { 4963, 4963 },
	[6714] = { 4964, 4964 },
	[6715] = { 4965, 4965 },
	[6716] = { 4966, 0 },
	[6767] = { 4967, 4967 },
	[6768] = { 4968, 4968 },
	[6769] = { 4969, 4969 },
	[6770] = { 4970, 4970 },
	[6771] = { 4971, 4971 },
	[6777] = { 4972, 0 },
	[6778] = { 4973, 0 },
	[6784] = { 0, 4974 },
	[6785] = { 4975, 4975 },
	[6786] = { 4976, 4976 },
	[6787] = { 4977, 4977 },
	[6788] = { 4978, 4978 },
	[6789] = { 4979, 0 },
	[6790] = { 4980, 4980 },
	[6791] = { 4981, 4981 },
	[6801] = { 4982, 4982 },
	[6817] = { 4983, 0 },
	[6831] = { 4984, 4984 },
	[6841] = { 4985, 4985 },
	[6842] = { 4986, 4986 },
	[6850] = { 4987, 4987 },
	[6868] = { 4988, 4989 },
	[6888] = { 4990, 4990 },
	[6900] = { 4991, 0 },
	[6901] = { 4992, 0 },
	[6924] = { 4993, 4993 },
	[6935] = { 4994, 4994 },
	[6936] = { 4995, 4995 },
	[6946] = { 4996, 4996 },
	[6951] = { 4997, 4997 },
	[6961] = { 4998, 4998 },
	[6962] = { 4999, 4999 },
	[6963] = { 5000, 5000 },
	[6964] = { 5001, 5001 },
	[6965] = { 5002, 5002 },
	[6966] = { 5003, 5003 },
	[6969] = { 5004, 5004 },
	[6970] = { 5005, 0 },
	[6980] = { 0, 5006 },
	[6997] = { 5007, 5007 },
	[6998] = { 5008, 5008 },
	[6999] = { 5009, 5009 },
	[7000] = { 5010, 5010 },
	[7001] = { 5011, 5011 },
	[7002] = { 5012, 5012 },
	[7003] = { 5013, 5013 },
	[7004] = { 5014, 5014 },
	[7005] = { 5015, 5015 },
	[7006] = { 5016, 5016 },
	[7007] = { 5017, 5017 },
	[7008] = { 5018, 5018 },
	[7009] = { 5019, 5019 },
	[7010] = { 5020, 5020 },
	[7011] = { 5021, 5021 },
	[7012] = { 5022, 5022 },
	[7013] = { 5023, 5023 },
	[7014] = { 5024, 5024 },
	[7015] = { 5025, 5025 },
	[7016] = { 5026, 5026 },
	[7017] = { 5027, 5027 },
	[7018] = { 5028, 0 },
	[7019] = { 5029, 5030 },
	[7020] = { 5031, 5031 },
	[7021] = { 5032, 5032 },
	[7022] = { 5033, 5033 },
	[7023] = { 5034, 5034 },
	[7024] = { 5035, 5035 },
	[7025] = { 5036, 5036 },
	[7026] = { 5037, 0 },
	[7030] = { 5038, 5038 },
	[7031] = { 5039, 0 },
	[7040] = { 0, 5040 },
	[7070] = { 5041, 5041 },
	[7071] = { 5042, 5042 },
	[7072] = { 5043, 5044 },
	[7073] = { 5045, 0 },
	[7080] = { 5046, 5046 },
	[7088] = { 0, 5047 },
	[7095] = { 0, 5048 },
	[7099] = { 5049, 5049 },
	[7100] = { 5050, 5050 },
	[7101] = { 5051, 5051 },
	[7107] = { 0, 5052 },
	[7117] = { 5053, 0 },
	[7121] = { 5054, 5054 },
	[7123] = { 5055, 0 },
	[7128] = { 5056, 5056 },
	[7129] = { 5057, 5057 },
	[7161] = { 5058, 5058 },
	[7162] = { 5059, 5059 },
	[7163] = { 5060, 5060 },
	[7164] = { 5061, 5061 },
	[7165] = { 5062, 5062 },
	[7166] = { 5063, 5063 },
	[7167] = { 5064, 0 },
	[7168] = { 5065, 0 },
	[7169] = { 5066, 5066 },
	[7170] = { 5067, 5067 },
	[7171] = { 5068, 5068 },
	[7172] = { 5069, 0 },
	[7173] = { 5070, 0 },
	[7174] = { 5071, 5071 },
	[7181] = { 0, 5072 },
	[7200] = { 5073, 5073 },
	[7201] = { 5074, 5074 },
	[7202] = { 5075, 0 },
	[7215] = { 5076, 0 },
	[7216] = { 5077, 0 },
	[7227] = { 5078, 5078 },
	[7228] = { 5079, 0 },
	[7229] = { 5080, 0 },
	[7234] = { 5081, 0 },
	[7235] = { 0, 5082 },
	[7236] = { 5083, 0 },
	[7237] = { 5084, 0 },
	[7244] = { 5085, 5086 },
	[7262] = { 5087, 5087 },
	[7272] = { 5088, 5088 },
	[7273] = { 5089, 5089 },
	[7274] = { 5090, 5090 },
	[7275] = { 5091, 5091 },
	[7276] = { 5092, 5092 },
	[7277] = { 5093, 5093 },
	[7278] = { 5094, 5094 },
	[7279] = { 5095, 5095 },
	[7280] = { 5096, 5096 },
	[7281] = { 5097, 5097 },
	[7282] = { 5098, 5099 },
	[7283] = { 5100, 0 },
	[7365] = { 5101, 5101 },
	[7391] = { 5102, 5102 },
	[7392] = { 5103, 5103 },
	[7393] = { 5104, 5104 },
	[7394] = { 5105, 5105 },
	[7395] = { 5106, 5106 },
	[7397] = { 5107, 5107 },
	[7400] = { 5108, 5108 },
	[7401] = { 5109, 5109 },
	[7402] = { 5110, 5110 },
	[7410] = { 5111, 5111 },
	[7411] = { 5112, 5112 },
	[7420] = { 0, 5113 },
	[7421] = { 5114, 5114 },
	[7426] = { 5115, 5115 },
	[7427] = { 5116, 5116 },
	[7428] = { 5117, 5117 },
	[7429] = { 5118, 5118 },
	[7430] = { 5119, 5119 },
	[7431] = { 5120, 5120 },
	[7437] = { 5121, 5121 },
	[7443] = { 5122, 5122 },
	[7471] = { 5123, 0 },
	[7473] = { 5124, 5124 },
	[7474] = { 5125, 0 },
	[7478] = { 5126, 0 },
	[7491] = { 5127, 5127 },
	[7500] = { 5128, 5128 },
	[7501] = { 5129, 5129 },
	[7508] = { 5130, 0 },
	[7509] = { 5131, 0 },
	[7510] = { 5132, 5132 },
	[7511] = { 5133, 5133 },
	[7542] = { 5134, 5134 },
	[7543] = { 5135, 5135 },
	[7544] = { 5136, 5136 },
	[7545] = { 5137, 5137 },
	[7546] = { 5138, 5138 },
	[7547] = { 5139, 5139 },
	[7548] = { 5140, 5140 },
	[7549] = { 5141, 5141 },
	[7550] = { 0, 5142 },
	[7551] = { 5143, 0 },
	[7560] = { 5144, 5144 },
	[7563] = { 5145, 0 },
	[7566] = { 5146, 5146 },
	[7569] = { 5147, 0 },
	[7570] = { 5148, 5148 },
	[7574] = { 5149, 5150 },
	[7588] = { 5151, 5151 },
	[7606] = { 5152, 5152 },
	[7624] = { 5153, 5153 },
	[7626] = { 5154, 0 },
	[7627] = { 5155, 5155 },
	[7628] = { 5156, 5156 },
	[7629] = { 5157, 5157 },
	[7630] = { 5158, 0 },
	[7631] = { 5159, 0 },
	[7633] = { 5160, 5160 },
	[7648] = { 5161, 5161 },
	[7663] = { 5162, 5162 },
	[7672] = { 5163, 0 },
	[7673] = { 5164, 0 },
	[7674] = { 5165, 5165 },
	[7675] = { 5166, 5166 },
	[7676] = { 5167, 5167 },
	[7677] = { 5168, 5168 },
	[7680] = { 5169, 5169 },
	[7683] = { 5170, 0 },
	[7687] = { 5171, 0 },
	[7689] = { 5172, 5172 },
	[7690] = { 5173, 0 },
	[7697] = { 5174, 5174 },
	[7700] = { 5175, 0 },
	[7707] = { 5176, 5176 },
	[7708] = { 5177, 5177 },
	[7720] = { 5178, 5178 },
	[7724] = { 5179, 5179 },
	[7725] = { 5180, 5180 },
	[7726] = { 5181, 5181 },
	[7727] = { 5182, 5182 },
	[7728] = { 5183, 5183 },
	[7734] = { 5184, 5184 },
	[7738] = { 5185, 5185 },
	[7741] = { 5186, 5186 },
	[7742] = { 5187, 0 },
	[7743] = { 5188, 5188 },
	[7744] = { 5189, 5189 },
	[7747] = { 5190, 5190 },
	[7775] = { 5191, 0 },
	[7777] = { 5192, 5192 },
	[7778] = { 5193, 5193 },
	[7779] = { 5194, 5194 },
	[7781] = { 5195, 5195 },
	[7784] = { 0, 5196 },
	[7786] = { 5197, 5197 },
	[7787] = { 5198, 5198 },
	[7789] = { 5199, 5199 },
	[7794] = { 5200, 5200 },
	[7797] = { 5201, 5201 },
	[7798] = { 5202, 5202 },
	[7799] = { 5203, 5203 },
	[7800] = { 5204, 5204 },
	[7801] = { 5205, 5205 },
	[7802] = { 0, 5206 },
	[7810] = { 5207, 5207 },
	[7845] = { 5208, 5208 },
	[7846] = { 5209, 5209 },
	[7847] = { 5210, 0 },
	[7869] = { 5211, 0 },
	[7870] = { 5212, 0 },
	[7871] = { 5213, 0 },
	[7872] = { 0, 5214 },
	[7878] = { 5215, 0 },
	[7880] = { 5216, 5216 },
	[7887] = { 5217, 5217 },
	[7900] = { 5218, 5218 },
	[7901] = { 5219, 5219 },
	[7902] = { 5220, 5220 },
	[7903] = { 5221, 5221 },
	[7913] = { 5222, 5222 },
	[7932] = { 5223, 5223 },
	[7933] = { 5224, 5224 },
	[7962] = { 5225, 5225 },
	[7967] = { 5226, 5226 },
	[7979] = { 5227, 5227 },
	[7980] = { 5228, 5228 },
	[7981] = { 5229, 0 },
	[7982] = { 5230, 5231 },
	[7997] = { 5232, 0 },
	[7998] = { 0, 5233 },
	[7999] = { 5234, 5234 },
	[8000] = { 5235, 5235 },
	[8001] = { 5236, 5236 },
	[8002] = { 5237, 5237 },
	[8003] = { 5238, 5238 },
	[8004] = { 5239, 0 },
	[8005] = { 5240, 5240 },
	[8006] = { 5241, 5242 },
	[8007] = { 5243, 5243 },
	[8008] = { 520, 520 },
	[8009] = { 5244, 0 },
	[8015] = { 5245, 0 },
	[8016] = { 5246, 0 },
	[8017] = { 0, 5247 },
	[8019] = { 5248, 5248 },
	[8020] = { 5249, 5249 },
	[8021] = { 5250, 5250 },
	[8022] = { 5251, 5251 },
	[8023] = { 5252, 5252 },
	[8025] = { 5253, 5253 },
	[8026] = { 5254, 5254 },
	[8027] = { 5255, 5255 },
	[8032] = { 5256, 5256 },
	[8033] = { 5257, 5257 },
	[8034] = { 5258, 5258 },
	[8040] = { 5259, 5259 },
	[8041] = { 5260, 5260 },
	[8042] = { 5261, 0 },
	[8043] = { 5262, 0 },
	[8044] = { 5263, 0 },
	[8051] = { 5264, 0 },
	[8052] = { 5265, 5265 },
	[8053] = { 5266, 5266 },
	[8054] = { 5267, 5267 },
	[8055] = { 5268, 5268 },
	[8056] = { 5269, 5269 },
	[8057] = { 5270, 5270 },
	[8058] = { 5271, 5271 },
	[8059] = { 5272, 5272 },
	[8060] = { 0, 5273 },
	[8061] = { 5274, 0 },
	[8066] = { 5275, 0 },
	[8067] = { 5276, 0 },
	[8070] = { 5277, 0 },
	[8074] = { 5278, 5278 },
	[8080] = { 520, 520 },
	[8081] = { 5279, 5279 },
	[8082] = { 5280, 5280 },
	[8083] = { 5281, 5281 },
	[8084] = { 5282, 0 },
	[8086] = { 5283, 5283 },
	[8087] = { 5284, 5284 },
	[8088] = { 5285, 5285 },
	[8090] = { 5286, 0 },
	[8091] = { 5287, 0 },
	[8097] = { 5288, 5288 },
	[8100] = { 5289, 5289 },
	[8101] = { 5290, 0 },
	[8102] = { 5291, 0 },
	[8111] = { 0, 5292 },
	[8115] = { 5293, 5293 },
	[8116] = { 5294, 5294 },
	[8117] = { 5295, 0 },
	[8118] = { 5296, 5296 },
	[8121] = { 5297, 5297 },
	[8122] = { 5298, 5298 },
	[8128] = { 5299, 5299 },
	[8129] = { 5300, 5300 },
	[8130] = { 5301, 5301 },
	[8131] = { 5302, 5302 },
	[8132] = { 5303, 5303 },
	[8140] = { 5304, 0 },
	[8148] = { 5305, 5305 },
	[8149] = { 0, 5306 },
	[8153] = { 5307, 0 },
	[8160] = { 5308, 5308 },
	[8161] = { 5309, 5309 },
	[8162] = { 5310, 0 },
	[8181] = { 5311, 0 },
	[8182] = { 5312, 5312 },
	[8183] = { 5313, 0 },
	[8184] = { 5314, 5314 },
	[8190] = { 5315, 0 },
	[8191] = { 5316, 0 },
	[8192] = { 5317, 5317 },
	[8194] = { 5318, 5318 },
	[8195] = { 5319, 5319 },
	[8199] = { 5320, 5320 },
	[8200] = { 5321, 5321 },
	[8201] = { 5322, 5322 },
	[8202] = { 0, 5323 },
	[8204] = { 5324, 5324 },
	[8205] = { 5325, 5325 },
	[8206] = { 5326, 5326 },
	[8207] = { 5327, 5327 },
	[8208] = { 5328, 5328 },
	[8211] = { 0, 5329 },
	[8230] = { 5330, 5330 },
	[8231] = { 0, 5331 },
	[8232] = { 0, 5332 },
	[8243] = { 5333, 5333 },
	[8266] = { 0, 5334 },
	[8270] = { 5335, 0 },
	[8276] = { 5336, 5336 },
	[8280] = { 5337, 5337 },
	[8282] = { 5338, 5339 },
	[8292] = { 5340, 5340 },
	[8293] = { 5341, 0 },
	[8294] = { 5342, 5342 },
	[8300] = { 5343, 5343 },
	[8301] = { 5344, 5344 },
	[8313] = { 5345, 0 },
	[8320] = { 5346, 5346 },
	[8321] = { 5347, 5347 },
	[8322] = { 5348, 5348 },
	[8351] = { 5349, 5349 },
	[8376] = { 5350, 5350 },
	[8377] = { 5351, 5351 },
	[8378] = { 5352, 5352 },
	[8379] = { 5353, 5353 },
	[8380] = { 5354, 5354 },
	[8383] = { 5355, 5355 },
	[8384] = { 0, 5356 },
	[8400] = { 5357, 5357 },
	[8401] = { 5358, 5358 },
	[8402] = { 5359, 5359 },
	[8403] = { 3032, 3032 },
	[8404] = { 5360, 0 },
	[8405] = { 5361, 0 },
	[8415] = { 5362, 0 },
	[8416] = { 5363, 5363 },
	[8417] = { 5364, 5364 },
	[8423] = { 5365, 0 },
	[8432] = { 5366, 0 },
	[8433] = { 0, 5367 },
	[8442] = { 5368, 5368 },
	[8443] = { 5369, 5369 },
	[8444] = { 5370, 5370 },
	[8445] = { 5371, 5372 },
	[8448] = { 5373, 0 },
	[8450] = { 5374, 5374 },
	[8457] = { 5375, 0 },
	[8470] = { 5376, 0 },
	[8471] = { 5377, 0 },
	[8472] = { 5378, 5378 },
	[8473] = { 5379, 5379 },
	[8474] = { 5380, 5380 },
	[8500] = { 5381, 5381 },
	[8501] = { 5382, 5383 },
	[8502] = { 5384, 0 },
	[8503] = { 0, 5385 },
	[8554] = { 5386, 5386 },
	[8555] = { 5387, 5387 },
	[8567] = { 5388, 5388 },
	[8600] = { 5389, 5389 },
	[8609] = { 0, 5390 },
	[8610] = { 5391, 5391 },
	[8611] = { 5392, 5392 },
	[8612] = { 5393, 5393 },
	[8613] = { 5394, 5394 },
	[8614] = { 5395, 5395 },
	[8615] = { 5396, 0 },
	[8665] = { 5397, 0 },
	[8666] = { 5398, 0 },
	[8668] = { 5399, 0 },
	[8675] = { 5400, 5401 },
	[8686] = { 5402, 5402 },
	[8688] = { 5403, 0 },
	[8699] = { 5404, 0 },
	[8710] = { 5405, 0 },
	[8711] = { 5406, 0 },
	[8732] = { 0, 5407 },
	[8733] = { 5408, 5408 },
	[8750] = { 5409, 0 },
	[8763] = { 5410, 5410 },
	[8764] = { 5411, 5411 },
	[8765] = { 5412, 5412 },
	[8766] = { 5413, 5413 },
	[8767] = { 5414, 0 },
	[8768] = { 5415, 0 },
	[8769] = { 5416, 0 },
	[8770] = { 5417, 5417 },
	[8778] = { 5418, 0 },
	[8786] = { 5419, 5419 },
	[8787] = { 5420, 5420 },
	[8793] = { 5421, 5421 },
	[8800] = { 5422, 5422 },
	[8804] = { 5423, 5423 },
	[8805] = { 0, 5424 },
	[8807] = { 0, 5425 },
	[8808] = { 0, 5426 },
	[8809] = { 0, 5427 },
	[8873] = { 5428, 5428 },
	[8880] = { 5429, 5429 },
	[8881] = { 5430, 0 },
	[8883] = { 5431, 5431 },
	[8888] = { 5432, 5433 },
	[8889] = { 5434, 5435 },
	[8890] = { 5436, 5437 },
	[8891] = { 5438, 5439 },
	[8892] = { 5440, 5441 },
	[8893] = { 5442, 5443 },
	[8894] = { 5444, 5445 },
	[8899] = { 5446, 5446 },
	[8900] = { 5447, 5447 },
	[8901] = { 5448, 5448 },
	[8908] = { 5449, 0 },
	[8910] = { 5450, 5450 },
	[8911] = { 5451, 5451 },
	[8912] = { 5452, 5452 },
	[8913] = { 5453, 5453 },
	[8937] = { 5454, 0 },
	[8953] = { 5455, 0 },
	[8954] = { 5456, 5456 },
	[8980] = { 5457, 5457 },
	[8981] = { 0, 5458 },
	[8989] = { 5459, 5459 },
	[8990] = { 5460, 5460 },
	[8991] = { 5461, 5461 },
	[8997] = { 5462, 0 },
	[8998] = { 5463, 0 },
	[8999] = { 5464, 5464 },
	[9000] = { 5465, 5465 },
	[9001] = { 5466, 5466 },
	[9002] = { 5467, 5467 },
	[9005] = { 5468, 0 },
	[9007] = { 0, 5469 },
	[9008] = { 5470, 0 },
	[9009] = { 5471, 5471 },
	[9010] = { 5472, 0 },
	[9011] = { 0, 5473 },
	[9020] = { 5474, 5474 },
	[9021] = { 5475, 5475 },
	[9022] = { 5476, 5476 },
	[9023] = { 5477, 5477 },
	[9024] = { 5478, 5478 },
	[9025] = { 5479, 5479 },
	[9026] = { 5480, 5480 },
	[9050] = { 5481, 0 },
	[9051] = { 5482, 0 },
	[9060] = { 5483, 5484 },
	[9080] = { 5485, 5485 },
	[9081] = { 0, 5486 },
	[9083] = { 5487, 0 },
	[9084] = { 5488, 5488 },
	[9085] = { 5489, 5489 },
	[9086] = { 5490, 5490 },
	[9087] = { 5491, 5491 },
	[9088] = { 5492, 5492 },
	[9089] = { 5493, 5493 },
	[9090] = { 5494, 5494 },
	[9091] = { 5495, 5495 },
	[9092] = { 5496, 5496 },
	[9093] = { 5497, 0 },
	[9100] = { 5498, 5498 },
	[9101] = { 5500, 5500 },
	[9102] = { 5501, 5501 },
	[9103] = { 5502, 5502 },
	[9104] = { 5503, 5503 },
	[9105] = { 5504, 5504 },
	[9106] = { 5505, 5506 },
	[9107] = { 5507, 0 },
	[9111] = { 5508, 5508 },
	[9119] = { 5509, 5509 },
	[9122] = { 5510, 0 },
	[9123] = { 5511, 0 },
	[9131] = { 5512, 5512 },
	[9160] = { 5513, 5513 },
	[9161] = { 5514, 5514 },
	[9162] = { 5515, 5515 },
	[9163] = { 5516, 5516 },
	[9164] = { 5517, 5517 },
	[9191] = { 5518, 5518 },
	[9200] = { 5519, 5519 },
	[9201] = { 5520, 5520 },
	[9202] = { 5521, 5521 },
	[9203] = { 5522, 5522 },
	[9204] = { 5523, 5523 },
	[9205] = { 5524, 5524 },
	[9206] = { 5525, 5525 },
	[9207] = { 5526, 5526 },
	[9208] = { 5527, 5527 },
	[9209] = { 5528, 5528 },
	[9210] = { 5529, 5529 },
	[9211] = { 5530, 5530 },
	[9212] = { 5531, 5531 },
	[9213] = { 5532, 5532 },
	[9214] = { 5533, 5533 },
	[9215] = { 5534, 5534 },
	[9216] = { 5535, 5535 },
	[9217] = { 5536, 5536 },
	[9222] = { 5537, 5537 },
	[9255] = { 2328, 2328 },
	[9277] = { 0, 5538 },
	[9278] = { 5539, 5539 },
	[9279] = { 5540, 5540 },
	[9280] = { 5541, 5541 },
	[9281] = { 5542, 5542 },
	[9282] = { 5543, 5543 },
	[9283] = { 5544, 5544 },
	[9284] = { 5545, 5545 },
	[9285] = { 5546, 5546 },
	[9286] = { 0, 5547 },
	[9287] = { 5548, 5548 },
	[9292] = { 5549, 5549 },
	[9293] = { 5550, 5550 },
	[9294] = { 5551, 5551 },
	[9295] = { 5552, 5552 },
	[9300] = { 5553, 5553 },
	[9306] = { 5554, 0 },
	[9310] = { 5555, 0 },
	[9312] = { 5556, 0 },
	[9318] = { 5557, 5557 },
	[9321] = { 5558, 5558 },
	[9339] = { 5559, 0 },
	[9340] = { 5560, 0 },
	[9343] = { 5561, 5561 },
	[9344] = { 5562, 5562 },
	[9345] = { 5563, 0 },
	[9346] = { 5564, 5564 },
	[9374] = { 5565, 5565 },
	[9380] = { 5566, 5566 },
	[9387] = { 5567, 0 },
	[9388] = { 5568, 0 },
	[9389] = { 5569, 0 },
	[9390] = { 5570, 0 },
	[9396] = { 5571, 5571 },
	[9397] = { 5572, 5572 },
	[9400] = { 5573, 5573 },
	[9401] = { 5574, 5574 },
	[9402] = { 5575, 5575 },
	[9418] = { 5576, 5576 },
	[9443] = { 5577, 5577 },
	[9444] = { 5578, 5578 },
	[9445] = { 5579, 0 },
	[9450] = { 5580, 5580 },
	[9500] = { 5581, 5581 },
	[9522] = { 0, 5582 },
	[9535] = { 5583, 5583 },
	[9536] = { 5584, 5584 },
	[9555] = { 5585, 5585 },
	[9559] = { 5586, 0 },
	[9592] = { 5587, 5587 },
	[9593] = { 5588, 5588 },
	[9594] = { 5589, 5589 },
	[9595] = { 5590, 5590 },
	[9596] = { 5591, 5591 },
	[9597] = { 5592, 5592 },
	[9598] = { 5593, 5593 },
	[9599] = { 5594, 5594 },
	[9600] = { 5595, 5595 },
	[9612] = { 5596, 5596 },
	[9614] = { 5597, 0 },
	[9616] = { 5598, 0 },
	[9617] = { 5600, 0 },
	[9618] = { 5602, 5602 },
	[9628] = { 5603, 5603 },
	[9629] = { 5604, 5604 },
	[9630] = { 5605, 0 },
	[9631] = { 5606, 0 },
	[9632] = { 0, 5607 },
	[9640] = { 5608, 0 },
	[9666] = { 5609, 0 },
	[9667] = { 5610, 5610 },
	[9668] = { 5611, 5611 },
	[9694] = { 5612, 5612 },
	[9695] = { 5613, 5613 },
	[9700] = { 5614, 5614 },
	[9747] = { 5615, 5615 },
	[9750] = { 5616, 5616 },
	[9753] = { 5617, 5617 },
	[9762] = { 5618, 5618 },
	[9800] = { 5619, 5619 },
	[9801] = { 5620, 5620 },
	[9802] = { 5621, 5621 },
	[9875] = { 5622, 5622 },
	[9876] = { 5623, 0 },
	[9877] = { 5624, 0 },
	[9878] = { 0, 5625 },
	[9888] = { 5626, 5626 },
	[9889] = { 5627, 5627 },
	[9898] = { 5628, 5628 },
	[9899] = { 0, 5629 },
	[9900] = { 5630, 5630 },
	[9901] = { 0, 5631 },
	[9903] = { 0, 5632 },
	[9909] = { 5633, 5633 },
	[9911] = { 5634, 5634 },
	[9925] = { 5635, 0 },
	[9950] = { 5636, 5636 },
	[9951] = { 5637, 5637 },
	[9952] = { 5638, 5638 },
	[9953] = { 5639, 5639 },
	[9954] = { 5640, 0 },
	[9955] = { 5641, 5642 },
	[9956] = { 0, 5643 },
	[9966] = { 5644, 5644 },
	[9978] = { 5645, 0 },
	[9979] = { 5646, 0 },
	[9981] = { 5647, 0 },
	[9987] = { 5648, 5648 },
	[9988] = { 5649, 0 },
	[9990] = { 5650, 5650 },
	[9991] = { 5651, 5651 },
	[9992] = { 5652, 5652 },
	[9993] = { 5653, 5653 },
	[9994] = { 5654, 5654 },
	[9995] = { 5655, 5655 },
	[9996] = { 5656, 5656 },
	[9997] = { 5657, 5657 },
	[9998] = { 5658, 5658 },
	[9999] = { 5659, 5659 },
	[10000] = { 5660, 5660 },
	[10001] = { 5661, 5661 },
	[10002] = { 5662, 5662 },
	[10003] = { 5663, 5663 },
	[10004] = { 5665, 0 },
	[10005] = { 5666, 0 },
	[10006] = { 5667, 0 },
	[10007] = { 5668, 5668 },
	[10008] = { 5669, 5669 },
	[10009] = { 5670, 5670 },
	[10010] = { 5671, 0 },
	[10020] = { 5672, 0 },
	[10023] = { 0, 5673 },
	[10050] = { 5674, 5674 },
	[10051] = { 5675, 5675 },
	[10055] = { 5676, 0 },
	[10080] = { 5677, 5677 },
	[10081] = { 5678, 5678 },
	[10100] = { 5679, 5679 },
	[10101] = { 5680, 5680 },
	[10102] = { 5681, 5681 },
	[10103] = { 5682, 5682 },
	[10104] = { 5683, 5683 },
	[10107] = { 5684, 5684 },
	[10110] = { 5685, 5685 },
	[10111] = { 0, 5686 },
	[10113] = { 5687, 5687 },
	[10114] = { 5688, 5688 },
	[10115] = { 5689, 5689 },
	[10116] = { 5690, 5690 },
	[10117] = { 5691, 5691 },
	[10125] = { 5692, 0 },
	[10128] = { 5693, 5693 },
	[10129] = { 5694, 0 },
	[10160] = { 5695, 5695 },
	[10161] = { 5696, 5697 },
	[10162] = { 5698, 5699 },
	[10200] = { 5700, 5700 },
	[10201] = { 5701, 5702 },
	[10252] = { 5703, 5703 },
	[10253] = { 0, 5704 },
	[10260] = { 5705, 5705 },
	[10261] = { 5706, 0 },
	[10288] = { 5707, 5707 },
	[10439] = { 0, 5708 },
	[10443] = { 5709, 0 },
	[10500] = { 0, 5710 },
	[10540] = { 5711, 5711 },
	[10541] = { 5712, 5712 },
	[10542] = { 5713, 5713 },
	[10543] = { 5714, 5714 },
	[10544] = { 5715, 5715 },
	[10548] = { 5716, 0 },
	[10631] = { 5717, 0 },
	[10800] = { 5718, 5718 },
	[10805] = { 5719, 5719 },
	[10809] = { 5720, 0 },
	[10810] = { 0, 5721 },
	[10860] = { 5722, 5722 },
	[10880] = { 5723, 5723 },
	[10933] = { 5724, 0 },
	[10990] = { 5725, 5725 },
	[11000] = { 5726, 5726 },
	[11001] = { 5727, 5727 },
	[11095] = { 5728, 5728 },
	[11103] = { 5729, 0 },
	[11104] = { 5730, 0 },
	[11105] = { 5731, 0 },
	[11106] = { 5732, 5732 },
	[11108] = { 0, 5733 },
	[11109] = { 5734, 0 },
	[11110] = { 5735, 0 },
	[11111] = { 5736, 5736 },
	[11112] = { 5737, 5737 },
	[11161] = { 5738, 5738 },
	[11162] = { 5739, 5739 },
	[11163] = { 5740, 5740 },
	[11164] = { 5741, 5741 },
	[11165] = { 5742, 5742 },
	[11171] = { 0, 5743 },
	[11172] = { 5744, 0 },
	[11173] = { 5745, 0 },
	[11174] = { 5746, 0 },
	[11175] = { 5747, 0 },
	[11201] = { 5748, 5748 },
	[11202] = { 5749, 0 },
	[11208] = { 5750, 5750 },
	[11211] = { 5751, 5751 },
	[11235] = { 5752, 0 },
	[11319] = { 5753, 5753 },
	[11320] = { 5754, 5754 },
	[11321] = { 5755, 5755 },
	[11367] = { 5756, 5756 },
	[11371] = { 5757, 5757 },
	[11430] = { 0, 5758 },
	[11489] = { 5759, 0 },
	[11600] = { 5760, 5760 },
	[11623] = { 5761, 0 },
	[11720] = { 5762, 5762 },
	[11723] = { 5763, 5763 },
	[11751] = { 5764, 5764 },
	[11796] = { 5765, 5766 },
	[11876] = { 5767, 5767 },
	[11877] = { 0, 5768 },
	[11967] = { 5769, 5769 },
	[11971] = { 5770, 0 },
	[12000] = { 5771, 5771 },
	[12001] = { 5772, 5772 },
	[12002] = { 5773, 5773 },
	[12003] = { 5774, 5774 },
	[12004] = { 5775, 5775 },
	[12005] = { 5776, 5776 },
	[12006] = { 5777, 5777 },
	[12007] = { 5778, 5778 },
	[12008] = { 5779, 5779 },
	[12009] = { 0, 5780 },
	[12010] = { 5781, 0 },
	[12012] = { 5782, 5782 },
	[12013] = { 5783, 5783 },
	[12109] = { 5784, 5784 },
	[12121] = { 5785, 5785 },
	[12168] = { 5786, 5786 },
	[12172] = { 5787, 5787 },
	[12300] = { 5788, 5788 },
	[12302] = { 5789, 0 },
	[12321] = { 5790, 5790 },
	[12322] = { 5791, 5791 },
	[12345] = { 5792, 5792 },
	[12546] = { 5793, 0 },
	[12753] = { 5794, 5794 },
	[12865] = { 5795, 0 },
	[13160] = { 5796, 5796 },
	[13216] = { 5797, 5797 },
	[13217] = { 5798, 5798 },
	[13218] = { 5799, 5800 },
	[13223] = { 5801, 5801 },
	[13224] = { 5802, 5802 },
	[13400] = { 5803, 5804 },
	[13720] = { 5805, 5805 },
	[13721] = { 5806, 5806 },
	[13722] = { 5807, 5807 },
	[13724] = { 5808, 5808 },
	[13782] = { 5809, 5809 },
	[13783] = { 5810, 5810 },
	[13785] = { 5811, 5811 },
	[13786] = { 5812, 5812 },
	[13818] = { 5813, 5813 },
	[13819] = { 5814, 5814 },
	[13820] = { 5815, 5815 },
	[13821] = { 5816, 5816 },
	[13822] = { 5817, 5817 },
	[13823] = { 5818, 0 },
	[13832] = { 5819, 0 },
	[13894] = { 5820, 5820 },
	[13929] = { 5821, 5821 },
	[13930] = { 5822, 0 },
	[14000] = { 5823, 5823 },
	[14001] = { 5824, 5824 },
	[14002] = { 0, 5825 },
	[14033] = { 5826, 5826 },
	[14034] = { 5827, 5827 },
	[14141] = { 5828, 5828 },
	[14142] = { 5829, 5829 },
	[14143] = { 5830, 0 },
	[14145] = { 5831, 5831 },
	[14149] = { 5832, 5832 },
	[14150] = { 5833, 0 },
	[14154] = { 5834, 5834 },
	[14250] = { 5835, 5835 },
	[14414] = { 5836, 5836 },
	[14500] = { 5837, 0 },
	[14936] = { 5838, 5838 },
	[14937] = { 5839, 5839 },
	[15000] = { 5840, 5840 },
	[15002] = { 5841, 0 },
	[15118] = { 0, 5842 },
	[15345] = { 5843, 5843 },
	[15363] = { 5844, 5844 },
	[15555] = { 5845, 5845 },
	[15660] = { 5846, 5846 },
	[15740] = { 5847, 5847 },
	[15998] = { 0, 5848 },
	[15999] = { 5849, 0 },
	[16000] = { 5850, 0 },
	[16001] = { 5851, 0 },
	[16002] = { 5852, 0 },
	[16003] = { 0, 5853 },
	[16020] = { 5854, 0 },
	[16021] = { 5855, 0 },
	[16161] = { 5856, 5856 },
	[16162] = { 5857, 0 },
	[16309] = { 5858, 5858 },
	[16310] = { 5859, 5859 },
	[16311] = { 5860, 5860 },
	[16360] = { 5861, 5861 },
	[16361] = { 5862, 5862 },
	[16367] = { 5863, 5863 },
	[16368] = { 5864, 5864 },
	[16384] = { 5865, 5865 },
	[16385] = { 5866, 0 },
	[16619] = { 5867, 0 },
	[16665] = { 5868, 0 },
	[16666] = { 0, 5869 },
	[16789] = { 5870, 0 },
	[16900] = { 5871, 5871 },
	[16950] = { 5872, 5872 },
	[16991] = { 5873, 5873 },
	[16992] = { 5874, 5874 },
	[16993] = { 5875, 5875 },
	[16994] = { 5876, 5876 },
	[16995] = { 5877, 5877 },
	[17007] = { 5878, 5878 },
	[17010] = { 5879, 0 },
	[17184] = { 5880, 0 },
	[17185] = { 5881, 5881 },
	[17219] = { 5882, 5882 },
	[17220] = { 5883, 5883 },
	[17221] = { 5884, 5884 },
	[17222] = { 0, 5885 },
	[17223] = { 5886, 0 },
	[17224] = { 0, 5887 },
	[17225] = { 5888, 5888 },
	[17234] = { 5889, 5889 },
	[17235] = { 5890, 5890 },
	[17500] = { 5891, 5892 },
	[17555] = { 5893, 0 },
	[17729] = { 5894, 5894 },
	[17754] = { 5895, 5895 },
	[17755] = { 5896, 5896 },
	[17756] = { 5897, 5897 },
	[17777] = { 5898, 0 },
	[18000] = { 5899, 5899 },
	[18104] = { 5900, 0 },
	[18136] = { 5901, 0 },
	[18181] = { 5902, 5902 },
	[18182] = { 5903, 5903 },
	[18183] = { 5904, 5904 },
	[18184] = { 5905, 5905 },
	[18185] = { 5906, 5906 },
	[18186] = { 5907, 5907 },
	[18187] = { 5908, 5908 },
	[18241] = { 5909, 5909 },
	[18242] = { 5910, 0 },
	[18243] = { 5911, 0 },
	[18262] = { 5912, 5912 },
	[18463] = { 5913, 5913 },
	[18516] = { 0, 5914 },
	[18634] = { 5915, 5915 },
	[18635] = { 5916, 5916 },
	[18668] = { 5917, 5918 },
	[18769] = { 5919, 5919 },
	[18881] = { 5920, 5920 },
	[18888] = { 5921, 5921 },
	[19000] = { 5922, 5922 },
	[19007] = { 5923, 5923 },
	[19020] = { 5924, 0 },
	[19191] = { 5925, 5925 },
	[19194] = { 5926, 5926 },
	[19220] = { 5927, 5928 },
	[19283] = { 5929, 5929 },
	[19315] = { 5930, 5930 },
	[19398] = { 5931, 5931 },
	[19410] = { 5932, 5932 },
	[19411] = { 5933, 5933 },
	[19412] = { 5934, 5934 },
	[19539] = { 5935, 5935 },
	[19540] = { 5936, 5936 },
	[19541] = { 5937, 5937 },
	[19788] = { 0, 5938 },
	[19790] = { 5939, 0 },
	[19998] = { 5940, 0 },
	[19999] = { 5941, 5941 },
	[20000] = { 5942, 5942 },
	[20001] = { 5943, 5943 },
	[20002] = { 5944, 5944 },
	[20003] = { 5945, 5945 },
	[20005] = { 5946, 5946 },
	[20012] = { 0, 5947 },
	[20013] = { 5948, 0 },
	[20014] = { 5949, 5949 },
	[20034] = { 5950, 5950 },
	[20046] = { 5952, 5952 },
	[20048] = { 5953, 5953 },
	[20049] = { 5954, 5954 },
	[20057] = { 5955, 0 },
	[20167] = { 5956, 5956 },
	[20202] = { 5957, 5957 },
	[20222] = { 5958, 5958 },
	[20480] = { 5959, 5959 },
	[20670] = { 5960, 5960 },
	[20810] = { 5961, 0 },
	[20999] = { 5962, 5962 },
	[21000] = { 5963, 5963 },
	[21010] = { 5964, 0 },
	[21212] = { 5965, 0 },
	[21213] = { 5966, 0 },
	[21221] = { 5967, 0 },
	[21553] = { 5968, 0 },
	[21554] = { 5969, 5969 },
	[21590] = { 5970, 5970 },
	[21800] = { 5971, 5971 },
	[21801] = { 5972, 0 },
	[21845] = { 5973, 5973 },
	[21846] = { 5974, 5974 },
	[21847] = { 5975, 5975 },
	[21848] = { 5976, 5976 },
	[21849] = { 5977, 5977 },
	[22000] = { 5978, 5978 },
	[22001] = { 5979, 5979 },
	[22002] = { 5980, 5980 },
	[22003] = { 5981, 5981 },
	[22004] = { 5982, 5982 },
	[22005] = { 5982, 5982 },
	[22125] = { 5983, 0 },
	[22128] = { 5984, 0 },
	[22222] = { 5985, 0 },
	[22273] = { 5986, 5986 },
	[22305] = { 5987, 5987 },
	[22333] = { 5988, 5988 },
	[22335] = { 5989, 5990 },
	[22343] = { 5991, 5991 },
	[22347] = { 5992, 5992 },
	[22350] = { 5993, 5993 },
	[22351] = { 5994, 0 },
	[22537] = { 5995, 0 },
	[22555] = { 5996, 5997 },
	[22763] = { 5998, 5998 },
	[22800] = { 5999, 5999 },
	[22951] = { 6000, 6000 },
	[23000] = { 6001, 6001 },
	[23001] = { 6002, 6002 },
	[23002] = { 6003, 6003 },
	[23003] = { 6004, 6004 },
	[23004] = { 6005, 6005 },
	[23005] = { 6006, 6006 },
	[23053] = { 6007, 0 },
	[23272] = { 0, 6008 },
	[23294] = { 6009, 6010 },
	[23333] = { 6011, 6011 },
	[23400] = { 6012, 6012 },
	[23401] = { 6013, 6013 },
	[23402] = { 6014, 6014 },
	[23456] = { 6015, 0 },
	[23457] = { 6016, 0 },
	[23546] = { 6017, 0 },
	[24000] = { 6018, 6018 },
	[24001] = { 6019, 6019 },
	[24002] = { 6020, 6020 },
	[24003] = { 6021, 6021 },
	[24004] = { 6022, 6022 },
	[24005] = { 6023, 6023 },
	[24006] = { 6024, 6024 },
	[24242] = { 6025, 6025 },
	[24249] = { 6026, 6026 },
	[24321] = { 6027, 6027 },
	[24322] = { 0, 6028 },
	[24323] = { 6029, 0 },
	[24386] = { 6030, 6030 },
	[24465] = { 6032, 6032 },
	[24554] = { 6033, 6033 },
	[24577] = { 6034, 6035 },
	[24666] = { 6036, 0 },
	[24676] = { 6037, 6037 },
	[24677] = { 6038, 6038 },
	[24678] = { 6039, 6039 },
	[24680] = { 6040, 6040 },
	[24754] = { 6041, 0 },
	[24850] = { 0, 6042 },
	[24922] = { 6043, 6043 },
	[25000] = { 6044, 6044 },
	[25001] = { 6045, 6045 },
	[25002] = { 6046, 6046 },
	[25003] = { 6047, 6047 },
	[25004] = { 6048, 6048 },
	[25005] = { 6049, 6049 },
	[25006] = { 6050, 6050 },
	[25007] = { 6051, 6051 },
	[25008] = { 6052, 6052 },
	[25009] = { 6053, 6053 },
	[25100] = { 6054, 0 },
	[25576] = { 6055, 0 },
	[25604] = { 6056, 0 },
	[25793] = { 6057, 6057 },
	[25900] = { 6058, 6058 },
	[25901] = { 6059, 6059 },
	[25902] = { 6060, 6060 },
	[25903] = { 6061, 6061 },
	[25954] = { 0, 6062 },
	[25955] = { 0, 6063 },
	[26000] = { 6064, 6064 },
	[26133] = { 6065, 6065 },
	[26208] = { 6066, 6066 },
	[26257] = { 6067, 0 },
	[26260] = { 6068, 6068 },
	[26261] = { 6069, 6069 },
	[26262] = { 6070, 6070 },
	[26263] = { 6071, 6071 },
	[26486] = { 6072, 6073 },
	[26487] = { 6074, 6074 },
	[26489] = { 6075, 6075 },
	[27010] = { 6076, 0 },
	[27017] = { 6077, 0 },
	[27345] = { 6078, 6078 },
	[27442] = { 6079, 6079 },
	[27504] = { 6080, 6080 },
	[27782] = { 6081, 6081 },
	[27876] = { 6082, 0 },
	[27999] = { 6083, 6083 },
	[28000] = { 6084, 6084 },
	[28001] = { 6085, 0 },
	[28010] = { 6086, 0 },
	[28080] = { 6087, 0 },
	[28119] = { 0, 6088 },
	[28200] = { 6089, 6089 },
	[28240] = { 6090, 6090 },
	[28589] = { 6091, 0 },
	[29000] = { 6092, 0 },
	[29167] = { 6093, 6093 },
	[29999] = { 6094, 0 },
	[30000] = { 6095, 0 },
	[30001] = { 6096, 6096 },
	[30002] = { 6097, 6097 },
	[30003] = { 6098, 6098 },
	[30004] = { 0, 6099 },
	[30100] = { 6100, 0 },
	[30260] = { 6101, 6101 },
	[30400] = { 6102, 0 },
	[30832] = { 0, 6103 },
	[30999] = { 6104, 6104 },
	[31016] = { 6105, 6106 },
	[31020] = { 6107, 0 },
	[31029] = { 0, 6108 },
	[31337] = { 6109, 6109 },
	[31400] = { 6110, 0 },
	[31416] = { 6111, 6111 },
	[31457] = { 6112, 6112 },
	[31620] = { 6113, 6113 },
	[31685] = { 6114, 0 },
	[31765] = { 6116, 6116 },
	[31948] = { 6117, 6117 },
	[31949] = { 6119, 6119 },
	[32034] = { 6121, 6121 },
	[32249] = { 6122, 6122 },
	[32400] = { 6123, 0 },
	[32483] = { 6124, 6124 },
	[32635] = { 6125, 6125 },
	[32636] = { 6126, 6126 },
	[32767] = { 6127, 6127 },
	[32768] = { 6128, 6128 },
	[32769] = { 6129, 6129 },
	[32770] = { 6130, 6130 },
	[32771] = { 6131, 6131 },
	[32772] = { 6132, 6132 },
	[32773] = { 6133, 6133 },
	[32774] = { 6134, 6134 },
	[32775] = { 6135, 6135 },
	[32776] = { 6136, 6136 },
	[32777] = { 6137, 6137 },
	[32801] = { 6138, 6138 },
	[32811] = { 6139, 0 },
	[32896] = { 6140, 6140 },
	[33000] = { 6141, 0 },
	[33060] = { 6142, 0 },
	[33123] = { 6143, 6143 },
	[33331] = { 6144, 6144 },
	[33333] = { 6145, 0 },
	[33334] = { 6146, 6147 },
	[33434] = { 6148, 6148 },
	[33435] = { 0, 6149 },
	[33656] = { 6150, 6150 },
	[33890] = { 6151, 0 },
	[34249] = { 6152, 6152 },
	[34378] = { 6153, 6153 },
	[34379] = { 6154, 6154 },
	[34567] = { 6155, 6156 },
	[34962] = { 6157, 6157 },
	[34963] = { 6158, 6158 },
	[34964] = { 6159, 6159 },
	[34980] = { 6160, 6160 },
	[35000] = { 6161, 0 },
	[35001] = { 6162, 6162 },
	[35002] = { 6163, 0 },
	[35003] = { 6164, 0 },
	[35004] = { 6165, 6165 },
	[35005] = { 6166, 0 },
	[35006] = { 6167, 0 },
	[35100] = { 6168, 6168 },
	[35354] = { 6169, 0 },
	[35355] = { 6170, 6171 },
	[35356] = { 6172, 0 },
	[35357] = { 6173, 0 },
	[36001] = { 6174, 6174 },
	[36411] = { 0, 6175 },
	[36524] = { 6176, 0 },
	[36602] = { 6177, 0 },
	[36700] = { 6178, 0 },
	[36865] = { 6179, 6179 },
	[37475] = { 6180, 6180 },
	[37483] = { 6181, 0 },
	[37601] = { 6182, 0 },
	[37654] = { 6183, 6183 },
	[38000] = { 6184, 0 },
	[38001] = { 6185, 0 },
	[38002] = { 6186, 6187 },
	[38201] = { 6188, 6188 },
	[38202] = { 6189, 6189 },
	[38203] = { 6190, 6190 },
	[38638] = { 6191, 0 },
	[38800] = { 6192, 0 },
	[38865] = { 6193, 0 },
	[39063] = { 6194, 0 },
	[39681] = { 6195, 6195 },
	[40000] = { 6196, 6196 },
	[40023] = { 0, 6197 },
	[40404] = { 6198, 0 },
	[40841] = { 6199, 6199 },
	[40842] = { 6200, 6200 },
	[40843] = { 6201, 6201 },
	[40853] = { 0, 6202 },
	[41111] = { 6203, 6203 },
	[41121] = { 6204, 0 },
	[41230] = { 6205, 6205 },
	[41794] = { 6206, 6206 },
	[41795] = { 6207, 6207 },
	[41796] = { 6208, 0 },
	[41797] = { 6209, 0 },
	[42508] = { 6210, 6210 },
	[42509] = { 6211, 6211 },
	[42510] = { 6212, 6212 },
	[42999] = { 6213, 0 },
	[43000] = { 6214, 6215 },
	[43188] = { 6216, 6216 },
	[43189] = { 6217, 6217 },
	[43190] = { 6218, 6218 },
	[43191] = { 6219, 0 },
	[43210] = { 6220, 6221 },
	[43438] = { 0, 6222 },
	[43439] = { 6223, 6224 },
	[43440] = { 6225, 6226 },
	[43441] = { 6227, 6227 },
	[44123] = { 6228, 0 },
	[44321] = { 6229, 6229 },
	[44322] = { 6230, 6230 },
	[44323] = { 6231, 0 },
	[44444] = { 6232, 0 },
	[44445] = { 6233, 0 },
	[44544] = { 0, 6234 },
	[44553] = { 6235, 6235 },
	[44600] = { 0, 6236 },
	[44818] = { 6237, 6237 },
	[44900] = { 6239, 6240 },
	[45000] = { 6241, 6242 },
	[45001] = { 6243, 0 },
	[45002] = { 6244, 0 },
	[45045] = { 6245, 0 },
	[45054] = { 6246, 6246 },
	[45514] = { 6247, 6248 },
	[45678] = { 6249, 6249 },
	[45824] = { 6250, 0 },
	[45825] = { 6251, 6251 },
	[45966] = { 6252, 6252 },
	[46336] = { 6253, 0 },
	[46998] = { 6254, 0 },
	[46999] = { 6255, 6255 },
	[47000] = { 6256, 6256 },
	[47001] = { 6257, 0 },
	[47100] = { 0, 6258 },
	[47557] = { 6259, 6259 },
	[47624] = { 6260, 6260 },
	[47806] = { 6261, 6261 },
	[47808] = { 6262, 6262 },
	[47809] = { 0, 6263 },
	[48000] = { 6264, 6264 },
	[48001] = { 6265, 6265 },
	[48002] = { 6266, 6266 },
	[48003] = { 6267, 6267 },
	[48004] = { 6268, 0 },
	[48005] = { 6269, 0 },
	[48048] = { 6270, 0 },
	[48049] = { 6271, 0 },
	[48050] = { 6272, 0 },
	[48128] = { 6273, 6273 },
	[48129] = { 6274, 6274 },
	[48556] = { 6275, 6275 },
	[48619] = { 6276, 6276 },
	[48653] = { 6277, 6277 },
	[49000] = { 6278, 0 },
	[49001] = { 6279, 6280 },
	[49150] = { 6281, 0 },
};

/* Sorted by lower-case name, primaries before aliases, then proto, port. */
const struct svc_lookup svc_lookup[11747] = {
	{ 2846, 3091, 0, 0 },
	{ 2846, 3091, 1, 0 },
	{ 5848, 15998, 1, 0 },
	{ 560, 629, 0, 0 },
	{ 560, 629, 1, 0 },
	{ 2136, 2391, 0, 0 },
	{ 2136, 2391, 1, 0 },
	{ 4463, 5264, 0, 0 },
	{ 4463, 5264, 1, 0 },
	{ 4464, 5265, 0, 0 },
	{ 4464, 5265, 1, 0 },
	{ 1471, 1742, 0, 0 },
	{ 1471, 1742, 1, 0 },
	{ 84, 106, 0, 0 },
	{ 84, 106, 1, 0 },
	{ 2079, 2339, 0, 0 },
	{ 2079, 2339, 1, 0 },
	{ 3187, 3446, 0, 0 },
	{ 3187, 3446, 1, 0 },
	{ 898, 1181, 0, 0 },
	{ 898, 1181, 1, 0 },
	{ 2064, 2323, 0, 0 },
	{ 2064, 2323, 1, 0 },
	{ 1259, 1538, 0, 0 },
	{ 1259, 1538, 1, 0 },
	{ 4433, 5221, 0, 0 },
	{ 6271, 48049, 0, 0 },
	{ 5427, 8809, 1, 0 },
	{ 1231, 1511, 0, 0 },
	{ 1231, 1511, 1, 0 },
	{ 5844, 15363, 0, 0 },
	{ 5844, 15363, 1, 0 },
	{ 1272, 1550, 0, 0 },
	{ 1272, 1550, 1, 0 },
	{ 4694, 5781, 0, 0 },
	{ 4694, 5781, 1, 0 },
	{ 4695, 5782, 0, 0 },
	{ 4695, 5782, 1, 0 },
	{ 4696, 5783, 0, 0 },
	{ 4696, 5783, 1, 0 },
	{ 4698, 5785, 0, 0 },
	{ 4698, 5785, 1, 0 },
	{ 2676, 2934, 0, 0 },
	{ 2676, 2934, 1, 0 },
	{ 2675, 2933, 0, 0 },
	{ 2675, 2933, 1, 0 },
	{ 3036, 3284, 0, 0 },
	{ 3036, 3284, 1, 0 },
	{ 6009, 23294, 0, 0 },
	{ 6010, 23294, 1, 0 },
	{ 745, 1027, 1, 0 },
	{ 3261, 3517, 0, 0 },
	{ 3261, 3517, 1, 0 },
	{ 193, 211, 0, 0 },
	{ 193, 211, 1, 0 },
	{ 194, 211, 0, 1 },
	{ 194, 211, 1, 1 },
	{ 495, 564, 0, 0 },
	{ 495, 564, 1, 0 },
	{ 5819, 13832, 0, 0 },
	{ 4614, 5603, 0, 0 },
	{ 4614, 5603, 1, 0 },
	{ 4613, 5602, 0, 0 },
	{ 4613, 5602, 1, 0 },
	{ 2879, 3125, 0, 0 },
	{ 2879, 3125, 1, 0 },
	{ 3342, 3597, 0, 0 },
	{ 3342, 3597, 1, 0 },
	{ 3343, 3598, 0, 0 },
	{ 3343, 3598, 1, 0 },
	{ 4130, 4598, 0, 0 },
	{ 4130, 4598, 1, 0 },
	{ 4131, 4599, 0, 0 },
	{ 4131, 4599, 1, 0 },
	{ 4129, 4597, 0, 0 },
	{ 4129, 4597, 1, 0 },
	{ 4183, 4726, 1, 0 },
	{ 6088, 28119, 1, 0 },
	{ 4615, 5604, 0, 0 },
	{ 4615, 5604, 1, 0 },
	{ 4616, 5605, 0, 0 },
	{ 4616, 5605, 1, 0 },
	{ 3363, 3618, 0, 0 },
	{ 3363, 3618, 1, 0 },
	{ 3364, 3619, 0, 0 },
	{ 3364, 3619, 1, 0 },
	{ 1190, 1469, 0, 0 },
	{ 1190, 1469, 1, 0 },
	{ 3684, 3939, 0, 0 },
	{ 3684, 3939, 1, 0 },
	{ 2619, 2878, 0, 0 },
	{ 2619, 2878, 1, 0 },
	{ 1327, 1601, 0, 0 },
	{ 1327, 1601, 1, 0 },
	{ 2635, 2894, 0, 0 },
	{ 2635, 2894, 1, 0 },
	{ 5359, 8402, 0, 0 },
	{ 5359, 8402, 1, 0 },
	{ 3400, 3655, 0, 0 },
	{ 3400, 3655, 1, 0 },
	{ 3401, 3656, 0, 0 },
	{ 3401, 3656, 1, 0 },
	{ 4829, 6316, 0, 0 },
	{ 4829, 6316, 1, 0 },
	{ 5672, 10020, 0, 0 },
	{ 1267, 1546, 0, 0 },
	{ 1267, 1546, 1, 0 },
	{ 4261, 4885, 0, 0 },
	{ 4261, 4885, 1, 0 },
	{ 3740, 3996, 0, 0 },
	{ 3740, 3996, 1, 0 },
	{ 3524, 3781, 0, 0 },
	{ 3524, 3781, 1, 0 },
	{ 1759, 2019, 1, 0 },
	{ 1679, 1954, 0, 0 },
	{ 1679, 1954, 1, 0 },
	{ 1680, 1955, 0, 0 },
	{ 1680, 1955, 1, 0 },
	{ 5913, 18463, 0, 0 },
	{ 5913, 18463, 1, 0 },
	{ 2539, 2796, 0, 0 },
	{ 2539, 2796, 1, 0 },
	{ 607, 674, 0, 0 },
	{ 607, 674, 1, 0 },
	{ 41, 62, 0, 0 },
	{ 41, 62, 1, 0 },
	{ 2543, 2800, 0, 0 },
	{ 2543, 2800, 1, 0 },
	{ 3852, 4108, 0, 0 },
	{ 3852, 4108, 1, 0 },
	{ 899, 1182, 0, 0 },
	{ 900, 1182, 1, 0 },
	{ 712, 888, 0, 0 },
	{ 712, 888, 1, 0 },
	{ 632, 699, 0, 0 },
	{ 632, 699, 1, 0 },
	{ 923, 1205, 0, 0 },
	{ 923, 1205, 1, 0 },
	{ 4988, 6868, 0, 0 },
	{ 4989, 6868, 1, 0 },
	{ 5195, 7781, 0, 0 },
	{ 5195, 7781, 1, 0 },
	{ 5778, 12007, 0, 0 },
	{ 5778, 12007, 1, 0 },
	{ 5779, 12008, 0, 0 },
	{ 5779, 12008, 1, 0 },
	{ 5421, 8793, 0, 0 },
	{ 5421, 8793, 1, 0 },
	{ 2074, 2334, 0, 0 },
	{ 2074, 2334, 1, 0 },
	{ 2075, 2335, 0, 0 },
	{ 2075, 2335, 1, 0 },
	{ 2220, 2475, 0, 0 },
	{ 2220, 2475, 1, 0 },
	{ 2221, 2476, 0, 0 },
	{ 2221, 2476, 1, 0 },
	{ 168, 187, 0, 0 },
	{ 168, 187, 1, 0 },
	{ 5639, 9953, 0, 0 },
	{ 5639, 9953, 1, 0 },
	{ 3757, 4013, 0, 0 },
	{ 3757, 4013, 1, 0 },
	{ 680, 774, 1, 0 },
	{ 683, 775, 1, 0 },
	{ 681, 774, 1, 1 },
	{ 684, 775, 1, 1 },
	{ 5535, 9216, 0, 0 },
	{ 5535, 9216, 1, 0 },
	{ 5004, 6969, 0, 0 },
	{ 5004, 6969, 1, 0 },
	{ 4982, 6801, 0, 0 },
	{ 4982, 6801, 1, 0 },
	{ 528, 599, 0, 0 },
	{ 528, 599, 1, 0 },
	{ 3566, 3823, 0, 0 },
	{ 3566, 3823, 1, 0 },
	{ 3565, 3822, 0, 0 },
	{ 3565, 3822, 1, 0 },
	{ 3567, 3824, 0, 0 },
	{ 3567, 3824, 1, 0 },
	{ 1814, 2071, 0, 0 },
	{ 1814, 2071, 1, 0 },
	{ 3789, 4046, 0, 0 },
	{ 3789, 4046, 1, 0 },
	{ 5131, 7509, 0, 0 },
	{ 1892, 2149, 0, 0 },
	{ 1892, 2149, 1, 0 },
	{ 81, 104, 0, 0 },
	{ 81, 104, 1, 0 },
	{ 6233, 44445, 0, 0 },
	{ 4154, 4671, 0, 0 },
	{ 4154, 4671, 1, 0 },
	{ 4380, 5103, 0, 0 },
	{ 4384, 5107, 0, 0 },
	{ 4383, 5106, 0, 0 },
	{ 2600, 2859, 0, 0 },
	{ 2600, 2859, 1, 0 },
	{ 748, 1034, 0, 0 },
	{ 748, 1034, 1, 0 },
	{ 4528, 5411, 0, 0 },
	{ 4528, 5411, 1, 0 },
	{ 1828, 2085, 0, 0 },
	{ 1828, 2085, 1, 0 },
	{ 4843, 6350, 0, 0 },
	{ 4843, 6350, 1, 0 },
	{ 1080, 1365, 0, 0 },
	{ 1080, 1365, 1, 0 },
	{ 2265, 2521, 0, 0 },
	{ 2265, 2521, 1, 0 },
	{ 5130, 7508, 0, 0 },
	{ 4969, 6769, 0, 0 },
	{ 4969, 6769, 1, 0 },
	{ 3032, 3279, 0, 0 },
	{ 3032, 8403, 0, 0 },
	{ 3032, 3279, 1, 0 },
	{ 3032, 8403, 1, 0 },
	{ 2437, 2692, 0, 0 },
	{ 2437, 2692, 1, 0 },
	{ 818, 1102, 0, 0 },
	{ 818, 1102, 1, 0 },
	{ 819, 1103, 0, 0 },
	{ 819, 1103, 1, 0 },
	{ 3446, 3703, 0, 0 },
	{ 3446, 3703, 1, 0 },
	{ 3447, 3704, 0, 0 },
	{ 3447, 3704, 1, 0 },
	{ 3448, 3705, 0, 0 },
	{ 3448, 3705, 1, 0 },
	{ 3699, 3954, 0, 0 },
	{ 3699, 3954, 1, 0 },
	{ 2295, 2550, 0, 0 },
	{ 2295, 2550, 1, 0 },
	{ 5246, 8016, 0, 0 },
	{ 3105, 3357, 0, 0 },
	{ 3105, 3357, 1, 0 },
	{ 3503, 3760, 0, 0 },
	{ 3503, 3760, 1, 0 },
	{ 2036, 2295, 0, 0 },
	{ 2036, 2295, 1, 0 },
	{ 5569, 9389, 0, 0 },
	{ 129, 149, 0, 0 },
	{ 129, 149, 1, 0 },
	{ 4104, 4549, 0, 0 },
	{ 4104, 4549, 1, 0 },
	{ 6015, 23456, 0, 0 },
	{ 6016, 23457, 0, 0 },
	{ 5273, 8060, 1, 0 },
	{ 936, 1218, 0, 0 },
	{ 936, 1218, 1, 0 },
	{ 937, 1219, 0, 0 },
	{ 937, 1219, 1, 0 },
	{ 2977, 3224, 0, 0 },
	{ 2977, 3224, 1, 0 },
	{ 5052, 7107, 1, 0 },
	{ 5323, 8202, 1, 0 },
	{ 1128, 1411, 0, 0 },
	{ 1128, 1411, 1, 0 },
	{ 4932, 6628, 0, 0 },
	{ 4932, 6628, 1, 0 },
	{ 4915, 6579, 0, 0 },
	{ 4915, 6579, 1, 0 },
	{ 4009, 4362, 1, 0 },
	{ 479, 548, 0, 0 },
	{ 479, 548, 1, 0 },
	{ 756, 1042, 0, 0 },
	{ 756, 1042, 1, 0 },
	{ 1202, 1483, 0, 0 },
	{ 1202, 1483, 1, 0 },
	{ 5017, 7007, 0, 0 },
	{ 5017, 7007, 1, 0 },
	{ 5011, 7001, 0, 0 },
	{ 5011, 7001, 1, 0 },
	{ 5016, 7006, 0, 0 },
	{ 5016, 7006, 1, 0 },
	{ 5010, 7000, 0, 0 },
	{ 5010, 7000, 1, 0 },
	{ 5014, 7004, 0, 0 },
	{ 5014, 7004, 1, 0 },
	{ 5012, 7002, 0, 0 },
	{ 5012, 7002, 1, 0 },
	{ 5019, 7009, 0, 0 },
	{ 5019, 7009, 1, 0 },
	{ 5018, 7008, 0, 0 },
	{ 5018, 7008, 1, 0 },
	{ 5013, 7003, 0, 0 },
	{ 5013, 7003, 1, 0 },
	{ 5015, 7005, 0, 0 },
	{ 5015, 7005, 1, 0 },
	{ 3661, 3917, 0, 0 },
	{ 3661, 3917, 1, 0 },
	{ 4715, 5904, 0, 0 },
	{ 4715, 5904, 1, 0 },
	{ 3659, 3915, 0, 0 },
	{ 3659, 3915, 1, 0 },
	{ 3741, 3997, 0, 0 },
	{ 3741, 3997, 1, 0 },
	{ 2071, 2331, 0, 0 },
	{ 2071, 2331, 1, 0 },
	{ 637, 705, 0, 0 },
	{ 637, 705, 1, 0 },
	{ 4720, 5909, 0, 0 },
	{ 4720, 5909, 1, 0 },
	{ 6190, 38203, 0, 0 },
	{ 6190, 38203, 1, 0 },
	{ 3166, 3425, 0, 0 },
	{ 3166, 3425, 1, 0 },
	{ 2777, 3026, 0, 0 },
	{ 2777, 3026, 1, 0 },
	{ 2771, 3021, 0, 0 },
	{ 2771, 3021, 1, 0 },
	{ 3895, 4149, 0, 0 },
	{ 3895, 4149, 1, 0 },
	{ 1813, 2070, 0, 0 },
	{ 1813, 2070, 1, 0 },
	{ 3982, 4333, 0, 0 },
	{ 3982, 4333, 1, 0 },
	{ 5185, 7738, 0, 0 },
	{ 5185, 7738, 1, 0 },
	{ 3815, 4071, 0, 0 },
	{ 3815, 4071, 1, 0 },
	{ 2529, 2785, 0, 0 },
	{ 2529, 2785, 1, 0 },
	{ 2530, 2786, 0, 0 },
	{ 2530, 2786, 1, 0 },
	{ 3068, 3316, 0, 0 },
	{ 3068, 3316, 1, 0 },
	{ 5967, 21221, 0, 0 },
	{ 5893, 17555, 0, 0 },
	{ 2588, 2846, 0, 0 },
	{ 2588, 2846, 1, 0 },
	{ 2589, 2847, 0, 0 },
	{ 2589, 2847, 1, 0 },
	{ 3576, 3833, 0, 0 },
	{ 3576, 3833, 1, 0 },
	{ 3857, 4113, 0, 0 },
	{ 3857, 4113, 1, 0 },
	{ 2628, 2887, 0, 0 },
	{ 2628, 2887, 1, 0 },
	{ 1200, 1481, 0, 0 },
	{ 1200, 1481, 1, 0 },
	{ 3720, 3975, 0, 0 },
	{ 3720, 3975, 1, 0 },
	{ 1918, 2175, 0, 0 },
	{ 1918, 2175, 1, 0 },
	{ 4723, 5912, 0, 0 },
	{ 4723, 5912, 1, 0 },
	{ 2527, 2783, 0, 0 },
	{ 2527, 2783, 1, 0 },
	{ 4228, 4804, 1, 0 },
	{ 2218, 2473, 0, 0 },
	{ 2218, 2473, 1, 0 },
	{ 3358, 3613, 0, 0 },
	{ 3358, 3613, 1, 0 },
	{ 2484, 2740, 0, 0 },
	{ 2484, 2740, 1, 0 },
	{ 2414, 2668, 0, 0 },
	{ 2414, 2668, 1, 0 },
	{ 2413, 2667, 0, 0 },
	{ 2413, 2667, 1, 0 },
	{ 2987, 3234, 0, 0 },
	{ 2987, 3234, 1, 0 },
	{ 4360, 5074, 0, 0 },
	{ 4360, 5074, 1, 0 },
	{ 5853, 16003, 1, 0 },
	{ 905, 1187, 0, 0 },
	{ 905, 1187, 1, 0 },
	{ 5643, 9956, 1, 0 },
	{ 5642, 9955, 1, 0 },
	{ 5641, 9955, 0, 0 },
	{ 6174, 36001, 0, 0 },
	{ 6174, 36001, 1, 0 },
	{ 2642, 2901, 0, 0 },
	{ 2642, 2901, 1, 0 },
	{ 5528, 9209, 0, 0 },
	{ 5528, 9209, 1, 0 },
	{ 380, 463, 0, 0 },
	{ 380, 463, 1, 0 },
	{ 1575, 1849, 0, 0 },
	{ 1575, 1849, 1, 0 },
	{ 1380, 1653, 0, 0 },
	{ 1380, 1653, 1, 0 },
	{ 1061, 1346, 0, 0 },
	{ 1061, 1346, 1, 0 },
	{ 1571, 1845, 0, 0 },
	{ 1571, 1845, 1, 0 },
	{ 2201, 2456, 0, 0 },
	{ 2201, 2456, 1, 0 },
	{ 3018, 3265, 0, 0 },
	{ 3018, 3265, 1, 0 },
	{ 5203, 7799, 0, 0 },
	{ 5203, 7799, 1, 0 },
	{ 3913, 4165, 0, 0 },
	{ 3913, 4165, 1, 0 },
	{ 6170, 35355, 0, 0 },
	{ 6171, 35355, 1, 0 },
	{ 4172, 4689, 0, 0 },
	{ 4172, 4689, 1, 0 },
	{ 3755, 4011, 0, 0 },
	{ 3755, 4011, 1, 0 },
	{ 4115, 4563, 0, 0 },
	{ 5677, 10080, 0, 0 },
	{ 5677, 10080, 1, 0 },
	{ 5344, 8301, 0, 0 },
	{ 5344, 8301, 1, 0 },
	{ 4984, 6831, 0, 0 },
	{ 4984, 6831, 1, 0 },
	{ 4581, 5506, 0, 0 },
	{ 4581, 5506, 1, 0 },
	{ 5413, 8766, 0, 0 },
	{ 5413, 8766, 1, 0 },
	{ 1656, 1931, 0, 0 },
	{ 1656, 1931, 1, 0 },
	{ 2385, 2640, 0, 0 },
	{ 2385, 2640, 1, 0 },
	{ 6098, 30003, 0, 0 },
	{ 6098, 30003, 1, 0 },
	{ 6099, 30004, 1, 0 },
	{ 1843, 2100, 0, 0 },
	{ 1843, 2100, 1, 0 },
	{ 2384, 2639, 0, 0 },
	{ 2384, 2639, 1, 0 },
	{ 3554, 3811, 0, 0 },
	{ 3554, 3811, 1, 0 },
	{ 5259, 8040, 0, 0 },
	{ 5259, 8040, 1, 0 },
	{ 4424, 5195, 0, 0 },
	{ 4425, 5196, 0, 0 },
	{ 1256, 1535, 0, 0 },
	{ 1256, 1535, 1, 0 },
	{ 1257, 1536, 0, 0 },
	{ 1257, 1536, 1, 0 },
	{ 376, 459, 0, 0 },
	{ 376, 459, 1, 0 },
	{ 4636, 5672, 0, 0 },
	{ 4636, 5672, 1, 0 },
	{ 4635, 5671, 0, 0 },
	{ 4635, 5671, 1, 0 },
	{ 751, 1037, 0, 0 },
	{ 751, 1037, 1, 0 },
	{ 2009, 2268, 0, 0 },
	{ 2009, 2268, 1, 0 },
	{ 2590, 2848, 0, 0 },
	{ 2590, 2848, 1, 0 },
	{ 2808, 3054, 0, 0 },
	{ 2808, 3054, 1, 0 },
	{ 798, 1082, 0, 0 },
	{ 798, 1082, 1, 0 },
	{ 5876, 16994, 0, 0 },
	{ 5876, 16994, 1, 0 },
	{ 5877, 16995, 0, 0 },
	{ 5877, 16995, 1, 0 },
	{ 5874, 16992, 0, 0 },
	{ 5874, 16992, 1, 0 },
	{ 5875, 16993, 0, 0 },
	{ 5875, 16993, 1, 0 },
	{ 1036, 1320, 0, 0 },
	{ 1036, 1320, 1, 0 },
	{ 1035, 1319, 0, 0 },
	{ 1035, 1319, 1, 0 },
	{ 3582, 3839, 0, 0 },
	{ 3582, 3839, 1, 0 },
	{ 2671, 2929, 0, 0 },
	{ 2671, 2929, 1, 0 },
	{ 2672, 2930, 0, 0 },
	{ 2672, 2930, 1, 0 },
	{ 3589, 3846, 0, 0 },
	{ 3589, 3846, 1, 0 },
	{ 4274, 4936, 1, 0 },
	{ 2391, 2646, 0, 0 },
	{ 2391, 2646, 1, 0 },
	{ 195, 212, 0, 0 },
	{ 195, 212, 1, 0 },
	{ 3086, 3338, 0, 0 },
	{ 3086, 3338, 1, 0 },
	{ 3089, 3341, 0, 0 },
	{ 3089, 3341, 1, 0 },
	{ 3087, 3339, 0, 0 },
	{ 3087, 3339, 1, 0 },
	{ 3088, 3340, 0, 0 },
	{ 3088, 3340, 1, 0 },
	{ 3458, 3715, 0, 0 },
	{ 3458, 3715, 1, 0 },
	{ 3181, 3440, 0, 0 },
	{ 3181, 3440, 1, 0 },
	{ 94, 116, 0, 0 },
	{ 94, 116, 1, 0 },
	{ 102, 124, 0, 0 },
	{ 102, 124, 1, 0 },
	{ 799, 1083, 0, 0 },
	{ 799, 1083, 1, 0 },
	{ 800, 1084, 0, 0 },
	{ 800, 1084, 1, 0 },
	{ 1510, 1781, 0, 0 },
	{ 1510, 1781, 1, 0 },
	{ 1526, 1800, 0, 0 },
	{ 1526, 1800, 1, 0 },
	{ 2066, 2325, 0, 0 },
	{ 2066, 2325, 1, 0 },
	{ 769, 1055, 0, 0 },
	{ 769, 1055, 1, 0 },
	{ 924, 1206, 0, 0 },
	{ 924, 1206, 1, 0 },
	{ 1988, 2247, 0, 0 },
	{ 1988, 2247, 1, 0 },
	{ 4724, 5913, 0, 0 },
	{ 4724, 5913, 1, 0 },
	{ 2456, 2712, 0, 0 },
	{ 2456, 2712, 1, 0 },
	{ 586, 654, 0, 0 },
	{ 586, 654, 1, 0 },
	{ 4419, 5190, 0, 0 },
	{ 4419, 5190, 1, 0 },
	{ 4420, 5191, 0, 0 },
	{ 4420, 5191, 1, 0 },
	{ 4421, 5192, 0, 0 },
	{ 4421, 5192, 1, 0 },
	{ 4422, 5193, 0, 0 },
	{ 4422, 5193, 1, 0 },
	{ 6261, 47806, 0, 0 },
	{ 6261, 47806, 1, 0 },
	{ 5513, 9160, 0, 0 },
	{ 5513, 9160, 1, 0 },
	{ 5514, 9161, 0, 0 },
	{ 5514, 9161, 1, 0 },
	{ 5515, 9162, 0, 0 },
	{ 5515, 9162, 1, 0 },
	{ 5516, 9163, 0, 0 },
	{ 5516, 9163, 1, 0 },
	{ 5517, 9164, 0, 0 },
	{ 5517, 9164, 1, 0 },
	{ 1903, 2160, 0, 0 },
	{ 1903, 2160, 1, 0 },
	{ 1904, 2161, 0, 0 },
	{ 1904, 2161, 1, 0 },
	{ 2001, 2260, 0, 0 },
	{ 2001, 2260, 1, 0 },
	{ 2806, 3052, 0, 0 },
	{ 2806, 3052, 1, 0 },
	{ 3250, 3506, 0, 0 },
	{ 3250, 3506, 1, 0 },
	{ 4561, 5454, 0, 0 },
	{ 4561, 5454, 1, 0 },
	{ 4562, 5455, 0, 0 },
	{ 4562, 5455, 1, 0 },
	{ 4563, 5456, 0, 0 },
	{ 4563, 5456, 1, 0 },
	{ 4904, 6547, 0, 0 },
	{ 4904, 6547, 1, 0 },
	{ 4905, 6548, 0, 0 },
	{ 4905, 6548, 1, 0 },
	{ 4906, 6549, 0, 0 },
	{ 4906, 6549, 1, 0 },
	{ 5208, 7845, 0, 0 },
	{ 5208, 7845, 1, 0 },
	{ 5209, 7846, 0, 0 },
	{ 5209, 7846, 1, 0 },
	{ 5636, 9950, 0, 0 },
	{ 5636, 9950, 1, 0 },
	{ 5637, 9951, 0, 0 },
	{ 5637, 9951, 1, 0 },
	{ 5638, 9952, 0, 0 },
	{ 5638, 9952, 1, 0 },
	{ 5921, 18888, 0, 0 },
	{ 5921, 18888, 1, 0 },
	{ 3295, 3551, 0, 0 },
	{ 3295, 3551, 1, 0 },
	{ 3693, 3948, 0, 0 },
	{ 3693, 3948, 1, 0 },
	{ 470, 539, 0, 0 },
	{ 470, 539, 1, 0 },
	{ 721, 913, 0, 0 },
	{ 721, 913, 1, 0 },
	{ 720, 912, 0, 0 },
	{ 720, 912, 1, 0 },
	{ 850, 1134, 0, 0 },
	{ 850, 1134, 1, 0 },
	{ 6124, 32483, 0, 0 },
	{ 6124, 32483, 1, 0 },
	{ 3552, 3809, 0, 0 },
	{ 3552, 3809, 1, 0 },
	{ 2937, 3184, 0, 0 },
	{ 2937, 3184, 1, 0 },
	{ 5298, 8122, 0, 0 },
	{ 5298, 8122, 1, 0 },
	{ 2498, 2754, 0, 0 },
	{ 2498, 2754, 1, 0 },
	{ 5297, 8121, 0, 0 },
	{ 5297, 8121, 1, 0 },
	{ 2503, 2759, 0, 0 },
	{ 2503, 2759, 1, 0 },
	{ 5703, 10252, 0, 0 },
	{ 5703, 10252, 1, 0 },
	{ 2502, 2758, 0, 0 },
	{ 2502, 2758, 1, 0 },
	{ 2991, 3238, 0, 0 },
	{ 2991, 3238, 1, 0 },
	{ 2990, 3237, 0, 0 },
	{ 2990, 3237, 1, 0 },
	{ 2989, 3236, 0, 0 },
	{ 2989, 3236, 1, 0 },
	{ 2992, 3239, 0, 0 },
	{ 2992, 3239, 1, 0 },
	{ 4157, 4674, 0, 0 },
	{ 4157, 4674, 1, 0 },
	{ 1096, 1381, 0, 0 },
	{ 1096, 1381, 1, 0 },
	{ 3404, 3659, 0, 0 },
	{ 3404, 3659, 1, 0 },
	{ 3856, 4112, 0, 0 },
	{ 3856, 4112, 1, 0 },
	{ 375, 458, 0, 0 },
	{ 375, 458, 1, 0 },
	{ 476, 545, 0, 0 },
	{ 476, 545, 1, 0 },
	{ 2076, 2336, 0, 0 },
	{ 2076, 2336, 1, 0 },
	{ 2639, 2898, 0, 0 },
	{ 2639, 2898, 1, 0 },
	{ 737, 999, 1, 0 },
	{ 1780, 2037, 0, 0 },
	{ 1780, 2037, 1, 0 },
	{ 3831, 4087, 0, 0 },
	{ 3064, 3312, 0, 0 },
	{ 3064, 3312, 1, 0 },
	{ 4243, 4848, 0, 0 },
	{ 4243, 4848, 1, 0 },
	{ 4244, 4849, 0, 0 },
	{ 4244, 4849, 1, 0 },
	{ 3624, 3879, 0, 0 },
	{ 3624, 3879, 1, 0 },
	{ 2361, 2616, 0, 0 },
	{ 2361, 2616, 1, 0 },
	{ 1879, 2136, 0, 0 },
	{ 1879, 2136, 1, 0 },
	{ 1165, 1447, 0, 0 },
	{ 1165, 1447, 1, 0 },
	{ 4370, 5086, 0, 0 },
	{ 4569, 5470, 0, 0 },
	{ 4570, 5471, 0, 0 },
	{ 4574, 5475, 0, 0 },
	{ 4573, 5474, 1, 0 },
	{ 4571, 5472, 0, 0 },
	{ 4572, 5473, 0, 0 },
	{ 3501, 3758, 0, 0 },
	{ 3501, 3758, 1, 0 },
	{ 4030, 4394, 1, 0 },
	{ 4027, 4391, 0, 0 },
	{ 4028, 4392, 0, 0 },
	{ 4029, 4393, 0, 0 },
	{ 2005, 2264, 0, 0 },
	{ 2005, 2264, 1, 0 },
	{ 2006, 2265, 0, 0 },
	{ 2006, 2265, 1, 0 },
	{ 1280, 1557, 0, 0 },
	{ 1280, 1557, 1, 0 },
	{ 5252, 8023, 0, 0 },
	{ 5252, 8023, 1, 0 },
	{ 220, 262, 0, 0 },
	{ 220, 262, 1, 0 },
	{ 5041, 7070, 0, 0 },
	{ 5041, 7070, 1, 0 },
	{ 3257, 3513, 0, 0 },
	{ 3257, 3513, 1, 0 },
	{ 1552, 1826, 0, 0 },
	{ 1552, 1826, 1, 0 },
	{ 832, 1116, 0, 0 },
	{ 832, 1116, 1, 0 },
	{ 833, 1117, 0, 0 },
	{ 833, 1117, 1, 0 },
	{ 831, 1115, 0, 0 },
	{ 831, 1115, 1, 0 },
	{ 1561, 1835, 0, 0 },
	{ 1561, 1835, 1, 0 },
	{ 1560, 1834, 0, 0 },
	{ 1560, 1834, 1, 0 },
	{ 6017, 23546, 0, 0 },
	{ 5755, 11321, 0, 0 },
	{ 5755, 11321, 1, 0 },
	{ 2784, 3030, 0, 0 },
	{ 2784, 3030, 1, 0 },
	{ 2776, 3025, 0, 0 },
	{ 2776, 3025, 1, 0 },
	{ 2327, 2582, 0, 0 },
	{ 2327, 2582, 1, 0 },
	{ 2326, 2581, 0, 0 },
	{ 2326, 2581, 1, 0 },
	{ 2369, 2624, 0, 0 },
	{ 2369, 2624, 1, 0 },
	{ 1857, 2114, 0, 0 },
	{ 1857, 2114, 1, 0 },
	{ 332, 419, 0, 0 },
	{ 332, 419, 1, 0 },
	{ 334, 421, 0, 0 },
	{ 334, 421, 1, 0 },
	{ 335, 422, 0, 0 },
	{ 335, 422, 1, 0 },
	{ 5148, 7570, 0, 0 },
	{ 5148, 7570, 1, 0 },
	{ 2893, 3140, 0, 0 },
	{ 2893, 3140, 1, 0 },
	{ 5365, 8423, 0, 0 },
	{ 3167, 3426, 0, 0 },
	{ 3167, 3426, 1, 0 },
	{ 1638, 1913, 0, 0 },
	{ 1638, 1913, 1, 0 },
	{ 4095, 4534, 1, 0 },
	{ 5551, 9294, 0, 0 },
	{ 5551, 9294, 1, 0 },
	{ 5552, 9295, 0, 0 },
	{ 5552, 9295, 1, 0 },
	{ 2927, 3174, 0, 0 },
	{ 2927, 3174, 1, 0 },
	{ 5549, 9292, 0, 0 },
	{ 5549, 9292, 1, 0 },
	{ 297, 384, 0, 0 },
	{ 297, 384, 1, 0 },
	{ 3469, 3726, 0, 0 },
	{ 3469, 3726, 1, 0 },
	{ 2929, 3176, 0, 0 },
	{ 2929, 3176, 1, 0 },
	{ 6081, 27782, 0, 0 },
	{ 6081, 27782, 1, 0 },
	{ 3262, 3518, 0, 0 },
	{ 3262, 3518, 1, 0 },
	{ 5329, 8211, 1, 0 },
	{ 5063, 7166, 0, 0 },
	{ 5063, 7166, 1, 0 },
	{ 3770, 4026, 0, 0 },
	{ 3770, 4026, 1, 0 },
	{ 365, 449, 0, 0 },
	{ 365, 449, 1, 0 },
	{ 299, 386, 0, 0 },
	{ 299, 386, 1, 0 },
	{ 5081, 7234, 0, 0 },
	{ 3192, 3451, 0, 0 },
	{ 3192, 3451, 1, 0 },
	{ 3606, 3863, 0, 0 },
	{ 3608, 3864, 0, 0 },
	{ 3607, 3863, 1, 0 },
	{ 4076, 4448, 0, 0 },
	{ 4076, 4448, 1, 0 },
	{ 1283, 1560, 0, 0 },
	{ 1283, 1560, 1, 0 },
	{ 3821, 4077, 1, 0 },
	{ 4405, 5155, 0, 0 },
	{ 4405, 5155, 1, 0 },
	{ 1936, 2192, 0, 0 },
	{ 1936, 2192, 1, 0 },
	{ 553, 623, 1, 0 },
	{ 596, 664, 1, 0 },
	{ 5759, 11489, 0, 0 },
	{ 4670, 5727, 0, 0 },
	{ 1553, 1827, 0, 0 },
	{ 1553, 1827, 1, 0 },
	{ 557, 626, 0, 0 },
	{ 557, 626, 1, 0 },
	{ 6236, 44600, 1, 0 },
	{ 240, 311, 0, 0 },
	{ 240, 311, 1, 0 },
	{ 620, 687, 0, 0 },
	{ 620, 687, 1, 0 },
	{ 4716, 5905, 0, 0 },
	{ 4716, 5905, 1, 0 },
	{ 6241, 45000, 0, 0 },
	{ 6242, 45000, 1, 0 },
	{ 6243, 45001, 0, 0 },
	{ 4327, 5042, 0, 0 },
	{ 4327, 5042, 1, 0 },
	{ 2842, 3087, 0, 0 },
	{ 2842, 3087, 1, 0 },
	{ 5082, 7235, 1, 0 },
	{ 1265, 1544, 0, 0 },
	{ 1265, 1544, 1, 0 },
	{ 1478, 1749, 0, 0 },
	{ 1478, 1749, 1, 0 },
	{ 4792, 6142, 0, 0 },
	{ 4792, 6142, 1, 0 },
	{ 795, 1079, 0, 0 },
	{ 795, 1079, 1, 0 },
	{ 5204, 7800, 0, 0 },
	{ 5204, 7800, 1, 0 },
	{ 6042, 24850, 1, 0 },
	{ 4180, 4704, 0, 0 },
	{ 3863, 4119, 0, 0 },
	{ 3863, 4119, 1, 0 },
	{ 4089, 4485, 0, 0 },
	{ 5505, 9106, 0, 0 },
	{ 5506, 9106, 1, 0 },
	{ 5507, 9107, 0, 0 },
	{ 5389, 8600, 0, 0 },
	{ 5389, 8600, 1, 0 },
	{ 6082, 27876, 0, 0 },
	{ 2605, 2864, 0, 0 },
	{ 2605, 2864, 1, 0 },
	{ 184, 203, 0, 0 },
	{ 184, 203, 1, 0 },
	{ 186, 205, 0, 0 },
	{ 186, 205, 1, 0 },
	{ 188, 207, 0, 0 },
	{ 188, 207, 1, 0 },
	{ 189, 208, 0, 0 },
	{ 189, 208, 1, 0 },
	{ 185, 204, 0, 0 },
	{ 185, 204, 1, 0 },
	{ 183, 202, 0, 0 },
	{ 183, 202, 1, 0 },
	{ 182, 201, 0, 0 },
	{ 182, 201, 1, 0 },
	{ 187, 206, 0, 0 },
	{ 187, 206, 1, 0 },
	{ 888, 1171, 0, 0 },
	{ 888, 1171, 1, 0 },
	{ 887, 1170, 0, 0 },
	{ 887, 1170, 1, 0 },
	{ 1101, 1385, 0, 0 },
	{ 1101, 1385, 1, 0 },
	{ 1102, 1385, 0, 1 },
	{ 1102, 1385, 1, 1 },
	{ 5962, 20999, 0, 0 },
	{ 5962, 20999, 1, 0 },
	{ 3710, 3965, 0, 0 },
	{ 3710, 3965, 1, 0 },
	{ 3902, 4154, 0, 0 },
	{ 3902, 4154, 1, 0 },
	{ 5756, 11367, 0, 0 },
	{ 5756, 11367, 1, 0 },
	{ 1240, 1520, 0, 0 },
	{ 1240, 1520, 1, 0 },
	{ 4400, 5150, 0, 0 },
	{ 4400, 5150, 1, 0 },
	{ 2556, 2812, 0, 0 },
	{ 2556, 2812, 1, 0 },
	{ 1941, 2201, 0, 0 },
	{ 1941, 2201, 1, 0 },
	{ 4722, 5911, 0, 0 },
	{ 4722, 5911, 1, 0 },
	{ 4721, 5910, 0, 0 },
	{ 4721, 5910, 1, 0 },
	{ 4275, 4937, 1, 0 },
	{ 4607, 5586, 0, 0 },
	{ 2058, 2317, 0, 0 },
	{ 2058, 2317, 1, 0 },
	{ 2164, 2419, 0, 0 },
	{ 2164, 2419, 1, 0 },
	{ 2045, 2304, 0, 0 },
	{ 2045, 2304, 1, 0 },
	{ 4450, 5242, 0, 0 },
	{ 5135, 7543, 0, 0 },
	{ 5135, 7543, 1, 0 },
	{ 1114, 1397, 0, 0 },
	{ 1114, 1397, 1, 0 },
	{ 3388, 3643, 0, 0 },
	{ 3388, 3643, 1, 0 },
	{ 163, 182, 0, 0 },
	{ 163, 182, 1, 0 },
	{ 863, 1146, 0, 0 },
	{ 863, 1146, 1, 0 },
	{ 31, 48, 0, 0 },
	{ 31, 48, 1, 0 },
	{ 1809, 2066, 0, 0 },
	{ 1809, 2066, 1, 0 },
	{ 4644, 5680, 0, 0 },
	{ 4644, 5680, 1, 0 },
	{ 2516, 2772, 0, 0 },
	{ 2516, 2772, 1, 0 },
	{ 5488, 9084, 0, 0 },
	{ 5488, 9084, 1, 0 },
	{ 6143, 33123, 0, 0 },
	{ 6143, 33123, 1, 0 },
	{ 277, 364, 0, 0 },
	{ 277, 364, 1, 0 },
	{ 300, 387, 0, 0 },
	{ 300, 387, 1, 0 },
	{ 92, 113, 1, 0 },
	{ 92, 113, 0, 1 },
	{ 4353, 5067, 0, 0 },
	{ 4353, 5067, 1, 0 },
	{ 4388, 5115, 0, 0 },
	{ 3178, 3437, 0, 0 },
	{ 3178, 3437, 1, 0 },
	{ 2857, 3104, 0, 0 },
	{ 2856, 3103, 0, 0 },
	{ 2856, 3103, 1, 0 },
	{ 2858, 3104, 1, 0 },
	{ 1140, 1422, 0, 0 },
	{ 1140, 1422, 1, 0 },
	{ 1823, 2080, 0, 0 },
	{ 1823, 2080, 1, 0 },
	{ 857, 1140, 0, 0 },
	{ 857, 1140, 1, 0 },
	{ 4168, 4685, 0, 0 },
	{ 4168, 4685, 1, 0 },
	{ 4706, 5820, 0, 0 },
	{ 6107, 31020, 0, 0 },
	{ 1793, 2050, 0, 0 },
	{ 1793, 2050, 1, 0 },
	{ 838, 1122, 0, 0 },
	{ 838, 1122, 1, 0 },
	{ 1874, 2131, 0, 0 },
	{ 1874, 2131, 1, 0 },
	{ 3808, 4065, 0, 0 },
	{ 3808, 4065, 1, 0 },
	{ 3809, 4065, 0, 1 },
	{ 3809, 4065, 1, 1 },
	{ 1811, 2068, 0, 0 },
	{ 1811, 2068, 1, 0 },
	{ 5884, 17221, 0, 0 },
	{ 5884, 17221, 1, 0 },
	{ 1877, 2134, 0, 0 },
	{ 1877, 2134, 1, 0 },
	{ 2734, 2992, 0, 0 },
	{ 2734, 2992, 1, 0 },
	{ 5955, 20057, 0, 0 },
	{ 4046, 4413, 0, 0 },
	{ 4047, 4413, 1, 0 },
	{ 408, 486, 0, 0 },
	{ 408, 486, 1, 0 },
	{ 3246, 3502, 0, 0 },
	{ 3246, 3502, 1, 0 },
	{ 1979, 2238, 0, 0 },
	{ 1979, 2238, 1, 0 },
	{ 3615, 3871, 0, 0 },
	{ 3615, 3871, 1, 0 },
	{ 794, 1078, 0, 0 },
	{ 794, 1078, 1, 0 },
	{ 2964, 3211, 0, 0 },
	{ 2964, 3211, 1, 0 },
	{ 4301, 5004, 0, 0 },
	{ 4301, 5004, 1, 0 },
	{ 4302, 5005, 0, 0 },
	{ 4302, 5005, 1, 0 },
	{ 5883, 17220, 0, 0 },
	{ 5883, 17220, 1, 0 },
	{ 4092, 4488, 0, 0 },
	{ 4092, 4488, 1, 0 },
	{ 3030, 3277, 0, 0 },
	{ 3030, 3277, 1, 0 },
	{ 5367, 8433, 1, 0 },
	{ 5999, 22800, 0, 0 },
	{ 5999, 22800, 1, 0 },
	{ 3948, 4195, 0, 0 },
	{ 3948, 4195, 1, 0 },
	{ 6168, 35100, 0, 0 },
	{ 6168, 35100, 1, 0 },
	{ 5705, 10260, 0, 0 },
	{ 5705, 10260, 1, 0 },
	{ 1269, 1548, 0, 0 },
	{ 1269, 1548, 1, 0 },
	{ 5868, 16665, 0, 0 },
	{ 4053, 4418, 1, 0 },
	{ 4358, 5072, 0, 0 },
	{ 4358, 5072, 1, 0 },
	{ 3944, 4192, 0, 0 },
	{ 3945, 4192, 1, 0 },
	{ 3256, 3512, 0, 0 },
	{ 3256, 3512, 1, 0 },
	{ 1621, 1896, 0, 0 },
	{ 1621, 1896, 1, 0 },
	{ 1944, 2204, 0, 0 },
	{ 1944, 2204, 1, 0 },
	{ 1943, 2203, 0, 0 },
	{ 1943, 2203, 1, 0 },
	{ 896, 1179, 0, 0 },
	{ 896, 1179, 1, 0 },
	{ 4958, 6696, 1, 0 },
	{ 4960, 6699, 1, 0 },
	{ 2380, 2635, 0, 0 },
	{ 2380, 2635, 1, 0 },
	{ 3128, 3387, 0, 0 },
	{ 3128, 3387, 1, 0 },
	{ 4786, 6123, 0, 0 },
	{ 4786, 6123, 1, 0 },
	{ 3691, 3946, 0, 0 },
	{ 3691, 3946, 1, 0 },
	{ 6262, 47808, 0, 0 },
	{ 6262, 47808, 1, 0 },
	{ 5500, 9101, 0, 0 },
	{ 5500, 9101, 1, 0 },
	{ 5501, 9102, 0, 0 },
	{ 5501, 9102, 1, 0 },
	{ 5502, 9103, 0, 0 },
	{ 5502, 9103, 1, 0 },
	{ 4888, 6505, 0, 0 },
	{ 4888, 6505, 1, 0 },
	{ 4890, 6506, 0, 0 },
	{ 4890, 6506, 1, 0 },
	{ 4889, 6505, 0, 1 },
	{ 4889, 6505, 1, 1 },
	{ 4891, 6506, 0, 1 },
	{ 4891, 6506, 1, 1 },
	{ 1654, 1929, 0, 0 },
	{ 1654, 1929, 1, 0 },
	{ 2452, 2708, 0, 0 },
	{ 2452, 2708, 1, 0 },
	{ 498, 567, 0, 0 },
	{ 498, 567, 1, 0 },
	{ 503, 573, 0, 0 },
	{ 503, 573, 1, 0 },
	{ 4391, 5120, 0, 0 },
	{ 4391, 5120, 1, 0 },
	{ 4546, 5429, 0, 0 },
	{ 4546, 5429, 1, 0 },
	{ 3956, 4305, 0, 0 },
	{ 3956, 4305, 1, 0 },
	{ 1709, 1984, 0, 0 },
	{ 1709, 1984, 1, 0 },
	{ 3075, 3327, 0, 0 },
	{ 3075, 3327, 1, 0 },
	{ 1062, 1347, 0, 0 },
	{ 1062, 1347, 1, 0 },
	{ 1063, 1348, 0, 0 },
	{ 1063, 1348, 1, 0 },
	{ 3925, 4175, 0, 0 },
	{ 3156, 3415, 0, 0 },
	{ 3156, 3415, 1, 0 },
	{ 4160, 4677, 0, 0 },
	{ 4160, 4677, 1, 0 },
	{ 1433, 1704, 0, 0 },
	{ 1433, 1704, 1, 0 },
	{ 1676, 1951, 0, 0 },
	{ 1676, 1951, 1, 0 },
	{ 5797, 13216, 0, 0 },
	{ 5797, 13216, 1, 0 },
	{ 5464, 8999, 0, 0 },
	{ 5464, 8999, 1, 0 },
	{ 5684, 10107, 0, 0 },
	{ 5684, 10107, 1, 0 },
	{ 4892, 6507, 0, 0 },
	{ 4892, 6507, 1, 0 },
	{ 4894, 6508, 0, 0 },
	{ 4894, 6508, 1, 0 },
	{ 4893, 6507, 0, 1 },
	{ 4893, 6507, 1, 1 },
	{ 4895, 6508, 0, 1 },
	{ 4895, 6508, 1, 1 },
	{ 511, 581, 0, 0 },
	{ 511, 581, 1, 0 },
	{ 2878, 3124, 0, 0 },
	{ 2878, 3124, 1, 0 },
	{ 4060, 4426, 0, 0 },
	{ 4060, 4426, 1, 0 },
	{ 2593, 2852, 0, 0 },
	{ 2593, 2852, 1, 0 },
	{ 2899, 3146, 0, 0 },
	{ 2899, 3146, 1, 0 },
	{ 2159, 2414, 0, 0 },
	{ 2159, 2414, 1, 0 },
	{ 1668, 1943, 0, 0 },
	{ 1668, 1943, 1, 0 },
	{ 4624, 5633, 0, 0 },
	{ 4624, 5633, 1, 0 },
	{ 1734, 2005, 0, 0 },
	{ 3149, 3408, 0, 0 },
	{ 3149, 3408, 1, 0 },
	{ 3272, 3527, 0, 0 },
	{ 3272, 3527, 1, 0 },
	{ 3705, 3960, 0, 0 },
	{ 3705, 3960, 1, 0 },
	{ 4785, 6122, 0, 0 },
	{ 4785, 6122, 1, 0 },
	{ 5846, 15660, 0, 0 },
	{ 5846, 15660, 1, 0 },
	{ 4541, 5424, 0, 0 },
	{ 4541, 5424, 1, 0 },
	{ 6062, 25954, 1, 0 },
	{ 6063, 25955, 1, 0 },
	{ 3527, 3784, 0, 0 },
	{ 3527, 3784, 1, 0 },
	{ 3528, 3785, 0, 0 },
	{ 3528, 3785, 1, 0 },
	{ 4974, 6784, 1, 0 },
	{ 4214, 4784, 0, 0 },
	{ 4214, 4784, 1, 0 },
	{ 3711, 3966, 0, 0 },
	{ 3711, 3966, 1, 0 },
	{ 131, 152, 0, 0 },
	{ 131, 152, 1, 0 },
	{ 222, 264, 0, 0 },
	{ 222, 264, 1, 0 },
	{ 160, 179, 0, 0 },
	{ 160, 179, 1, 0 },
	{ 404, 482, 0, 0 },
	{ 404, 482, 1, 0 },
	{ 267, 354, 0, 0 },
	{ 267, 354, 1, 0 },
	{ 270, 357, 0, 0 },
	{ 270, 357, 1, 0 },
	{ 215, 248, 0, 0 },
	{ 215, 248, 1, 0 },
	{ 239, 310, 0, 0 },
	{ 239, 310, 1, 0 },
	{ 265, 352, 0, 1 },
	{ 265, 352, 1, 1 },
	{ 263, 351, 0, 1 },
	{ 263, 351, 1, 1 },
	{ 1687, 1962, 0, 0 },
	{ 1687, 1962, 1, 0 },
	{ 2000, 2259, 0, 0 },
	{ 2000, 2259, 1, 0 },
	{ 2114, 2369, 0, 0 },
	{ 2114, 2369, 1, 0 },
	{ 437, 512, 1, 1 },
	{ 5899, 18000, 0, 0 },
	{ 5899, 18000, 1, 0 },
	{ 6034, 24577, 0, 0 },
	{ 6035, 24577, 1, 0 },
	{ 3526, 3783, 0, 0 },
	{ 3526, 3783, 1, 0 },
	{ 2043, 2302, 0, 0 },
	{ 2043, 2302, 1, 0 },
	{ 6094, 29999, 0, 0 },
	{ 6033, 24554, 0, 0 },
	{ 6033, 24554, 1, 0 },
	{ 1850, 2107, 0, 0 },
	{ 1850, 2107, 1, 0 },
	{ 2408, 2662, 0, 0 },
	{ 2408, 2662, 1, 0 },
	{ 2409, 2663, 0, 0 },
	{ 2409, 2663, 1, 0 },
	{ 3152, 3411, 0, 0 },
	{ 3152, 3411, 1, 0 },
	{ 4996, 6946, 0, 0 },
	{ 4996, 6946, 1, 0 },
	{ 4371, 5087, 0, 0 },
	{ 4021, 4376, 0, 0 },
	{ 4021, 4376, 1, 0 },
	{ 4606, 5585, 0, 0 },
	{ 4606, 5585, 1, 0 },
	{ 4605, 5584, 0, 0 },
	{ 4605, 5584, 1, 0 },
	{ 4354, 5068, 0, 0 },
	{ 1921, 2178, 0, 0 },
	{ 1921, 2178, 1, 0 },
	{ 120, 142, 0, 0 },
	{ 120, 142, 1, 0 },
	{ 1775, 2032, 0, 0 },
	{ 1775, 2032, 1, 0 },
	{ 743, 1025, 0, 0 },
	{ 743, 1025, 1, 0 },
	{ 867, 1150, 0, 0 },
	{ 867, 1150, 1, 0 },
	{ 3467, 3724, 0, 0 },
	{ 3467, 3724, 1, 0 },
	{ 2652, 2911, 0, 0 },
	{ 2652, 2911, 1, 0 },
	{ 2319, 2574, 0, 0 },
	{ 2319, 2574, 1, 0 },
	{ 5707, 10288, 0, 0 },
	{ 5707, 10288, 1, 0 },
	{ 5318, 8194, 0, 0 },
	{ 5318, 8194, 1, 0 },
	{ 5319, 8195, 0, 0 },
	{ 5319, 8195, 1, 0 },
	{ 5340, 8292, 0, 0 },
	{ 5340, 8292, 1, 0 },
	{ 5342, 8294, 0, 0 },
	{ 5342, 8294, 1, 0 },
	{ 6274, 48129, 0, 0 },
	{ 6274, 48129, 1, 0 },
	{ 1150, 1432, 0, 0 },
	{ 1150, 1432, 1, 0 },
	{ 2018, 2277, 0, 0 },
	{ 2018, 2277, 1, 0 },
	{ 2618, 2877, 0, 0 },
	{ 2618, 2877, 1, 0 },
	{ 2370, 2625, 0, 0 },
	{ 2370, 2625, 1, 0 },
	{ 3162, 3421, 0, 0 },
	{ 3162, 3421, 1, 0 },
	{ 2239, 2494, 0, 0 },
	{ 2239, 2494, 1, 0 },
	{ 4824, 6301, 0, 0 },
	{ 4824, 6301, 1, 0 },
	{ 3438, 3695, 0, 0 },
	{ 3438, 3695, 1, 0 },
	{ 3427, 3683, 0, 0 },
	{ 3427, 3683, 1, 0 },
	{ 5694, 10129, 0, 0 },
	{ 4823, 6300, 0, 0 },
	{ 4823, 6300, 1, 0 },
	{ 3349, 3604, 0, 0 },
	{ 3349, 3604, 1, 0 },
	{ 1802, 2059, 0, 0 },
	{ 1802, 2059, 1, 0 },
	{ 1498, 1769, 0, 0 },
	{ 1498, 1769, 1, 0 },
	{ 1499, 1770, 0, 0 },
	{ 1499, 1770, 1, 0 },
	{ 3305, 3561, 0, 0 },
	{ 3305, 3561, 1, 0 },
	{ 1028, 1313, 0, 0 },
	{ 1028, 1313, 1, 0 },
	{ 4967, 6767, 0, 0 },
	{ 4967, 6767, 1, 0 },
	{ 4968, 6768, 0, 0 },
	{ 4968, 6768, 1, 0 },
	{ 5693, 10128, 0, 0 },
	{ 5693, 10128, 1, 0 },
	{ 4118, 4568, 0, 0 },
	{ 4118, 4568, 1, 0 },
	{ 4825, 6301, 0, 1 },
	{ 4825, 6301, 1, 1 },
	{ 1029, 1313, 0, 1 },
	{ 1029, 1313, 1, 1 },
	{ 2934, 3181, 0, 0 },
	{ 2934, 3181, 1, 0 },
	{ 2935, 3182, 0, 0 },
	{ 2935, 3182, 1, 0 },
	{ 5818, 13823, 0, 0 },
	{ 564, 632, 0, 0 },
	{ 564, 632, 1, 0 },
	{ 328, 415, 0, 0 },
	{ 328, 415, 1, 0 },
	{ 836, 1120, 0, 0 },
	{ 836, 1120, 1, 0 },
	{ 835, 1119, 0, 0 },
	{ 835, 1119, 1, 0 },
	{ 5708, 10439, 1, 0 },
	{ 3092, 3344, 0, 0 },
	{ 3092, 3344, 1, 0 },
	{ 5614, 9700, 0, 0 },
	{ 5614, 9700, 1, 0 },
	{ 5616, 9750, 0, 0 },
	{ 5616, 9750, 1, 0 },
	{ 757, 1043, 0, 0 },
	{ 757, 1043, 1, 0 },
	{ 4881, 6500, 0, 0 },
	{ 4881, 6500, 1, 0 },
	{ 4886, 6503, 0, 0 },
	{ 4886, 6503, 1, 0 },
	{ 4882, 6501, 0, 0 },
	{ 4882, 6501, 1, 0 },
	{ 4884, 6502, 0, 0 },
	{ 4884, 6502, 1, 0 },
	{ 4887, 6503, 0, 1 },
	{ 4887, 6503, 1, 1 },
	{ 4883, 6501, 0, 1 },
	{ 4883, 6501, 1, 1 },
	{ 4885, 6502, 0, 1 },
	{ 4885, 6502, 1, 1 },
	{ 2703, 2961, 0, 0 },
	{ 2703, 2961, 1, 0 },
	{ 5171, 7687, 0, 0 },
	{ 4272, 4914, 0, 0 },
	{ 4272, 4914, 1, 0 },
	{ 1019, 1304, 0, 0 },
	{ 1019, 1304, 1, 0 },
	{ 2654, 2913, 0, 0 },
	{ 2654, 2913, 1, 0 },
	{ 1757, 2017, 1, 0 },
	{ 49, 68, 0, 0 },
	{ 49, 68, 1, 0 },
	{ 48, 67, 0, 0 },
	{ 48, 67, 1, 0 },
	{ 1755, 2016, 0, 0 },
	{ 1755, 2016, 1, 0 },
	{ 639, 707, 0, 0 },
	{ 639, 707, 1, 0 },
	{ 2732, 2990, 0, 0 },
	{ 2732, 2990, 1, 0 },
	{ 6091, 28589, 0, 0 },
	{ 1958, 2218, 0, 0 },
	{ 1958, 2218, 1, 0 },
	{ 3937, 4186, 0, 0 },
	{ 5566, 9380, 0, 0 },
	{ 5566, 9380, 1, 0 },
	{ 5809, 13782, 0, 0 },
	{ 5809, 13782, 1, 0 },
	{ 2586, 2844, 0, 0 },
	{ 2586, 2844, 1, 0 },
	{ 2587, 2845, 0, 0 },
	{ 2587, 2845, 1, 0 },
	{ 5806, 13721, 0, 0 },
	{ 5806, 13721, 1, 0 },
	{ 5807, 13722, 0, 0 },
	{ 5807, 13722, 1, 0 },
	{ 3338, 3593, 0, 0 },
	{ 3338, 3593, 1, 0 },
	{ 5805, 13720, 0, 0 },
	{ 5805, 13720, 1, 0 },
	{ 4542, 5425, 0, 0 },
	{ 4542, 5425, 1, 0 },
	{ 1912, 2169, 0, 0 },
	{ 1912, 2169, 1, 0 },
	{ 1038, 1323, 0, 0 },
	{ 1038, 1323, 1, 0 },
	{ 4049, 4415, 0, 0 },
	{ 2941, 3188, 0, 0 },
	{ 2941, 3188, 1, 0 },
	{ 1898, 2155, 0, 0 },
	{ 1898, 2155, 1, 0 },
	{ 3840, 4096, 0, 0 },
	{ 3840, 4096, 1, 0 },
	{ 6000, 22951, 0, 0 },
	{ 6000, 22951, 1, 0 },
	{ 789, 1073, 0, 0 },
	{ 789, 1073, 1, 0 },
	{ 4646, 5682, 1, 0 },
	{ 3845, 4101, 0, 0 },
	{ 3845, 4101, 1, 0 },
	{ 3846, 4102, 0, 0 },
	{ 3846, 4102, 1, 0 },
	{ 3847, 4103, 0, 0 },
	{ 3847, 4103, 1, 0 },
	{ 3848, 4104, 0, 0 },
	{ 3848, 4104, 1, 0 },
	{ 2759, 3014, 0, 0 },
	{ 2759, 3014, 1, 0 },
	{ 2760, 3014, 0, 1 },
	{ 2760, 3014, 1, 1 },
	{ 2797, 3043, 0, 0 },
	{ 2797, 3043, 1, 0 },
	{ 2364, 2619, 0, 0 },
	{ 2364, 2619, 1, 0 },
	{ 1731, 2003, 0, 0 },
	{ 1731, 2003, 1, 0 },
	{ 768, 1054, 0, 0 },
	{ 768, 1054, 1, 0 },
	{ 4493, 5320, 0, 0 },
	{ 4494, 5321, 0, 0 },
	{ 970, 1252, 0, 0 },
	{ 970, 1252, 1, 0 },
	{ 787, 1071, 0, 0 },
	{ 787, 1071, 1, 0 },
	{ 2281, 2536, 0, 0 },
	{ 2281, 2536, 1, 0 },
	{ 2188, 2444, 0, 0 },
	{ 2188, 2444, 1, 0 },
	{ 2547, 2803, 0, 0 },
	{ 2547, 2803, 1, 0 },
	{ 3099, 3351, 0, 0 },
	{ 3099, 3351, 1, 0 },
	{ 1686, 1961, 0, 0 },
	{ 1686, 1961, 1, 0 },
	{ 3425, 3681, 0, 0 },
	{ 3425, 3681, 1, 0 },
	{ 1580, 1854, 0, 0 },
	{ 1580, 1854, 1, 0 },
	{ 2190, 2446, 0, 0 },
	{ 2190, 2446, 1, 0 },
	{ 2191, 2446, 0, 1 },
	{ 2191, 2446, 1, 1 },
	{ 2707, 2965, 0, 0 },
	{ 2707, 2965, 1, 0 },
	{ 2706, 2964, 0, 0 },
	{ 2706, 2964, 1, 0 },
	{ 4286, 4971, 0, 0 },
	{ 733, 998, 0, 0 },
	{ 4203, 4747, 1, 0 },
	{ 2861, 3107, 0, 0 },
	{ 2861, 3107, 1, 0 },
	{ 4294, 4990, 0, 0 },
	{ 4294, 4990, 1, 0 },
	{ 3738, 3993, 0, 0 },
	{ 3738, 3993, 1, 0 },
	{ 3737, 3992, 0, 0 },
	{ 3737, 3992, 1, 0 },
	{ 3735, 3990, 0, 0 },
	{ 3735, 3990, 1, 0 },
	{ 3734, 3989, 0, 0 },
	{ 3734, 3989, 1, 0 },
	{ 3736, 3991, 0, 0 },
	{ 3736, 3991, 1, 0 },
	{ 3371, 3626, 0, 0 },
	{ 3371, 3626, 1, 0 },
	{ 954, 1236, 0, 0 },
	{ 954, 1236, 1, 0 },
	{ 5723, 10880, 0, 0 },
	{ 5723, 10880, 1, 0 },
	{ 866, 1149, 0, 0 },
	{ 866, 1149, 1, 0 },
	{ 3771, 4027, 0, 0 },
	{ 3771, 4027, 1, 0 },
	{ 1090, 1375, 0, 0 },
	{ 1090, 1375, 1, 0 },
	{ 4404, 5154, 0, 0 },
	{ 4404, 5154, 1, 0 },
	{ 3903, 4155, 0, 0 },
	{ 3903, 4155, 1, 0 },
	{ 3521, 3778, 0, 0 },
	{ 3521, 3778, 1, 0 },
	{ 870, 1153, 0, 0 },
	{ 870, 1153, 1, 0 },
	{ 2217, 2472, 0, 0 },
	{ 2217, 2472, 1, 0 },
	{ 4350, 5064, 0, 0 },
	{ 4350, 5064, 1, 0 },
	{ 4351, 5065, 0, 0 },
	{ 4351, 5065, 1, 0 },
	{ 5253, 8025, 0, 0 },
	{ 5253, 8025, 1, 0 },
	{ 5254, 8026, 0, 0 },
	{ 5254, 8026, 1, 0 },
	{ 3452, 3709, 0, 0 },
	{ 3452, 3709, 1, 0 },
	{ 5836, 14414, 0, 0 },
	{ 5836, 14414, 1, 0 },
	{ 4457, 5249, 0, 0 },
	{ 4457, 5249, 1, 0 },
	{ 4456, 5248, 0, 0 },
	{ 4456, 5248, 1, 0 },
	{ 524, 595, 0, 0 },
	{ 524, 595, 1, 0 },
	{ 232, 282, 0, 0 },
	{ 232, 282, 1, 0 },
	{ 5058, 7161, 0, 0 },
	{ 5058, 7161, 1, 0 },
	{ 1276, 1554, 0, 0 },
	{ 1276, 1554, 1, 0 },
	{ 5060, 7163, 0, 0 },
	{ 5060, 7163, 1, 0 },
	{ 1286, 1563, 0, 0 },
	{ 1286, 1563, 1, 0 },
	{ 2059, 2318, 0, 0 },
	{ 2059, 2318, 1, 0 },
	{ 1159, 1441, 0, 0 },
	{ 1159, 1441, 1, 0 },
	{ 1160, 1442, 0, 0 },
	{ 1160, 1442, 1, 0 },
	{ 1116, 1399, 0, 0 },
	{ 1116, 1399, 1, 0 },
	{ 1117, 1400, 0, 0 },
	{ 1117, 1400, 1, 0 },
	{ 674, 770, 0, 0 },
	{ 674, 770, 1, 0 },
	{ 738, 1000, 0, 0 },
	{ 738, 1000, 1, 0 },
	{ 1104, 1387, 0, 0 },
	{ 1104, 1387, 1, 0 },
	{ 5870, 16789, 0, 0 },
	{ 581, 649, 0, 0 },
	{ 581, 649, 1, 0 },
	{ 6212, 42510, 0, 0 },
	{ 6212, 42510, 1, 0 },
	{ 4459, 5251, 0, 0 },
	{ 4459, 5251, 1, 0 },
	{ 1450, 1721, 0, 0 },
	{ 1450, 1721, 1, 0 },
	{ 920, 1202, 0, 0 },
	{ 920, 1202, 1, 0 },
	{ 910, 1192, 0, 0 },
	{ 910, 1192, 1, 0 },
	{ 199, 216, 0, 0 },
	{ 199, 216, 1, 0 },
	{ 5059, 7162, 0, 0 },
	{ 5059, 7162, 1, 0 },
	{ 916, 1198, 0, 0 },
	{ 916, 1198, 1, 0 },
	{ 517, 588, 0, 0 },
	{ 517, 588, 1, 0 },
	{ 5995, 22537, 0, 0 },
	{ 2297, 2552, 0, 0 },
	{ 2297, 2552, 1, 0 },
	{ 2261, 2517, 0, 0 },
	{ 2261, 2517, 1, 0 },
	{ 2647, 2906, 0, 0 },
	{ 2647, 2906, 1, 0 },
	{ 3420, 3675, 0, 0 },
	{ 3420, 3675, 1, 0 },
	{ 5544, 9283, 0, 0 },
	{ 5544, 9283, 1, 0 },
	{ 3290, 3545, 0, 0 },
	{ 3290, 3545, 1, 0 },
	{ 1463, 1734, 0, 0 },
	{ 1463, 1734, 1, 0 },
	{ 4078, 4450, 0, 0 },
	{ 4078, 4450, 1, 0 },
	{ 1644, 1919, 0, 0 },
	{ 1644, 1919, 1, 0 },
	{ 1645, 1920, 0, 0 },
	{ 1645, 1920, 1, 0 },
	{ 3406, 3661, 0, 0 },
	{ 3406, 3661, 1, 0 },
	{ 1643, 1918, 0, 0 },
	{ 1643, 1918, 1, 0 },
	{ 3405, 3660, 0, 0 },
	{ 3405, 3660, 1, 0 },
	{ 6037, 24676, 0, 0 },
	{ 6037, 24676, 1, 0 },
	{ 6210, 42508, 0, 0 },
	{ 6210, 42508, 1, 0 },
	{ 6211, 42509, 0, 0 },
	{ 6211, 42509, 1, 0 },
	{ 3328, 3583, 0, 0 },
	{ 3328, 3583, 1, 0 },
	{ 4912, 6568, 0, 0 },
	{ 4913, 6568, 0, 1 },
	{ 1597, 1871, 0, 0 },
	{ 1597, 1871, 1, 0 },
	{ 1598, 1872, 0, 0 },
	{ 1598, 1872, 1, 0 },
	{ 5392, 8611, 0, 0 },
	{ 5392, 8611, 1, 0 },
	{ 5393, 8612, 0, 0 },
	{ 5393, 8612, 1, 0 },
	{ 5394, 8613, 0, 0 },
	{ 5394, 8613, 1, 0 },
	{ 5395, 8614, 0, 0 },
	{ 5395, 8614, 1, 0 },
	{ 3499, 3756, 0, 0 },
	{ 3499, 3756, 1, 0 },
	{ 5390, 8609, 1, 0 },
	{ 5391, 8610, 0, 0 },
	{ 5391, 8610, 1, 0 },
	{ 5463, 8998, 0, 0 },
	{ 744, 1026, 0, 0 },
	{ 744, 1026, 1, 0 },
	{ 1485, 1756, 0, 0 },
	{ 1485, 1756, 1, 0 },
	{ 864, 1147, 0, 0 },
	{ 864, 1147, 1, 0 },
	{ 4186, 4728, 0, 0 },
	{ 4186, 4728, 1, 0 },
	{ 3042, 3290, 0, 0 },
	{ 3042, 3290, 1, 0 },
	{ 4454, 5246, 1, 0 },
	{ 4455, 5247, 1, 0 },
	{ 5793, 12546, 0, 0 },
	{ 788, 1072, 0, 0 },
	{ 788, 1072, 1, 0 },
	{ 2859, 3105, 0, 0 },
	{ 2859, 3105, 1, 0 },
	{ 2860, 3106, 0, 0 },
	{ 2860, 3106, 1, 0 },
	{ 4121, 4573, 0, 0 },
	{ 5483, 9060, 0, 0 },
	{ 5484, 9060, 1, 0 },
	{ 915, 1197, 0, 0 },
	{ 915, 1197, 1, 0 },
	{ 3044, 3292, 0, 0 },
	{ 3044, 3292, 1, 0 },
	{ 4466, 5270, 0, 0 },
	{ 4466, 5270, 1, 0 },
	{ 2163, 2418, 0, 0 },
	{ 2163, 2418, 1, 0 },
	{ 3426, 3682, 0, 0 },
	{ 3426, 3682, 1, 0 },
	{ 3414, 3669, 0, 0 },
	{ 3414, 3669, 1, 0 },
	{ 846, 1130, 0, 0 },
	{ 846, 1130, 1, 0 },
	{ 847, 1131, 0, 0 },
	{ 847, 1131, 1, 0 },
	{ 5064, 7167, 0, 0 },
	{ 3191, 3450, 0, 0 },
	{ 3191, 3450, 1, 0 },
	{ 2579, 2836, 0, 0 },
	{ 2579, 2836, 1, 0 },
	{ 903, 1185, 0, 0 },
	{ 903, 1185, 1, 0 },
	{ 1865, 2122, 0, 0 },
	{ 1865, 2122, 1, 0 },
	{ 2815, 3061, 0, 0 },
	{ 2815, 3061, 1, 0 },
	{ 5786, 12168, 0, 0 },
	{ 5786, 12168, 1, 0 },
	{ 5588, 9593, 0, 0 },
	{ 5588, 9593, 1, 0 },
	{ 3493, 3750, 0, 0 },
	{ 3493, 3750, 1, 0 },
	{ 4054, 4419, 0, 0 },
	{ 3129, 3388, 0, 0 },
	{ 3129, 3388, 1, 0 },
	{ 5192, 7777, 0, 0 },
	{ 5192, 7777, 1, 0 },
	{ 4585, 5550, 0, 0 },
	{ 4250, 4870, 0, 0 },
	{ 4250, 4870, 1, 0 },
	{ 5066, 7169, 0, 0 },
	{ 5066, 7169, 1, 0 },
	{ 3320, 3575, 0, 0 },
	{ 3320, 3575, 1, 0 },
	{ 2868, 3114, 0, 0 },
	{ 2868, 3114, 1, 0 },
	{ 3017, 3264, 0, 0 },
	{ 3017, 3264, 1, 0 },
	{ 3249, 3505, 0, 0 },
	{ 3249, 3505, 1, 0 },
	{ 2907, 3154, 0, 0 },
	{ 2907, 3154, 1, 0 },
	{ 5613, 9695, 0, 0 },
	{ 5613, 9695, 1, 0 },
	{ 1859, 2116, 0, 0 },
	{ 1859, 2116, 1, 0 },
	{ 3692, 3947, 0, 0 },
	{ 3692, 3947, 1, 0 },
	{ 2478, 2734, 0, 0 },
	{ 2478, 2734, 1, 0 },
	{ 4284, 4969, 0, 0 },
	{ 4284, 4969, 1, 0 },
	{ 4285, 4970, 0, 0 },
	{ 4285, 4970, 1, 0 },
	{ 3303, 3559, 0, 0 },
	{ 3303, 3559, 1, 0 },
	{ 3795, 4053, 0, 0 },
	{ 3795, 4053, 1, 0 },
	{ 3796, 4054, 0, 0 },
	{ 3796, 4054, 1, 0 },
	{ 3797, 4055, 0, 0 },
	{ 3797, 4055, 1, 0 },
	{ 3361, 3616, 0, 0 },
	{ 3361, 3616, 1, 0 },
	{ 3116, 3376, 0, 0 },
	{ 3116, 3376, 1, 0 },
	{ 206, 223, 0, 0 },
	{ 206, 223, 1, 0 },
	{ 713, 888, 0, 1 },
	{ 5429, 8880, 0, 0 },
	{ 5429, 8880, 1, 0 },
	{ 1788, 2045, 0, 0 },
	{ 1788, 2045, 1, 0 },
	{ 3067, 3315, 0, 0 },
	{ 3067, 3315, 1, 0 },
	{ 2810, 3056, 0, 0 },
	{ 2810, 3056, 1, 0 },
	{ 2157, 2412, 0, 0 },
	{ 2157, 2412, 1, 0 },
	{ 3859, 4115, 0, 0 },
	{ 3859, 4115, 1, 0 },
	{ 2316, 2571, 0, 0 },
	{ 2316, 2571, 1, 0 },
	{ 3886, 4140, 0, 0 },
	{ 3886, 4140, 1, 0 },
	{ 3887, 4140, 0, 1 },
	{ 3887, 4140, 1, 1 },
	{ 5673, 10023, 1, 0 },
	{ 3228, 3485, 0, 0 },
	{ 3228, 3485, 1, 0 },
	{ 3732, 3987, 0, 0 },
	{ 3732, 3987, 1, 0 },
	{ 1438, 1709, 0, 0 },
	{ 1438, 1709, 1, 0 },
	{ 3052, 3300, 0, 0 },
	{ 3818, 4074, 0, 0 },
	{ 3818, 4074, 1, 0 },
	{ 1521, 1794, 0, 0 },
	{ 1521, 1794, 1, 0 },
	{ 3573, 3830, 0, 0 },
	{ 3573, 3830, 1, 0 },
	{ 1365, 1639, 0, 0 },
	{ 1365, 1639, 1, 0 },
	{ 1366, 1640, 0, 0 },
	{ 1366, 1640, 1, 0 },
	{ 2664, 2921, 0, 0 },
	{ 2664, 2921, 1, 0 },
	{ 2665, 2922, 0, 0 },
	{ 2665, 2922, 1, 0 },
	{ 2597, 2856, 0, 0 },
	{ 2597, 2856, 1, 0 },
	{ 98, 120, 0, 0 },
	{ 98, 120, 1, 0 },
	{ 4483, 5308, 0, 0 },
	{ 4483, 5308, 1, 0 },
	{ 5245, 8015, 0, 0 },
	{ 5138, 7546, 0, 0 },
	{ 5138, 7546, 1, 0 },
	{ 1490, 1761, 0, 0 },
	{ 1490, 1761, 1, 0 },
	{ 1491, 1762, 0, 0 },
	{ 1491, 1762, 1, 0 },
	{ 1492, 1763, 0, 0 },
	{ 1492, 1763, 1, 0 },
	{ 1493, 1764, 0, 0 },
	{ 1493, 1764, 1, 0 },
	{ 1494, 1765, 0, 0 },
	{ 1494, 1765, 1, 0 },
	{ 1495, 1766, 0, 0 },
	{ 1495, 1766, 1, 0 },
	{ 1496, 1767, 0, 0 },
	{ 1496, 1767, 1, 0 },
	{ 1497, 1768, 0, 0 },
	{ 1497, 1768, 1, 0 },
	{ 5145, 7563, 0, 0 },
	{ 3638, 3893, 0, 0 },
	{ 3638, 3893, 1, 0 },
	{ 2747, 3003, 0, 0 },
	{ 2747, 3003, 1, 0 },
	{ 1926, 2183, 0, 0 },
	{ 1926, 2183, 1, 0 },
	{ 1925, 2182, 0, 0 },
	{ 1925, 2182, 1, 0 },
	{ 10, 19, 0, 0 },
	{ 10, 19, 1, 0 },
	{ 3647, 3903, 0, 0 },
	{ 3647, 3903, 1, 0 },
	{ 4909, 6556, 0, 0 },
	{ 4580, 5505, 0, 0 },
	{ 4580, 5505, 1, 0 },
	{ 5909, 18241, 0, 0 },
	{ 5909, 18241, 1, 0 },
	{ 1103, 1386, 0, 0 },
	{ 1103, 1386, 1, 0 },
	{ 3097, 3349, 0, 0 },
	{ 3097, 3349, 1, 0 },
	{ 1618, 1892, 0, 0 },
	{ 1618, 1892, 1, 0 },
	{ 1617, 1891, 0, 0 },
	{ 1617, 1891, 1, 0 },
	{ 3753, 4009, 0, 0 },
	{ 3753, 4009, 1, 0 },
	{ 1295, 1572, 0, 0 },
	{ 1295, 1572, 1, 0 },
	{ 5882, 17219, 0, 0 },
	{ 5882, 17219, 1, 0 },
	{ 2852, 3099, 0, 0 },
	{ 2852, 3099, 1, 0 },
	{ 3965, 4314, 0, 0 },
	{ 3966, 4316, 0, 0 },
	{ 1088, 1373, 0, 0 },
	{ 1088, 1373, 1, 0 },
	{ 493, 562, 0, 0 },
	{ 493, 562, 1, 0 },
	{ 1243, 1523, 0, 0 },
	{ 1243, 1523, 1, 0 },
	{ 1092, 1377, 0, 0 },
	{ 1092, 1377, 1, 0 },
	{ 2770, 3020, 0, 0 },
	{ 2770, 3020, 1, 0 },
	{ 4737, 5993, 0, 0 },
	{ 5692, 10125, 0, 0 },
	{ 606, 673, 0, 0 },
	{ 606, 673, 1, 0 },
	{ 3492, 3749, 0, 0 },
	{ 3492, 3749, 1, 0 },
	{ 3513, 3770, 0, 0 },
	{ 3513, 3770, 1, 0 },
	{ 2632, 2891, 0, 0 },
	{ 2632, 2891, 1, 0 },
	{ 1472, 1743, 0, 0 },
	{ 1472, 1743, 1, 0 },
	{ 3632, 3887, 0, 0 },
	{ 3632, 3887, 1, 0 },
	{ 3633, 3888, 0, 0 },
	{ 3633, 3888, 1, 0 },
	{ 2673, 2931, 0, 0 },
	{ 2673, 2931, 1, 0 },
	{ 5709, 10443, 0, 0 },
	{ 5987, 22305, 0, 0 },
	{ 5987, 22305, 1, 0 },
	{ 5991, 22343, 0, 0 },
	{ 5991, 22343, 1, 0 },
	{ 5486, 9081, 1, 0 },
	{ 5376, 8470, 0, 0 },
	{ 5247, 8017, 1, 0 },
	{ 108, 130, 0, 0 },
	{ 108, 130, 1, 0 },
	{ 884, 1167, 0, 0 },
	{ 884, 1167, 1, 0 },
	{ 1470, 1741, 0, 0 },
	{ 1470, 1741, 1, 0 },
	{ 4699, 5786, 1, 0 },
	{ 1727, 2000, 0, 0 },
	{ 1727, 2000, 1, 0 },
	{ 5845, 15555, 0, 0 },
	{ 5845, 15555, 1, 0 },
	{ 110, 132, 0, 0 },
	{ 110, 132, 1, 0 },
	{ 642, 711, 0, 0 },
	{ 642, 711, 1, 0 },
	{ 109, 131, 0, 0 },
	{ 109, 131, 1, 0 },
	{ 4935, 6633, 1, 0 },
	{ 3792, 4050, 0, 0 },
	{ 3792, 4050, 1, 0 },
	{ 6227, 43441, 0, 0 },
	{ 6227, 43441, 1, 0 },
	{ 427, 504, 0, 0 },
	{ 427, 504, 1, 0 },
	{ 2638, 2897, 0, 0 },
	{ 2638, 2897, 1, 0 },
	{ 2257, 2513, 0, 0 },
	{ 2257, 2513, 1, 0 },
	{ 2256, 2512, 0, 0 },
	{ 2256, 2512, 1, 0 },
	{ 2343, 2598, 0, 0 },
	{ 2343, 2598, 1, 0 },
	{ 5079, 7228, 0, 0 },
	{ 5080, 7229, 0, 0 },
	{ 1458, 1729, 0, 0 },
	{ 1458, 1729, 1, 0 },
	{ 152, 172, 0, 0 },
	{ 152, 172, 1, 0 },
	{ 3881, 4135, 0, 0 },
	{ 3881, 4135, 1, 0 },
	{ 3883, 4137, 0, 0 },
	{ 3883, 4137, 1, 0 },
	{ 3882, 4136, 0, 0 },
	{ 3882, 4136, 1, 0 },
	{ 153, 172, 0, 1 },
	{ 153, 172, 1, 1 },
	{ 4850, 6389, 0, 0 },
	{ 4850, 6389, 1, 0 },
	{ 5491, 9087, 0, 0 },
	{ 5491, 9087, 1, 0 },
	{ 3224, 3481, 0, 0 },
	{ 3224, 3481, 1, 0 },
	{ 284, 371, 0, 0 },
	{ 284, 371, 1, 0 },
	{ 1795, 2052, 0, 0 },
	{ 1795, 2052, 1, 0 },
	{ 4954, 6687, 0, 0 },
	{ 4955, 6688, 0, 0 },
	{ 4957, 6690, 0, 0 },
	{ 3473, 3730, 0, 0 },
	{ 3473, 3730, 1, 0 },
	{ 5612, 9694, 0, 0 },
	{ 5612, 9694, 1, 0 },
	{ 3140, 3397, 0, 0 },
	{ 3140, 3397, 1, 0 },
	{ 269, 356, 0, 0 },
	{ 269, 356, 1, 0 },
	{ 1669, 1944, 0, 0 },
	{ 1669, 1944, 1, 0 },
	{ 6247, 45514, 0, 0 },
	{ 6248, 45514, 1, 0 },
	{ 5142, 7550, 1, 0 },
	{ 2312, 2567, 0, 0 },
	{ 2312, 2567, 1, 0 },
	{ 3114, 3374, 0, 0 },
	{ 3114, 3374, 1, 0 },
	{ 5911, 18243, 0, 0 },
	{ 5071, 7174, 0, 0 },
	{ 5071, 7174, 1, 0 },
	{ 1195, 1476, 0, 0 },
	{ 1195, 1476, 1, 0 },
	{ 764, 1050, 0, 0 },
	{ 764, 1050, 1, 0 },
	{ 2362, 2617, 0, 0 },
	{ 2362, 2617, 1, 0 },
	{ 3321, 3576, 0, 0 },
	{ 3321, 3576, 1, 0 },
	{ 144, 164, 0, 0 },
	{ 144, 164, 1, 0 },
	{ 143, 163, 0, 0 },
	{ 143, 163, 1, 0 },
	{ 1011, 1294, 0, 0 },
	{ 1011, 1294, 1, 0 },
	{ 5383, 8501, 1, 0 },
	{ 5382, 8501, 0, 0 },
	{ 5087, 7262, 0, 0 },
	{ 5087, 7262, 1, 0 },
	{ 5065, 7168, 0, 0 },
	{ 4215, 4785, 1, 0 },
	{ 1486, 1757, 0, 0 },
	{ 1486, 1757, 1, 0 },
	{ 2501, 2757, 0, 0 },
	{ 2501, 2757, 1, 0 },
	{ 812, 1096, 0, 0 },
	{ 812, 1096, 1, 0 },
	{ 2718, 2976, 0, 0 },
	{ 2718, 2976, 1, 0 },
	{ 4647, 5683, 0, 0 },
	{ 4647, 5683, 1, 0 },
	{ 4648, 5684, 0, 0 },
	{ 4648, 5684, 1, 0 },
	{ 1250, 1529, 0, 0 },
	{ 1250, 1529, 1, 0 },
	{ 6067, 26257, 0, 0 },
	{ 283, 370, 0, 0 },
	{ 283, 370, 1, 0 },
	{ 2177, 2432, 0, 0 },
	{ 2177, 2432, 1, 0 },
	{ 2178, 2433, 0, 0 },
	{ 2178, 2433, 1, 0 },
	{ 5993, 22350, 0, 0 },
	{ 5993, 22350, 1, 0 },
	{ 5994, 22351, 0, 0 },
	{ 2160, 2415, 0, 0 },
	{ 2160, 2415, 1, 0 },
	{ 2793, 3039, 0, 0 },
	{ 2793, 3039, 1, 0 },
	{ 6232, 44444, 0, 0 },
	{ 785, 1069, 0, 0 },
	{ 785, 1069, 1, 0 },
	{ 3522, 3779, 0, 0 },
	{ 3522, 3779, 1, 0 },
	{ 3117, 3377, 0, 0 },
	{ 3117, 3377, 1, 0 },
	{ 5149, 7574, 0, 0 },
	{ 5150, 7574, 1, 0 },
	{ 5966, 21213, 0, 0 },
	{ 5172, 7689, 0, 0 },
	{ 5172, 7689, 1, 0 },
	{ 551, 622, 0, 0 },
	{ 551, 622, 1, 0 },
	{ 3234, 3490, 0, 0 },
	{ 3234, 3490, 1, 0 },
	{ 6275, 48556, 0, 0 },
	{ 6275, 48556, 1, 0 },
	{ 2279, 2534, 0, 0 },
	{ 2279, 2534, 1, 0 },
	{ 1851, 2108, 0, 0 },
	{ 1851, 2108, 1, 0 },
	{ 3350, 3605, 0, 0 },
	{ 3350, 3605, 1, 0 },
	{ 3157, 3416, 0, 0 },
	{ 3157, 3416, 1, 0 },
	{ 473, 542, 0, 0 },
	{ 473, 542, 1, 0 },
	{ 908, 1190, 0, 0 },
	{ 908, 1190, 1, 0 },
	{ 1317, 1592, 0, 0 },
	{ 1317, 1592, 1, 0 },
	{ 4298, 5001, 0, 0 },
	{ 4298, 5001, 1, 0 },
	{ 4297, 5000, 0, 0 },
	{ 4297, 5000, 1, 0 },
	{ 5944, 20002, 0, 0 },
	{ 5944, 20002, 1, 0 },
	{ 5945, 20003, 0, 0 },
	{ 5945, 20003, 1, 0 },
	{ 2003, 2262, 0, 0 },
	{ 2003, 2262, 1, 0 },
	{ 2002, 2261, 0, 0 },
	{ 2002, 2261, 1, 0 },
	{ 548, 619, 0, 0 },
	{ 548, 619, 1, 0 },
	{ 2125, 2381, 0, 0 },
	{ 2125, 2381, 1, 0 },
	{ 2510, 2766, 0, 0 },
	{ 2510, 2766, 1, 0 },
	{ 2300, 2555, 0, 0 },
	{ 2300, 2555, 1, 0 },
	{ 2162, 2417, 0, 0 },
	{ 2162, 2417, 1, 0 },
	{ 2, 2, 0, 0 },
	{ 2, 3, 0, 0 },
	{ 2, 2, 1, 0 },
	{ 2, 3, 1, 0 },
	{ 3959, 4308, 0, 0 },
	{ 3959, 4308, 1, 0 },
	{ 436, 512, 1, 0 },
	{ 352, 437, 0, 0 },
	{ 352, 437, 1, 0 },
	{ 665, 759, 0, 0 },
	{ 665, 759, 1, 0 },
	{ 2236, 2491, 0, 0 },
	{ 2236, 2491, 1, 0 },
	{ 1528, 1802, 0, 0 },
	{ 1528, 1802, 1, 0 },
	{ 1374, 1648, 0, 0 },
	{ 1374, 1648, 1, 0 },
	{ 5602, 9618, 0, 0 },
	{ 5602, 9618, 1, 0 },
	{ 5005, 6970, 0, 0 },
	{ 1740, 2008, 0, 0 },
	{ 462, 531, 0, 0 },
	{ 462, 531, 1, 0 },
	{ 1442, 1713, 0, 0 },
	{ 1442, 1713, 1, 0 },
	{ 3322, 3577, 0, 0 },
	{ 3322, 3577, 1, 0 },
	{ 1203, 1484, 0, 0 },
	{ 1203, 1484, 1, 0 },
	{ 1880, 2137, 0, 0 },
	{ 1880, 2137, 1, 0 },
	{ 3182, 3441, 0, 0 },
	{ 3182, 3441, 1, 0 },
	{ 3183, 3442, 0, 0 },
	{ 3183, 3442, 1, 0 },
	{ 5865, 16384, 0, 0 },
	{ 5865, 16384, 1, 0 },
	{ 2352, 2607, 0, 0 },
	{ 2352, 2607, 1, 0 },
	{ 626, 693, 0, 0 },
	{ 626, 693, 1, 0 },
	{ 1073, 1358, 0, 0 },
	{ 1073, 1358, 1, 0 },
	{ 4175, 4692, 0, 0 },
	{ 4175, 4692, 1, 0 },
	{ 4736, 5992, 0, 0 },
	{ 4736, 5992, 1, 0 },
	{ 4240, 4846, 0, 0 },
	{ 4240, 4846, 1, 0 },
	{ 4241, 4846, 0, 1 },
	{ 4241, 4846, 1, 1 },
	{ 4148, 4665, 0, 0 },
	{ 4148, 4665, 1, 0 },
	{ 370, 454, 0, 0 },
	{ 370, 3365, 0, 0 },
	{ 370, 454, 1, 0 },
	{ 370, 3365, 1, 0 },
	{ 4529, 5412, 0, 0 },
	{ 4529, 5412, 1, 0 },
	{ 5143, 7551, 0, 0 },
	{ 4213, 4774, 0, 0 },
	{ 2310, 2565, 0, 0 },
	{ 2310, 2565, 1, 0 },
	{ 3040, 3288, 0, 0 },
	{ 3040, 3288, 1, 0 },
	{ 2936, 3183, 0, 0 },
	{ 2936, 3183, 1, 0 },
	{ 5371, 8445, 0, 0 },
	{ 5372, 8445, 1, 0 },
	{ 5497, 9093, 0, 0 },
	{ 5927, 19220, 0, 0 },
	{ 5928, 19220, 1, 0 },
	{ 616, 683, 0, 0 },
	{ 616, 683, 1, 0 },
	{ 617, 684, 0, 0 },
	{ 617, 684, 1, 0 },
	{ 2553, 2809, 0, 0 },
	{ 2553, 2809, 1, 0 },
	{ 5414, 8767, 0, 0 },
	{ 2399, 2654, 0, 0 },
	{ 2399, 2654, 1, 0 },
	{ 2400, 2654, 0, 1 },
	{ 2400, 2654, 1, 1 },
	{ 3951, 4300, 0, 0 },
	{ 3951, 4300, 1, 0 },
	{ 1289, 1566, 0, 0 },
	{ 1289, 1566, 1, 0 },
	{ 234, 284, 0, 0 },
	{ 234, 284, 1, 0 },
	{ 2065, 2324, 0, 0 },
	{ 2065, 2324, 1, 0 },
	{ 4728, 5984, 0, 0 },
	{ 4728, 5984, 1, 0 },
	{ 461, 530, 0, 0 },
	{ 461, 530, 1, 0 },
	{ 44, 64, 0, 0 },
	{ 44, 64, 1, 0 },
	{ 5294, 8116, 0, 0 },
	{ 5294, 8116, 1, 0 },
	{ 4023, 4378, 0, 0 },
	{ 4023, 4378, 1, 0 },
	{ 4363, 5079, 1, 0 },
	{ 4022, 4377, 0, 0 },
	{ 4022, 4377, 1, 0 },
	{ 3354, 3609, 0, 0 },
	{ 3354, 3609, 1, 0 },
	{ 804, 1088, 0, 0 },
	{ 804, 1088, 1, 0 },
	{ 803, 1087, 0, 0 },
	{ 803, 1087, 1, 0 },
	{ 802, 1086, 0, 0 },
	{ 802, 1086, 1, 0 },
	{ 3793, 4051, 0, 0 },
	{ 3793, 4051, 1, 0 },
	{ 2954, 3201, 0, 0 },
	{ 2954, 3201, 1, 0 },
	{ 2042, 2301, 0, 0 },
	{ 2042, 2301, 1, 0 },
	{ 3009, 3256, 0, 0 },
	{ 3009, 3256, 1, 0 },
	{ 3010, 3257, 0, 0 },
	{ 3010, 3257, 1, 0 },
	{ 5835, 14250, 0, 0 },
	{ 5835, 14250, 1, 0 },
	{ 4423, 5194, 0, 0 },
	{ 5885, 17222, 1, 0 },
	{ 2490, 2746, 0, 0 },
	{ 2490, 2746, 1, 0 },
	{ 2567, 2823, 0, 0 },
	{ 2567, 2823, 1, 0 },
	{ 2568, 2824, 0, 0 },
	{ 2568, 2824, 1, 0 },
	{ 2055, 2314, 0, 0 },
	{ 2055, 2314, 1, 0 },
	{ 371, 455, 0, 0 },
	{ 371, 3366, 0, 0 },
	{ 371, 455, 1, 0 },
	{ 371, 3366, 1, 0 },
	{ 369, 453, 0, 0 },
	{ 369, 3364, 0, 0 },
	{ 369, 453, 1, 0 },
	{ 369, 3364, 1, 0 },
	{ 6186, 38002, 0, 0 },
	{ 6187, 38002, 1, 0 },
	{ 6206, 41794, 0, 0 },
	{ 6206, 41794, 1, 0 },
	{ 6208, 41796, 0, 0 },
	{ 6207, 41795, 0, 0 },
	{ 6207, 41795, 1, 0 },
	{ 6209, 41797, 0, 0 },
	{ 3561, 3818, 0, 0 },
	{ 3561, 3818, 1, 0 },
	{ 4819, 6253, 0, 0 },
	{ 4819, 6253, 1, 0 },
	{ 2167, 2422, 0, 0 },
	{ 2167, 2422, 1, 0 },
	{ 430, 507, 0, 0 },
	{ 430, 507, 1, 0 },
	{ 5961, 20810, 0, 0 },
	{ 5352, 8378, 0, 0 },
	{ 5352, 8378, 1, 0 },
	{ 5353, 8379, 0, 0 },
	{ 5353, 8379, 1, 0 },
	{ 5350, 8376, 0, 0 },
	{ 5350, 8376, 1, 0 },
	{ 5351, 8377, 0, 0 },
	{ 5351, 8377, 1, 0 },
	{ 5354, 8380, 0, 0 },
	{ 5354, 8380, 1, 0 },
	{ 4443, 5231, 0, 0 },
	{ 554, 624, 0, 0 },
	{ 554, 624, 1, 0 },
	{ 2867, 3113, 0, 0 },
	{ 2867, 3113, 1, 0 },
	{ 1872, 2129, 0, 0 },
	{ 1872, 2129, 1, 0 },
	{ 3375, 3630, 0, 0 },
	{ 3375, 3630, 1, 0 },
	{ 3376, 3631, 0, 0 },
	{ 3376, 3631, 1, 0 },
	{ 1453, 1724, 0, 0 },
	{ 1453, 1724, 1, 0 },
	{ 3938, 4187, 0, 0 },
	{ 3939, 4187, 0, 1 },
	{ 6201, 40843, 0, 0 },
	{ 6201, 40843, 1, 0 },
	{ 6200, 40842, 0, 0 },
	{ 6200, 40842, 1, 0 },
	{ 6199, 40841, 0, 0 },
	{ 6199, 40841, 1, 0 },
	{ 2826, 3072, 0, 0 },
	{ 2826, 3072, 1, 0 },
	{ 1189, 1468, 0, 0 },
	{ 1189, 1472, 0, 0 },
	{ 1189, 1468, 1, 0 },
	{ 1189, 1472, 1, 0 },
	{ 1188, 1467, 0, 0 },
	{ 1188, 1471, 0, 0 },
	{ 1188, 1467, 1, 0 },
	{ 1188, 1471, 1, 0 },
	{ 4444, 5232, 0, 0 },
	{ 2898, 3145, 0, 0 },
	{ 2898, 3145, 1, 0 },
	{ 259, 348, 0, 0 },
	{ 259, 348, 1, 0 },
	{ 6041, 24754, 0, 0 },
	{ 5465, 9000, 0, 0 },
	{ 5465, 9000, 1, 0 },
	{ 3142, 3399, 0, 0 },
	{ 3142, 3399, 1, 0 },
	{ 3143, 3400, 0, 0 },
	{ 3143, 3400, 1, 0 },
	{ 83, 105, 0, 1 },
	{ 83, 105, 1, 1 },
	{ 2697, 2955, 0, 0 },
	{ 2697, 2955, 1, 0 },
	{ 82, 105, 0, 0 },
	{ 82, 105, 1, 0 },
	{ 5210, 7847, 0, 0 },
	{ 2443, 2699, 0, 0 },
	{ 2443, 2699, 1, 0 },
	{ 3024, 3271, 0, 0 },
	{ 3024, 3271, 1, 0 },
	{ 1563, 1837, 0, 0 },
	{ 1563, 1837, 1, 0 },
	{ 2748, 3004, 0, 0 },
	{ 2748, 3004, 1, 0 },
	{ 2631, 2890, 0, 0 },
	{ 2631, 2890, 1, 0 },
	{ 990, 1272, 0, 0 },
	{ 990, 1272, 1, 0 },
	{ 2551, 2807, 0, 0 },
	{ 2551, 2807, 1, 0 },
	{ 2550, 2806, 0, 0 },
	{ 2550, 2806, 1, 0 },
	{ 2772, 3022, 0, 0 },
	{ 2772, 3022, 1, 0 },
	{ 4349, 5063, 0, 0 },
	{ 4628, 5637, 0, 0 },
	{ 3822, 4078, 0, 0 },
	{ 3485, 3742, 0, 0 },
	{ 3485, 3742, 1, 0 },
	{ 3158, 3417, 0, 0 },
	{ 3158, 3417, 1, 0 },
	{ 2943, 3190, 0, 0 },
	{ 2943, 3190, 1, 0 },
	{ 2944, 3191, 0, 0 },
	{ 2944, 3191, 1, 0 },
	{ 5034, 7023, 0, 0 },
	{ 5034, 7023, 1, 0 },
	{ 1577, 1851, 0, 0 },
	{ 1577, 1851, 1, 0 },
	{ 4024, 4379, 0, 0 },
	{ 4024, 4379, 1, 0 },
	{ 3516, 3773, 0, 0 },
	{ 3516, 3773, 1, 0 },
	{ 5033, 7022, 0, 0 },
	{ 5033, 7022, 1, 0 },
	{ 5564, 9346, 0, 0 },
	{ 5564, 9346, 1, 0 },
	{ 64, 84, 0, 0 },
	{ 64, 84, 1, 0 },
	{ 2308, 2563, 0, 0 },
	{ 2308, 2563, 1, 0 },
	{ 4080, 4452, 0, 0 },
	{ 4080, 4452, 1, 0 },
	{ 4079, 4451, 0, 0 },
	{ 4079, 4451, 1, 0 },
	{ 1896, 2153, 0, 0 },
	{ 1896, 2153, 1, 0 },
	{ 3515, 3772, 0, 0 },
	{ 3515, 3772, 1, 0 },
	{ 3790, 4047, 0, 0 },
	{ 3790, 4047, 1, 0 },
	{ 4396, 5137, 0, 0 },
	{ 4396, 5137, 1, 0 },
	{ 1657, 1932, 0, 0 },
	{ 1657, 1932, 1, 0 },
	{ 2880, 3127, 0, 0 },
	{ 2880, 3127, 1, 0 },
	{ 5095, 7279, 0, 0 },
	{ 5095, 7279, 1, 0 },
	{ 4287, 4980, 1, 0 },
	{ 4467, 5271, 0, 0 },
	{ 4468, 5271, 1, 0 },
	{ 1071, 1356, 0, 0 },
	{ 1071, 1356, 1, 0 },
	{ 5548, 9287, 0, 0 },
	{ 5548, 9287, 1, 0 },
	{ 5456, 8954, 0, 0 },
	{ 5456, 8954, 1, 0 },
	{ 6213, 42999, 0, 0 },
	{ 5161, 7648, 0, 0 },
	{ 5161, 7648, 1, 0 },
	{ 459, 528, 0, 0 },
	{ 459, 528, 1, 0 },
	{ 1215, 1495, 0, 0 },
	{ 1215, 1495, 1, 0 },
	{ 357, 442, 0, 0 },
	{ 357, 442, 1, 0 },
	{ 358, 442, 0, 1 },
	{ 358, 442, 1, 1 },
	{ 5357, 8400, 0, 0 },
	{ 5357, 8400, 1, 0 },
	{ 2041, 2300, 0, 0 },
	{ 2041, 2300, 1, 0 },
	{ 1414, 1686, 0, 0 },
	{ 1414, 1686, 1, 0 },
	{ 2147, 2401, 0, 0 },
	{ 2147, 2401, 1, 0 },
	{ 4739, 5999, 0, 0 },
	{ 4739, 5999, 1, 0 },
	{ 5139, 7547, 0, 0 },
	{ 5139, 7547, 1, 0 },
	{ 4156, 4673, 0, 0 },
	{ 4156, 4673, 1, 0 },
	{ 2329, 2584, 0, 0 },
	{ 2329, 2584, 1, 0 },
	{ 482, 551, 0, 0 },
	{ 482, 551, 1, 0 },
	{ 5626, 9888, 0, 0 },
	{ 5626, 9888, 1, 0 },
	{ 3933, 4183, 0, 0 },
	{ 3933, 4183, 1, 0 },
	{ 5368, 8442, 0, 0 },
	{ 5368, 8442, 1, 0 },
	{ 3390, 3645, 0, 0 },
	{ 3390, 3645, 1, 0 },
	{ 669, 763, 0, 0 },
	{ 669, 763, 1, 0 },
	{ 676, 772, 0, 0 },
	{ 676, 772, 1, 0 },
	{ 4537, 5420, 0, 0 },
	{ 4537, 5420, 1, 0 },
	{ 1623, 1898, 0, 0 },
	{ 1623, 1898, 1, 0 },
	{ 1753, 2015, 0, 0 },
	{ 1756, 2017, 0, 0 },
	{ 3049, 3297, 0, 0 },
	{ 3049, 3297, 1, 0 },
	{ 3919, 4170, 0, 0 },
	{ 890, 1173, 0, 0 },
	{ 890, 1173, 1, 0 },
	{ 3952, 4301, 0, 0 },
	{ 3952, 4301, 1, 0 },
	{ 3953, 4302, 0, 0 },
	{ 3953, 4302, 1, 0 },
	{ 5387, 8555, 0, 0 },
	{ 5387, 8555, 1, 0 },
	{ 5283, 8086, 0, 0 },
	{ 5283, 8086, 1, 0 },
	{ 5473, 9011, 1, 0 },
	{ 2873, 3119, 0, 0 },
	{ 2873, 3119, 1, 0 },
	{ 2874, 3120, 0, 0 },
	{ 2874, 3120, 1, 0 },
	{ 5567, 9387, 0, 0 },
	{ 5568, 9388, 0, 0 },
	{ 2038, 2297, 0, 0 },
	{ 2038, 2297, 1, 0 },
	{ 2039, 2298, 0, 0 },
	{ 2039, 2298, 1, 0 },
	{ 3135, 3393, 0, 0 },
	{ 3135, 3393, 1, 0 },
	{ 3136, 3394, 0, 0 },
	{ 3136, 3394, 1, 0 },
	{ 3199, 3458, 0, 0 },
	{ 3199, 3458, 1, 0 },
	{ 3433, 3689, 0, 0 },
	{ 3433, 3689, 1, 0 },
	{ 792, 1076, 0, 0 },
	{ 792, 1076, 1, 0 },
	{ 6250, 45824, 0, 0 },
	{ 2611, 2870, 0, 0 },
	{ 2611, 2870, 1, 0 },
	{ 2122, 2378, 1, 0 },
	{ 4788, 6130, 0, 0 },
	{ 3634, 3889, 0, 0 },
	{ 3634, 3889, 1, 0 },
	{ 755, 1041, 0, 0 },
	{ 755, 1041, 1, 0 },
	{ 5112, 7411, 0, 0 },
	{ 5112, 7411, 1, 0 },
	{ 1407, 1679, 0, 0 },
	{ 1407, 1679, 1, 0 },
	{ 3242, 3498, 0, 0 },
	{ 3242, 3498, 1, 0 },
	{ 354, 439, 0, 0 },
	{ 354, 439, 1, 0 },
	{ 2508, 2764, 0, 0 },
	{ 2508, 2764, 1, 0 },
	{ 3323, 3578, 0, 0 },
	{ 3323, 3578, 1, 0 },
	{ 1583, 1857, 0, 0 },
	{ 1583, 1857, 1, 0 },
	{ 1970, 2229, 0, 0 },
	{ 1970, 2229, 1, 0 },
	{ 3357, 3612, 0, 0 },
	{ 3357, 3612, 1, 0 },
	{ 4929, 6625, 0, 0 },
	{ 4928, 6624, 0, 0 },
	{ 378, 461, 0, 0 },
	{ 378, 461, 1, 0 },
	{ 379, 462, 0, 0 },
	{ 379, 462, 1, 0 },
	{ 268, 355, 0, 0 },
	{ 268, 355, 1, 0 },
	{ 3035, 3282, 0, 0 },
	{ 3035, 3282, 1, 0 },
	{ 5619, 9800, 0, 0 },
	{ 5619, 9800, 1, 0 },
	{ 5621, 9802, 0, 0 },
	{ 5621, 9802, 1, 0 },
	{ 1633, 1908, 0, 0 },
	{ 1633, 1908, 1, 0 },
	{ 4778, 6113, 0, 0 },
	{ 4782, 6117, 0, 0 },
	{ 7, 13, 0, 0 },
	{ 7, 13, 1, 0 },
	{ 5891, 17500, 0, 0 },
	{ 5892, 17500, 1, 0 },
	{ 6054, 25100, 0, 0 },
	{ 5303, 8132, 0, 0 },
	{ 5303, 8132, 1, 0 },
	{ 200, 217, 0, 0 },
	{ 200, 217, 1, 0 },
	{ 6259, 47557, 0, 0 },
	{ 6259, 47557, 1, 0 },
	{ 3682, 3938, 0, 0 },
	{ 3682, 3938, 1, 0 },
	{ 875, 1158, 0, 0 },
	{ 875, 1158, 1, 0 },
	{ 3683, 3938, 0, 1 },
	{ 3683, 3938, 1, 1 },
	{ 4769, 6104, 0, 0 },
	{ 4769, 6104, 1, 0 },
	{ 1198, 1479, 0, 0 },
	{ 1198, 1479, 1, 0 },
	{ 5776, 12005, 0, 0 },
	{ 5776, 12005, 1, 0 },
	{ 5777, 12006, 0, 0 },
	{ 5777, 12006, 1, 0 },
	{ 2086, 2345, 0, 0 },
	{ 2086, 2345, 1, 0 },
	{ 2110, 2365, 0, 0 },
	{ 2110, 2365, 1, 0 },
	{ 1094, 1379, 0, 0 },
	{ 1094, 1379, 1, 0 },
	{ 1132, 1415, 0, 0 },
	{ 1132, 1415, 1, 0 },
	{ 4283, 4953, 0, 0 },
	{ 1728, 2001, 0, 0 },
	{ 1175, 1456, 0, 0 },
	{ 1175, 1456, 1, 0 },
	{ 5983, 22125, 0, 0 },
	{ 4643, 5679, 0, 0 },
	{ 4643, 5679, 1, 0 },
	{ 4898, 6511, 1, 0 },
	{ 71, 93, 0, 0 },
	{ 71, 93, 1, 0 },
	{ 1082, 1367, 0, 0 },
	{ 1082, 1367, 1, 0 },
	{ 3733, 3988, 0, 0 },
	{ 3733, 3988, 1, 0 },
	{ 5749, 11202, 0, 0 },
	{ 3536, 3793, 0, 0 },
	{ 3536, 3793, 1, 0 },
	{ 608, 675, 0, 0 },
	{ 608, 675, 1, 0 },
	{ 758, 1044, 0, 0 },
	{ 758, 1044, 1, 0 },
	{ 5512, 9131, 0, 0 },
	{ 5512, 9131, 1, 0 },
	{ 3915, 4167, 0, 0 },
	{ 3915, 4167, 1, 0 },
	{ 5432, 8888, 0, 0 },
	{ 5434, 8889, 0, 0 },
	{ 5436, 8890, 0, 0 },
	{ 5438, 8891, 0, 0 },
	{ 5440, 8892, 0, 0 },
	{ 5442, 8893, 0, 0 },
	{ 5444, 8894, 0, 0 },
	{ 5433, 8888, 1, 0 },
	{ 5435, 8889, 1, 0 },
	{ 5437, 8890, 1, 0 },
	{ 5439, 8891, 1, 0 },
	{ 5441, 8892, 1, 0 },
	{ 5443, 8893, 1, 0 },
	{ 5445, 8894, 1, 0 },
	{ 363, 447, 0, 0 },
	{ 363, 447, 1, 0 },
	{ 362, 446, 0, 0 },
	{ 362, 446, 1, 0 },
	{ 364, 448, 0, 0 },
	{ 364, 448, 1, 0 },
	{ 1907, 2164, 0, 0 },
	{ 1907, 2164, 1, 0 },
	{ 3870, 4126, 0, 0 },
	{ 3870, 4126, 1, 0 },
	{ 766, 1052, 0, 0 },
	{ 766, 1052, 1, 0 },
	{ 973, 1255, 0, 0 },
	{ 973, 1255, 1, 0 },
	{ 972, 1254, 0, 0 },
	{ 972, 1254, 1, 0 },
	{ 974, 1256, 0, 0 },
	{ 974, 1256, 1, 0 },
	{ 2497, 2753, 0, 0 },
	{ 2497, 2753, 1, 0 },
	{ 555, 625, 0, 0 },
	{ 555, 625, 1, 0 },
	{ 1382, 1655, 0, 0 },
	{ 1382, 1655, 1, 0 },
	{ 1383, 1656, 0, 0 },
	{ 1383, 1656, 1, 0 },
	{ 3081, 3333, 0, 0 },
	{ 3081, 3333, 1, 0 },
	{ 556, 625, 0, 1 },
	{ 556, 625, 1, 1 },
	{ 316, 403, 0, 0 },
	{ 316, 403, 1, 0 },
	{ 245, 316, 0, 0 },
	{ 245, 316, 1, 0 },
	{ 509, 579, 0, 0 },
	{ 509, 579, 1, 0 },
	{ 323, 410, 0, 0 },
	{ 323, 410, 1, 0 },
	{ 1738, 2007, 0, 0 },
	{ 356, 441, 0, 0 },
	{ 356, 441, 1, 0 },
	{ 547, 618, 0, 0 },
	{ 547, 618, 1, 0 },
	{ 2307, 2562, 0, 0 },
	{ 2307, 2562, 1, 0 },
	{ 5147, 7569, 0, 0 },
	{ 3413, 3668, 0, 0 },
	{ 3413, 3668, 1, 0 },
	{ 984, 1266, 0, 0 },
	{ 984, 1266, 1, 0 },
	{ 995, 1278, 0, 0 },
	{ 995, 1278, 1, 0 },
	{ 996, 1279, 0, 0 },
	{ 996, 1279, 1, 0 },
	{ 3457, 3714, 0, 0 },
	{ 3457, 3714, 1, 0 },
	{ 1039, 1324, 0, 0 },
	{ 1039, 1324, 1, 0 },
	{ 3185, 3444, 0, 0 },
	{ 3185, 3444, 1, 0 },
	{ 56, 76, 0, 0 },
	{ 56, 76, 1, 0 },
	{ 4120, 4570, 0, 0 },
	{ 4246, 4851, 0, 0 },
	{ 4246, 4851, 1, 0 },
	{ 1835, 2092, 0, 0 },
	{ 1835, 2092, 1, 0 },
	{ 1431, 1702, 0, 0 },
	{ 1431, 1702, 1, 0 },
	{ 2507, 2763, 0, 0 },
	{ 2507, 2763, 1, 0 },
	{ 3050, 3298, 0, 0 },
	{ 3050, 3298, 1, 0 },
	{ 4543, 5426, 0, 0 },
	{ 4543, 5426, 1, 0 },
	{ 690, 801, 0, 0 },
	{ 690, 801, 1, 0 },
	{ 1773, 2030, 0, 0 },
	{ 1773, 2030, 1, 0 },
	{ 483, 552, 0, 0 },
	{ 483, 552, 1, 0 },
	{ 5409, 8750, 0, 0 },
	{ 3979, 4330, 0, 0 },
	{ 849, 1133, 0, 0 },
	{ 849, 1133, 1, 0 },
	{ 2702, 2960, 0, 0 },
	{ 2702, 2960, 1, 0 },
	{ 5969, 21554, 0, 0 },
	{ 5969, 21554, 1, 0 },
	{ 6145, 33333, 0, 0 },
	{ 4975, 6785, 0, 0 },
	{ 4975, 6785, 1, 0 },
	{ 6155, 34567, 0, 0 },
	{ 579, 647, 0, 0 },
	{ 579, 647, 1, 0 },
	{ 699, 847, 0, 0 },
	{ 699, 847, 1, 0 },
	{ 477, 546, 0, 0 },
	{ 477, 546, 1, 0 },
	{ 478, 547, 0, 0 },
	{ 478, 547, 1, 0 },
	{ 4159, 4676, 0, 0 },
	{ 4159, 4676, 1, 0 },
	{ 4158, 4675, 0, 0 },
	{ 4158, 4675, 1, 0 },
	{ 3005, 3252, 0, 0 },
	{ 3005, 3252, 1, 0 },
	{ 2799, 3046, 0, 0 },
	{ 2799, 3046, 1, 0 },
	{ 1967, 2226, 0, 0 },
	{ 1967, 2226, 1, 0 },
	{ 1968, 2227, 0, 0 },
	{ 1968, 2227, 1, 0 },
	{ 2795, 3041, 0, 0 },
	{ 2795, 3041, 1, 0 },
	{ 1228, 1508, 0, 0 },
	{ 1228, 1508, 1, 0 },
	{ 4748, 6072, 0, 0 },
	{ 4748, 6072, 1, 0 },
	{ 1841, 2098, 0, 0 },
	{ 1841, 2098, 1, 0 },
	{ 1670, 1945, 0, 0 },
	{ 1670, 1945, 1, 0 },
	{ 2601, 2860, 0, 0 },
	{ 2601, 2860, 1, 0 },
	{ 2602, 2861, 0, 0 },
	{ 2602, 2861, 1, 0 },
	{ 3612, 3868, 0, 0 },
	{ 4711, 5868, 0, 0 },
	{ 6144, 33331, 0, 0 },
	{ 6144, 33331, 1, 0 },
	{ 1666, 1941, 0, 0 },
	{ 1666, 1941, 1, 0 },
	{ 5737, 11112, 0, 0 },
	{ 5737, 11112, 1, 0 },
	{ 2505, 2761, 0, 0 },
	{ 2505, 2761, 1, 0 },
	{ 2506, 2762, 0, 0 },
	{ 2506, 2762, 1, 0 },
	{ 2373, 2628, 0, 0 },
	{ 2373, 2628, 1, 0 },
	{ 2030, 2289, 0, 0 },
	{ 2030, 2289, 1, 0 },
	{ 1992, 2251, 0, 0 },
	{ 1992, 2251, 1, 0 },
	{ 6151, 33890, 0, 0 },
	{ 2107, 2362, 0, 0 },
	{ 2107, 2362, 1, 0 },
	{ 1050, 1335, 0, 0 },
	{ 1050, 1335, 1, 0 },
	{ 387, 466, 0, 0 },
	{ 387, 466, 1, 0 },
	{ 2976, 3223, 0, 0 },
	{ 2976, 3223, 1, 0 },
	{ 1570, 1844, 0, 0 },
	{ 1570, 1844, 1, 0 },
	{ 2209, 2464, 0, 0 },
	{ 2209, 2464, 1, 0 },
	{ 1551, 1825, 0, 0 },
	{ 1551, 1825, 1, 0 },
	{ 208, 242, 0, 0 },
	{ 208, 242, 1, 0 },
	{ 3188, 3447, 0, 0 },
	{ 3188, 3447, 1, 0 },
	{ 1975, 2234, 0, 0 },
	{ 1975, 2234, 1, 0 },
	{ 4749, 6073, 0, 0 },
	{ 4749, 6073, 1, 0 },
	{ 6260, 47624, 0, 0 },
	{ 6260, 47624, 1, 0 },
	{ 3085, 3337, 0, 0 },
	{ 3085, 3337, 1, 0 },
	{ 3083, 3335, 0, 0 },
	{ 3083, 3335, 1, 0 },
	{ 3084, 3336, 0, 0 },
	{ 3084, 3336, 1, 0 },
	{ 3082, 3334, 0, 0 },
	{ 3082, 3334, 1, 0 },
	{ 3039, 3287, 0, 0 },
	{ 3039, 3287, 1, 0 },
	{ 2241, 2496, 0, 0 },
	{ 2241, 2496, 1, 0 },
	{ 5, 9, 0, 0 },
	{ 5, 9, 1, 0 },
	{ 600, 667, 0, 0 },
	{ 600, 667, 1, 0 },
	{ 1650, 1925, 0, 0 },
	{ 1650, 1925, 1, 0 },
	{ 2346, 2601, 0, 0 },
	{ 2346, 2601, 1, 0 },
	{ 2347, 2602, 0, 0 },
	{ 2347, 2602, 1, 0 },
	{ 5083, 7236, 0, 0 },
	{ 3369, 3624, 0, 0 },
	{ 3369, 3624, 1, 0 },
	{ 3377, 3632, 0, 0 },
	{ 3377, 3632, 1, 0 },
	{ 5659, 9999, 0, 0 },
	{ 5659, 9999, 1, 0 },
	{ 5658, 9998, 0, 0 },
	{ 5658, 9998, 1, 0 },
	{ 74, 96, 0, 0 },
	{ 74, 96, 1, 0 },
	{ 4536, 5419, 0, 0 },
	{ 4536, 5419, 1, 0 },
	{ 3110, 3362, 0, 0 },
	{ 3110, 3362, 1, 0 },
	{ 981, 1263, 0, 0 },
	{ 981, 1263, 1, 0 },
	{ 894, 1177, 0, 0 },
	{ 894, 1177, 1, 0 },
	{ 3620, 3876, 0, 0 },
	{ 3620, 3876, 1, 0 },
	{ 3621, 3876, 0, 1 },
	{ 3621, 3876, 1, 1 },
	{ 702, 854, 0, 0 },
	{ 702, 854, 1, 0 },
	{ 5074, 7201, 0, 0 },
	{ 5074, 7201, 1, 0 },
	{ 3801, 4059, 0, 0 },
	{ 3801, 4059, 1, 0 },
	{ 5362, 8415, 0, 0 },
	{ 178, 197, 0, 0 },
	{ 178, 2047, 0, 0 },
	{ 178, 197, 1, 0 },
	{ 178, 2047, 1, 0 },
	{ 179, 198, 0, 0 },
	{ 179, 198, 1, 0 },
	{ 1790, 2048, 0, 0 },
	{ 1790, 2048, 1, 0 },
	{ 1698, 1973, 0, 0 },
	{ 1698, 1973, 1, 0 },
	{ 1808, 2065, 0, 0 },
	{ 1808, 2065, 1, 0 },
	{ 1810, 2067, 0, 0 },
	{ 1810, 2067, 1, 0 },
	{ 3319, 3574, 1, 0 },
	{ 3318, 3574, 0, 0 },
	{ 1209, 1489, 0, 0 },
	{ 1209, 1489, 1, 0 },
	{ 6126, 32636, 0, 0 },
	{ 6126, 32636, 1, 0 },
	{ 917, 1199, 0, 0 },
	{ 917, 1199, 1, 0 },
	{ 2952, 3199, 0, 0 },
	{ 2952, 3199, 1, 0 },
	{ 4323, 5031, 1, 0 },
	{ 5170, 7683, 0, 0 },
	{ 176, 195, 0, 0 },
	{ 176, 195, 1, 0 },
	{ 177, 196, 0, 0 },
	{ 177, 196, 1, 0 },
	{ 2028, 2287, 0, 0 },
	{ 2028, 2287, 1, 0 },
	{ 351, 436, 0, 0 },
	{ 351, 436, 1, 0 },
	{ 889, 1172, 0, 0 },
	{ 889, 1172, 1, 0 },
	{ 3189, 3448, 0, 0 },
	{ 3189, 3448, 1, 0 },
	{ 3766, 4022, 0, 0 },
	{ 3766, 4022, 1, 0 },
	{ 5942, 20000, 0, 0 },
	{ 5942, 20000, 1, 0 },
	{ 5941, 19999, 0, 0 },
	{ 5941, 19999, 1, 0 },
	{ 36, 53, 0, 1 },
	{ 36, 53, 1, 1 },
	{ 4502, 5352, 0, 0 },
	{ 4502, 5352, 1, 0 },
	{ 945, 1227, 0, 0 },
	{ 945, 1227, 1, 0 },
	{ 68, 90, 0, 0 },
	{ 68, 90, 1, 0 },
	{ 3742, 3998, 0, 0 },
	{ 3742, 3998, 1, 0 },
	{ 5062, 7165, 0, 0 },
	{ 5062, 7165, 1, 0 },
	{ 2914, 3161, 0, 0 },
	{ 2914, 3161, 1, 0 },
	{ 1894, 2151, 0, 0 },
	{ 1894, 2151, 1, 0 },
	{ 5029, 7019, 0, 0 },
	{ 5030, 7019, 1, 0 },
	{ 2119, 2375, 0, 0 },
	{ 2120, 2376, 0, 0 },
	{ 1208, 1488, 0, 0 },
	{ 1208, 1488, 1, 0 },
	{ 5662, 10002, 0, 0 },
	{ 5662, 10002, 1, 0 },
	{ 5663, 10003, 0, 0 },
	{ 5663, 10003, 1, 0 },
	{ 5664, 10003, 0, 1 },
	{ 5664, 10003, 1, 1 },
	{ 4593, 5567, 0, 0 },
	{ 4593, 5567, 1, 0 },
	{ 3311, 3567, 0, 0 },
	{ 3311, 3567, 1, 0 },
	{ 5388, 8567, 0, 0 },
	{ 5388, 8567, 1, 0 },
	{ 3312, 3568, 0, 0 },
	{ 3312, 3568, 1, 0 },
	{ 4762, 6088, 0, 0 },
	{ 4763, 6088, 1, 0 },
	{ 5803, 13400, 0, 0 },
	{ 5804, 13400, 1, 0 },
	{ 35, 53, 0, 0 },
	{ 35, 53, 1, 0 },
	{ 701, 853, 0, 0 },
	{ 701, 853, 1, 0 },
	{ 5633, 9909, 0, 0 },
	{ 5633, 9909, 1, 0 },
	{ 6234, 44544, 1, 0 },
	{ 1547, 1821, 0, 0 },
	{ 1547, 1821, 1, 0 },
	{ 599, 666, 0, 1 },
	{ 599, 666, 1, 1 },
	{ 892, 1175, 0, 0 },
	{ 892, 1175, 1, 0 },
	{ 4140, 4646, 0, 0 },
	{ 4140, 4646, 1, 0 },
	{ 1763, 2022, 0, 0 },
	{ 4452, 5245, 0, 0 },
	{ 4453, 5245, 1, 0 },
	{ 4591, 5565, 0, 0 },
	{ 5417, 8770, 0, 0 },
	{ 5417, 8770, 1, 0 },
	{ 3843, 4099, 0, 0 },
	{ 3843, 4099, 1, 0 },
	{ 1522, 1795, 0, 0 },
	{ 1522, 1795, 1, 0 },
	{ 1509, 1780, 0, 0 },
	{ 1509, 1780, 1, 0 },
	{ 4661, 5718, 0, 0 },
	{ 4661, 5718, 1, 0 },
	{ 4751, 6075, 0, 0 },
	{ 4662, 5719, 0, 0 },
	{ 4662, 5719, 1, 0 },
	{ 5449, 8908, 0, 0 },
	{ 1013, 1296, 0, 0 },
	{ 1013, 1296, 1, 0 },
	{ 5031, 7020, 0, 0 },
	{ 5031, 7020, 1, 0 },
	{ 5032, 7021, 0, 0 },
	{ 5032, 7021, 1, 0 },
	{ 244, 315, 0, 0 },
	{ 244, 315, 1, 0 },
	{ 5453, 8913, 0, 0 },
	{ 5453, 8913, 1, 0 },
	{ 3694, 3949, 0, 0 },
	{ 3694, 3949, 1, 0 },
	{ 1655, 1930, 0, 0 },
	{ 1655, 1930, 1, 0 },
	{ 4061, 4427, 0, 0 },
	{ 5068, 7171, 0, 0 },
	{ 5068, 7171, 1, 0 },
	{ 3842, 4098, 0, 0 },
	{ 3842, 4098, 1, 0 },
	{ 1604, 1878, 0, 0 },
	{ 1604, 1878, 1, 0 },
	{ 1699, 1974, 0, 0 },
	{ 1699, 1974, 1, 0 },
	{ 1937, 2193, 0, 0 },
	{ 1937, 2193, 1, 0 },
	{ 4037, 4404, 0, 0 },
	{ 4037, 4404, 1, 0 },
	{ 4035, 4402, 0, 0 },
	{ 4035, 4402, 1, 0 },
	{ 4038, 4405, 0, 0 },
	{ 4038, 4405, 1, 0 },
	{ 4039, 4406, 0, 0 },
	{ 4039, 4406, 1, 0 },
	{ 4033, 4400, 0, 0 },
	{ 4033, 4400, 1, 0 },
	{ 4034, 4401, 0, 0 },
	{ 4034, 4401, 1, 0 },
	{ 4036, 4403, 0, 0 },
	{ 4036, 4403, 1, 0 },
	{ 1854, 2111, 0, 0 },
	{ 1854, 2111, 1, 0 },
	{ 3132, 3390, 0, 0 },
	{ 3132, 3390, 1, 0 },
	{ 4718, 5907, 0, 0 },
	{ 4718, 5907, 1, 0 },
	{ 1009, 1292, 0, 0 },
	{ 1009, 1292, 1, 0 },
	{ 3960, 4309, 0, 0 },
	{ 3960, 4309, 1, 0 },
	{ 291, 378, 0, 0 },
	{ 291, 378, 1, 0 },
	{ 486, 555, 0, 0 },
	{ 486, 555, 1, 0 },
	{ 353, 438, 0, 0 },
	{ 353, 438, 1, 0 },
	{ 2165, 2420, 0, 0 },
	{ 2165, 2420, 1, 0 },
	{ 5648, 9987, 0, 0 },
	{ 5648, 9987, 1, 0 },
	{ 5817, 13822, 0, 0 },
	{ 5817, 13822, 1, 0 },
	{ 5813, 13818, 0, 0 },
	{ 5813, 13818, 1, 0 },
	{ 5816, 13821, 0, 0 },
	{ 5816, 13821, 1, 0 },
	{ 5815, 13820, 0, 0 },
	{ 5815, 13820, 1, 0 },
	{ 5814, 13819, 0, 0 },
	{ 5814, 13819, 1, 0 },
	{ 3802, 4060, 0, 0 },
	{ 3802, 4060, 1, 0 },
	{ 3803, 4060, 0, 1 },
	{ 3803, 4060, 1, 1 },
	{ 3943, 4191, 1, 0 },
	{ 2807, 3053, 0, 0 },
	{ 2807, 3053, 1, 0 },
	{ 19, 33, 0, 0 },
	{ 19, 33, 1, 0 },
	{ 212, 246, 0, 0 },
	{ 212, 246, 1, 0 },
	{ 983, 1265, 0, 0 },
	{ 983, 1265, 1, 0 },
	{ 3429, 3685, 0, 0 },
	{ 3429, 3685, 1, 0 },
	{ 6114, 31685, 0, 0 },
	{ 6115, 31685, 0, 1 },
	{ 4837, 6325, 0, 0 },
	{ 4838, 6326, 0, 0 },
	{ 5821, 13929, 0, 0 },
	{ 5821, 13929, 1, 0 },
	{ 264, 352, 0, 0 },
	{ 264, 352, 1, 0 },
	{ 278, 365, 0, 0 },
	{ 278, 365, 1, 0 },
	{ 4111, 4556, 0, 0 },
	{ 4111, 4556, 1, 0 },
	{ 2189, 2445, 0, 0 },
	{ 2189, 2445, 1, 0 },
	{ 3408, 3663, 0, 0 },
	{ 3408, 3663, 1, 0 },
	{ 3233, 3489, 0, 0 },
	{ 3233, 3489, 1, 0 },
	{ 5407, 8732, 1, 0 },
	{ 4664, 5721, 0, 0 },
	{ 4664, 5721, 1, 0 },
	{ 2339, 2594, 0, 0 },
	{ 2339, 2594, 1, 0 },
	{ 3772, 4028, 0, 0 },
	{ 3772, 4028, 1, 0 },
	{ 4777, 6112, 0, 0 },
	{ 4777, 6112, 1, 0 },
	{ 1994, 2253, 0, 0 },
	{ 1994, 2253, 1, 0 },
	{ 3574, 3831, 0, 0 },
	{ 3574, 3831, 1, 0 },
	{ 3681, 3937, 0, 0 },
	{ 3681, 3937, 1, 0 },
	{ 3519, 3776, 0, 0 },
	{ 3519, 3776, 1, 0 },
	{ 1113, 1396, 0, 0 },
	{ 1113, 1396, 1, 0 },
	{ 2548, 2804, 0, 0 },
	{ 2548, 2804, 1, 0 },
	{ 3000, 3247, 0, 0 },
	{ 3000, 3247, 1, 0 },
	{ 2999, 3246, 0, 0 },
	{ 2999, 3246, 1, 0 },
	{ 1168, 1450, 0, 0 },
	{ 1168, 1450, 1, 0 },
	{ 2981, 3228, 0, 0 },
	{ 2981, 3228, 1, 0 },
	{ 2980, 3227, 0, 0 },
	{ 2980, 3227, 1, 0 },
	{ 576, 644, 0, 0 },
	{ 576, 644, 1, 0 },
	{ 1040, 1325, 0, 0 },
	{ 1040, 1325, 1, 0 },
	{ 1683, 1958, 0, 0 },
	{ 1683, 1958, 1, 0 },
	{ 2615, 2874, 0, 0 },
	{ 2615, 2874, 1, 0 },
	{ 2616, 2875, 0, 0 },
	{ 2616, 2875, 1, 0 },
	{ 5428, 8873, 0, 0 },
	{ 5428, 8873, 1, 0 },
	{ 3676, 3932, 0, 0 },
	{ 3676, 3932, 1, 0 },
	{ 3062, 3310, 0, 0 },
	{ 3062, 3310, 1, 0 },
	{ 3137, 3395, 0, 0 },
	{ 3137, 3395, 1, 0 },
	{ 1893, 2150, 0, 0 },
	{ 1893, 2150, 1, 0 },
	{ 5467, 9002, 0, 0 },
	{ 5467, 9002, 1, 0 },
	{ 3047, 3295, 0, 0 },
	{ 3047, 3295, 1, 0 },
	{ 3610, 3866, 0, 0 },
	{ 3610, 3866, 1, 0 },
	{ 3611, 3867, 0, 0 },
	{ 3611, 3867, 1, 0 },
	{ 3865, 4121, 0, 0 },
	{ 3865, 4121, 1, 0 },
	{ 4962, 6702, 0, 0 },
	{ 4962, 6702, 1, 0 },
	{ 4963, 6703, 0, 0 },
	{ 4963, 6703, 1, 0 },
	{ 1779, 2036, 0, 0 },
	{ 1779, 2036, 1, 0 },
	{ 3470, 3727, 0, 0 },
	{ 3470, 3727, 1, 0 },
	{ 3038, 3286, 0, 0 },
	{ 3038, 3286, 1, 0 },
	{ 3471, 3728, 0, 0 },
	{ 3471, 3728, 1, 0 },
	{ 5894, 17729, 0, 0 },
	{ 5894, 17729, 1, 0 },
	{ 1518, 1791, 0, 0 },
	{ 1518, 1791, 1, 0 },
	{ 5704, 10253, 1, 0 },
	{ 2032, 2291, 0, 0 },
	{ 2032, 2291, 1, 0 },
	{ 3437, 3693, 0, 0 },
	{ 1911, 2168, 0, 0 },
	{ 1911, 2168, 1, 0 },
	{ 5985, 22222, 0, 0 },
	{ 6249, 45678, 0, 0 },
	{ 6249, 45678, 1, 0 },
	{ 2396, 2651, 0, 0 },
	{ 2396, 2651, 1, 0 },
	{ 4, 7, 0, 0 },
	{ 4, 7, 1, 0 },
	{ 3355, 3610, 0, 0 },
	{ 3355, 3610, 1, 0 },
	{ 4800, 6160, 0, 0 },
	{ 4801, 6160, 1, 0 },
	{ 3269, 3524, 0, 0 },
	{ 3269, 3524, 1, 0 },
	{ 2599, 2858, 0, 0 },
	{ 2599, 2858, 1, 0 },
	{ 3016, 3263, 0, 0 },
	{ 3016, 3263, 1, 0 },
	{ 3218, 3477, 0, 0 },
	{ 3218, 3477, 1, 0 },
	{ 2637, 2896, 0, 0 },
	{ 2637, 2896, 1, 0 },
	{ 2887, 3134, 0, 0 },
	{ 2887, 3134, 1, 0 },
	{ 1608, 1882, 0, 0 },
	{ 1608, 1882, 1, 0 },
	{ 2004, 2263, 0, 0 },
	{ 2004, 2263, 1, 0 },
	{ 1361, 1635, 0, 0 },
	{ 1361, 1635, 1, 0 },
	{ 3454, 3711, 0, 0 },
	{ 3454, 3711, 1, 0 },
	{ 5781, 12010, 0, 0 },
	{ 6156, 34567, 1, 0 },
	{ 1065, 1350, 0, 0 },
	{ 1065, 1350, 1, 0 },
	{ 2877, 3123, 0, 0 },
	{ 2877, 3123, 1, 0 },
	{ 3204, 3463, 0, 0 },
	{ 3204, 3463, 1, 0 },
	{ 3201, 3460, 0, 0 },
	{ 3201, 3460, 1, 0 },
	{ 3206, 3465, 0, 0 },
	{ 3206, 3465, 1, 0 },
	{ 3205, 3464, 0, 0 },
	{ 3205, 3464, 1, 0 },
	{ 3202, 3461, 0, 0 },
	{ 3202, 3461, 1, 0 },
	{ 3203, 3462, 0, 0 },
	{ 3203, 3462, 1, 0 },
	{ 859, 1142, 0, 0 },
	{ 859, 1142, 1, 0 },
	{ 4446, 5234, 0, 0 },
	{ 4446, 5234, 1, 0 },
	{ 4799, 6159, 0, 0 },
	{ 3416, 3671, 0, 0 },
	{ 3416, 3671, 1, 0 },
	{ 3134, 3392, 0, 0 },
	{ 3134, 3392, 1, 0 },
	{ 1965, 2224, 0, 0 },
	{ 1965, 2224, 1, 0 },
	{ 2298, 2553, 0, 0 },
	{ 2298, 2553, 1, 0 },
	{ 1924, 2181, 0, 0 },
	{ 1924, 2181, 1, 0 },
	{ 4617, 5618, 0, 0 },
	{ 447, 520, 0, 0 },
	{ 6182, 37601, 0, 0 },
	{ 3076, 3328, 0, 0 },
	{ 3076, 3328, 1, 0 },
	{ 1651, 1926, 0, 0 },
	{ 1651, 1926, 1, 0 },
	{ 1969, 2228, 0, 0 },
	{ 1969, 2228, 1, 0 },
	{ 3383, 3638, 0, 0 },
	{ 3383, 3638, 1, 0 },
	{ 4096, 4535, 0, 0 },
	{ 4096, 4535, 1, 0 },
	{ 4097, 4536, 0, 0 },
	{ 4097, 4536, 1, 0 },
	{ 1012, 1295, 0, 0 },
	{ 1012, 1295, 1, 0 },
	{ 1156, 1438, 0, 0 },
	{ 1156, 1438, 1, 0 },
	{ 1158, 1440, 0, 0 },
	{ 1158, 1440, 1, 0 },
	{ 1157, 1439, 0, 0 },
	{ 1157, 1439, 1, 0 },
	{ 3950, 4199, 0, 0 },
	{ 3950, 4199, 1, 0 },
	{ 3726, 3982, 0, 0 },
	{ 3726, 3982, 1, 0 },
	{ 3727, 3983, 0, 0 },
	{ 3727, 3983, 1, 0 },
	{ 3270, 3525, 0, 0 },
	{ 3270, 3525, 1, 0 },
	{ 1619, 1893, 0, 0 },
	{ 1619, 1893, 1, 0 },
	{ 1093, 1378, 0, 0 },
	{ 1093, 1378, 1, 0 },
	{ 3992, 4346, 0, 0 },
	{ 3992, 4346, 1, 0 },
	{ 1867, 2124, 0, 0 },
	{ 1867, 2124, 1, 0 },
	{ 5051, 7101, 0, 0 },
	{ 5051, 7101, 1, 0 },
	{ 636, 704, 0, 0 },
	{ 636, 704, 1, 0 },
	{ 6109, 31337, 0, 0 },
	{ 6109, 31337, 1, 0 },
	{ 4516, 5398, 0, 0 },
	{ 4516, 5398, 1, 0 },
	{ 865, 1148, 0, 0 },
	{ 865, 1148, 1, 0 },
	{ 1830, 2087, 0, 0 },
	{ 1830, 2087, 1, 0 },
	{ 4901, 6515, 0, 0 },
	{ 4901, 6515, 1, 0 },
	{ 1767, 2025, 0, 0 },
	{ 1639, 1914, 0, 0 },
	{ 1639, 1914, 1, 0 },
	{ 4013, 4370, 0, 0 },
	{ 4013, 4370, 1, 0 },
	{ 4014, 4370, 0, 1 },
	{ 4014, 4370, 1, 1 },
	{ 1031, 1315, 0, 0 },
	{ 1031, 1315, 1, 0 },
	{ 2659, 2917, 0, 0 },
	{ 2659, 2917, 1, 0 },
	{ 2657, 2916, 0, 0 },
	{ 2657, 2916, 1, 0 },
	{ 2660, 2917, 0, 1 },
	{ 2660, 2917, 1, 1 },
	{ 2658, 2916, 0, 1 },
	{ 2658, 2916, 1, 1 },
	{ 6011, 23333, 0, 0 },
	{ 6011, 23333, 1, 0 },
	{ 5175, 7700, 0, 0 },
	{ 2270, 2526, 0, 0 },
	{ 2270, 2526, 1, 0 },
	{ 4389, 5116, 1, 0 },
	{ 307, 394, 0, 0 },
	{ 307, 394, 1, 0 },
	{ 2951, 3198, 0, 0 },
	{ 2951, 3198, 1, 0 },
	{ 2950, 3197, 0, 0 },
	{ 2950, 3197, 1, 0 },
	{ 991, 1273, 0, 0 },
	{ 991, 1273, 1, 0 },
	{ 5487, 9083, 0, 0 },
	{ 5799, 13218, 0, 0 },
	{ 5800, 13218, 1, 0 },
	{ 5763, 11723, 0, 0 },
	{ 5763, 11723, 1, 0 },
	{ 5761, 11623, 0, 0 },
	{ 3690, 3945, 0, 0 },
	{ 3690, 3945, 1, 0 },
	{ 1733, 2004, 1, 0 },
	{ 5665, 10004, 0, 0 },
	{ 5666, 10005, 0, 0 },
	{ 2451, 2707, 0, 0 },
	{ 2451, 2707, 1, 0 },
	{ 119, 141, 0, 0 },
	{ 119, 141, 1, 0 },
	{ 118, 140, 0, 0 },
	{ 118, 140, 1, 0 },
	{ 4942, 6656, 0, 0 },
	{ 4833, 6321, 0, 0 },
	{ 4833, 6321, 1, 0 },
	{ 4834, 6322, 0, 0 },
	{ 4834, 6322, 1, 0 },
	{ 999, 1282, 0, 0 },
	{ 999, 1282, 1, 0 },
	{ 1419, 1691, 0, 0 },
	{ 1419, 1691, 1, 0 },
	{ 5046, 7080, 0, 0 },
	{ 5046, 7080, 1, 0 },
	{ 3330, 3585, 0, 0 },
	{ 3330, 3585, 1, 0 },
	{ 3331, 3586, 0, 0 },
	{ 3331, 3586, 1, 0 },
	{ 4147, 4664, 0, 0 },
	{ 4147, 4664, 1, 0 },
	{ 1653, 1928, 0, 0 },
	{ 1653, 1928, 1, 0 },
	{ 5959, 20480, 0, 0 },
	{ 5959, 20480, 1, 0 },
	{ 1951, 2211, 0, 0 },
	{ 1951, 2211, 1, 0 },
	{ 1469, 1740, 0, 0 },
	{ 1469, 1740, 1, 0 },
	{ 854, 1138, 0, 0 },
	{ 854, 1138, 1, 0 },
	{ 4369, 5085, 0, 0 },
	{ 4369, 5085, 1, 0 },
	{ 855, 1138, 0, 1 },
	{ 855, 1138, 1, 1 },
	{ 4445, 5233, 0, 0 },
	{ 5260, 8041, 0, 0 },
	{ 5260, 8041, 1, 0 },
	{ 1530, 1804, 0, 0 },
	{ 1530, 1804, 1, 0 },
	{ 1531, 1805, 0, 0 },
	{ 1531, 1805, 1, 0 },
	{ 4703, 5798, 0, 0 },
	{ 3041, 3289, 0, 0 },
	{ 3041, 3289, 1, 0 },
	{ 2710, 2968, 0, 0 },
	{ 2710, 2968, 1, 0 },
	{ 5631, 9901, 1, 0 },
	{ 3410, 3665, 0, 0 },
	{ 3410, 3665, 1, 0 },
	{ 5773, 12002, 0, 0 },
	{ 5773, 12002, 1, 0 },
	{ 5775, 12004, 0, 0 },
	{ 5775, 12004, 1, 0 },
	{ 5774, 12003, 0, 0 },
	{ 5774, 12003, 1, 0 },
	{ 5772, 12001, 0, 0 },
	{ 5772, 12001, 1, 0 },
	{ 5771, 12000, 0, 0 },
	{ 5771, 12000, 1, 0 },
	{ 682, 775, 0, 0 },
	{ 1591, 1865, 0, 0 },
	{ 1591, 1865, 1, 0 },
	{ 613, 680, 0, 0 },
	{ 613, 680, 1, 0 },
	{ 614, 681, 0, 0 },
	{ 614, 681, 1, 0 },
	{ 641, 710, 0, 0 },
	{ 641, 710, 1, 0 },
	{ 640, 709, 0, 0 },
	{ 640, 709, 1, 0 },
	{ 572, 640, 0, 0 },
	{ 572, 640, 1, 0 },
	{ 238, 309, 0, 0 },
	{ 238, 309, 1, 0 },
	{ 5306, 8149, 1, 0 },
	{ 928, 1210, 0, 0 },
	{ 928, 1210, 1, 0 },
	{ 3366, 3621, 0, 0 },
	{ 3366, 3621, 1, 0 },
	{ 3365, 3620, 0, 0 },
	{ 3365, 3620, 1, 0 },
	{ 985, 1267, 0, 0 },
	{ 985, 1267, 1, 0 },
	{ 2653, 2912, 0, 0 },
	{ 2653, 2912, 1, 0 },
	{ 3562, 3819, 0, 0 },
	{ 3562, 3819, 1, 0 },
	{ 113, 135, 0, 0 },
	{ 113, 135, 1, 0 },
	{ 4012, 4369, 0, 0 },
	{ 4012, 4369, 1, 0 },
	{ 3012, 3259, 0, 0 },
	{ 3012, 3259, 1, 0 },
	{ 1794, 2051, 0, 0 },
	{ 1794, 2051, 1, 0 },
	{ 4149, 4666, 0, 0 },
	{ 4149, 4666, 1, 0 },
	{ 4152, 4669, 0, 0 },
	{ 4152, 4669, 1, 0 },
	{ 633, 700, 0, 0 },
	{ 633, 3044, 0, 0 },
	{ 633, 700, 1, 0 },
	{ 633, 3044, 1, 0 },
	{ 2785, 3031, 0, 0 },
	{ 2785, 3031, 1, 0 },
	{ 3373, 3628, 0, 0 },
	{ 3373, 3628, 1, 0 },
	{ 4276, 4940, 0, 0 },
	{ 4276, 4940, 1, 0 },
	{ 4277, 4941, 0, 0 },
	{ 4277, 4941, 1, 0 },
	{ 4278, 4942, 0, 0 },
	{ 4278, 4942, 1, 0 },
	{ 6224, 43439, 1, 0 },
	{ 6223, 43439, 0, 0 },
	{ 1066, 1351, 0, 0 },
	{ 1066, 1351, 1, 0 },
	{ 1852, 2109, 0, 0 },
	{ 1852, 2109, 1, 0 },
	{ 2395, 2650, 0, 0 },
	{ 2395, 2650, 1, 0 },
	{ 4394, 5135, 0, 0 },
	{ 99, 121, 0, 0 },
	{ 99, 121, 1, 0 },
	{ 5598, 9616, 0, 0 },
	{ 5600, 9617, 0, 0 },
	{ 5599, 9616, 0, 1 },
	{ 5601, 9617, 0, 1 },
	{ 1548, 1822, 0, 0 },
	{ 1548, 1822, 1, 0 },
	{ 1057, 1342, 0, 0 },
	{ 1057, 1342, 1, 0 },
	{ 550, 621, 0, 0 },
	{ 550, 621, 1, 0 },
	{ 3374, 3629, 0, 0 },
	{ 3374, 3629, 1, 0 },
	{ 3411, 3666, 0, 0 },
	{ 3411, 3666, 1, 0 },
	{ 3308, 3564, 0, 0 },
	{ 3308, 3564, 1, 0 },
	{ 4610, 5599, 0, 0 },
	{ 4610, 5599, 1, 0 },
	{ 2692, 2950, 0, 0 },
	{ 2692, 2950, 1, 0 },
	{ 1174, 1455, 0, 0 },
	{ 1174, 1455, 1, 0 },
	{ 4612, 5601, 0, 0 },
	{ 4612, 5601, 1, 0 },
	{ 4611, 5600, 0, 0 },
	{ 4611, 5600, 1, 0 },
	{ 3767, 4023, 0, 0 },
	{ 3767, 4023, 1, 0 },
	{ 2540, 2797, 0, 0 },
	{ 2540, 2797, 1, 0 },
	{ 3123, 3383, 0, 0 },
	{ 3123, 3383, 1, 0 },
	{ 5334, 8266, 1, 0 },
	{ 5363, 8416, 0, 0 },
	{ 5363, 8416, 1, 0 },
	{ 5364, 8417, 0, 0 },
	{ 5364, 8417, 1, 0 },
	{ 2608, 2867, 0, 0 },
	{ 2608, 2867, 1, 0 },
	{ 4401, 5151, 0, 0 },
	{ 4401, 5151, 1, 0 },
	{ 4402, 5151, 0, 1 },
	{ 4402, 5151, 1, 1 },
	{ 574, 642, 0, 0 },
	{ 574, 642, 1, 0 },
	{ 217, 259, 0, 0 },
	{ 217, 259, 1, 0 },
	{ 1141, 1423, 0, 0 },
	{ 1141, 1423, 1, 0 },
	{ 2711, 2969, 0, 0 },
	{ 2711, 2969, 1, 0 },
	{ 1501, 1772, 0, 0 },
	{ 1501, 1772, 1, 0 },
	{ 1707, 1982, 0, 0 },
	{ 1707, 1982, 1, 0 },
	{ 5858, 16309, 0, 0 },
	{ 5858, 16309, 1, 0 },
	{ 4772, 6107, 0, 0 },
	{ 4772, 6107, 1, 0 },
	{ 2123, 2379, 0, 0 },
	{ 2124, 2380, 0, 0 },
	{ 934, 1216, 0, 0 },
	{ 934, 1216, 1, 0 },
	{ 1544, 1818, 0, 0 },
	{ 1544, 1818, 1, 0 },
	{ 6160, 34980, 0, 0 },
	{ 6160, 34980, 1, 0 },
	{ 1962, 2222, 0, 0 },
	{ 1962, 2222, 1, 0 },
	{ 6237, 44818, 0, 0 },
	{ 6237, 44818, 1, 0 },
	{ 1961, 2221, 0, 0 },
	{ 1961, 2221, 1, 0 },
	{ 1963, 2222, 0, 1 },
	{ 1963, 2222, 1, 1 },
	{ 6238, 44818, 0, 1 },
	{ 6238, 44818, 1, 1 },
	{ 4994, 6935, 0, 0 },
	{ 4994, 6935, 1, 0 },
	{ 5466, 9001, 0, 0 },
	{ 5466, 9001, 1, 0 },
	{ 1524, 1798, 0, 0 },
	{ 1524, 1798, 1, 0 },
	{ 1292, 1569, 0, 0 },
	{ 1292, 1569, 1, 0 },
	{ 521, 592, 0, 0 },
	{ 521, 592, 1, 0 },
	{ 4387, 5114, 0, 0 },
	{ 1224, 1504, 0, 0 },
	{ 1224, 1504, 1, 0 },
	{ 2764, 3017, 0, 0 },
	{ 2764, 3017, 1, 0 },
	{ 1812, 2069, 0, 0 },
	{ 1812, 2069, 1, 0 },
	{ 2765, 3017, 0, 1 },
	{ 2765, 3017, 1, 1 },
	{ 2526, 2782, 0, 0 },
	{ 2526, 2782, 1, 0 },
	{ 856, 1139, 0, 0 },
	{ 856, 1139, 1, 0 },
	{ 2577, 2834, 0, 0 },
	{ 2577, 2834, 1, 0 },
	{ 2578, 2835, 0, 0 },
	{ 2578, 2835, 1, 0 },
	{ 6226, 43440, 1, 0 },
	{ 6225, 43440, 0, 0 },
	{ 1043, 1328, 0, 0 },
	{ 1043, 1328, 1, 0 },
	{ 1602, 1876, 0, 0 },
	{ 1602, 1876, 1, 0 },
	{ 4743, 6066, 0, 0 },
	{ 4743, 6066, 1, 0 },
	{ 3836, 4092, 0, 0 },
	{ 3836, 4092, 1, 0 },
	{ 3835, 4091, 0, 0 },
	{ 3835, 4091, 1, 0 },
	{ 2420, 2674, 0, 0 },
	{ 2420, 2674, 1, 0 },
	{ 3502, 3759, 0, 0 },
	{ 3502, 3759, 1, 0 },
	{ 3664, 3920, 0, 0 },
	{ 3664, 3920, 1, 0 },
	{ 1032, 1316, 0, 0 },
	{ 1032, 1316, 1, 0 },
	{ 2513, 2769, 0, 0 },
	{ 2513, 2769, 1, 0 },
	{ 4518, 5400, 0, 0 },
	{ 4518, 5400, 1, 0 },
	{ 4519, 5401, 0, 0 },
	{ 4519, 5401, 1, 0 },
	{ 989, 1271, 0, 0 },
	{ 989, 1271, 1, 0 },
	{ 435, 512, 0, 0 },
	{ 2745, 3002, 0, 0 },
	{ 2745, 3002, 1, 0 },
	{ 6074, 26487, 0, 0 },
	{ 6074, 26487, 1, 0 },
	{ 6072, 26486, 0, 0 },
	{ 6073, 26486, 1, 0 },
	{ 6075, 26489, 0, 0 },
	{ 6075, 26489, 1, 0 },
	{ 741, 1021, 0, 0 },
	{ 741, 1021, 1, 0 },
	{ 742, 1022, 0, 0 },
	{ 742, 1022, 1, 0 },
	{ 2499, 2755, 0, 0 },
	{ 2499, 2755, 1, 0 },
	{ 2412, 2666, 0, 0 },
	{ 2412, 2666, 1, 0 },
	{ 1673, 1948, 0, 0 },
	{ 1673, 1948, 1, 0 },
	{ 518, 589, 0, 0 },
	{ 518, 589, 1, 0 },
	{ 1913, 2170, 0, 0 },
	{ 1913, 2170, 1, 0 },
	{ 6069, 26261, 0, 0 },
	{ 6069, 26261, 1, 0 },
	{ 5680, 10101, 0, 0 },
	{ 5680, 10101, 1, 0 },
	{ 3829, 4085, 0, 0 },
	{ 6068, 26260, 0, 0 },
	{ 6068, 26260, 1, 0 },
	{ 5681, 10102, 0, 0 },
	{ 5681, 10102, 1, 0 },
	{ 5682, 10103, 0, 0 },
	{ 5682, 10103, 1, 0 },
	{ 2536, 2792, 0, 0 },
	{ 2536, 2792, 1, 0 },
	{ 3999, 4353, 0, 0 },
	{ 3999, 4353, 1, 0 },
	{ 4603, 5582, 0, 0 },
	{ 4603, 5582, 1, 0 },
	{ 1640, 1915, 0, 0 },
	{ 1640, 1915, 1, 0 },
	{ 1284, 1561, 0, 0 },
	{ 1284, 1561, 1, 0 },
	{ 2258, 2514, 0, 0 },
	{ 2258, 2514, 1, 0 },
	{ 2259, 2515, 0, 0 },
	{ 2259, 2515, 1, 0 },
	{ 3617, 3873, 0, 0 },
	{ 3617, 3873, 1, 0 },
	{ 5939, 19790, 0, 0 },
	{ 6189, 38202, 0, 0 },
	{ 6189, 38202, 1, 0 },
	{ 5678, 10081, 0, 0 },
	{ 5678, 10081, 1, 0 },
	{ 4590, 5557, 0, 0 },
	{ 2240, 2495, 0, 0 },
	{ 2240, 2495, 1, 0 },
	{ 2434, 2689, 0, 0 },
	{ 2434, 2689, 1, 0 },
	{ 3101, 3353, 0, 0 },
	{ 3101, 3353, 1, 0 },
	{ 258, 347, 0, 0 },
	{ 258, 347, 1, 0 },
	{ 4852, 6417, 0, 0 },
	{ 4852, 6417, 1, 0 },
	{ 5121, 7437, 0, 0 },
	{ 5121, 7437, 1, 0 },
	{ 1346, 1620, 0, 0 },
	{ 1346, 1620, 1, 0 },
	{ 3428, 3684, 0, 0 },
	{ 3428, 3684, 1, 0 },
	{ 3783, 4039, 0, 0 },
	{ 3783, 4039, 1, 0 },
	{ 3782, 4038, 0, 0 },
	{ 3782, 4038, 1, 0 },
	{ 1086, 1371, 0, 0 },
	{ 1086, 1371, 1, 0 },
	{ 2563, 2819, 0, 0 },
	{ 2563, 2819, 1, 0 },
	{ 1087, 1372, 0, 0 },
	{ 1087, 1372, 1, 0 },
	{ 2978, 3225, 0, 0 },
	{ 2978, 3225, 1, 0 },
	{ 4184, 4727, 0, 0 },
	{ 4185, 4727, 1, 0 },
	{ 2085, 2344, 0, 0 },
	{ 2085, 2344, 1, 0 },
	{ 4679, 5745, 0, 0 },
	{ 4679, 5745, 1, 0 },
	{ 4680, 5746, 0, 0 },
	{ 4680, 5746, 1, 0 },
	{ 433, 510, 0, 0 },
	{ 433, 510, 1, 0 },
	{ 4575, 5500, 0, 0 },
	{ 4575, 5500, 1, 0 },
	{ 4576, 5501, 0, 0 },
	{ 4576, 5501, 1, 0 },
	{ 4579, 5504, 0, 0 },
	{ 4579, 5504, 1, 0 },
	{ 4577, 5502, 0, 0 },
	{ 4577, 5502, 1, 0 },
	{ 4578, 5503, 0, 0 },
	{ 4578, 5503, 1, 0 },
	{ 692, 810, 0, 0 },
	{ 692, 810, 1, 0 },
	{ 3969, 4320, 0, 0 },
	{ 3969, 4320, 1, 0 },
	{ 4600, 5579, 0, 0 },
	{ 6176, 36524, 0, 0 },
	{ 2905, 3152, 0, 0 },
	{ 2905, 3152, 1, 0 },
	{ 1505, 1776, 0, 0 },
	{ 1505, 1776, 1, 0 },
	{ 2969, 3216, 0, 0 },
	{ 2969, 3216, 1, 0 },
	{ 805, 1089, 0, 0 },
	{ 805, 1089, 1, 0 },
	{ 806, 1090, 0, 0 },
	{ 806, 1090, 1, 0 },
	{ 4714, 5903, 0, 0 },
	{ 4714, 5903, 1, 0 },
	{ 3367, 3622, 0, 0 },
	{ 3367, 3622, 1, 0 },
	{ 807, 1091, 0, 0 },
	{ 807, 1091, 1, 0 },
	{ 3568, 3825, 0, 0 },
	{ 3568, 3825, 1, 0 },
	{ 3045, 3293, 0, 0 },
	{ 3045, 3293, 1, 0 },
	{ 3046, 3294, 0, 0 },
	{ 3046, 3294, 1, 0 },
	{ 4907, 6550, 0, 0 },
	{ 4907, 6550, 1, 0 },
	{ 1219, 1499, 0, 0 },
	{ 1219, 1499, 1, 0 },
	{ 1533, 1807, 0, 0 },
	{ 1533, 1807, 1, 0 },
	{ 4965, 6715, 0, 0 },
	{ 4965, 6715, 1, 0 },
	{ 3144, 3401, 0, 0 },
	{ 3144, 3401, 1, 0 },
	{ 4633, 5670, 0, 0 },
	{ 6133, 32773, 0, 0 },
	{ 6133, 32773, 1, 0 },
	{ 6130, 32770, 0, 0 },
	{ 6130, 32770, 1, 0 },
	{ 6137, 32777, 0, 0 },
	{ 6137, 32777, 1, 0 },
	{ 6132, 32772, 0, 0 },
	{ 6132, 32772, 1, 0 },
	{ 6135, 32775, 0, 0 },
	{ 6135, 32775, 1, 0 },
	{ 6136, 32776, 0, 0 },
	{ 6136, 32776, 1, 0 },
	{ 6127, 32767, 0, 0 },
	{ 6127, 32767, 1, 0 },
	{ 6134, 32774, 0, 0 },
	{ 6134, 32774, 1, 0 },
	{ 6131, 32771, 0, 0 },
	{ 6131, 32771, 1, 0 },
	{ 6129, 32769, 0, 0 },
	{ 6129, 32769, 1, 0 },
	{ 6128, 32768, 0, 0 },
	{ 6128, 32768, 1, 0 },
	{ 6025, 24242, 0, 0 },
	{ 6025, 24242, 1, 0 },
	{ 1613, 1887, 0, 0 },
	{ 1613, 1887, 1, 0 },
	{ 6043, 24922, 0, 0 },
	{ 6043, 24922, 1, 0 },
	{ 3098, 3350, 0, 0 },
	{ 3098, 3350, 1, 0 },
	{ 58, 79, 0, 0 },
	{ 58, 79, 1, 0 },
	{ 4165, 4682, 0, 0 },
	{ 4165, 4682, 1, 0 },
	{ 1512, 1784, 0, 0 },
	{ 1512, 1784, 1, 0 },
	{ 3530, 3787, 0, 0 },
	{ 3530, 3787, 1, 0 },
	{ 5482, 9051, 0, 0 },
	{ 1582, 1856, 0, 0 },
	{ 1582, 1856, 1, 0 },
	{ 1581, 1855, 0, 0 },
	{ 1581, 1855, 1, 0 },
	{ 1417, 1689, 0, 0 },
	{ 1417, 1689, 1, 0 },
	{ 2945, 3192, 0, 0 },
	{ 2945, 3192, 1, 0 },
	{ 2360, 2615, 0, 0 },
	{ 2360, 2615, 1, 0 },
	{ 950, 1232, 0, 0 },
	{ 950, 1232, 1, 0 },
	{ 2419, 2673, 0, 0 },
	{ 2419, 2673, 1, 0 },
	{ 5028, 7018, 0, 0 },
	{ 911, 1193, 0, 0 },
	{ 911, 1193, 1, 0 },
	{ 1446, 1717, 0, 0 },
	{ 1446, 1717, 1, 0 },
	{ 2254, 2510, 0, 0 },
	{ 2254, 2510, 1, 0 },
	{ 3393, 3648, 0, 0 },
	{ 3393, 3648, 1, 0 },
	{ 5565, 9374, 0, 0 },
	{ 5565, 9374, 1, 0 },
	{ 1574, 1848, 0, 0 },
	{ 1574, 1848, 1, 0 },
	{ 2821, 3067, 0, 0 },
	{ 2821, 3067, 1, 0 },
	{ 1626, 1901, 0, 0 },
	{ 1626, 1901, 1, 0 },
	{ 1627, 1902, 0, 0 },
	{ 1627, 1902, 1, 0 },
	{ 1629, 1904, 0, 0 },
	{ 1629, 1904, 1, 0 },
	{ 5571, 9396, 0, 0 },
	{ 5571, 9396, 1, 0 },
	{ 2493, 2749, 0, 0 },
	{ 2493, 2749, 1, 0 },
	{ 2492, 2748, 0, 0 },
	{ 2492, 2748, 1, 0 },
	{ 2494, 2750, 0, 0 },
	{ 2494, 2750, 1, 0 },
	{ 2495, 2751, 0, 0 },
	{ 2495, 2751, 1, 0 },
	{ 2491, 2747, 0, 0 },
	{ 2491, 2747, 1, 0 },
	{ 2170, 2425, 0, 0 },
	{ 2170, 2425, 1, 0 },
	{ 2717, 2975, 0, 0 },
	{ 2717, 2975, 1, 0 },
	{ 1599, 1873, 0, 0 },
	{ 1599, 1873, 1, 0 },
	{ 2253, 2509, 0, 0 },
	{ 2253, 2509, 1, 0 },
	{ 2789, 3035, 0, 0 },
	{ 2789, 3035, 1, 0 },
	{ 2688, 2946, 0, 0 },
	{ 2688, 2946, 1, 0 },
	{ 1600, 1874, 0, 0 },
	{ 1600, 1874, 1, 0 },
	{ 3472, 3729, 0, 0 },
	{ 3472, 3729, 1, 0 },
	{ 2963, 3210, 0, 0 },
	{ 2963, 3210, 1, 0 },
	{ 6038, 24677, 0, 0 },
	{ 6038, 24677, 1, 0 },
	{ 2625, 2884, 0, 0 },
	{ 2625, 2884, 1, 0 },
	{ 4629, 5638, 0, 0 },
	{ 6076, 27010, 0, 0 },
	{ 653, 744, 0, 0 },
	{ 653, 744, 1, 0 },
	{ 3583, 3840, 0, 0 },
	{ 3583, 3840, 1, 0 },
	{ 204, 221, 0, 0 },
	{ 204, 221, 1, 0 },
	{ 946, 1228, 0, 0 },
	{ 946, 1228, 1, 0 },
	{ 4267, 4901, 0, 0 },
	{ 4268, 4901, 0, 1 },
	{ 2104, 2359, 0, 0 },
	{ 2104, 2359, 1, 0 },
	{ 4032, 4396, 0, 0 },
	{ 4201, 4745, 0, 0 },
	{ 4201, 4745, 1, 0 },
	{ 2145, 2399, 0, 0 },
	{ 2145, 2399, 1, 0 },
	{ 4300, 5003, 0, 0 },
	{ 4300, 5003, 1, 0 },
	{ 4310, 5013, 0, 0 },
	{ 4310, 5013, 1, 0 },
	{ 5850, 16000, 0, 0 },
	{ 5851, 16001, 0, 0 },
	{ 5381, 8500, 0, 0 },
	{ 5381, 8500, 1, 0 },
	{ 4312, 5015, 0, 0 },
	{ 891, 1174, 0, 0 },
	{ 891, 1174, 1, 0 },
	{ 5073, 7200, 0, 0 },
	{ 5073, 7200, 1, 0 },
	{ 1983, 2242, 0, 0 },
	{ 1983, 2242, 1, 0 },
	{ 5050, 7100, 0, 0 },
	{ 5050, 7100, 1, 0 },
	{ 4524, 5407, 0, 0 },
	{ 4524, 5407, 1, 0 },
	{ 4525, 5408, 0, 0 },
	{ 4525, 5408, 1, 0 },
	{ 3828, 4084, 1, 0 },
	{ 3623, 3878, 0, 0 },
	{ 3623, 3878, 1, 0 },
	{ 4044, 4411, 0, 0 },
	{ 3968, 4319, 0, 0 },
	{ 3968, 4319, 1, 0 },
	{ 759, 1045, 0, 0 },
	{ 759, 1045, 1, 0 },
	{ 780, 1066, 0, 0 },
	{ 780, 1066, 1, 0 },
	{ 3866, 4122, 0, 0 },
	{ 3866, 4122, 1, 0 },
	{ 5085, 7244, 0, 0 },
	{ 5086, 7244, 1, 0 },
	{ 4273, 4915, 0, 0 },
	{ 4589, 5556, 0, 0 },
	{ 4589, 5556, 1, 0 },
	{ 5181, 7726, 0, 0 },
	{ 5181, 7726, 1, 0 },
	{ 3874, 4130, 0, 0 },
	{ 3874, 4130, 1, 0 },
	{ 2532, 2788, 0, 0 },
	{ 2532, 2788, 1, 0 },
	{ 5261, 8042, 0, 0 },
	{ 5263, 8044, 0, 0 },
	{ 6203, 41111, 0, 0 },
	{ 6203, 41111, 1, 0 },
	{ 3232, 3488, 0, 0 },
	{ 3232, 3488, 1, 0 },
	{ 5262, 8043, 0, 0 },
	{ 5536, 9217, 0, 0 },
	{ 5536, 9217, 1, 0 },
	{ 5105, 7394, 0, 0 },
	{ 5105, 7394, 1, 0 },
	{ 3995, 4349, 0, 0 },
	{ 3995, 4349, 1, 0 },
	{ 5061, 7164, 0, 0 },
	{ 5061, 7164, 1, 0 },
	{ 2174, 2429, 0, 0 },
	{ 2174, 2429, 1, 0 },
	{ 5384, 8502, 0, 0 },
	{ 12, 21, 0, 0 },
	{ 12, 21, 1, 0 },
	{ 504, 574, 0, 0 },
	{ 504, 574, 1, 0 },
	{ 11, 20, 0, 0 },
	{ 11, 20, 1, 0 },
	{ 726, 990, 0, 0 },
	{ 726, 990, 1, 0 },
	{ 725, 989, 0, 0 },
	{ 725, 989, 1, 0 },
	{ 821, 1105, 0, 0 },
	{ 821, 1105, 1, 0 },
	{ 1475, 1746, 0, 0 },
	{ 1475, 1746, 1, 0 },
	{ 1476, 1747, 0, 0 },
	{ 1476, 1747, 1, 0 },
	{ 1074, 1359, 0, 0 },
	{ 1074, 1359, 1, 0 },
	{ 3830, 4086, 1, 0 },
	{ 654, 747, 0, 0 },
	{ 654, 747, 1, 0 },
	{ 1233, 1513, 0, 0 },
	{ 1233, 1513, 1, 0 },
	{ 1234, 1514, 0, 0 },
	{ 1234, 1514, 1, 0 },
	{ 1384, 1657, 0, 0 },
	{ 1384, 1657, 1, 0 },
	{ 3122, 3382, 0, 0 },
	{ 3122, 3382, 1, 0 },
	{ 2650, 2909, 0, 0 },
	{ 2650, 2909, 1, 0 },
	{ 1515, 1787, 0, 0 },
	{ 1515, 1787, 1, 0 },
	{ 1514, 1786, 0, 0 },
	{ 1514, 1786, 1, 0 },
	{ 1225, 1505, 0, 0 },
	{ 1225, 1505, 1, 0 },
	{ 861, 1144, 0, 0 },
	{ 861, 1144, 1, 0 },
	{ 2103, 2358, 0, 0 },
	{ 2103, 2358, 1, 0 },
	{ 3145, 3402, 0, 0 },
	{ 3145, 3402, 1, 0 },
	{ 235, 286, 0, 0 },
	{ 235, 2849, 0, 0 },
	{ 235, 286, 1, 0 },
	{ 235, 2849, 1, 0 },
	{ 5935, 19539, 0, 0 },
	{ 5935, 19539, 1, 0 },
	{ 2475, 2731, 0, 0 },
	{ 2475, 2731, 1, 0 },
	{ 2166, 2421, 0, 0 },
	{ 2166, 2421, 1, 0 },
	{ 3854, 4110, 0, 0 },
	{ 3854, 4110, 1, 0 },
	{ 2476, 2732, 0, 0 },
	{ 2476, 2732, 1, 0 },
	{ 171, 190, 0, 0 },
	{ 171, 190, 1, 0 },
	{ 2423, 2677, 0, 0 },
	{ 2423, 2677, 1, 0 },
	{ 2424, 2678, 0, 0 },
	{ 2424, 2678, 1, 0 },
	{ 5278, 8074, 0, 0 },
	{ 5278, 8074, 1, 0 },
	{ 3986, 4340, 0, 0 },
	{ 3986, 4340, 1, 0 },
	{ 4447, 5235, 0, 0 },
	{ 4447, 5235, 1, 0 },
	{ 2805, 3051, 0, 0 },
	{ 2805, 3051, 1, 0 },
	{ 5430, 8881, 0, 0 },
	{ 6188, 38201, 0, 0 },
	{ 6188, 38201, 1, 0 },
	{ 3264, 3519, 1, 0 },
	{ 3265, 3520, 0, 0 },
	{ 3265, 3520, 1, 0 },
	{ 1467, 1738, 0, 0 },
	{ 1467, 1738, 1, 0 },
	{ 2655, 2914, 0, 0 },
	{ 2655, 2914, 1, 0 },
	{ 6116, 31765, 0, 0 },
	{ 6116, 31765, 1, 0 },
	{ 1585, 1859, 0, 0 },
	{ 1585, 1859, 1, 0 },
	{ 1139, 1421, 0, 0 },
	{ 1139, 1421, 1, 0 },
	{ 5718, 10800, 0, 0 },
	{ 5718, 10800, 1, 0 },
	{ 735, 999, 0, 0 },
	{ 5348, 8322, 0, 0 },
	{ 5348, 8322, 1, 0 },
	{ 1437, 1708, 0, 0 },
	{ 1437, 1708, 1, 0 },
	{ 2371, 2626, 0, 0 },
	{ 2371, 2626, 1, 0 },
	{ 3656, 3912, 0, 0 },
	{ 3656, 3912, 1, 0 },
	{ 3505, 3762, 0, 0 },
	{ 3505, 3762, 1, 0 },
	{ 3227, 3484, 0, 0 },
	{ 3227, 3484, 1, 0 },
	{ 3177, 3436, 0, 0 },
	{ 3177, 3436, 1, 0 },
	{ 5831, 14145, 0, 0 },
	{ 5831, 14145, 1, 0 },
	{ 2406, 2660, 0, 0 },
	{ 2406, 2660, 1, 0 },
	{ 5315, 8190, 0, 0 },
	{ 3170, 3429, 0, 0 },
	{ 3170, 3429, 1, 0 },
	{ 1902, 2159, 0, 0 },
	{ 1902, 2159, 1, 0 },
	{ 700, 848, 0, 0 },
	{ 700, 848, 1, 0 },
	{ 469, 538, 0, 0 },
	{ 469, 538, 1, 0 },
	{ 1724, 1997, 0, 0 },
	{ 1724, 1997, 1, 0 },
	{ 6181, 37483, 0, 0 },
	{ 4105, 4550, 0, 0 },
	{ 4105, 4550, 1, 0 },
	{ 2803, 3050, 0, 0 },
	{ 2803, 3050, 1, 0 },
	{ 2804, 3050, 0, 1 },
	{ 2804, 3050, 1, 1 },
	{ 4188, 4730, 0, 0 },
	{ 4188, 4730, 1, 0 },
	{ 1315, 1590, 0, 0 },
	{ 1315, 1590, 1, 0 },
	{ 3121, 3381, 0, 0 },
	{ 3121, 3381, 1, 0 },
	{ 5225, 7962, 0, 0 },
	{ 5225, 7962, 1, 0 },
	{ 4755, 6081, 1, 0 },
	{ 315, 402, 0, 0 },
	{ 315, 402, 1, 0 },
	{ 1171, 1453, 0, 0 },
	{ 1171, 1453, 1, 0 },
	{ 3216, 3475, 0, 0 },
	{ 3216, 3475, 1, 0 },
	{ 2749, 3005, 0, 0 },
	{ 2749, 3005, 1, 0 },
	{ 157, 176, 0, 0 },
	{ 157, 176, 1, 0 },
	{ 5100, 7283, 0, 0 },
	{ 3975, 4326, 0, 0 },
	{ 3975, 4326, 1, 0 },
	{ 3973, 4325, 0, 0 },
	{ 3974, 4325, 1, 0 },
	{ 2862, 3108, 0, 0 },
	{ 2862, 3108, 1, 0 },
	{ 4289, 4985, 0, 0 },
	{ 3981, 4332, 0, 0 },
	{ 3275, 3530, 0, 0 },
	{ 3275, 3530, 1, 0 },
	{ 611, 678, 0, 0 },
	{ 611, 678, 1, 0 },
	{ 4650, 5688, 0, 0 },
	{ 4650, 5688, 1, 0 },
	{ 5780, 12009, 1, 0 },
	{ 3605, 3862, 0, 0 },
	{ 3605, 3862, 1, 0 },
	{ 2758, 3013, 0, 0 },
	{ 2758, 3013, 1, 0 },
	{ 566, 634, 0, 0 },
	{ 566, 634, 1, 0 },
	{ 2226, 2481, 0, 0 },
	{ 2226, 2481, 1, 0 },
	{ 2227, 2482, 0, 0 },
	{ 2227, 2482, 1, 0 },
	{ 228, 270, 1, 0 },
	{ 5576, 9418, 0, 0 },
	{ 5576, 9418, 1, 0 },
	{ 2975, 3222, 0, 0 },
	{ 2975, 3222, 1, 0 },
	{ 4820, 6267, 0, 0 },
	{ 2576, 2833, 0, 0 },
	{ 2576, 2833, 1, 0 },
	{ 2982, 3229, 0, 0 },
	{ 2982, 3229, 1, 0 },
	{ 1503, 1774, 0, 0 },
	{ 1503, 1774, 1, 0 },
	{ 1634, 1909, 0, 0 },
	{ 1634, 1909, 1, 0 },
	{ 1730, 2002, 0, 0 },
	{ 1730, 2002, 1, 0 },
	{ 4774, 6109, 0, 0 },
	{ 4774, 6109, 1, 0 },
	{ 2263, 2519, 0, 0 },
	{ 2263, 2519, 1, 0 },
	{ 1776, 2033, 0, 0 },
	{ 1776, 2033, 1, 0 },
	{ 5485, 9080, 0, 0 },
	{ 5485, 9080, 1, 0 },
	{ 786, 1070, 0, 0 },
	{ 786, 1070, 1, 0 },
	{ 5559, 9339, 0, 0 },
	{ 6007, 23053, 0, 0 },
	{ 1829, 2086, 0, 0 },
	{ 1829, 2086, 1, 0 },
	{ 4842, 6347, 0, 0 },
	{ 4842, 6347, 1, 0 },
	{ 4841, 6346, 0, 0 },
	{ 4841, 6346, 1, 0 },
	{ 413, 491, 0, 0 },
	{ 413, 491, 1, 0 },
	{ 2811, 3057, 0, 0 },
	{ 2811, 3057, 1, 0 },
	{ 4649, 5687, 1, 0 },
	{ 1118, 1401, 0, 0 },
	{ 1118, 1401, 1, 0 },
	{ 5468, 9005, 0, 0 },
	{ 51, 70, 0, 0 },
	{ 51, 70, 1, 0 },
	{ 1957, 2217, 0, 0 },
	{ 1957, 2217, 1, 0 },
	{ 909, 1191, 0, 0 },
	{ 909, 1191, 1, 0 },
	{ 80, 103, 0, 0 },
	{ 80, 103, 1, 0 },
	{ 3494, 3751, 0, 0 },
	{ 3494, 3751, 1, 0 },
	{ 3126, 3386, 0, 0 },
	{ 3127, 3386, 1, 0 },
	{ 2689, 2947, 0, 0 },
	{ 2689, 2947, 1, 0 },
	{ 4390, 5117, 0, 0 },
	{ 23, 41, 0, 0 },
	{ 23, 41, 1, 0 },
	{ 5027, 7017, 0, 0 },
	{ 5027, 7017, 1, 0 },
	{ 5510, 9122, 0, 0 },
	{ 5511, 9123, 0, 0 },
	{ 4210, 4754, 1, 0 },
	{ 4211, 4755, 1, 0 },
	{ 3500, 3757, 0, 0 },
	{ 3500, 3757, 1, 0 },
	{ 5560, 9340, 0, 0 },
	{ 4821, 6268, 0, 0 },
	{ 4821, 6268, 1, 0 },
	{ 4822, 6269, 0, 0 },
	{ 4822, 6269, 1, 0 },
	{ 1263, 1542, 0, 0 },
	{ 1263, 1542, 1, 0 },
	{ 2203, 2458, 0, 0 },
	{ 2203, 2458, 1, 0 },
	{ 1878, 2135, 0, 0 },
	{ 1878, 2135, 1, 0 },
	{ 2237, 2492, 0, 0 },
	{ 2237, 2492, 1, 0 },
	{ 929, 1211, 0, 0 },
	{ 929, 1211, 1, 0 },
	{ 1405, 1677, 0, 0 },
	{ 1405, 1677, 1, 0 },
	{ 2889, 3136, 0, 0 },
	{ 2889, 3136, 1, 0 },
	{ 6086, 28010, 0, 0 },
	{ 6102, 30400, 0, 0 },
	{ 3504, 3761, 0, 0 },
	{ 3504, 3761, 1, 0 },
	{ 1576, 1850, 0, 0 },
	{ 1576, 1850, 1, 0 },
	{ 5984, 22128, 0, 0 },
	{ 2555, 2811, 0, 0 },
	{ 2555, 2811, 1, 0 },
	{ 1862, 2119, 0, 0 },
	{ 1862, 2119, 1, 0 },
	{ 4744, 6068, 0, 0 },
	{ 5852, 16002, 0, 0 },
	{ 4187, 4729, 1, 0 },
	{ 410, 488, 0, 0 },
	{ 410, 488, 1, 0 },
	{ 106, 128, 0, 0 },
	{ 106, 128, 1, 0 },
	{ 5627, 9889, 0, 0 },
	{ 5627, 9889, 1, 0 },
	{ 1929, 2186, 0, 0 },
	{ 1929, 2186, 1, 0 },
	{ 2388, 2643, 0, 0 },
	{ 2388, 2643, 1, 0 },
	{ 1170, 1452, 0, 0 },
	{ 1170, 1452, 1, 0 },
	{ 1866, 2123, 0, 0 },
	{ 1866, 2123, 1, 0 },
	{ 1895, 2152, 0, 0 },
	{ 1895, 2152, 1, 0 },
	{ 3337, 3592, 0, 0 },
	{ 3337, 3592, 1, 0 },
	{ 3336, 3591, 0, 0 },
	{ 3336, 3591, 1, 0 },
	{ 4754, 6080, 1, 0 },
	{ 5558, 9321, 0, 0 },
	{ 5558, 9321, 1, 0 },
	{ 6172, 35356, 0, 0 },
	{ 5912, 18262, 0, 0 },
	{ 5912, 18262, 1, 0 },
	{ 1084, 1369, 0, 0 },
	{ 1084, 1369, 1, 0 },
	{ 3701, 3956, 0, 0 },
	{ 3701, 3956, 1, 0 },
	{ 2754, 3010, 0, 0 },
	{ 4236, 4842, 0, 0 },
	{ 4236, 4842, 1, 0 },
	{ 3488, 3745, 0, 0 },
	{ 3488, 3745, 1, 0 },
	{ 4238, 4844, 0, 0 },
	{ 4238, 4844, 1, 0 },
	{ 2522, 2778, 0, 0 },
	{ 2522, 2778, 1, 0 },
	{ 1099, 1383, 0, 0 },
	{ 1099, 1383, 1, 0 },
	{ 1816, 2073, 0, 0 },
	{ 1816, 2073, 1, 0 },
	{ 2101, 2356, 0, 0 },
	{ 2101, 2356, 1, 0 },
	{ 1842, 2099, 0, 0 },
	{ 1842, 2099, 1, 0 },
	{ 2687, 2945, 0, 0 },
	{ 2687, 2945, 1, 0 },
	{ 2721, 2979, 0, 0 },
	{ 2721, 2979, 1, 0 },
	{ 2932, 3179, 0, 0 },
	{ 2932, 3179, 1, 0 },
	{ 5762, 11720, 0, 0 },
	{ 5762, 11720, 1, 0 },
	{ 1447, 1718, 0, 0 },
	{ 1447, 1718, 1, 0 },
	{ 1448, 1719, 0, 0 },
	{ 1448, 1719, 1, 0 },
	{ 1449, 1720, 0, 0 },
	{ 1449, 1720, 1, 0 },
	{ 1017, 1300, 0, 0 },
	{ 1017, 1300, 1, 0 },
	{ 627, 694, 0, 0 },
	{ 627, 694, 1, 0 },
	{ 4477, 5302, 0, 0 },
	{ 4477, 5302, 1, 0 },
	{ 4476, 5301, 0, 0 },
	{ 4476, 5301, 1, 0 },
	{ 4475, 5300, 0, 0 },
	{ 4475, 5300, 1, 0 },
	{ 4479, 5304, 0, 0 },
	{ 4479, 5304, 1, 0 },
	{ 3287, 3542, 0, 0 },
	{ 3287, 3542, 1, 0 },
	{ 4489, 5315, 0, 0 },
	{ 4489, 5315, 1, 0 },
	{ 4478, 5303, 0, 0 },
	{ 4478, 5303, 1, 0 },
	{ 956, 1238, 0, 0 },
	{ 956, 1238, 1, 0 },
	{ 4480, 5305, 0, 0 },
	{ 4480, 5305, 1, 0 },
	{ 2790, 3036, 0, 0 },
	{ 2790, 3036, 1, 0 },
	{ 3368, 3623, 0, 0 },
	{ 3368, 3623, 1, 0 },
	{ 3512, 3769, 0, 0 },
	{ 3512, 3769, 1, 0 },
	{ 1986, 2245, 0, 0 },
	{ 1986, 2245, 1, 0 },
	{ 592, 661, 0, 0 },
	{ 592, 661, 1, 0 },
	{ 1542, 1816, 0, 0 },
	{ 1542, 1816, 1, 0 },
	{ 4374, 5094, 0, 0 },
	{ 4374, 5094, 1, 0 },
	{ 288, 375, 0, 0 },
	{ 288, 375, 1, 0 },
	{ 5158, 7630, 0, 0 },
	{ 1432, 1703, 0, 0 },
	{ 1432, 1703, 1, 0 },
	{ 2742, 3000, 0, 0 },
	{ 2742, 3000, 1, 0 },
	{ 619, 686, 0, 0 },
	{ 619, 686, 1, 0 },
	{ 3949, 4197, 0, 0 },
	{ 3949, 4197, 1, 0 },
	{ 221, 263, 0, 0 },
	{ 221, 263, 1, 0 },
	{ 5838, 14936, 0, 0 },
	{ 5838, 14936, 1, 0 },
	{ 5839, 14937, 0, 0 },
	{ 5839, 14937, 1, 0 },
	{ 2386, 2641, 0, 0 },
	{ 2386, 2641, 1, 0 },
	{ 878, 1161, 0, 0 },
	{ 878, 1161, 1, 0 },
	{ 879, 1162, 0, 0 },
	{ 879, 1162, 1, 0 },
	{ 998, 1281, 0, 0 },
	{ 998, 1281, 1, 0 },
	{ 3483, 3740, 0, 0 },
	{ 3483, 3740, 1, 0 },
	{ 6161, 35000, 0, 0 },
	{ 1273, 1551, 0, 0 },
	{ 1273, 1551, 1, 0 },
	{ 4859, 6440, 0, 0 },
	{ 5722, 10860, 0, 0 },
	{ 5722, 10860, 1, 0 },
	{ 1517, 1789, 0, 0 },
	{ 1517, 1789, 1, 0 },
	{ 584, 652, 0, 0 },
	{ 584, 652, 1, 0 },
	{ 130, 151, 0, 0 },
	{ 130, 151, 1, 0 },
	{ 1126, 1409, 0, 0 },
	{ 1126, 1409, 1, 0 },
	{ 966, 1248, 0, 0 },
	{ 966, 1248, 1, 0 },
	{ 3665, 3921, 0, 0 },
	{ 3665, 3921, 1, 0 },
	{ 5425, 8807, 1, 0 },
	{ 5107, 7397, 0, 0 },
	{ 5107, 7397, 1, 0 },
	{ 5508, 9111, 0, 0 },
	{ 5508, 9111, 1, 0 },
	{ 5914, 18516, 1, 0 },
	{ 4266, 4900, 0, 0 },
	{ 4266, 4900, 1, 0 },
	{ 4296, 4999, 0, 0 },
	{ 4296, 4999, 1, 0 },
	{ 852, 1136, 0, 0 },
	{ 852, 1136, 1, 0 },
	{ 3894, 4148, 0, 0 },
	{ 3894, 4148, 1, 0 },
	{ 3003, 3250, 0, 0 },
	{ 3003, 3250, 1, 0 },
	{ 6028, 24322, 1, 0 },
	{ 2212, 2467, 0, 0 },
	{ 2212, 2467, 1, 0 },
	{ 3861, 4117, 0, 0 },
	{ 3861, 4117, 1, 0 },
	{ 5640, 9954, 0, 0 },
	{ 5710, 10500, 1, 0 },
	{ 5341, 8293, 0, 0 },
	{ 2730, 2988, 0, 0 },
	{ 2730, 2988, 1, 0 },
	{ 1127, 1410, 0, 0 },
	{ 1127, 1410, 1, 0 },
	{ 4256, 4880, 0, 0 },
	{ 5787, 12172, 0, 0 },
	{ 5787, 12172, 1, 0 },
	{ 4260, 4884, 0, 0 },
	{ 4260, 4884, 1, 0 },
	{ 5757, 11371, 0, 0 },
	{ 5757, 11371, 1, 0 },
	{ 1451, 1722, 0, 0 },
	{ 1451, 1722, 1, 0 },
	{ 2320, 2575, 0, 0 },
	{ 2320, 2575, 1, 0 },
	{ 3379, 3634, 0, 0 },
	{ 3379, 3634, 1, 0 },
	{ 2800, 3047, 0, 0 },
	{ 2800, 3047, 1, 0 },
	{ 6222, 43438, 1, 0 },
	{ 541, 612, 0, 0 },
	{ 541, 612, 1, 0 },
	{ 542, 613, 0, 0 },
	{ 542, 613, 1, 0 },
	{ 5332, 8232, 1, 0 },
	{ 5331, 8231, 1, 0 },
	{ 4981, 6791, 0, 0 },
	{ 4981, 6791, 1, 0 },
	{ 4980, 6790, 0, 0 },
	{ 4980, 6790, 1, 0 },
	{ 3686, 3941, 0, 0 },
	{ 3686, 3941, 1, 0 },
	{ 2342, 2597, 0, 0 },
	{ 2342, 2597, 1, 0 },
	{ 2488, 2744, 0, 0 },
	{ 2488, 2744, 1, 0 },
	{ 78, 101, 0, 0 },
	{ 78, 101, 1, 0 },
	{ 3190, 3449, 0, 0 },
	{ 3190, 3449, 1, 0 },
	{ 1444, 1715, 0, 0 },
	{ 1444, 1715, 1, 0 },
	{ 3785, 4041, 0, 0 },
	{ 3785, 4041, 1, 0 },
	{ 2309, 2564, 0, 0 },
	{ 2309, 2564, 1, 0 },
	{ 296, 383, 0, 0 },
	{ 296, 383, 1, 0 },
	{ 3124, 3384, 0, 0 },
	{ 3124, 3384, 1, 0 },
	{ 294, 381, 0, 0 },
	{ 294, 381, 1, 0 },
	{ 3077, 3329, 0, 0 },
	{ 3077, 3329, 1, 0 },
	{ 1511, 1782, 0, 0 },
	{ 1511, 1782, 1, 0 },
	{ 1529, 1803, 0, 0 },
	{ 1529, 1803, 1, 0 },
	{ 295, 382, 0, 0 },
	{ 295, 382, 1, 0 },
	{ 2435, 2690, 0, 0 },
	{ 2435, 2690, 1, 0 },
	{ 5498, 9100, 0, 0 },
	{ 5498, 9100, 1, 0 },
	{ 2854, 3101, 0, 0 },
	{ 2854, 3101, 1, 0 },
	{ 2791, 3037, 0, 0 },
	{ 2791, 3037, 1, 0 },
	{ 5933, 19411, 0, 0 },
	{ 5933, 19411, 1, 0 },
	{ 1016, 1299, 0, 0 },
	{ 1016, 1299, 1, 0 },
	{ 5932, 19410, 0, 0 },
	{ 5932, 19410, 1, 0 },
	{ 4437, 5225, 0, 0 },
	{ 4437, 5225, 1, 0 },
	{ 5934, 19412, 0, 0 },
	{ 5934, 19412, 1, 0 },
	{ 4438, 5226, 0, 0 },
	{ 4438, 5226, 1, 0 },
	{ 906, 1188, 0, 0 },
	{ 906, 1188, 1, 0 },
	{ 1603, 1877, 0, 0 },
	{ 1603, 1877, 1, 0 },
	{ 4490, 5316, 0, 0 },
	{ 4491, 5317, 0, 0 },
	{ 2726, 2984, 0, 0 },
	{ 2726, 2984, 1, 0 },
	{ 2727, 2985, 0, 0 },
	{ 2727, 2985, 1, 0 },
	{ 1948, 2208, 0, 0 },
	{ 1948, 2208, 1, 0 },
	{ 1946, 2206, 0, 0 },
	{ 1946, 2206, 1, 0 },
	{ 4520, 5403, 0, 0 },
	{ 4520, 5403, 1, 0 },
	{ 4521, 5404, 0, 0 },
	{ 4521, 5404, 1, 0 },
	{ 2193, 2448, 0, 0 },
	{ 2193, 2448, 1, 0 },
	{ 3652, 3908, 0, 0 },
	{ 3652, 3908, 1, 0 },
	{ 935, 1217, 0, 0 },
	{ 935, 1217, 1, 0 },
	{ 1947, 2207, 0, 0 },
	{ 1947, 2207, 1, 0 },
	{ 4088, 4484, 0, 0 },
	{ 4088, 4484, 1, 0 },
	{ 2345, 2600, 0, 0 },
	{ 2345, 2600, 1, 0 },
	{ 2459, 2715, 0, 0 },
	{ 2459, 2715, 1, 0 },
	{ 4436, 5224, 0, 0 },
	{ 4436, 5224, 1, 0 },
	{ 4435, 5223, 0, 0 },
	{ 4435, 5223, 1, 0 },
	{ 841, 1125, 0, 0 },
	{ 841, 1125, 1, 0 },
	{ 840, 1124, 0, 0 },
	{ 840, 1124, 1, 0 },
	{ 842, 1126, 0, 0 },
	{ 842, 1126, 1, 0 },
	{ 4440, 5228, 0, 0 },
	{ 4835, 6324, 0, 0 },
	{ 4836, 6324, 1, 0 },
	{ 3180, 3439, 0, 0 },
	{ 3180, 3439, 1, 0 },
	{ 4124, 4592, 1, 0 },
	{ 2315, 2570, 0, 0 },
	{ 2315, 2570, 1, 0 },
	{ 1856, 2113, 0, 0 },
	{ 1856, 2113, 1, 0 },
	{ 1710, 1985, 0, 0 },
	{ 1710, 1985, 1, 0 },
	{ 1772, 2029, 0, 0 },
	{ 1772, 2029, 1, 0 },
	{ 4229, 4827, 0, 0 },
	{ 4229, 4827, 1, 0 },
	{ 4619, 5628, 0, 0 },
	{ 4619, 5628, 1, 0 },
	{ 59, 80, 0, 0 },
	{ 59, 80, 1, 0 },
	{ 520, 591, 0, 0 },
	{ 520, 8008, 0, 0 },
	{ 520, 8080, 0, 0 },
	{ 520, 591, 1, 0 },
	{ 520, 8008, 1, 0 },
	{ 520, 8080, 1, 0 },
	{ 230, 280, 0, 0 },
	{ 230, 280, 1, 0 },
	{ 522, 593, 0, 0 },
	{ 522, 593, 1, 0 },
	{ 5460, 8990, 0, 0 },
	{ 5460, 8990, 1, 0 },
	{ 359, 443, 0, 0 },
	{ 359, 443, 1, 0 },
	{ 5461, 8991, 0, 0 },
	{ 5461, 8991, 1, 0 },
	{ 3930, 4180, 0, 0 },
	{ 3930, 4180, 1, 0 },
	{ 4316, 5023, 0, 0 },
	{ 4316, 5023, 1, 0 },
	{ 5345, 8313, 0, 0 },
	{ 4382, 5105, 1, 0 },
	{ 1025, 1310, 0, 0 },
	{ 1025, 1310, 1, 0 },
	{ 1142, 1424, 0, 0 },
	{ 1142, 1424, 1, 0 },
	{ 394, 473, 0, 0 },
	{ 394, 473, 1, 0 },
	{ 5840, 15000, 0, 0 },
	{ 5840, 15000, 1, 0 },
	{ 2118, 2374, 0, 0 },
	{ 4114, 4559, 0, 0 },
	{ 4114, 4559, 1, 0 },
	{ 331, 418, 0, 0 },
	{ 331, 418, 1, 0 },
	{ 1300, 1577, 0, 0 },
	{ 1300, 1577, 1, 0 },
	{ 3663, 3919, 0, 0 },
	{ 3663, 3919, 1, 0 },
	{ 4638, 5674, 0, 0 },
	{ 4638, 5674, 1, 0 },
	{ 625, 692, 0, 0 },
	{ 625, 692, 1, 0 },
	{ 4355, 5069, 0, 0 },
	{ 4355, 5069, 1, 0 },
	{ 5796, 13160, 0, 0 },
	{ 5796, 13160, 1, 0 },
	{ 3697, 3952, 0, 0 },
	{ 3697, 3952, 1, 0 },
	{ 3917, 4169, 0, 0 },
	{ 3918, 4169, 1, 0 },
	{ 5597, 9614, 0, 0 },
	{ 402, 480, 0, 0 },
	{ 402, 480, 1, 0 },
	{ 401, 479, 0, 0 },
	{ 401, 479, 1, 0 },
	{ 3713, 3968, 0, 0 },
	{ 3713, 3968, 1, 0 },
	{ 2054, 2313, 0, 0 },
	{ 2054, 2313, 1, 0 },
	{ 1884, 2141, 0, 0 },
	{ 1884, 2141, 1, 0 },
	{ 1882, 2139, 0, 0 },
	{ 1882, 2139, 1, 0 },
	{ 4128, 4596, 0, 0 },
	{ 4128, 4596, 1, 0 },
	{ 4127, 4595, 0, 0 },
	{ 4127, 4595, 1, 0 },
	{ 1883, 2140, 0, 0 },
	{ 1883, 2140, 1, 0 },
	{ 4126, 4594, 0, 0 },
	{ 4126, 4594, 1, 0 },
	{ 874, 1157, 0, 0 },
	{ 874, 1157, 1, 0 },
	{ 873, 1156, 0, 0 },
	{ 873, 1156, 1, 0 },
	{ 347, 432, 0, 0 },
	{ 347, 432, 1, 0 },
	{ 5008, 6998, 0, 0 },
	{ 5008, 6998, 1, 0 },
	{ 5009, 6999, 0, 0 },
	{ 5009, 6999, 1, 0 },
	{ 4119, 4569, 0, 0 },
	{ 4119, 4569, 1, 0 },
	{ 5043, 7072, 0, 0 },
	{ 5044, 7072, 1, 0 },
	{ 4697, 5784, 1, 0 },
	{ 1455, 1726, 0, 0 },
	{ 1455, 1726, 1, 0 },
	{ 1310, 1586, 0, 0 },
	{ 1310, 1586, 1, 0 },
	{ 298, 385, 0, 0 },
	{ 298, 385, 1, 0 },
	{ 1153, 1435, 0, 0 },
	{ 1153, 1435, 1, 0 },
	{ 454, 523, 0, 0 },
	{ 454, 523, 1, 0 },
	{ 3020, 3267, 0, 0 },
	{ 3020, 3267, 1, 0 },
	{ 3283, 3538, 0, 0 },
	{ 3283, 3538, 1, 0 },
	{ 3284, 3539, 0, 0 },
	{ 3284, 3539, 1, 0 },
	{ 1519, 1792, 0, 0 },
	{ 1519, 1792, 1, 0 },
	{ 3544, 3801, 0, 0 },
	{ 3544, 3801, 1, 0 },
	{ 1131, 1414, 0, 0 },
	{ 1131, 1414, 1, 0 },
	{ 1607, 1881, 0, 0 },
	{ 1607, 1881, 1, 0 },
	{ 1091, 1376, 0, 0 },
	{ 1091, 1376, 1, 0 },
	{ 1122, 1405, 0, 0 },
	{ 1122, 1405, 1, 0 },
	{ 5489, 9085, 0, 0 },
	{ 5489, 9085, 1, 0 },
	{ 978, 1260, 0, 0 },
	{ 978, 1260, 1, 0 },
	{ 1180, 1461, 0, 0 },
	{ 1180, 1461, 1, 0 },
	{ 3238, 3494, 0, 0 },
	{ 3238, 3494, 1, 0 },
	{ 1181, 1461, 0, 1 },
	{ 1181, 1461, 1, 1 },
	{ 2317, 2572, 0, 0 },
	{ 2317, 2572, 1, 0 },
	{ 4964, 6714, 0, 0 },
	{ 4964, 6714, 1, 0 },
	{ 2016, 2275, 0, 0 },
	{ 2016, 2275, 1, 0 },
	{ 2017, 2276, 0, 0 },
	{ 2017, 2276, 1, 0 },
	{ 5408, 8733, 0, 0 },
	{ 5408, 8733, 1, 0 },
	{ 1214, 1494, 0, 0 },
	{ 1214, 1494, 1, 0 },
	{ 1330, 1604, 0, 0 },
	{ 1330, 1604, 1, 0 },
	{ 338, 425, 0, 0 },
	{ 338, 425, 1, 0 },
	{ 1059, 1344, 0, 0 },
	{ 1059, 1344, 1, 0 },
	{ 4987, 6850, 0, 0 },
	{ 4987, 6850, 1, 0 },
	{ 3804, 4061, 0, 0 },
	{ 3804, 4061, 1, 0 },
	{ 3806, 4063, 0, 0 },
	{ 3806, 4063, 1, 0 },
	{ 3805, 4062, 0, 0 },
	{ 3805, 4062, 1, 0 },
	{ 3807, 4064, 0, 0 },
	{ 3807, 4064, 1, 0 },
	{ 6119, 31949, 0, 0 },
	{ 6119, 31949, 1, 0 },
	{ 6117, 31948, 0, 0 },
	{ 6117, 31948, 1, 0 },
	{ 6120, 31949, 0, 1 },
	{ 6120, 31949, 1, 1 },
	{ 6118, 31948, 0, 1 },
	{ 6118, 31948, 1, 1 },
	{ 1806, 2063, 0, 0 },
	{ 1806, 2063, 1, 0 },
	{ 1807, 2064, 0, 0 },
	{ 1807, 2064, 1, 0 },
	{ 1805, 2062, 0, 0 },
	{ 1805, 2062, 1, 0 },
	{ 6044, 25000, 0, 0 },
	{ 6044, 25000, 1, 0 },
	{ 6053, 25009, 0, 0 },
	{ 6053, 25009, 1, 0 },
	{ 6045, 25001, 0, 0 },
	{ 6045, 25001, 1, 0 },
	{ 6046, 25002, 0, 0 },
	{ 6046, 25002, 1, 0 },
	{ 6047, 25003, 0, 0 },
	{ 6047, 25003, 1, 0 },
	{ 6048, 25004, 0, 0 },
	{ 6048, 25004, 1, 0 },
	{ 6049, 25005, 0, 0 },
	{ 6049, 25005, 1, 0 },
	{ 6050, 25006, 0, 0 },
	{ 6050, 25006, 1, 0 },
	{ 6051, 25007, 0, 0 },
	{ 6051, 25007, 1, 0 },
	{ 6052, 25008, 0, 0 },
	{ 6052, 25008, 1, 0 },
	{ 709, 886, 0, 0 },
	{ 709, 886, 1, 0 },
	{ 710, 887, 0, 0 },
	{ 710, 887, 1, 0 },
	{ 711, 887, 0, 1 },
	{ 711, 887, 1, 1 },
	{ 5910, 18242, 0, 0 },
	{ 1106, 1389, 0, 0 },
	{ 1106, 1389, 1, 0 },
	{ 1111, 1394, 0, 0 },
	{ 1111, 1394, 1, 0 },
	{ 1110, 1393, 0, 0 },
	{ 1110, 1393, 1, 0 },
	{ 1109, 1392, 0, 0 },
	{ 1109, 1392, 1, 0 },
	{ 1108, 1391, 0, 0 },
	{ 1108, 1391, 1, 0 },
	{ 1107, 1390, 0, 0 },
	{ 1107, 1390, 1, 0 },
	{ 1112, 1395, 0, 0 },
	{ 1112, 1395, 1, 0 },
	{ 4704, 5813, 0, 0 },
	{ 4704, 5813, 1, 0 },
	{ 4090, 4486, 0, 0 },
	{ 4090, 4486, 1, 0 },
	{ 2542, 2799, 0, 0 },
	{ 2542, 2799, 1, 0 },
	{ 3717, 3972, 0, 0 },
	{ 3717, 3972, 1, 0 },
	{ 4753, 6077, 0, 0 },
	{ 828, 1112, 0, 0 },
	{ 828, 1112, 1, 0 },
	{ 5829, 14142, 0, 0 },
	{ 5829, 14142, 1, 0 },
	{ 5830, 14143, 0, 0 },
	{ 2883, 3130, 0, 0 },
	{ 2883, 3130, 1, 0 },
	{ 4630, 5639, 0, 0 },
	{ 4108, 4553, 0, 0 },
	{ 2610, 2869, 0, 0 },
	{ 2610, 2869, 1, 0 },
	{ 4675, 5741, 0, 0 },
	{ 4675, 5741, 1, 0 },
	{ 4676, 5742, 0, 0 },
	{ 4676, 5742, 1, 0 },
	{ 3626, 3881, 0, 0 },
	{ 3626, 3881, 1, 0 },
	{ 2067, 2326, 0, 0 },
	{ 2067, 2326, 1, 0 },
	{ 716, 902, 0, 0 },
	{ 716, 902, 1, 0 },
	{ 717, 903, 0, 0 },
	{ 717, 903, 1, 0 },
	{ 2077, 2337, 0, 0 },
	{ 2077, 2337, 1, 0 },
	{ 1454, 1725, 0, 0 },
	{ 1454, 1725, 1, 0 },
	{ 91, 113, 0, 0 },
	{ 2729, 2987, 0, 0 },
	{ 2729, 2987, 1, 0 },
	{ 480, 549, 0, 0 },
	{ 480, 549, 1, 0 },
	{ 3899, 4152, 0, 0 },
	{ 3899, 4152, 1, 0 },
	{ 3900, 4152, 0, 1 },
	{ 3900, 4152, 1, 1 },
	{ 1610, 1884, 0, 0 },
	{ 1610, 1884, 1, 0 },
	{ 6140, 32896, 0, 0 },
	{ 6140, 32896, 1, 0 },
	{ 1855, 2112, 0, 0 },
	{ 1855, 2112, 1, 0 },
	{ 2335, 2590, 0, 0 },
	{ 2335, 2590, 1, 0 },
	{ 3811, 4067, 0, 0 },
	{ 3811, 4067, 1, 0 },
	{ 2708, 2966, 0, 0 },
	{ 2708, 2966, 1, 0 },
	{ 3540, 3797, 0, 0 },
	{ 3540, 3797, 1, 0 },
	{ 2737, 2995, 0, 0 },
	{ 2737, 2995, 1, 0 },
	{ 6056, 25604, 0, 0 },
	{ 1822, 2079, 0, 0 },
	{ 1822, 2079, 1, 0 },
	{ 532, 603, 0, 0 },
	{ 532, 603, 1, 0 },
	{ 2149, 2404, 0, 0 },
	{ 2149, 2404, 1, 0 },
	{ 5940, 19998, 0, 0 },
	{ 1001, 1284, 0, 0 },
	{ 1001, 1284, 1, 0 },
	{ 4106, 4551, 0, 0 },
	{ 4106, 4551, 1, 0 },
	{ 583, 651, 0, 0 },
	{ 583, 651, 1, 0 },
	{ 628, 695, 0, 0 },
	{ 628, 695, 1, 0 },
	{ 4869, 6464, 0, 0 },
	{ 4869, 6464, 1, 0 },
	{ 1161, 1443, 0, 0 },
	{ 1161, 1443, 1, 0 },
	{ 3161, 3420, 0, 0 },
	{ 3161, 3420, 1, 0 },
	{ 4413, 5165, 0, 0 },
	{ 4413, 5165, 1, 0 },
	{ 4414, 5165, 0, 1 },
	{ 4414, 5165, 1, 1 },
	{ 1235, 1515, 0, 0 },
	{ 1235, 1515, 1, 0 },
	{ 3229, 3486, 0, 0 },
	{ 3229, 3486, 1, 0 },
	{ 4200, 4744, 0, 0 },
	{ 4200, 4744, 1, 0 },
	{ 2544, 2801, 0, 0 },
	{ 2544, 2801, 1, 0 },
	{ 1121, 1404, 0, 0 },
	{ 1121, 1404, 1, 0 },
	{ 386, 465, 1, 0 },
	{ 3844, 4100, 0, 0 },
	{ 3844, 4100, 1, 0 },
	{ 5922, 19000, 0, 0 },
	{ 5922, 19000, 1, 0 },
	{ 3625, 3880, 0, 0 },
	{ 3625, 3880, 1, 0 },
	{ 2750, 3006, 0, 0 },
	{ 2750, 3006, 1, 0 },
	{ 4223, 4800, 0, 0 },
	{ 4223, 4800, 1, 0 },
	{ 466, 535, 0, 0 },
	{ 466, 535, 1, 0 },
	{ 2939, 3186, 0, 0 },
	{ 2939, 3186, 1, 0 },
	{ 423, 500, 1, 1 },
	{ 6027, 24321, 0, 0 },
	{ 6027, 24321, 1, 0 },
	{ 1337, 1611, 0, 0 },
	{ 1337, 1611, 1, 0 },
	{ 4225, 4802, 0, 0 },
	{ 4225, 4802, 1, 0 },
	{ 6078, 27345, 0, 0 },
	{ 6078, 27345, 1, 0 },
	{ 1980, 2239, 0, 0 },
	{ 1980, 2239, 1, 0 },
	{ 121, 143, 0, 0 },
	{ 122, 143, 0, 1 },
	{ 203, 220, 0, 0 },
	{ 203, 220, 1, 0 },
	{ 123, 143, 0, 1 },
	{ 729, 993, 0, 0 },
	{ 2382, 2637, 0, 0 },
	{ 2382, 2637, 1, 0 },
	{ 793, 1077, 0, 0 },
	{ 793, 1077, 1, 0 },
	{ 5396, 8615, 0, 0 },
	{ 5753, 11319, 0, 0 },
	{ 5753, 11319, 1, 0 },
	{ 5754, 11320, 0, 0 },
	{ 5754, 11320, 1, 0 },
	{ 3402, 3657, 0, 0 },
	{ 3402, 3657, 1, 0 },
	{ 3651, 3907, 0, 0 },
	{ 3651, 3907, 1, 0 },
	{ 1439, 1710, 0, 0 },
	{ 1439, 1710, 1, 0 },
	{ 2917, 3164, 0, 0 },
	{ 2917, 3164, 1, 0 },
	{ 5167, 7676, 0, 0 },
	{ 5167, 7676, 1, 0 },
	{ 5163, 7672, 0, 0 },
	{ 5164, 7673, 0, 0 },
	{ 5166, 7675, 0, 0 },
	{ 5166, 7675, 1, 0 },
	{ 5165, 7674, 0, 0 },
	{ 5165, 7674, 1, 0 },
	{ 1778, 2035, 0, 0 },
	{ 1778, 2035, 1, 0 },
	{ 319, 406, 0, 0 },
	{ 319, 406, 1, 0 },
	{ 1942, 2202, 0, 0 },
	{ 1942, 2202, 1, 0 },
	{ 1223, 1503, 0, 0 },
	{ 1223, 1503, 1, 0 },
	{ 860, 1143, 0, 0 },
	{ 860, 1143, 1, 0 },
	{ 210, 244, 0, 0 },
	{ 210, 244, 1, 0 },
	{ 2892, 3139, 0, 0 },
	{ 2892, 3139, 1, 0 },
	{ 2674, 2932, 0, 0 },
	{ 2674, 2932, 1, 0 },
	{ 2712, 2970, 0, 0 },
	{ 2712, 2970, 1, 0 },
	{ 1870, 2127, 0, 0 },
	{ 1870, 2127, 1, 0 },
	{ 5153, 7624, 0, 0 },
	{ 5153, 7624, 1, 0 },
	{ 893, 1176, 0, 0 },
	{ 893, 1176, 1, 0 },
	{ 5302, 8131, 0, 0 },
	{ 5302, 8131, 1, 0 },
	{ 5301, 8130, 0, 0 },
	{ 5301, 8130, 1, 0 },
	{ 2909, 3156, 0, 0 },
	{ 2909, 3156, 1, 0 },
	{ 2199, 2454, 0, 0 },
	{ 2199, 2454, 1, 0 },
	{ 4725, 5963, 0, 0 },
	{ 4725, 5963, 1, 0 },
	{ 6253, 46336, 0, 0 },
	{ 5191, 7775, 0, 0 },
	{ 5276, 8067, 0, 0 },
	{ 3347, 3602, 0, 0 },
	{ 3347, 3602, 1, 0 },
	{ 3093, 3345, 0, 0 },
	{ 3093, 3345, 1, 0 },
	{ 4322, 5029, 0, 0 },
	{ 4322, 5029, 1, 0 },
	{ 1974, 2233, 0, 0 },
	{ 1974, 2233, 1, 0 },
	{ 3412, 3667, 0, 0 },
	{ 3412, 3667, 1, 0 },
	{ 2060, 2319, 0, 0 },
	{ 2060, 2319, 1, 0 },
	{ 1169, 1451, 0, 0 },
	{ 1169, 1451, 1, 0 },
	{ 2595, 2854, 0, 0 },
	{ 2595, 2854, 1, 0 },
	{ 1146, 1428, 0, 0 },
	{ 1146, 1428, 1, 0 },
	{ 3599, 3856, 0, 0 },
	{ 3599, 3856, 1, 0 },
	{ 327, 414, 0, 0 },
	{ 327, 414, 1, 0 },
	{ 5920, 18881, 0, 0 },
	{ 5920, 18881, 1, 0 },
	{ 1825, 2082, 0, 0 },
	{ 1825, 2082, 1, 0 },
	{ 112, 134, 0, 0 },
	{ 112, 134, 1, 0 },
	{ 1244, 1524, 0, 0 },
	{ 1244, 1524, 1, 0 },
	{ 4608, 5597, 0, 0 },
	{ 4608, 5597, 1, 0 },
	{ 3304, 3560, 0, 0 },
	{ 3304, 3560, 1, 0 },
	{ 2537, 2793, 0, 0 },
	{ 2537, 2793, 1, 0 },
	{ 1129, 1412, 0, 0 },
	{ 1129, 1412, 1, 0 },
	{ 1130, 1413, 0, 0 },
	{ 1130, 1413, 1, 0 },
	{ 2460, 2716, 0, 0 },
	{ 2460, 2716, 1, 0 },
	{ 6001, 23000, 0, 0 },
	{ 6001, 23000, 1, 0 },
	{ 6002, 23001, 0, 0 },
	{ 6002, 23001, 1, 0 },
	{ 6003, 23002, 0, 0 },
	{ 6003, 23002, 1, 0 },
	{ 6004, 23003, 0, 0 },
	{ 6004, 23003, 1, 0 },
	{ 6005, 23004, 0, 0 },
	{ 6005, 23004, 1, 0 },
	{ 6006, 23005, 0, 0 },
	{ 6006, 23005, 1, 0 },
	{ 5534, 9215, 0, 0 },
	{ 5534, 9215, 1, 0 },
	{ 1210, 1490, 0, 0 },
	{ 1210, 1490, 1, 0 },
	{ 1328, 1602, 0, 0 },
	{ 1328, 1602, 1, 0 },
	{ 6281, 49150, 0, 0 },
	{ 4254, 4878, 1, 0 },
	{ 958, 1240, 0, 0 },
	{ 958, 1240, 1, 0 },
	{ 783, 1068, 0, 0 },
	{ 783, 1068, 1, 0 },
	{ 781, 1067, 0, 0 },
	{ 781, 1067, 1, 0 },
	{ 784, 1068, 0, 1 },
	{ 784, 1068, 1, 1 },
	{ 782, 1067, 0, 1 },
	{ 782, 1067, 1, 1 },
	{ 3348, 3603, 0, 0 },
	{ 3348, 3603, 1, 0 },
	{ 4342, 5056, 0, 0 },
	{ 4342, 5056, 1, 0 },
	{ 4343, 5057, 0, 0 },
	{ 4343, 5057, 1, 0 },
	{ 417, 495, 0, 0 },
	{ 417, 495, 1, 0 },
	{ 406, 484, 0, 0 },
	{ 406, 484, 1, 0 },
	{ 3200, 3459, 0, 0 },
	{ 3200, 3459, 1, 0 },
	{ 5889, 17234, 0, 0 },
	{ 5889, 17234, 1, 0 },
	{ 6030, 24386, 0, 0 },
	{ 6030, 24386, 1, 0 },
	{ 5873, 16991, 0, 0 },
	{ 5873, 16991, 1, 0 },
	{ 6031, 24386, 0, 1 },
	{ 6031, 24386, 1, 1 },
	{ 4202, 4746, 1, 0 },
	{ 1260, 1539, 0, 0 },
	{ 1260, 1539, 1, 0 },
	{ 3436, 3692, 0, 0 },
	{ 3436, 3692, 1, 0 },
	{ 3794, 4052, 0, 0 },
	{ 3794, 4052, 1, 0 },
	{ 3252, 3508, 0, 0 },
	{ 3252, 3508, 1, 0 },
	{ 1784, 2041, 0, 0 },
	{ 1784, 2041, 1, 0 },
	{ 1172, 1454, 0, 0 },
	{ 1172, 1454, 1, 0 },
	{ 1173, 1454, 0, 1 },
	{ 1173, 1454, 1, 1 },
	{ 2378, 2633, 0, 0 },
	{ 2378, 2633, 1, 0 },
	{ 5311, 8181, 0, 0 },
	{ 2397, 2652, 0, 0 },
	{ 2397, 2652, 1, 0 },
	{ 1046, 1331, 0, 0 },
	{ 1046, 1331, 1, 0 },
	{ 2814, 3060, 0, 0 },
	{ 2814, 3060, 1, 0 },
	{ 1697, 1972, 0, 0 },
	{ 1697, 1972, 1, 0 },
	{ 5193, 7778, 0, 0 },
	{ 5193, 7778, 1, 0 },
	{ 3292, 3548, 0, 0 },
	{ 3292, 3548, 1, 0 },
	{ 2955, 3202, 0, 0 },
	{ 2955, 3202, 1, 0 },
	{ 1632, 1907, 0, 0 },
	{ 1632, 1907, 1, 0 },
	{ 5764, 11751, 0, 0 },
	{ 5764, 11751, 1, 0 },
	{ 426, 503, 0, 0 },
	{ 426, 503, 1, 0 },
	{ 5250, 8021, 0, 0 },
	{ 5250, 8021, 1, 0 },
	{ 5249, 8020, 0, 0 },
	{ 5249, 8020, 1, 0 },
	{ 1070, 1355, 0, 0 },
	{ 1070, 1355, 1, 0 },
	{ 1309, 1585, 0, 0 },
	{ 1309, 1585, 1, 0 },
	{ 1367, 1641, 0, 0 },
	{ 1367, 1641, 1, 0 },
	{ 6246, 45054, 0, 0 },
	{ 6246, 45054, 1, 0 },
	{ 1736, 2006, 0, 0 },
	{ 4671, 5728, 0, 0 },
	{ 4672, 5728, 1, 0 },
	{ 1302, 1579, 0, 0 },
	{ 1302, 1579, 1, 0 },
	{ 5111, 7410, 0, 0 },
	{ 5111, 7410, 1, 0 },
	{ 1798, 2055, 0, 0 },
	{ 1798, 2055, 1, 0 },
	{ 1831, 2088, 0, 0 },
	{ 1831, 2088, 1, 0 },
	{ 6218, 43190, 0, 0 },
	{ 6218, 43190, 1, 0 },
	{ 3773, 4029, 0, 0 },
	{ 3773, 4029, 1, 0 },
	{ 2294, 2549, 0, 0 },
	{ 2294, 2549, 1, 0 },
	{ 506, 576, 0, 0 },
	{ 506, 576, 1, 0 },
	{ 927, 1209, 0, 0 },
	{ 927, 1209, 1, 0 },
	{ 1955, 2215, 0, 0 },
	{ 1955, 2215, 1, 0 },
	{ 3486, 3743, 0, 0 },
	{ 3486, 3743, 1, 0 },
	{ 529, 600, 0, 0 },
	{ 529, 600, 1, 0 },
	{ 5533, 9214, 0, 0 },
	{ 5533, 9214, 1, 0 },
	{ 508, 578, 0, 0 },
	{ 508, 578, 1, 0 },
	{ 4192, 4737, 0, 0 },
	{ 4192, 4737, 1, 0 },
	{ 5957, 20202, 0, 0 },
	{ 5957, 20202, 1, 0 },
	{ 3241, 3497, 0, 0 },
	{ 3241, 3497, 1, 0 },
	{ 4194, 4739, 0, 0 },
	{ 4194, 4739, 1, 0 },
	{ 4195, 4740, 0, 0 },
	{ 4195, 4740, 1, 0 },
	{ 3812, 4068, 0, 0 },
	{ 3812, 4068, 1, 0 },
	{ 2705, 2963, 0, 0 },
	{ 2705, 2963, 1, 0 },
	{ 2704, 2962, 0, 0 },
	{ 2704, 2962, 1, 0 },
	{ 5113, 7420, 1, 0 },
	{ 5039, 7031, 0, 0 },
	{ 562, 631, 0, 0 },
	{ 562, 631, 1, 0 },
	{ 563, 631, 0, 1 },
	{ 3423, 3678, 0, 0 },
	{ 3423, 3678, 1, 0 },
	{ 4093, 4500, 0, 0 },
	{ 4093, 4500, 1, 0 },
	{ 1719, 1992, 0, 1 },
	{ 1719, 1992, 1, 1 },
	{ 4719, 5908, 0, 0 },
	{ 4719, 5908, 1, 0 },
	{ 4125, 4593, 0, 0 },
	{ 4125, 4593, 1, 0 },
	{ 5958, 20222, 0, 0 },
	{ 5958, 20222, 1, 0 },
	{ 196, 213, 0, 0 },
	{ 196, 213, 1, 0 },
	{ 3547, 3804, 0, 0 },
	{ 3547, 3804, 1, 0 },
	{ 6276, 48619, 0, 0 },
	{ 6276, 48619, 1, 0 },
	{ 5691, 10117, 0, 0 },
	{ 5691, 10117, 1, 0 },
	{ 2271, 2527, 0, 0 },
	{ 2271, 2527, 1, 0 },
	{ 5919, 18769, 0, 0 },
	{ 5919, 18769, 1, 0 },
	{ 6121, 32034, 0, 0 },
	{ 6121, 32034, 1, 0 },
	{ 3817, 4073, 0, 0 },
	{ 3817, 4073, 1, 0 },
	{ 175, 194, 0, 0 },
	{ 175, 194, 1, 0 },
	{ 460, 529, 0, 0 },
	{ 460, 529, 1, 0 },
	{ 4959, 6697, 0, 0 },
	{ 4944, 6665, 0, 0 },
	{ 4944, 6666, 0, 0 },
	{ 4944, 6667, 0, 0 },
	{ 4944, 6668, 0, 0 },
	{ 4944, 6669, 0, 0 },
	{ 2377, 2632, 0, 0 },
	{ 2377, 2632, 1, 0 },
	{ 5235, 8000, 0, 0 },
	{ 5235, 8000, 1, 0 },
	{ 5234, 7999, 0, 0 },
	{ 5234, 7999, 1, 0 },
	{ 635, 702, 0, 0 },
	{ 635, 702, 1, 0 },
	{ 646, 715, 0, 0 },
	{ 646, 715, 1, 0 },
	{ 644, 713, 0, 0 },
	{ 644, 713, 1, 0 },
	{ 645, 714, 0, 0 },
	{ 645, 714, 1, 0 },
	{ 5726, 11000, 0, 0 },
	{ 5726, 11000, 1, 0 },
	{ 2959, 3206, 0, 0 },
	{ 2959, 3206, 1, 0 },
	{ 3248, 3504, 0, 0 },
	{ 3248, 3504, 1, 0 },
	{ 4136, 4604, 0, 0 },
	{ 5963, 21000, 0, 0 },
	{ 5963, 21000, 1, 0 },
	{ 292, 379, 0, 0 },
	{ 292, 379, 1, 0 },
	{ 293, 380, 0, 0 },
	{ 293, 380, 1, 0 },
	{ 5886, 17223, 0, 0 },
	{ 422, 500, 0, 0 },
	{ 422, 500, 1, 0 },
	{ 962, 1244, 0, 0 },
	{ 962, 1244, 1, 0 },
	{ 963, 1245, 0, 0 },
	{ 963, 1245, 1, 0 },
	{ 4332, 5047, 1, 0 },
	{ 1051, 1336, 0, 0 },
	{ 1051, 1336, 1, 0 },
	{ 703, 860, 0, 0 },
	{ 703, 860, 1, 0 },
	{ 3013, 3260, 0, 0 },
	{ 3013, 3260, 1, 0 },
	{ 1362, 1636, 0, 0 },
	{ 1362, 1636, 1, 0 },
	{ 5305, 8148, 0, 0 },
	{ 5305, 8148, 1, 0 },
	{ 2296, 2551, 0, 0 },
	{ 2296, 2551, 1, 0 },
	{ 38, 55, 0, 0 },
	{ 38, 55, 1, 0 },
	{ 2979, 3226, 0, 0 },
	{ 2979, 3226, 1, 0 },
	{ 1785, 2042, 0, 0 },
	{ 1785, 2042, 1, 0 },
	{ 1368, 1642, 0, 0 },
	{ 1368, 1642, 1, 0 },
	{ 1369, 1643, 0, 0 },
	{ 1369, 1643, 1, 0 },
	{ 1786, 2043, 0, 0 },
	{ 1786, 2043, 1, 0 },
	{ 1363, 1637, 0, 0 },
	{ 1363, 1637, 1, 0 },
	{ 1674, 1949, 0, 0 },
	{ 1674, 1949, 1, 0 },
	{ 1675, 1950, 0, 0 },
	{ 1675, 1950, 1, 0 },
	{ 1364, 1638, 0, 0 },
	{ 1364, 1638, 1, 0 },
	{ 5581, 9500, 0, 0 },
	{ 5581, 9500, 1, 0 },
	{ 6273, 48128, 0, 0 },
	{ 6273, 48128, 1, 0 },
	{ 2958, 3205, 0, 0 },
	{ 2958, 3205, 1, 0 },
	{ 421, 499, 0, 0 },
	{ 421, 499, 1, 0 },
	{ 127, 147, 0, 0 },
	{ 127, 147, 1, 0 },
	{ 126, 146, 0, 0 },
	{ 126, 146, 1, 0 },
	{ 3525, 3782, 0, 0 },
	{ 3525, 3782, 1, 0 },
	{ 79, 102, 0, 0 },
	{ 79, 102, 1, 0 },
	{ 312, 399, 0, 0 },
	{ 312, 399, 1, 0 },
	{ 5878, 17007, 0, 0 },
	{ 5878, 17007, 1, 0 },
	{ 3245, 3501, 0, 0 },
	{ 3245, 3501, 1, 0 },
	{ 822, 1106, 0, 0 },
	{ 822, 1106, 1, 0 },
	{ 823, 1107, 0, 0 },
	{ 823, 1107, 1, 0 },
	{ 3334, 3589, 0, 0 },
	{ 3334, 3589, 1, 0 },
	{ 2594, 2853, 0, 0 },
	{ 2594, 2853, 1, 0 },
	{ 3518, 3775, 0, 0 },
	{ 3518, 3775, 1, 0 },
	{ 3531, 3788, 0, 0 },
	{ 3531, 3788, 1, 0 },
	{ 3739, 3995, 0, 0 },
	{ 3739, 3995, 1, 0 },
	{ 1326, 1600, 0, 0 },
	{ 1326, 1600, 1, 0 },
	{ 1335, 1609, 0, 0 },
	{ 1335, 1609, 1, 0 },
	{ 4336, 5051, 0, 0 },
	{ 4336, 5051, 1, 0 },
	{ 4337, 5052, 0, 0 },
	{ 4337, 5052, 1, 0 },
	{ 5314, 8184, 0, 0 },
	{ 5314, 8184, 1, 0 },
	{ 5096, 7280, 0, 0 },
	{ 5096, 7280, 1, 0 },
	{ 5097, 7281, 0, 0 },
	{ 5097, 7281, 1, 0 },
	{ 5792, 12345, 0, 0 },
	{ 5792, 12345, 1, 0 },
	{ 5679, 10100, 0, 0 },
	{ 5679, 10100, 1, 0 },
	{ 3462, 3719, 0, 0 },
	{ 3462, 3719, 1, 0 },
	{ 3591, 3848, 0, 0 },
	{ 3591, 3848, 1, 0 },
	{ 2436, 2691, 0, 0 },
	{ 2436, 2691, 1, 0 },
	{ 2571, 2828, 0, 0 },
	{ 2571, 2828, 1, 0 },
	{ 2839, 3084, 0, 0 },
	{ 2839, 3084, 1, 0 },
	{ 693, 828, 0, 0 },
	{ 693, 828, 1, 0 },
	{ 1554, 1828, 0, 0 },
	{ 1554, 1828, 1, 0 },
	{ 2276, 2531, 0, 0 },
	{ 2276, 2531, 1, 0 },
	{ 3994, 4348, 0, 0 },
	{ 3994, 4348, 1, 0 },
	{ 1296, 1573, 0, 0 },
	{ 1296, 1573, 1, 0 },
	{ 3644, 3899, 0, 0 },
	{ 3644, 3899, 1, 0 },
	{ 4043, 4410, 0, 0 },
	{ 5630, 9900, 0, 0 },
	{ 5630, 9900, 1, 0 },
	{ 993, 1275, 0, 0 },
	{ 993, 1275, 1, 0 },
	{ 3011, 3258, 0, 0 },
	{ 3011, 3258, 1, 0 },
	{ 4334, 5049, 0, 0 },
	{ 4334, 5049, 1, 0 },
	{ 6184, 38000, 0, 0 },
	{ 6185, 38001, 0, 0 },
	{ 1973, 2232, 0, 0 },
	{ 1973, 2232, 1, 0 },
	{ 1982, 2241, 0, 0 },
	{ 1982, 2241, 1, 0 },
	{ 3341, 3596, 0, 0 },
	{ 3341, 3596, 1, 0 },
	{ 2724, 2982, 0, 0 },
	{ 2724, 2982, 1, 0 },
	{ 4224, 4801, 0, 0 },
	{ 4224, 4801, 1, 0 },
	{ 5042, 7071, 0, 0 },
	{ 5042, 7071, 1, 0 },
	{ 2607, 2866, 0, 0 },
	{ 2607, 2866, 1, 0 },
	{ 1909, 2166, 0, 0 },
	{ 1909, 2166, 1, 0 },
	{ 3853, 4109, 0, 0 },
	{ 3853, 4109, 1, 0 },
	{ 3851, 4107, 0, 0 },
	{ 3851, 4107, 1, 0 },
	{ 2552, 2808, 0, 0 },
	{ 2552, 2808, 1, 0 },
	{ 5924, 19020, 0, 0 },
	{ 1301, 1578, 0, 0 },
	{ 1301, 1578, 1, 0 },
	{ 1349, 1623, 0, 0 },
	{ 1349, 1623, 1, 0 },
	{ 5287, 8091, 0, 0 },
	{ 3372, 3627, 0, 0 },
	{ 3372, 3627, 1, 0 },
	{ 5072, 7181, 1, 0 },
	{ 128, 148, 0, 0 },
	{ 128, 148, 1, 0 },
	{ 3213, 3472, 0, 0 },
	{ 3213, 3472, 1, 0 },
	{ 3214, 3473, 0, 0 },
	{ 3214, 3473, 1, 0 },
	{ 3537, 3794, 0, 0 },
	{ 3537, 3794, 1, 0 },
	{ 3977, 4328, 0, 0 },
	{ 3977, 4328, 1, 0 },
	{ 3976, 4327, 0, 0 },
	{ 3976, 4327, 1, 0 },
	{ 4441, 5229, 0, 0 },
	{ 4442, 5230, 0, 0 },
	{ 3273, 3528, 0, 0 },
	{ 3273, 3528, 1, 0 },
	{ 3274, 3529, 0, 0 },
	{ 3274, 3529, 1, 0 },
	{ 2250, 2506, 0, 0 },
	{ 2250, 2506, 1, 0 },
	{ 5937, 19541, 0, 0 },
	{ 5937, 19541, 1, 0 },
	{ 2252, 2508, 0, 0 },
	{ 2252, 2508, 1, 0 },
	{ 2841, 3086, 0, 0 },
	{ 2841, 3086, 1, 0 },
	{ 3774, 4030, 0, 0 },
	{ 3774, 4030, 1, 0 },
	{ 5048, 7095, 1, 0 },
	{ 2151, 2406, 0, 0 },
	{ 2151, 2406, 1, 0 },
	{ 4810, 6241, 1, 0 },
	{ 4812, 6242, 1, 0 },
	{ 4814, 6243, 1, 0 },
	{ 4816, 6244, 1, 0 },
	{ 4809, 6241, 0, 0 },
	{ 4811, 6242, 0, 0 },
	{ 4813, 6243, 0, 0 },
	{ 4815, 6244, 0, 0 },
	{ 1536, 1810, 0, 0 },
	{ 1536, 1810, 1, 0 },
	{ 6079, 27442, 0, 0 },
	{ 6079, 27442, 1, 0 },
	{ 1661, 1936, 0, 0 },
	{ 1661, 1936, 1, 0 },
	{ 1435, 1706, 0, 0 },
	{ 1435, 1706, 1, 0 },
	{ 1840, 2097, 0, 0 },
	{ 1840, 2097, 1, 0 },
	{ 4992, 6901, 0, 0 },
	{ 3520, 3777, 0, 0 },
	{ 3520, 3777, 1, 0 },
	{ 3908, 4160, 0, 0 },
	{ 3908, 4160, 1, 0 },
	{ 1290, 1567, 0, 0 },
	{ 1290, 1567, 1, 0 },
	{ 4998, 6961, 0, 0 },
	{ 4998, 6961, 1, 0 },
	{ 2699, 2957, 0, 0 },
	{ 2699, 2957, 1, 0 },
	{ 2700, 2958, 0, 0 },
	{ 2700, 2958, 1, 0 },
	{ 5447, 8900, 0, 0 },
	{ 5447, 8900, 1, 0 },
	{ 5448, 8901, 0, 0 },
	{ 5448, 8901, 1, 0 },
	{ 4999, 6962, 0, 0 },
	{ 4999, 6962, 1, 0 },
	{ 2967, 3214, 0, 0 },
	{ 2967, 3214, 1, 0 },
	{ 2968, 3215, 0, 0 },
	{ 2968, 3215, 1, 0 },
	{ 4637, 5673, 0, 0 },
	{ 4637, 5673, 1, 0 },
	{ 4919, 6583, 0, 0 },
	{ 4919, 6583, 1, 0 },
	{ 3276, 3531, 0, 0 },
	{ 3276, 3531, 1, 0 },
	{ 3858, 4114, 0, 0 },
	{ 3858, 4114, 1, 0 },
	{ 3914, 4166, 0, 0 },
	{ 3914, 4166, 1, 0 },
	{ 2796, 3042, 0, 0 },
	{ 2796, 3042, 1, 0 },
	{ 2908, 3155, 0, 0 },
	{ 2908, 3155, 1, 0 },
	{ 4484, 5309, 0, 0 },
	{ 4484, 5309, 1, 0 },
	{ 1945, 2205, 0, 0 },
	{ 1945, 2205, 1, 0 },
	{ 778, 1064, 0, 0 },
	{ 778, 1064, 1, 0 },
	{ 3211, 3470, 0, 0 },
	{ 3211, 3470, 1, 0 },
	{ 3212, 3471, 0, 0 },
	{ 3212, 3471, 1, 0 },
	{ 1024, 1309, 0, 0 },
	{ 1024, 1309, 1, 0 },
	{ 4325, 5033, 0, 0 },
	{ 4326, 5034, 0, 0 },
	{ 6270, 48048, 0, 0 },
	{ 4712, 5883, 0, 0 },
	{ 3387, 3642, 0, 0 },
	{ 3387, 3642, 1, 0 },
	{ 1665, 1940, 0, 0 },
	{ 1665, 1940, 1, 0 },
	{ 6258, 47100, 1, 0 },
	{ 1664, 1939, 0, 0 },
	{ 1664, 1939, 1, 0 },
	{ 1006, 1289, 0, 0 },
	{ 1006, 1289, 1, 0 },
	{ 1663, 1938, 0, 0 },
	{ 1663, 1938, 1, 0 },
	{ 5854, 16020, 0, 0 },
	{ 5855, 16021, 0, 0 },
	{ 1662, 1937, 0, 0 },
	{ 1662, 1937, 1, 0 },
	{ 236, 287, 0, 0 },
	{ 236, 287, 1, 0 },
	{ 6197, 40023, 1, 0 },
	{ 6071, 26263, 0, 0 },
	{ 6071, 26263, 1, 0 },
	{ 6070, 26262, 0, 0 },
	{ 6070, 26262, 1, 0 },
	{ 6106, 31016, 1, 0 },
	{ 6105, 31016, 0, 0 },
	{ 2566, 2822, 0, 0 },
	{ 2566, 2822, 1, 0 },
	{ 1953, 2213, 0, 0 },
	{ 1953, 2213, 1, 0 },
	{ 2402, 2656, 0, 0 },
	{ 2402, 2656, 1, 0 },
	{ 4144, 4661, 0, 0 },
	{ 4144, 4661, 1, 0 },
	{ 2661, 2918, 0, 0 },
	{ 2661, 2918, 1, 0 },
	{ 6179, 36865, 0, 0 },
	{ 6179, 36865, 1, 0 },
	{ 932, 1214, 0, 0 },
	{ 932, 1214, 1, 0 },
	{ 5625, 9878, 1, 0 },
	{ 1858, 2115, 0, 0 },
	{ 1858, 2115, 1, 0 },
	{ 4514, 5364, 1, 0 },
	{ 2246, 2502, 0, 0 },
	{ 2246, 2502, 1, 0 },
	{ 66, 88, 0, 0 },
	{ 66, 88, 1, 0 },
	{ 656, 749, 0, 0 },
	{ 656, 749, 1, 0 },
	{ 659, 750, 1, 1 },
	{ 1375, 1649, 0, 0 },
	{ 1375, 1649, 1, 0 },
	{ 514, 584, 0, 0 },
	{ 514, 584, 1, 0 },
	{ 5930, 19315, 0, 0 },
	{ 5930, 19315, 1, 0 },
	{ 5929, 19283, 0, 0 },
	{ 5929, 19283, 1, 0 },
	{ 4495, 5343, 0, 0 },
	{ 4495, 5343, 1, 0 },
	{ 4925, 6621, 0, 0 },
	{ 4925, 6621, 1, 0 },
	{ 4924, 6620, 0, 0 },
	{ 4924, 6620, 1, 0 },
	{ 3326, 3581, 0, 0 },
	{ 3326, 3581, 1, 0 },
	{ 6101, 30260, 0, 0 },
	{ 6101, 30260, 1, 0 },
	{ 3800, 4058, 0, 0 },
	{ 3800, 4058, 1, 0 },
	{ 718, 910, 0, 0 },
	{ 718, 910, 1, 0 },
	{ 775, 1061, 0, 0 },
	{ 775, 1061, 1, 0 },
	{ 167, 186, 0, 0 },
	{ 167, 186, 1, 0 },
	{ 6169, 35354, 0, 0 },
	{ 1054, 1339, 0, 0 },
	{ 1054, 1339, 1, 0 },
	{ 5174, 7697, 0, 0 },
	{ 5174, 7697, 1, 0 },
	{ 474, 543, 0, 0 },
	{ 474, 543, 1, 0 },
	{ 1824, 2081, 0, 0 },
	{ 1824, 2081, 1, 0 },
	{ 4653, 5696, 0, 0 },
	{ 1502, 1773, 0, 0 },
	{ 1502, 1773, 1, 0 },
	{ 136, 157, 0, 0 },
	{ 136, 157, 1, 0 },
	{ 2169, 2424, 0, 0 },
	{ 2169, 2424, 1, 0 },
	{ 2035, 2294, 0, 0 },
	{ 2035, 2294, 1, 0 },
	{ 4759, 6085, 0, 0 },
	{ 4759, 6085, 1, 0 },
	{ 6080, 27504, 0, 0 },
	{ 6080, 27504, 1, 0 },
	{ 381, 464, 0, 0 },
	{ 381, 464, 1, 0 },
	{ 4461, 5253, 0, 0 },
	{ 3442, 3699, 0, 0 },
	{ 3442, 3699, 1, 0 },
	{ 4071, 4444, 0, 0 },
	{ 4071, 4444, 1, 0 },
	{ 1034, 1318, 0, 0 },
	{ 1034, 1318, 1, 0 },
	{ 311, 398, 0, 0 },
	{ 311, 398, 1, 0 },
	{ 475, 544, 0, 0 },
	{ 475, 544, 1, 0 },
	{ 2866, 3112, 0, 0 },
	{ 2866, 3112, 1, 0 },
	{ 4927, 6623, 0, 0 },
	{ 4927, 6623, 1, 0 },
	{ 4961, 6701, 0, 0 },
	{ 4961, 6701, 1, 0 },
	{ 3980, 4331, 0, 0 },
	{ 3109, 3361, 0, 0 },
	{ 3109, 3361, 1, 0 },
	{ 3108, 3360, 0, 0 },
	{ 3108, 3360, 1, 0 },
	{ 848, 1132, 0, 0 },
	{ 848, 1132, 1, 0 },
	{ 843, 1127, 0, 0 },
	{ 843, 1127, 1, 0 },
	{ 4116, 4566, 0, 0 },
	{ 4116, 4566, 1, 0 },
	{ 777, 1063, 0, 0 },
	{ 777, 1063, 1, 0 },
	{ 5291, 8102, 0, 0 },
	{ 4066, 4432, 0, 0 },
	{ 4066, 4432, 1, 0 },
	{ 4015, 4371, 0, 0 },
	{ 4017, 4372, 0, 0 },
	{ 4017, 4372, 1, 0 },
	{ 4016, 4371, 1, 0 },
	{ 1430, 1701, 0, 1 },
	{ 1430, 1701, 1, 1 },
	{ 1429, 1701, 0, 0 },
	{ 1429, 1701, 1, 0 },
	{ 2582, 2840, 0, 0 },
	{ 2582, 2840, 1, 0 },
	{ 2584, 2842, 0, 0 },
	{ 2584, 2842, 1, 0 },
	{ 2115, 2370, 0, 0 },
	{ 2115, 2370, 1, 0 },
	{ 2583, 2841, 0, 0 },
	{ 2583, 2841, 1, 0 },
	{ 4123, 4591, 0, 0 },
	{ 4123, 4591, 1, 0 },
	{ 5615, 9747, 0, 0 },
	{ 5615, 9747, 1, 0 },
	{ 2305, 2560, 0, 0 },
	{ 2305, 2560, 1, 0 },
	{ 5584, 9536, 0, 0 },
	{ 5584, 9536, 1, 0 },
	{ 1783, 2040, 0, 0 },
	{ 1783, 2040, 1, 0 },
	{ 2140, 2395, 0, 0 },
	{ 2140, 2395, 1, 0 },
	{ 2141, 2395, 0, 1 },
	{ 2141, 2395, 1, 1 },
	{ 3714, 3969, 0, 0 },
	{ 3714, 3969, 1, 0 },
	{ 2116, 2372, 0, 0 },
	{ 2116, 2372, 1, 0 },
	{ 4102, 4547, 0, 0 },
	{ 4102, 4547, 1, 0 },
	{ 3715, 3970, 0, 0 },
	{ 3715, 3970, 1, 0 },
	{ 3716, 3971, 0, 0 },
	{ 3716, 3971, 1, 0 },
	{ 5765, 11796, 0, 0 },
	{ 5766, 11796, 1, 0 },
	{ 569, 637, 0, 0 },
	{ 569, 637, 1, 0 },
	{ 1204, 1485, 0, 0 },
	{ 1204, 1485, 1, 0 },
	{ 3993, 4347, 0, 0 },
	{ 3993, 4347, 1, 0 },
	{ 3558, 3815, 0, 0 },
	{ 3558, 3815, 1, 0 },
	{ 1410, 1682, 0, 0 },
	{ 1410, 1682, 1, 0 },
	{ 1268, 1547, 0, 0 },
	{ 1268, 1547, 1, 0 },
	{ 3482, 3739, 0, 0 },
	{ 3482, 3739, 1, 0 },
	{ 3113, 3373, 0, 0 },
	{ 3113, 3373, 1, 0 },
	{ 5049, 7099, 0, 0 },
	{ 5049, 7099, 1, 0 },
	{ 2524, 2780, 0, 0 },
	{ 2524, 2780, 1, 0 },
	{ 2559, 2815, 0, 0 },
	{ 2559, 2815, 1, 0 },
	{ 2523, 2779, 0, 0 },
	{ 2523, 2779, 1, 0 },
	{ 2560, 2816, 0, 0 },
	{ 2560, 2816, 1, 0 },
	{ 2211, 2466, 0, 0 },
	{ 2211, 2466, 1, 0 },
	{ 2210, 2465, 0, 0 },
	{ 2210, 2465, 1, 0 },
	{ 5101, 7365, 0, 0 },
	{ 5101, 7365, 1, 0 },
	{ 302, 389, 0, 0 },
	{ 302, 389, 1, 0 },
	{ 3148, 3407, 0, 0 },
	{ 3148, 3407, 1, 0 },
	{ 568, 636, 0, 0 },
	{ 568, 636, 1, 0 },
	{ 5587, 9592, 0, 0 },
	{ 5587, 9592, 1, 0 },
	{ 4873, 6482, 0, 0 },
	{ 4873, 6482, 1, 0 },
	{ 5290, 8101, 0, 0 },
	{ 578, 646, 0, 0 },
	{ 578, 646, 1, 0 },
	{ 4902, 6543, 0, 0 },
	{ 4902, 6543, 1, 0 },
	{ 4903, 6544, 0, 0 },
	{ 4903, 6544, 1, 0 },
	{ 4761, 6087, 0, 0 },
	{ 4761, 6087, 1, 0 },
	{ 3786, 4042, 0, 0 },
	{ 3786, 4042, 1, 0 },
	{ 1587, 1861, 0, 0 },
	{ 1587, 1861, 1, 0 },
	{ 1952, 2212, 0, 0 },
	{ 1952, 2212, 1, 0 },
	{ 286, 373, 0, 0 },
	{ 286, 373, 1, 0 },
	{ 287, 374, 0, 0 },
	{ 287, 374, 1, 0 },
	{ 1612, 1886, 0, 0 },
	{ 1612, 1886, 1, 0 },
	{ 1708, 1983, 0, 0 },
	{ 1708, 1983, 1, 0 },
	{ 5338, 8282, 0, 0 },
	{ 5339, 8282, 1, 0 },
	{ 1216, 1496, 0, 0 },
	{ 1216, 1496, 1, 0 },
	{ 1711, 1986, 0, 0 },
	{ 1711, 1986, 1, 0 },
	{ 2782, 3029, 0, 0 },
	{ 2782, 3029, 1, 0 },
	{ 2778, 3027, 0, 0 },
	{ 2778, 3027, 1, 0 },
	{ 2780, 3028, 0, 0 },
	{ 2780, 3028, 1, 0 },
	{ 2783, 3029, 0, 1 },
	{ 2783, 3029, 1, 1 },
	{ 2779, 3027, 0, 1 },
	{ 2779, 3027, 1, 1 },
	{ 2781, 3028, 0, 1 },
	{ 2781, 3028, 1, 1 },
	{ 4153, 4670, 0, 0 },
	{ 4153, 4670, 1, 0 },
	{ 5316, 8191, 0, 0 },
	{ 211, 245, 0, 0 },
	{ 211, 245, 1, 0 },
	{ 1628, 1903, 0, 0 },
	{ 1628, 1903, 1, 0 },
	{ 3489, 3746, 0, 0 },
	{ 3489, 3746, 1, 0 },
	{ 3490, 3747, 0, 0 },
	{ 3490, 3747, 1, 0 },
	{ 5788, 12300, 0, 0 },
	{ 5788, 12300, 1, 0 },
	{ 1076, 1361, 0, 0 },
	{ 1076, 1361, 1, 0 },
	{ 2356, 2611, 0, 0 },
	{ 2356, 2611, 1, 0 },
	{ 1693, 1968, 0, 0 },
	{ 1693, 1968, 1, 0 },
	{ 1694, 1969, 0, 0 },
	{ 1694, 1969, 1, 0 },
	{ 3988, 4342, 1, 0 },
	{ 3987, 4341, 1, 0 },
	{ 3417, 3672, 0, 0 },
	{ 3417, 3672, 1, 0 },
	{ 3657, 3913, 0, 0 },
	{ 3657, 3913, 1, 0 },
	{ 3658, 3914, 0, 0 },
	{ 3658, 3914, 1, 0 },
	{ 3510, 3767, 0, 0 },
	{ 3510, 3767, 1, 0 },
	{ 1277, 1555, 0, 0 },
	{ 1277, 1555, 1, 0 },
	{ 2538, 2795, 0, 0 },
	{ 2538, 2795, 1, 0 },
	{ 393, 472, 0, 0 },
	{ 393, 472, 1, 0 },
	{ 3031, 3278, 0, 0 },
	{ 3031, 3278, 1, 0 },
	{ 2558, 2814, 0, 0 },
	{ 2558, 2814, 1, 0 },
	{ 2557, 2813, 0, 0 },
	{ 2557, 2813, 1, 0 },
	{ 4505, 5355, 0, 0 },
	{ 4505, 5355, 1, 0 },
	{ 4368, 5084, 0, 0 },
	{ 4368, 5084, 1, 0 },
	{ 901, 1183, 0, 0 },
	{ 901, 1183, 1, 0 },
	{ 902, 1184, 0, 0 },
	{ 902, 1184, 1, 0 },
	{ 5326, 8206, 0, 0 },
	{ 5326, 8206, 1, 0 },
	{ 5325, 8205, 0, 0 },
	{ 5325, 8205, 1, 0 },
	{ 6113, 31620, 0, 0 },
	{ 6113, 31620, 1, 0 },
	{ 5324, 8204, 0, 0 },
	{ 5324, 8204, 1, 0 },
	{ 5327, 8207, 0, 0 },
	{ 5327, 8207, 1, 0 },
	{ 5328, 8208, 0, 0 },
	{ 5328, 8208, 1, 0 },
	{ 4805, 6200, 0, 0 },
	{ 4805, 6200, 1, 0 },
	{ 4253, 4877, 0, 0 },
	{ 4253, 4877, 1, 0 },
	{ 2368, 2623, 0, 0 },
	{ 2368, 2623, 1, 0 },
	{ 634, 701, 0, 0 },
	{ 634, 701, 1, 0 },
	{ 3798, 4056, 0, 0 },
	{ 3798, 4056, 1, 0 },
	{ 827, 1111, 0, 0 },
	{ 827, 1111, 1, 0 },
	{ 2023, 2282, 0, 0 },
	{ 2023, 2282, 1, 0 },
	{ 2022, 2281, 0, 0 },
	{ 2022, 2281, 1, 0 },
	{ 2026, 2285, 0, 0 },
	{ 2026, 2285, 1, 0 },
	{ 2025, 2284, 0, 0 },
	{ 2025, 2284, 1, 0 },
	{ 2021, 2280, 0, 0 },
	{ 2021, 2280, 1, 0 },
	{ 2024, 2283, 0, 0 },
	{ 2024, 2283, 1, 0 },
	{ 658, 750, 1, 0 },
	{ 1360, 1634, 0, 0 },
	{ 1360, 1634, 1, 0 },
	{ 1207, 1487, 0, 0 },
	{ 1207, 1487, 1, 0 },
	{ 1868, 2125, 0, 0 },
	{ 1868, 2125, 1, 0 },
	{ 105, 127, 0, 0 },
	{ 105, 127, 1, 0 },
	{ 4344, 5058, 1, 0 },
	{ 103, 125, 0, 0 },
	{ 103, 125, 1, 0 },
	{ 1481, 1752, 0, 0 },
	{ 1481, 1752, 1, 0 },
	{ 4462, 5254, 0, 0 },
	{ 438, 513, 0, 0 },
	{ 4796, 6146, 0, 0 },
	{ 4796, 6146, 1, 0 },
	{ 1354, 1628, 0, 0 },
	{ 1354, 1628, 1, 0 },
	{ 1355, 1629, 0, 0 },
	{ 1355, 1629, 1, 0 },
	{ 2285, 2540, 0, 0 },
	{ 2285, 2540, 1, 0 },
	{ 2286, 2541, 0, 0 },
	{ 2286, 2541, 1, 0 },
	{ 5037, 7026, 0, 0 },
	{ 3824, 4080, 0, 0 },
	{ 3824, 4080, 1, 0 },
	{ 3825, 4081, 0, 0 },
	{ 3825, 4081, 1, 0 },
	{ 3826, 4082, 0, 0 },
	{ 3826, 4082, 1, 0 },
	{ 3827, 4083, 0, 0 },
	{ 3827, 4083, 1, 0 },
	{ 1796, 2053, 0, 0 },
	{ 1796, 2053, 1, 0 },
	{ 2751, 3007, 0, 0 },
	{ 2751, 3007, 1, 0 },
	{ 1067, 1352, 0, 0 },
	{ 1067, 1352, 1, 0 },
	{ 5310, 8162, 0, 0 },
	{ 1015, 1298, 0, 0 },
	{ 1015, 1298, 1, 0 },
	{ 5719, 10805, 0, 0 },
	{ 5719, 10805, 1, 0 },
	{ 2365, 2620, 0, 0 },
	{ 2365, 2620, 1, 0 },
	{ 1833, 2090, 0, 0 },
	{ 1833, 2090, 1, 0 },
	{ 3443, 3700, 0, 0 },
	{ 3443, 3700, 1, 0 },
	{ 2823, 3069, 0, 0 },
	{ 2823, 3069, 1, 0 },
	{ 2822, 3068, 0, 0 },
	{ 2822, 3068, 1, 0 },
	{ 2910, 3157, 0, 0 },
	{ 2910, 3157, 1, 0 },
	{ 5758, 11430, 1, 0 },
	{ 4598, 5574, 0, 0 },
	{ 2208, 2463, 0, 0 },
	{ 2208, 2463, 1, 0 },
	{ 3247, 3503, 0, 0 },
	{ 3247, 3503, 1, 0 },
	{ 5385, 8503, 1, 0 },
	{ 2304, 2559, 0, 0 },
	{ 2304, 2559, 1, 0 },
	{ 3230, 3487, 0, 0 },
	{ 3231, 3487, 1, 0 },
	{ 3788, 4044, 0, 0 },
	{ 3788, 4044, 1, 0 },
	{ 829, 1113, 0, 0 },
	{ 829, 1113, 1, 0 },
	{ 4196, 4741, 0, 0 },
	{ 4196, 4741, 1, 0 },
	{ 930, 1212, 0, 0 },
	{ 930, 1212, 1, 0 },
	{ 4270, 4912, 0, 0 },
	{ 4271, 4913, 0, 0 },
	{ 1890, 2147, 0, 0 },
	{ 1890, 2147, 1, 0 },
	{ 1887, 2144, 0, 0 },
	{ 1887, 2144, 1, 0 },
	{ 2833, 3079, 0, 0 },
	{ 2833, 3079, 1, 0 },
	{ 1886, 2143, 0, 0 },
	{ 1886, 2143, 1, 0 },
	{ 1889, 2146, 0, 0 },
	{ 1889, 2146, 1, 0 },
	{ 1888, 2145, 0, 0 },
	{ 1888, 2145, 1, 0 },
	{ 4870, 6471, 0, 0 },
	{ 4870, 6471, 1, 0 },
	{ 4329, 5044, 0, 0 },
	{ 4329, 5044, 1, 0 },
	{ 4264, 4894, 0, 0 },
	{ 4264, 4894, 1, 0 },
	{ 3475, 3732, 0, 0 },
	{ 3475, 3732, 1, 0 },
	{ 5355, 8383, 0, 0 },
	{ 5355, 8383, 1, 0 },
	{ 3309, 3565, 0, 0 },
	{ 2645, 2904, 0, 0 },
	{ 2645, 2904, 1, 0 },
	{ 6239, 44900, 0, 0 },
	{ 6240, 44900, 1, 0 },
	{ 2646, 2905, 0, 0 },
	{ 3991, 4345, 0, 0 },
	{ 3991, 4345, 1, 0 },
	{ 591, 660, 0, 0 },
	{ 591, 660, 1, 0 },
	{ 3931, 4181, 0, 0 },
	{ 3931, 4181, 1, 0 },
	{ 372, 456, 0, 0 },
	{ 373, 456, 1, 0 },
	{ 1660, 1935, 0, 0 },
	{ 1660, 1935, 1, 0 },
	{ 2280, 2535, 0, 0 },
	{ 2280, 2535, 1, 0 },
	{ 2198, 2453, 0, 0 },
	{ 2198, 2453, 1, 0 },
	{ 3435, 3691, 0, 0 },
	{ 3435, 3691, 1, 0 },
	{ 2947, 3194, 0, 0 },
	{ 2947, 3194, 1, 0 },
	{ 242, 313, 0, 0 },
	{ 242, 313, 1, 0 },
	{ 4269, 4902, 0, 0 },
	{ 2773, 3023, 0, 0 },
	{ 2773, 3023, 1, 0 },
	{ 1984, 2243, 0, 0 },
	{ 1984, 2243, 1, 0 },
	{ 4372, 5092, 1, 0 },
	{ 1732, 2004, 0, 0 },
	{ 428, 505, 0, 0 },
	{ 428, 505, 1, 0 },
	{ 3680, 3936, 0, 0 },
	{ 3680, 3936, 1, 0 },
	{ 155, 174, 0, 0 },
	{ 155, 174, 1, 0 },
	{ 2260, 2516, 0, 0 },
	{ 2260, 2516, 1, 0 },
	{ 1318, 1593, 0, 0 },
	{ 1318, 1593, 1, 0 },
	{ 732, 997, 0, 0 },
	{ 732, 997, 1, 0 },
	{ 2083, 2342, 0, 0 },
	{ 2083, 2342, 1, 0 },
	{ 227, 269, 0, 0 },
	{ 227, 269, 1, 0 },
	{ 5450, 8910, 0, 0 },
	{ 5450, 8910, 1, 0 },
	{ 5451, 8911, 0, 0 },
	{ 5451, 8911, 1, 0 },
	{ 2649, 2908, 0, 0 },
	{ 2649, 2908, 1, 0 },
	{ 3729, 3985, 0, 0 },
	{ 3729, 3985, 1, 0 },
	{ 3728, 3984, 0, 0 },
	{ 3728, 3984, 1, 0 },
	{ 3730, 3986, 0, 0 },
	{ 3730, 3986, 1, 0 },
	{ 3731, 3986, 0, 1 },
	{ 3731, 3986, 1, 1 },
	{ 6178, 36700, 0, 0 },
	{ 5356, 8384, 1, 0 },
	{ 1162, 1444, 0, 0 },
	{ 1162, 1444, 1, 0 },
	{ 3579, 3836, 0, 0 },
	{ 3579, 3836, 1, 0 },
	{ 5045, 7073, 0, 0 },
	{ 2332, 2587, 0, 0 },
	{ 2332, 2587, 1, 0 },
	{ 207, 224, 0, 0 },
	{ 207, 224, 1, 0 },
	{ 6278, 49000, 0, 0 },
	{ 261, 350, 0, 0 },
	{ 261, 350, 1, 0 },
	{ 262, 351, 0, 0 },
	{ 262, 351, 1, 0 },
	{ 5373, 8448, 0, 0 },
	{ 4006, 4360, 0, 0 },
	{ 4007, 4360, 0, 1 },
	{ 4583, 5540, 0, 0 },
	{ 4583, 5540, 1, 0 },
	{ 4750, 6074, 0, 0 },
	{ 4750, 6074, 1, 0 },
	{ 3029, 3276, 0, 0 },
	{ 3029, 3276, 1, 0 },
	{ 3929, 4179, 0, 0 },
	{ 3929, 4179, 1, 0 },
	{ 2336, 2591, 0, 0 },
	{ 2336, 2591, 1, 0 },
	{ 425, 502, 0, 0 },
	{ 425, 502, 1, 0 },
	{ 691, 802, 0, 0 },
	{ 691, 802, 1, 0 },
	{ 3313, 3569, 0, 0 },
	{ 3313, 3569, 1, 0 },
	{ 3901, 4153, 0, 0 },
	{ 3901, 4153, 1, 0 },
	{ 6256, 47000, 0, 0 },
	{ 6256, 47000, 1, 0 },
	{ 5410, 8763, 0, 0 },
	{ 5410, 8763, 1, 0 },
	{ 2933, 3180, 0, 0 },
	{ 2933, 3180, 1, 0 },
	{ 897, 1180, 0, 0 },
	{ 897, 1180, 1, 0 },
	{ 5607, 9632, 1, 0 },
	{ 1923, 2180, 0, 0 },
	{ 1923, 2180, 1, 0 },
	{ 1624, 1899, 0, 0 },
	{ 1624, 1899, 1, 0 },
	{ 3266, 3521, 0, 0 },
	{ 3266, 3521, 1, 0 },
	{ 1546, 1820, 0, 0 },
	{ 1546, 1820, 1, 0 },
	{ 3314, 3570, 0, 0 },
	{ 3314, 3570, 1, 0 },
	{ 4897, 6510, 0, 0 },
	{ 4897, 6510, 1, 0 },
	{ 4926, 6622, 0, 0 },
	{ 4926, 6622, 1, 0 },
	{ 90, 112, 0, 0 },
	{ 90, 112, 1, 0 },
	{ 2442, 2698, 0, 0 },
	{ 2442, 2698, 1, 0 },
	{ 570, 638, 0, 0 },
	{ 570, 638, 1, 0 },
	{ 3063, 3311, 0, 0 },
	{ 3063, 3311, 1, 0 },
	{ 4535, 5418, 0, 0 },
	{ 4535, 5418, 1, 0 },
	{ 4086, 4458, 0, 0 },
	{ 4086, 4458, 1, 0 },
	{ 3302, 3558, 0, 0 },
	{ 3302, 3558, 1, 0 },
	{ 5238, 8003, 0, 0 },
	{ 5238, 8003, 1, 0 },
	{ 3078, 3330, 0, 0 },
	{ 3078, 3330, 1, 0 },
	{ 3054, 3302, 0, 0 },
	{ 3054, 3302, 1, 0 },
	{ 3080, 3332, 0, 0 },
	{ 3080, 3332, 1, 0 },
	{ 3079, 3331, 0, 0 },
	{ 3079, 3331, 1, 0 },
	{ 2870, 3116, 0, 0 },
	{ 2870, 3116, 1, 0 },
	{ 2871, 3117, 0, 0 },
	{ 2871, 3117, 1, 0 },
	{ 2869, 3115, 0, 0 },
	{ 2869, 3115, 1, 0 },
	{ 4609, 5598, 0, 0 },
	{ 4609, 5598, 1, 0 },
	{ 816, 1100, 0, 0 },
	{ 816, 1100, 1, 0 },
	{ 2433, 2688, 0, 0 },
	{ 2433, 2688, 1, 0 },
	{ 2988, 3235, 0, 0 },
	{ 2988, 3235, 1, 0 },
	{ 688, 800, 0, 0 },
	{ 688, 800, 1, 0 },
	{ 689, 800, 0, 1 },
	{ 689, 800, 1, 1 },
	{ 618, 685, 0, 0 },
	{ 618, 685, 1, 0 },
	{ 5213, 7871, 0, 0 },
	{ 4503, 5353, 0, 0 },
	{ 4503, 5353, 1, 0 },
	{ 4504, 5354, 0, 0 },
	{ 4504, 5354, 1, 0 },
	{ 598, 666, 0, 0 },
	{ 598, 666, 1, 0 },
	{ 2985, 3232, 0, 0 },
	{ 2985, 3232, 1, 0 },
	{ 601, 668, 0, 0 },
	{ 601, 668, 1, 0 },
	{ 6023, 24005, 0, 0 },
	{ 6023, 24005, 1, 0 },
	{ 6019, 24001, 0, 0 },
	{ 6019, 24001, 1, 0 },
	{ 6020, 24002, 0, 0 },
	{ 6020, 24002, 1, 0 },
	{ 6018, 24000, 0, 0 },
	{ 6018, 24000, 1, 0 },
	{ 6024, 24006, 0, 0 },
	{ 6024, 24006, 1, 0 },
	{ 6022, 24004, 0, 0 },
	{ 6022, 24004, 1, 0 },
	{ 6021, 24003, 0, 0 },
	{ 6021, 24003, 1, 0 },
	{ 5822, 13930, 0, 0 },
	{ 2533, 2789, 0, 0 },
	{ 2533, 2789, 1, 0 },
	{ 6255, 46999, 0, 0 },
	{ 6255, 46999, 1, 0 },
	{ 2108, 2363, 0, 0 },
	{ 2108, 2363, 1, 0 },
	{ 3339, 3594, 0, 0 },
	{ 3339, 3594, 1, 0 },
	{ 4407, 5157, 0, 0 },
	{ 3418, 3673, 0, 0 },
	{ 3418, 3673, 1, 0 },
	{ 5178, 7720, 0, 0 },
	{ 5178, 7720, 1, 0 },
	{ 2686, 2944, 0, 0 },
	{ 2686, 2944, 1, 0 },
	{ 3315, 3571, 0, 0 },
	{ 3315, 3571, 1, 0 },
	{ 3316, 3572, 0, 0 },
	{ 3316, 3572, 1, 0 },
	{ 5751, 11211, 0, 0 },
	{ 5751, 11211, 1, 0 },
	{ 1052, 1337, 0, 0 },
	{ 1052, 1337, 1, 0 },
	{ 949, 1231, 0, 0 },
	{ 949, 1231, 1, 0 },
	{ 4107, 4552, 0, 0 },
	{ 4107, 4552, 1, 0 },
	{ 3897, 4151, 0, 0 },
	{ 3897, 4151, 1, 0 },
	{ 4135, 4603, 0, 0 },
	{ 3898, 4151, 0, 1 },
	{ 3898, 4151, 1, 1 },
	{ 1860, 2117, 0, 0 },
	{ 1860, 2117, 1, 0 },
	{ 1861, 2118, 0, 0 },
	{ 1861, 2118, 1, 0 },
	{ 3141, 3398, 0, 0 },
	{ 3141, 3398, 1, 0 },
	{ 5591, 9596, 0, 0 },
	{ 5591, 9596, 1, 0 },
	{ 602, 669, 0, 0 },
	{ 602, 669, 1, 0 },
	{ 967, 1249, 0, 0 },
	{ 967, 1249, 1, 0 },
	{ 4746, 6070, 0, 0 },
	{ 4746, 6070, 1, 0 },
	{ 2052, 2311, 0, 0 },
	{ 2052, 2311, 1, 0 },
	{ 4791, 6141, 0, 0 },
	{ 4791, 6141, 1, 0 },
	{ 306, 393, 0, 0 },
	{ 306, 393, 1, 0 },
	{ 1622, 1897, 0, 0 },
	{ 1622, 1897, 1, 0 },
	{ 2591, 2850, 0, 0 },
	{ 2591, 2850, 1, 0 },
	{ 4845, 6360, 0, 0 },
	{ 4845, 6360, 1, 0 },
	{ 4847, 6370, 0, 0 },
	{ 4847, 6370, 1, 0 },
	{ 4851, 6390, 0, 0 },
	{ 4851, 6390, 1, 0 },
	{ 77, 99, 0, 0 },
	{ 77, 99, 1, 0 },
	{ 5069, 7172, 0, 0 },
	{ 925, 1207, 0, 0 },
	{ 925, 1207, 1, 0 },
	{ 2255, 2511, 0, 0 },
	{ 2255, 2511, 1, 0 },
	{ 5727, 11001, 0, 0 },
	{ 5727, 11001, 1, 0 },
	{ 4849, 6382, 0, 0 },
	{ 4849, 6382, 1, 0 },
	{ 501, 570, 0, 0 },
	{ 501, 571, 0, 0 },
	{ 501, 570, 1, 0 },
	{ 501, 571, 1, 0 },
	{ 2367, 2622, 0, 0 },
	{ 2367, 2622, 1, 0 },
	{ 1550, 1824, 0, 0 },
	{ 1550, 1824, 1, 0 },
	{ 5218, 7900, 0, 0 },
	{ 5218, 7900, 1, 0 },
	{ 65, 86, 0, 0 },
	{ 65, 86, 1, 0 },
	{ 2007, 2266, 0, 0 },
	{ 2007, 2266, 1, 0 },
	{ 260, 349, 0, 0 },
	{ 260, 5402, 0, 0 },
	{ 260, 349, 1, 0 },
	{ 260, 5402, 1, 0 },
	{ 2471, 2727, 0, 0 },
	{ 2471, 2727, 1, 0 },
	{ 2172, 2427, 0, 0 },
	{ 2172, 2427, 1, 0 },
	{ 4896, 6509, 0, 0 },
	{ 4896, 6509, 1, 0 },
	{ 4163, 4680, 0, 0 },
	{ 4163, 4680, 1, 0 },
	{ 4162, 4679, 0, 0 },
	{ 4162, 4679, 1, 0 },
	{ 2824, 3070, 0, 0 },
	{ 2824, 3070, 1, 0 },
	{ 4757, 6083, 1, 0 },
	{ 2033, 2292, 0, 0 },
	{ 2033, 2292, 1, 0 },
	{ 4315, 5022, 0, 0 },
	{ 4315, 5022, 1, 0 },
	{ 412, 490, 0, 0 },
	{ 412, 490, 1, 0 },
	{ 1408, 1680, 0, 0 },
	{ 1408, 1680, 1, 0 },
	{ 1255, 1534, 0, 0 },
	{ 1255, 1534, 1, 0 },
	{ 5227, 7979, 0, 0 },
	{ 5227, 7979, 1, 0 },
	{ 5595, 9600, 0, 0 },
	{ 5595, 9600, 1, 0 },
	{ 5943, 20001, 0, 0 },
	{ 5943, 20001, 1, 0 },
	{ 361, 445, 0, 0 },
	{ 361, 445, 1, 0 },
	{ 5024, 7014, 0, 0 },
	{ 5024, 7014, 1, 0 },
	{ 5023, 7013, 0, 0 },
	{ 5023, 7013, 1, 0 },
	{ 2752, 3008, 0, 0 },
	{ 2752, 3008, 1, 0 },
	{ 2010, 2269, 0, 0 },
	{ 2010, 2269, 1, 0 },
	{ 1305, 1581, 0, 0 },
	{ 1305, 1581, 1, 0 },
	{ 2366, 2621, 0, 0 },
	{ 2366, 2621, 1, 0 },
	{ 1075, 1360, 0, 0 },
	{ 1075, 1360, 1, 0 },
	{ 5579, 9445, 0, 0 },
	{ 5102, 7391, 0, 0 },
	{ 5102, 7391, 1, 0 },
	{ 5257, 8033, 0, 0 },
	{ 5257, 8033, 1, 0 },
	{ 3813, 4069, 0, 0 },
	{ 3813, 4069, 1, 0 },
	{ 830, 1114, 0, 0 },
	{ 830, 1114, 1, 0 },
	{ 3541, 3798, 0, 0 },
	{ 3541, 3798, 1, 0 },
	{ 1848, 2105, 0, 0 },
	{ 1848, 2105, 1, 0 },
	{ 3864, 4120, 0, 0 },
	{ 5197, 7786, 0, 0 },
	{ 5197, 7786, 1, 0 },
	{ 4395, 5136, 1, 0 },
	{ 5152, 7606, 0, 0 },
	{ 5152, 7606, 1, 0 },
	{ 5214, 7872, 1, 0 },
	{ 3195, 3454, 0, 0 },
	{ 3195, 3454, 1, 0 },
	{ 1253, 1532, 0, 0 },
	{ 1253, 1532, 1, 0 },
	{ 3961, 4310, 0, 0 },
	{ 3961, 4310, 1, 0 },
	{ 69, 91, 0, 0 },
	{ 69, 91, 1, 0 },
	{ 63, 83, 0, 0 },
	{ 63, 85, 0, 0 },
	{ 63, 83, 1, 0 },
	{ 63, 85, 1, 0 },
	{ 1201, 1482, 0, 0 },
	{ 1201, 1482, 1, 0 },
	{ 994, 1277, 0, 0 },
	{ 994, 1277, 1, 0 },
	{ 3580, 3837, 0, 0 },
	{ 3580, 3837, 1, 0 },
	{ 3920, 4171, 0, 0 },
	{ 5938, 19788, 1, 0 },
	{ 1145, 1427, 0, 0 },
	{ 1145, 1427, 1, 0 },
	{ 6138, 32801, 0, 0 },
	{ 6138, 32801, 1, 0 },
	{ 3922, 4173, 1, 0 },
	{ 4150, 4667, 0, 0 },
	{ 4150, 4667, 1, 0 },
	{ 4151, 4668, 0, 0 },
	{ 4151, 4668, 1, 0 },
	{ 2013, 2272, 0, 0 },
	{ 2013, 2272, 1, 0 },
	{ 2012, 2271, 0, 0 },
	{ 2012, 2271, 1, 0 },
	{ 4335, 5050, 0, 0 },
	{ 4335, 5050, 1, 0 },
	{ 1541, 1815, 0, 0 },
	{ 1541, 1815, 1, 0 },
	{ 4449, 5237, 0, 0 },
	{ 4449, 5237, 1, 0 },
	{ 5583, 9535, 0, 0 },
	{ 5583, 9535, 1, 0 },
	{ 3507, 3764, 0, 0 },
	{ 3507, 3764, 1, 0 },
	{ 1938, 2197, 0, 0 },
	{ 1938, 2197, 1, 0 },
	{ 2338, 2593, 0, 0 },
	{ 2338, 2593, 1, 0 },
	{ 2668, 2926, 0, 0 },
	{ 2668, 2926, 1, 0 },
	{ 4171, 4688, 0, 0 },
	{ 4171, 4688, 1, 0 },
	{ 5211, 7869, 0, 0 },
	{ 349, 434, 0, 0 },
	{ 349, 434, 1, 0 },
	{ 350, 435, 0, 0 },
	{ 350, 435, 1, 0 },
	{ 5007, 6997, 0, 0 },
	{ 5007, 6997, 1, 0 },
	{ 1774, 2031, 0, 0 },
	{ 1774, 2031, 1, 0 },
	{ 1299, 1576, 0, 0 },
	{ 1299, 1576, 1, 0 },
	{ 1089, 1374, 0, 0 },
	{ 1089, 1374, 1, 0 },
	{ 2328, 2583, 0, 0 },
	{ 2328, 9255, 0, 0 },
	{ 2328, 2583, 1, 0 },
	{ 2328, 9255, 1, 0 },
	{ 392, 471, 0, 0 },
	{ 392, 471, 1, 0 },
	{ 5397, 8665, 0, 0 },
	{ 5398, 8666, 0, 0 },
	{ 6077, 27017, 0, 0 },
	{ 492, 561, 0, 0 },
	{ 492, 561, 1, 0 },
	{ 5628, 9898, 0, 0 },
	{ 5628, 9898, 1, 0 },
	{ 3186, 3445, 0, 0 },
	{ 3186, 3445, 1, 0 },
	{ 4797, 6147, 0, 0 },
	{ 4797, 6147, 1, 0 },
	{ 280, 367, 0, 0 },
	{ 280, 367, 1, 0 },
	{ 5713, 10542, 0, 0 },
	{ 5713, 10542, 1, 0 },
	{ 5711, 10540, 0, 0 },
	{ 5711, 10540, 1, 0 },
	{ 5714, 10543, 0, 0 },
	{ 5714, 10543, 1, 0 },
	{ 5715, 10544, 0, 0 },
	{ 5715, 10544, 1, 0 },
	{ 5712, 10541, 0, 0 },
	{ 5712, 10541, 1, 0 },
	{ 953, 1235, 0, 0 },
	{ 953, 1235, 1, 0 },
	{ 2306, 2561, 0, 0 },
	{ 2306, 2561, 1, 0 },
	{ 2372, 2627, 0, 0 },
	{ 2372, 2627, 1, 0 },
	{ 5953, 20048, 0, 0 },
	{ 5953, 20048, 1, 0 },
	{ 4460, 5252, 0, 0 },
	{ 4460, 5252, 1, 0 },
	{ 2233, 2488, 0, 0 },
	{ 2233, 2488, 1, 0 },
	{ 931, 1213, 0, 0 },
	{ 931, 1213, 1, 0 },
	{ 2324, 2579, 0, 0 },
	{ 2324, 2579, 1, 0 },
	{ 2694, 2952, 0, 0 },
	{ 2694, 2952, 1, 0 },
	{ 5562, 9344, 0, 0 },
	{ 5562, 9344, 1, 0 },
	{ 5572, 9397, 0, 0 },
	{ 5572, 9397, 1, 0 },
	{ 5561, 9343, 0, 0 },
	{ 5561, 9343, 1, 0 },
	{ 3668, 3924, 0, 0 },
	{ 3668, 3924, 1, 0 },
	{ 4936, 6634, 1, 0 },
	{ 4937, 6635, 1, 0 },
	{ 4938, 6636, 1, 0 },
	{ 29, 45, 0, 0 },
	{ 29, 45, 1, 0 },
	{ 28, 44, 0, 0 },
	{ 28, 44, 1, 0 },
	{ 30, 46, 0, 0 },
	{ 30, 46, 1, 0 },
	{ 1677, 1952, 0, 0 },
	{ 1677, 1952, 1, 0 },
	{ 2430, 2685, 0, 0 },
	{ 2430, 2685, 1, 0 },
	{ 2427, 2681, 0, 0 },
	{ 2427, 2681, 1, 0 },
	{ 2431, 2686, 0, 0 },
	{ 2431, 2686, 1, 0 },
	{ 2429, 2684, 0, 0 },
	{ 2429, 2684, 1, 0 },
	{ 201, 218, 0, 0 },
	{ 201, 218, 1, 0 },
	{ 4727, 5969, 0, 0 },
	{ 4727, 5969, 1, 0 },
	{ 4726, 5968, 0, 0 },
	{ 4726, 5968, 1, 0 },
	{ 1428, 1700, 0, 0 },
	{ 1428, 1700, 1, 0 },
	{ 979, 1261, 0, 0 },
	{ 979, 1261, 1, 0 },
	{ 4771, 6106, 0, 0 },
	{ 4771, 6106, 1, 0 },
	{ 3106, 3358, 0, 0 },
	{ 3106, 3358, 1, 0 },
	{ 310, 397, 0, 0 },
	{ 310, 397, 1, 0 },
	{ 3703, 3958, 0, 0 },
	{ 3703, 3958, 1, 0 },
	{ 3702, 3957, 0, 0 },
	{ 3702, 3957, 1, 0 },
	{ 1609, 1883, 0, 0 },
	{ 1609, 1883, 1, 0 },
	{ 4290, 4986, 0, 0 },
	{ 4290, 4986, 1, 0 },
	{ 612, 679, 0, 0 },
	{ 612, 679, 1, 0 },
	{ 5103, 7392, 0, 0 },
	{ 5103, 7392, 1, 0 },
	{ 4509, 5359, 0, 0 },
	{ 4509, 5359, 1, 0 },
	{ 3091, 3343, 0, 0 },
	{ 3091, 3343, 1, 0 },
	{ 5169, 7680, 0, 0 },
	{ 5169, 7680, 1, 0 },
	{ 4668, 5725, 0, 0 },
	{ 4669, 5726, 0, 0 },
	{ 3280, 3535, 0, 0 },
	{ 3280, 3535, 1, 0 },
	{ 4663, 5720, 0, 0 },
	{ 4663, 5720, 1, 0 },
	{ 5336, 8276, 0, 0 },
	{ 5336, 8276, 1, 0 },
	{ 2138, 2393, 0, 0 },
	{ 2138, 2393, 1, 0 },
	{ 2139, 2394, 0, 0 },
	{ 2139, 2394, 1, 0 },
	{ 2126, 2382, 0, 0 },
	{ 2126, 2382, 1, 0 },
	{ 2127, 2383, 0, 0 },
	{ 2127, 2383, 1, 0 },
	{ 500, 569, 0, 0 },
	{ 500, 569, 1, 0 },
	{ 2885, 3132, 0, 0 },
	{ 2885, 3132, 1, 0 },
	{ 4511, 5361, 0, 0 },
	{ 4511, 5361, 1, 0 },
	{ 499, 568, 0, 0 },
	{ 499, 568, 1, 0 },
	{ 4510, 5360, 0, 0 },
	{ 4510, 5360, 1, 0 },
	{ 4506, 5356, 0, 0 },
	{ 4506, 5356, 1, 0 },
	{ 1197, 1478, 0, 0 },
	{ 1197, 1478, 1, 0 },
	{ 1196, 1477, 0, 0 },
	{ 1196, 1477, 1, 0 },
	{ 1152, 1434, 0, 0 },
	{ 1152, 1434, 1, 0 },
	{ 1151, 1433, 0, 0 },
	{ 1151, 1433, 1, 0 },
	{ 1484, 1755, 0, 0 },
	{ 1484, 1755, 1, 0 },
	{ 2205, 2460, 0, 0 },
	{ 2205, 2460, 1, 0 },
	{ 2269, 2525, 0, 0 },
	{ 2269, 2525, 1, 0 },
	{ 3130, 3389, 0, 0 },
	{ 3130, 3389, 1, 0 },
	{ 4665, 5722, 0, 0 },
	{ 4665, 5722, 1, 0 },
	{ 571, 639, 0, 0 },
	{ 571, 639, 1, 0 },
	{ 3627, 3882, 0, 0 },
	{ 3627, 3882, 1, 0 },
	{ 624, 691, 0, 0 },
	{ 624, 691, 1, 0 },
	{ 4109, 4554, 0, 0 },
	{ 4109, 4554, 1, 0 },
	{ 4752, 6076, 0, 0 },
	{ 3021, 3268, 0, 0 },
	{ 3021, 3268, 1, 0 },
	{ 3022, 3269, 0, 0 },
	{ 3022, 3269, 1, 0 },
	{ 1917, 2174, 0, 0 },
	{ 1917, 2174, 1, 0 },
	{ 3590, 3847, 0, 0 },
	{ 3590, 3847, 1, 0 },
	{ 1916, 2173, 0, 0 },
	{ 1916, 2173, 1, 0 },
	{ 1915, 2172, 0, 0 },
	{ 1915, 2172, 1, 0 },
	{ 1914, 2171, 0, 0 },
	{ 1914, 2171, 1, 0 },
	{ 18, 31, 0, 0 },
	{ 18, 31, 1, 0 },
	{ 17, 29, 0, 0 },
	{ 17, 29, 1, 0 },
	{ 5419, 8786, 0, 0 },
	{ 5419, 8786, 1, 0 },
	{ 5420, 8787, 0, 0 },
	{ 5420, 8787, 1, 0 },
	{ 5589, 9594, 0, 0 },
	{ 5589, 9594, 1, 0 },
	{ 1715, 1989, 0, 1 },
	{ 1715, 1989, 1, 1 },
	{ 4920, 6600, 0, 0 },
	{ 5400, 8675, 0, 0 },
	{ 5401, 8675, 1, 0 },
	{ 2612, 2871, 0, 0 },
	{ 2612, 2871, 1, 0 },
	{ 1460, 1731, 0, 0 },
	{ 1460, 1731, 1, 0 },
	{ 1306, 1582, 0, 0 },
	{ 1306, 1582, 1, 0 },
	{ 1184, 1464, 0, 0 },
	{ 1184, 1464, 1, 0 },
	{ 1185, 1464, 0, 1 },
	{ 1185, 1464, 1, 1 },
	{ 1527, 1801, 0, 0 },
	{ 1527, 1801, 1, 0 },
	{ 1589, 1863, 0, 0 },
	{ 1589, 1863, 1, 0 },
	{ 2469, 2725, 0, 0 },
	{ 2469, 2725, 1, 0 },
	{ 9, 18, 0, 0 },
	{ 9, 2438, 0, 0 },
	{ 9, 18, 1, 0 },
	{ 9, 2438, 1, 0 },
	{ 4169, 4686, 0, 0 },
	{ 4169, 4686, 1, 0 },
	{ 3675, 3931, 0, 0 },
	{ 3675, 3931, 1, 0 },
	{ 2596, 2855, 0, 0 },
	{ 5187, 7742, 0, 0 },
	{ 4921, 6601, 0, 0 },
	{ 1815, 2072, 0, 0 },
	{ 1815, 2072, 1, 0 },
	{ 2046, 2305, 0, 0 },
	{ 2046, 2305, 1, 0 },
	{ 4113, 4558, 1, 0 },
	{ 4112, 4557, 1, 0 },
	{ 2214, 2469, 0, 0 },
	{ 2214, 2469, 1, 0 },
	{ 5293, 8115, 0, 0 },
	{ 5293, 8115, 1, 0 },
	{ 4174, 4691, 0, 0 },
	{ 4174, 4691, 1, 0 },
	{ 1636, 1911, 0, 0 },
	{ 1636, 1911, 1, 0 },
	{ 2535, 2791, 0, 0 },
	{ 2535, 2791, 1, 0 },
	{ 5114, 7421, 0, 0 },
	{ 5114, 7421, 1, 0 },
	{ 752, 1038, 0, 0 },
	{ 752, 1038, 1, 0 },
	{ 6149, 33435, 1, 0 },
	{ 5931, 19398, 0, 0 },
	{ 5931, 19398, 1, 0 },
	{ 4134, 4602, 0, 0 },
	{ 5632, 9903, 1, 0 },
	{ 686, 777, 0, 0 },
	{ 686, 777, 1, 0 },
	{ 3476, 3733, 0, 0 },
	{ 3476, 3733, 1, 0 },
	{ 151, 171, 0, 0 },
	{ 151, 171, 1, 0 },
	{ 169, 188, 0, 0 },
	{ 169, 188, 1, 0 },
	{ 4279, 4949, 0, 0 },
	{ 4279, 4949, 1, 0 },
	{ 3649, 3905, 0, 0 },
	{ 3649, 3905, 1, 0 },
	{ 839, 1123, 0, 0 },
	{ 839, 1123, 1, 0 },
	{ 2487, 2743, 0, 0 },
	{ 2487, 2743, 1, 0 },
	{ 4990, 6888, 0, 0 },
	{ 4990, 6888, 1, 0 },
	{ 1532, 1806, 0, 0 },
	{ 1532, 1806, 1, 0 },
	{ 3259, 3515, 0, 0 },
	{ 3259, 3515, 1, 0 },
	{ 3258, 3514, 0, 0 },
	{ 3258, 3514, 1, 0 },
	{ 1297, 1574, 0, 0 },
	{ 1297, 1574, 1, 0 },
	{ 5668, 10007, 0, 0 },
	{ 5668, 10007, 1, 0 },
	{ 1230, 1510, 0, 0 },
	{ 1230, 1510, 1, 0 },
	{ 5240, 8005, 0, 0 },
	{ 5240, 8005, 1, 0 },
	{ 5509, 9119, 0, 0 },
	{ 5509, 9119, 1, 0 },
	{ 4934, 6632, 0, 0 },
	{ 858, 1141, 0, 0 },
	{ 858, 1141, 1, 0 },
	{ 749, 1035, 0, 0 },
	{ 749, 1035, 1, 0 },
	{ 3538, 3795, 0, 0 },
	{ 3538, 3795, 1, 0 },
	{ 388, 467, 0, 0 },
	{ 388, 467, 1, 0 },
	{ 2723, 2981, 0, 0 },
	{ 2723, 2981, 1, 0 },
	{ 2133, 2388, 0, 0 },
	{ 2133, 2388, 1, 0 },
	{ 5733, 11108, 1, 0 },
	{ 1557, 1831, 0, 0 },
	{ 1557, 1831, 1, 0 },
	{ 3058, 3306, 0, 0 },
	{ 3058, 3306, 1, 0 },
	{ 904, 1186, 0, 0 },
	{ 904, 1186, 1, 0 },
	{ 1588, 1862, 0, 0 },
	{ 1588, 1862, 1, 0 },
	{ 2014, 2273, 0, 0 },
	{ 2014, 2273, 1, 0 },
	{ 4866, 6446, 0, 0 },
	{ 4866, 6446, 1, 0 },
	{ 6142, 33060, 0, 0 },
	{ 1849, 2106, 0, 0 },
	{ 1849, 2106, 1, 0 },
	{ 5098, 7282, 0, 0 },
	{ 5099, 7282, 1, 0 },
	{ 4074, 4446, 0, 0 },
	{ 4074, 4446, 1, 0 },
	{ 4075, 4447, 0, 0 },
	{ 4075, 4447, 1, 0 },
	{ 5546, 9285, 0, 0 },
	{ 5546, 9285, 1, 0 },
	{ 1413, 1685, 0, 0 },
	{ 1413, 1685, 1, 0 },
	{ 5547, 9286, 1, 0 },
	{ 3468, 3725, 0, 0 },
	{ 3468, 3725, 1, 0 },
	{ 4348, 5062, 0, 0 },
	{ 4348, 5062, 1, 0 },
	{ 1055, 1340, 0, 0 },
	{ 1055, 1340, 1, 0 },
	{ 4040, 4407, 0, 0 },
	{ 4008, 4361, 1, 0 },
	{ 24, 42, 0, 0 },
	{ 24, 42, 1, 0 },
	{ 3695, 3950, 0, 0 },
	{ 3695, 3950, 1, 0 },
	{ 25, 42, 0, 1 },
	{ 25, 42, 1, 1 },
	{ 147, 167, 0, 0 },
	{ 147, 167, 1, 0 },
	{ 1977, 2236, 0, 0 },
	{ 1977, 2236, 1, 0 },
	{ 727, 991, 0, 0 },
	{ 727, 991, 1, 0 },
	{ 2027, 2286, 0, 0 },
	{ 2027, 2286, 1, 0 },
	{ 1685, 1960, 0, 0 },
	{ 1685, 1960, 1, 0 },
	{ 4094, 4500, 1, 1 },
	{ 3671, 3927, 0, 0 },
	{ 3671, 3927, 1, 0 },
	{ 2761, 3015, 0, 0 },
	{ 2761, 3015, 1, 0 },
	{ 2084, 2343, 0, 0 },
	{ 2084, 2343, 1, 0 },
	{ 3325, 3580, 0, 0 },
	{ 3325, 3580, 1, 0 },
	{ 3111, 3363, 0, 0 },
	{ 3111, 3363, 1, 0 },
	{ 3496, 3753, 0, 0 },
	{ 3496, 3753, 1, 0 },
	{ 2636, 2895, 0, 0 },
	{ 2636, 2895, 1, 0 },
	{ 4831, 6317, 1, 0 },
	{ 4830, 6317, 0, 0 },
	{ 3602, 3859, 0, 0 },
	{ 3602, 3859, 1, 0 },
	{ 1005, 1288, 0, 0 },
	{ 1005, 1288, 1, 0 },
	{ 2912, 3159, 0, 0 },
	{ 2912, 3159, 1, 0 },
	{ 1905, 2162, 0, 0 },
	{ 1905, 2162, 1, 0 },
	{ 1906, 2163, 0, 0 },
	{ 1906, 2163, 1, 0 },
	{ 5720, 10809, 0, 0 },
	{ 5811, 13785, 0, 0 },
	{ 5811, 13785, 1, 0 },
	{ 4392, 5133, 0, 0 },
	{ 4392, 5133, 1, 0 },
	{ 4789, 6133, 0, 0 },
	{ 4789, 6133, 1, 0 },
	{ 5950, 20034, 0, 0 },
	{ 5950, 20034, 1, 0 },
	{ 5951, 20034, 0, 1 },
	{ 5951, 20034, 1, 1 },
	{ 1837, 2094, 0, 0 },
	{ 1837, 2094, 1, 0 },
	{ 1836, 2093, 0, 0 },
	{ 1836, 2093, 1, 0 },
	{ 1839, 2096, 0, 0 },
	{ 1839, 2096, 1, 0 },
	{ 1838, 2095, 0, 0 },
	{ 1838, 2095, 1, 0 },
	{ 2816, 3062, 0, 0 },
	{ 2816, 3062, 1, 0 },
	{ 2817, 3063, 0, 0 },
	{ 2817, 3063, 1, 0 },
	{ 1614, 1888, 0, 0 },
	{ 1614, 1888, 1, 0 },
	{ 2428, 2683, 0, 0 },
	{ 2428, 2683, 1, 0 },
	{ 2450, 2706, 0, 0 },
	{ 2450, 2706, 1, 0 },
	{ 317, 404, 0, 0 },
	{ 317, 404, 1, 0 },
	{ 2143, 2397, 0, 0 },
	{ 2143, 2397, 1, 0 },
	{ 318, 405, 0, 0 },
	{ 318, 405, 1, 0 },
	{ 455, 524, 0, 0 },
	{ 455, 524, 1, 0 },
	{ 1473, 1744, 0, 0 },
	{ 1473, 1744, 1, 0 },
	{ 1411, 1683, 0, 0 },
	{ 1411, 1683, 1, 0 },
	{ 1316, 1591, 0, 0 },
	{ 1316, 1591, 1, 0 },
	{ 5879, 17010, 0, 0 },
	{ 2272, 2528, 0, 0 },
	{ 2272, 2528, 1, 0 },
	{ 2273, 2528, 0, 1 },
	{ 2273, 2528, 1, 1 },
	{ 2948, 3195, 0, 0 },
	{ 2948, 3195, 1, 0 },
	{ 2949, 3196, 0, 0 },
	{ 2949, 3196, 1, 0 },
	{ 1241, 1521, 0, 0 },
	{ 1241, 1521, 1, 0 },
	{ 4645, 5681, 0, 0 },
	{ 4645, 5681, 1, 0 },
	{ 2881, 3128, 0, 0 },
	{ 2881, 3128, 1, 0 },
	{ 4741, 6064, 0, 0 },
	{ 4741, 6064, 1, 0 },
	{ 3172, 3431, 0, 0 },
	{ 3172, 3431, 1, 0 },
	{ 2850, 3096, 0, 0 },
	{ 2850, 3096, 1, 0 },
	{ 2482, 2738, 0, 0 },
	{ 2482, 2738, 1, 0 },
	{ 6217, 43189, 0, 0 },
	{ 6217, 43189, 1, 0 },
	{ 1078, 1363, 0, 0 },
	{ 1078, 1363, 1, 0 },
	{ 1079, 1364, 0, 0 },
	{ 1079, 1364, 1, 0 },
	{ 5660, 10000, 0, 0 },
	{ 5660, 10000, 1, 0 },
	{ 6095, 30000, 0, 0 },
	{ 4846, 6363, 1, 0 },
	{ 2624, 2883, 0, 0 },
	{ 2624, 2883, 1, 0 },
	{ 2774, 3024, 0, 0 },
	{ 2774, 3024, 1, 0 },
	{ 2775, 3024, 0, 1 },
	{ 2775, 3024, 1, 1 },
	{ 266, 353, 0, 0 },
	{ 266, 353, 1, 0 },
	{ 3635, 3890, 0, 0 },
	{ 3635, 3890, 1, 0 },
	{ 2622, 2881, 0, 0 },
	{ 2622, 2881, 1, 0 },
	{ 2623, 2882, 0, 0 },
	{ 2623, 2882, 1, 0 },
	{ 2474, 2730, 0, 0 },
	{ 2474, 2730, 1, 0 },
	{ 6180, 37475, 0, 0 },
	{ 6180, 37475, 1, 0 },
	{ 3015, 3262, 0, 0 },
	{ 3015, 3262, 1, 0 },
	{ 3631, 3886, 0, 0 },
	{ 3631, 3886, 1, 0 },
	{ 5125, 7474, 0, 0 },
	{ 761, 1047, 0, 0 },
	{ 761, 1047, 1, 0 },
	{ 762, 1048, 0, 0 },
	{ 762, 1048, 1, 0 },
	{ 1002, 1285, 0, 0 },
	{ 1002, 1285, 1, 0 },
	{ 2966, 3213, 0, 0 },
	{ 2966, 3213, 1, 0 },
	{ 940, 1222, 0, 0 },
	{ 940, 1222, 1, 0 },
	{ 3251, 3507, 0, 0 },
	{ 3251, 3507, 1, 0 },
	{ 959, 1241, 0, 0 },
	{ 959, 1241, 1, 0 },
	{ 411, 489, 0, 0 },
	{ 411, 489, 1, 0 },
	{ 3996, 4350, 0, 0 },
	{ 3996, 4350, 1, 0 },
	{ 4513, 5363, 0, 0 },
	{ 4513, 5363, 1, 0 },
	{ 1871, 2128, 0, 0 },
	{ 1871, 2128, 1, 0 },
	{ 5490, 9086, 0, 0 },
	{ 5490, 9086, 1, 0 },
	{ 1556, 1830, 0, 0 },
	{ 1556, 1830, 1, 0 },
	{ 2195, 2450, 0, 0 },
	{ 2195, 2450, 1, 0 },
	{ 4691, 5771, 0, 0 },
	{ 4691, 5771, 1, 0 },
	{ 2186, 2442, 0, 0 },
	{ 2186, 2442, 1, 0 },
	{ 5731, 11105, 0, 0 },
	{ 5730, 11104, 0, 0 },
	{ 5667, 10006, 0, 0 },
	{ 754, 1040, 0, 0 },
	{ 754, 1040, 1, 0 },
	{ 2643, 2902, 0, 0 },
	{ 2643, 2902, 1, 0 },
	{ 2820, 3066, 0, 0 },
	{ 2820, 3066, 1, 0 },
	{ 1341, 1615, 0, 0 },
	{ 1341, 1615, 1, 0 },
	{ 1340, 1614, 0, 0 },
	{ 1340, 1614, 1, 0 },
	{ 1339, 1613, 0, 0 },
	{ 1339, 1613, 1, 0 },
	{ 1342, 1616, 0, 0 },
	{ 1342, 1616, 1, 0 },
	{ 1338, 1612, 0, 0 },
	{ 1338, 1612, 1, 0 },
	{ 116, 138, 0, 0 },
	{ 116, 138, 1, 0 },
	{ 115, 137, 0, 0 },
	{ 115, 137, 1, 0 },
	{ 117, 139, 0, 0 },
	{ 117, 139, 1, 0 },
	{ 4068, 4441, 1, 0 },
	{ 2884, 3131, 0, 0 },
	{ 2884, 3131, 1, 0 },
	{ 3672, 3928, 0, 0 },
	{ 3672, 3928, 1, 0 },
	{ 4042, 4409, 0, 0 },
	{ 3444, 3701, 0, 0 },
	{ 3444, 3701, 1, 0 },
	{ 2196, 2451, 0, 0 },
	{ 2196, 2451, 1, 0 },
	{ 3752, 4008, 0, 0 },
	{ 3752, 4008, 1, 0 },
	{ 2713, 2971, 0, 0 },
	{ 2713, 2971, 1, 0 },
	{ 1403, 1676, 0, 0 },
	{ 1404, 1676, 1, 0 },
	{ 696, 831, 0, 0 },
	{ 696, 831, 1, 0 },
	{ 3983, 4334, 0, 0 },
	{ 3984, 4335, 0, 0 },
	{ 695, 830, 0, 0 },
	{ 695, 830, 1, 0 },
	{ 4899, 6513, 0, 0 },
	{ 698, 833, 0, 0 },
	{ 698, 833, 1, 0 },
	{ 697, 832, 0, 0 },
	{ 697, 832, 1, 0 },
	{ 308, 395, 0, 0 },
	{ 308, 395, 1, 0 },
	{ 1044, 1329, 0, 0 },
	{ 1044, 1329, 1, 0 },
	{ 3571, 3828, 0, 0 },
	{ 3571, 3828, 1, 0 },
	{ 3572, 3829, 0, 0 },
	{ 3572, 3829, 1, 0 },
	{ 651, 741, 0, 0 },
	{ 651, 741, 1, 0 },
	{ 747, 1033, 0, 0 },
	{ 747, 1033, 1, 0 },
	{ 1960, 2220, 0, 0 },
	{ 1960, 2220, 1, 0 },
	{ 5687, 10113, 0, 0 },
	{ 5687, 10113, 1, 0 },
	{ 5689, 10115, 0, 0 },
	{ 5689, 10115, 1, 0 },
	{ 2479, 2735, 0, 0 },
	{ 2479, 2735, 1, 0 },
	{ 1959, 2219, 0, 0 },
	{ 1959, 2219, 1, 0 },
	{ 5688, 10114, 0, 0 },
	{ 5688, 10114, 1, 0 },
	{ 5690, 10116, 0, 0 },
	{ 5690, 10116, 1, 0 },
	{ 1123, 1406, 0, 0 },
	{ 1123, 1406, 1, 0 },
	{ 914, 1196, 0, 0 },
	{ 914, 1196, 1, 0 },
	{ 1212, 1493, 0, 0 },
	{ 1212, 1493, 1, 0 },
	{ 1213, 1493, 0, 1 },
	{ 1213, 1493, 1, 1 },
	{ 2029, 2288, 0, 0 },
	{ 2029, 2288, 1, 0 },
	{ 4985, 6841, 0, 0 },
	{ 4985, 6841, 1, 0 },
	{ 4986, 6842, 0, 0 },
	{ 4986, 6842, 1, 0 },
	{ 2351, 2606, 0, 0 },
	{ 2351, 2606, 1, 0 },
	{ 1804, 2061, 0, 0 },
	{ 1804, 2061, 1, 0 },
	{ 3570, 3827, 0, 0 },
	{ 3570, 3827, 1, 0 },
	{ 463, 532, 0, 0 },
	{ 463, 532, 1, 0 },
	{ 3557, 3814, 0, 0 },
	{ 3557, 3814, 1, 0 },
	{ 3555, 3812, 0, 0 },
	{ 3555, 3812, 1, 0 },
	{ 2230, 2485, 0, 0 },
	{ 2230, 2485, 1, 0 },
	{ 2231, 2486, 0, 0 },
	{ 2231, 2486, 1, 0 },
	{ 1695, 1970, 0, 0 },
	{ 1695, 1970, 1, 0 },
	{ 1696, 1971, 0, 0 },
	{ 1696, 1971, 1, 0 },
	{ 1565, 1839, 0, 0 },
	{ 1565, 1839, 1, 0 },
	{ 1566, 1840, 0, 0 },
	{ 1566, 1840, 1, 0 },
	{ 1567, 1841, 0, 0 },
	{ 1567, 1841, 1, 0 },
	{ 1568, 1842, 0, 0 },
	{ 1568, 1842, 1, 0 },
	{ 1569, 1843, 0, 0 },
	{ 1569, 1843, 1, 0 },
	{ 4568, 5465, 0, 0 },
	{ 4568, 5465, 1, 0 },
	{ 5795, 12865, 0, 0 },
	{ 2725, 2983, 0, 0 },
	{ 2725, 2983, 1, 0 },
	{ 3385, 3640, 0, 0 },
	{ 3385, 3640, 1, 0 },
	{ 3386, 3641, 0, 0 },
	{ 3386, 3641, 1, 0 },
	{ 2882, 3129, 0, 0 },
	{ 2882, 3129, 1, 0 },
	{ 652, 742, 0, 0 },
	{ 652, 742, 1, 0 },
	{ 2337, 2592, 0, 0 },
	{ 2337, 2592, 1, 0 },
	{ 1525, 1799, 0, 0 },
	{ 1525, 1799, 1, 0 },
	{ 2069, 2328, 0, 0 },
	{ 2069, 2328, 1, 0 },
	{ 52, 71, 0, 0 },
	{ 52, 71, 1, 0 },
	{ 53, 72, 0, 0 },
	{ 53, 72, 1, 0 },
	{ 54, 73, 0, 0 },
	{ 54, 73, 1, 0 },
	{ 55, 74, 0, 0 },
	{ 55, 74, 1, 0 },
	{ 4059, 4425, 0, 0 },
	{ 4059, 4425, 1, 0 },
	{ 134, 155, 0, 0 },
	{ 134, 155, 1, 0 },
	{ 133, 154, 0, 0 },
	{ 133, 154, 1, 0 },
	{ 3862, 4118, 0, 0 },
	{ 3862, 4118, 1, 0 },
	{ 5861, 16360, 0, 0 },
	{ 5861, 16360, 1, 0 },
	{ 5862, 16361, 0, 0 },
	{ 5862, 16361, 1, 0 },
	{ 5863, 16367, 0, 0 },
	{ 5863, 16367, 1, 0 },
	{ 5864, 16368, 0, 0 },
	{ 5864, 16368, 1, 0 },
	{ 5976, 21848, 0, 0 },
	{ 5976, 21848, 1, 0 },
	{ 5977, 21849, 0, 0 },
	{ 5977, 21849, 1, 0 },
	{ 5975, 21847, 0, 0 },
	{ 5975, 21847, 1, 0 },
	{ 5974, 21846, 0, 0 },
	{ 5974, 21846, 1, 0 },
	{ 2554, 2810, 0, 0 },
	{ 2554, 2810, 1, 0 },
	{ 4522, 5405, 0, 0 },
	{ 4522, 5405, 1, 0 },
	{ 4538, 5421, 0, 0 },
	{ 4538, 5421, 1, 0 },
	{ 3884, 4138, 0, 0 },
	{ 3884, 4138, 1, 0 },
	{ 1605, 1879, 0, 0 },
	{ 1605, 1879, 1, 0 },
	{ 1003, 1286, 0, 0 },
	{ 1003, 1286, 1, 0 },
	{ 1388, 1661, 0, 0 },
	{ 1388, 1661, 1, 0 },
	{ 1397, 1670, 0, 0 },
	{ 1397, 1670, 1, 0 },
	{ 1398, 1671, 0, 0 },
	{ 1398, 1671, 1, 0 },
	{ 1399, 1672, 0, 0 },
	{ 1399, 1672, 1, 0 },
	{ 1389, 1662, 0, 0 },
	{ 1389, 1662, 1, 0 },
	{ 1390, 1663, 0, 0 },
	{ 1390, 1663, 1, 0 },
	{ 1391, 1664, 0, 0 },
	{ 1391, 1664, 1, 0 },
	{ 1392, 1665, 0, 0 },
	{ 1392, 1665, 1, 0 },
	{ 1393, 1666, 0, 0 },
	{ 1393, 1666, 1, 0 },
	{ 1394, 1667, 0, 0 },
	{ 1394, 1667, 1, 0 },
	{ 1395, 1668, 0, 0 },
	{ 1395, 1668, 1, 0 },
	{ 1396, 1669, 0, 0 },
	{ 1396, 1669, 1, 0 },
	{ 648, 729, 0, 0 },
	{ 648, 729, 1, 0 },
	{ 649, 730, 0, 0 },
	{ 649, 730, 1, 0 },
	{ 650, 731, 0, 0 },
	{ 650, 731, 1, 0 },
	{ 464, 533, 0, 0 },
	{ 464, 533, 1, 0 },
	{ 1081, 1366, 0, 0 },
	{ 1081, 1366, 1, 0 },
	{ 309, 396, 0, 0 },
	{ 309, 396, 1, 0 },
	{ 2957, 3204, 0, 0 },
	{ 2957, 3204, 1, 0 },
	{ 2956, 3203, 0, 0 },
	{ 2956, 3203, 1, 0 },
	{ 2156, 2411, 0, 0 },
	{ 2156, 2411, 1, 0 },
	{ 2962, 3209, 0, 0 },
	{ 2962, 3209, 1, 0 },
	{ 3150, 3409, 0, 0 },
	{ 3150, 3409, 1, 0 },
	{ 3151, 3410, 0, 0 },
	{ 3151, 3410, 1, 0 },
	{ 2331, 2586, 0, 0 },
	{ 2331, 2586, 1, 0 },
	{ 2330, 2585, 0, 0 },
	{ 2330, 2585, 1, 0 },
	{ 4176, 4700, 0, 0 },
	{ 4176, 4700, 1, 0 },
	{ 4177, 4701, 0, 0 },
	{ 4177, 4701, 1, 0 },
	{ 4178, 4702, 0, 0 },
	{ 4178, 4702, 1, 0 },
	{ 2359, 2614, 0, 0 },
	{ 2359, 2614, 1, 0 },
	{ 481, 550, 0, 0 },
	{ 481, 550, 1, 0 },
	{ 5871, 16900, 0, 0 },
	{ 5871, 16900, 1, 0 },
	{ 2918, 3165, 0, 0 },
	{ 2918, 3165, 1, 0 },
	{ 1819, 2076, 0, 0 },
	{ 1819, 2076, 1, 0 },
	{ 1818, 2075, 0, 0 },
	{ 1818, 2075, 1, 0 },
	{ 2417, 2671, 0, 0 },
	{ 2417, 2671, 1, 0 },
	{ 3745, 4001, 0, 0 },
	{ 3745, 4001, 1, 0 },
	{ 1742, 2009, 0, 0 },
	{ 1801, 2058, 0, 0 },
	{ 1801, 2058, 1, 0 },
	{ 5375, 8457, 0, 0 },
	{ 4931, 6627, 0, 0 },
	{ 4931, 6627, 1, 0 },
	{ 4933, 6629, 0, 0 },
	{ 4933, 6629, 1, 0 },
	{ 2105, 2360, 0, 0 },
	{ 2105, 2360, 1, 0 },
	{ 159, 178, 0, 0 },
	{ 159, 178, 1, 0 },
	{ 3765, 4021, 0, 0 },
	{ 3765, 4021, 1, 0 },
	{ 872, 1155, 0, 0 },
	{ 872, 1155, 1, 0 },
	{ 5104, 7393, 0, 0 },
	{ 5104, 7393, 1, 0 },
	{ 1791, 2049, 0, 0 },
	{ 1791, 2049, 1, 0 },
	{ 826, 1110, 1, 0 },
	{ 5954, 20049, 0, 0 },
	{ 5954, 20049, 1, 0 },
	{ 1418, 1690, 0, 0 },
	{ 1418, 1690, 1, 0 },
	{ 3585, 3842, 0, 0 },
	{ 3585, 3842, 1, 0 },
	{ 2418, 2672, 0, 0 },
	{ 2418, 2672, 1, 0 },
	{ 3282, 3537, 0, 0 },
	{ 3282, 3537, 1, 0 },
	{ 811, 1095, 0, 0 },
	{ 811, 1095, 1, 0 },
	{ 2302, 2557, 0, 0 },
	{ 2302, 2557, 1, 0 },
	{ 2301, 2556, 0, 0 },
	{ 2301, 2556, 1, 0 },
	{ 27, 43, 1, 0 },
	{ 27, 43, 0, 1 },
	{ 3880, 4134, 0, 0 },
	{ 3880, 4134, 1, 0 },
	{ 5274, 8061, 0, 0 },
	{ 6060, 25902, 0, 0 },
	{ 6060, 25902, 1, 0 },
	{ 772, 1058, 0, 0 },
	{ 772, 1058, 1, 0 },
	{ 4856, 6420, 0, 0 },
	{ 4856, 6420, 1, 0 },
	{ 4857, 6421, 0, 0 },
	{ 4857, 6421, 1, 0 },
	{ 3646, 3902, 0, 0 },
	{ 3646, 3902, 1, 0 },
	{ 6268, 48004, 0, 0 },
	{ 6269, 48005, 0, 0 },
	{ 6264, 48000, 0, 0 },
	{ 6264, 48000, 1, 0 },
	{ 6267, 48003, 0, 0 },
	{ 6267, 48003, 1, 0 },
	{ 6266, 48002, 0, 0 },
	{ 6266, 48002, 1, 0 },
	{ 773, 1059, 0, 0 },
	{ 773, 1059, 1, 0 },
	{ 1343, 1617, 0, 0 },
	{ 1343, 1617, 1, 0 },
	{ 3645, 3901, 0, 0 },
	{ 3645, 3901, 1, 0 },
	{ 6265, 48001, 0, 0 },
	{ 6265, 48001, 1, 0 },
	{ 4618, 5627, 0, 0 },
	{ 4618, 5627, 1, 0 },
	{ 6059, 25901, 0, 0 },
	{ 6059, 25901, 1, 0 },
	{ 289, 376, 0, 0 },
	{ 289, 376, 1, 0 },
	{ 6061, 25903, 0, 0 },
	{ 6061, 25903, 1, 0 },
	{ 3787, 4043, 0, 0 },
	{ 3787, 4043, 1, 0 },
	{ 5180, 7725, 0, 0 },
	{ 5180, 7725, 1, 0 },
	{ 1993, 2252, 0, 0 },
	{ 1993, 2252, 1, 0 },
	{ 1376, 1650, 0, 0 },
	{ 1376, 1650, 1, 0 },
	{ 4474, 5299, 0, 0 },
	{ 4474, 5299, 1, 0 },
	{ 664, 758, 0, 0 },
	{ 664, 758, 1, 0 },
	{ 5141, 7549, 0, 0 },
	{ 5141, 7549, 1, 0 },
	{ 2903, 3150, 0, 0 },
	{ 2903, 3150, 1, 0 },
	{ 2904, 3151, 0, 0 },
	{ 2904, 3151, 1, 0 },
	{ 2901, 3148, 0, 0 },
	{ 2901, 3148, 1, 0 },
	{ 2902, 3149, 0, 0 },
	{ 2902, 3149, 1, 0 },
	{ 622, 689, 0, 0 },
	{ 622, 689, 1, 0 },
	{ 960, 1242, 0, 0 },
	{ 960, 1242, 1, 0 },
	{ 5721, 10810, 1, 0 },
	{ 5685, 10110, 0, 0 },
	{ 5685, 10110, 1, 0 },
	{ 5686, 10111, 1, 0 },
	{ 3394, 3649, 0, 0 },
	{ 3394, 3649, 1, 0 },
	{ 1147, 1429, 0, 0 },
	{ 1147, 1429, 1, 0 },
	{ 2247, 2503, 0, 0 },
	{ 2247, 2503, 1, 0 },
	{ 1205, 1486, 0, 0 },
	{ 1205, 1486, 1, 0 },
	{ 1206, 1486, 0, 1 },
	{ 1206, 1486, 1, 1 },
	{ 957, 1239, 0, 0 },
	{ 957, 1239, 1, 0 },
	{ 2561, 2817, 0, 0 },
	{ 2561, 2839, 0, 0 },
	{ 2561, 2817, 1, 0 },
	{ 2561, 2839, 1, 0 },
	{ 468, 537, 0, 0 },
	{ 468, 1790, 0, 0 },
	{ 468, 537, 1, 0 },
	{ 468, 1790, 1, 0 },
	{ 1985, 2244, 0, 0 },
	{ 1985, 2244, 1, 0 },
	{ 3523, 3780, 0, 0 },
	{ 3523, 3780, 1, 0 },
	{ 348, 433, 0, 0 },
	{ 348, 433, 1, 0 },
	{ 97, 119, 0, 0 },
	{ 97, 119, 1, 0 },
	{ 494, 563, 0, 0 },
	{ 494, 563, 1, 0 },
	{ 1950, 2210, 0, 0 },
	{ 1950, 2210, 1, 0 },
	{ 1646, 1921, 0, 0 },
	{ 1646, 1921, 1, 0 },
	{ 1642, 1917, 0, 0 },
	{ 1642, 1917, 1, 0 },
	{ 5458, 8981, 1, 0 },
	{ 5457, 8980, 0, 0 },
	{ 5457, 8980, 1, 0 },
	{ 6219, 43191, 0, 0 },
	{ 3146, 3405, 0, 0 },
	{ 3146, 3405, 1, 0 },
	{ 3147, 3406, 0, 0 },
	{ 3147, 3406, 1, 0 },
	{ 4431, 5209, 0, 0 },
	{ 5812, 13786, 0, 0 },
	{ 5812, 13786, 1, 0 },
	{ 1249, 1528, 0, 0 },
	{ 1249, 1528, 1, 0 },
	{ 2078, 2338, 0, 0 },
	{ 2078, 2338, 1, 0 },
	{ 4226, 4803, 0, 0 },
	{ 4227, 4803, 1, 0 },
	{ 4146, 4663, 0, 0 },
	{ 4146, 4663, 1, 0 },
	{ 5380, 8474, 0, 0 },
	{ 5380, 8474, 1, 0 },
	{ 4432, 5215, 0, 0 },
	{ 5964, 21010, 0, 0 },
	{ 678, 773, 1, 0 },
	{ 2762, 3016, 0, 0 },
	{ 2762, 3016, 1, 0 },
	{ 2763, 3016, 0, 1 },
	{ 2763, 3016, 1, 1 },
	{ 6013, 23401, 0, 0 },
	{ 6013, 23401, 1, 0 },
	{ 6012, 23400, 0, 0 },
	{ 6012, 23400, 1, 0 },
	{ 6014, 23402, 0, 0 },
	{ 6014, 23402, 1, 0 },
	{ 237, 308, 0, 0 },
	{ 237, 308, 1, 0 },
	{ 1037, 1322, 0, 0 },
	{ 1037, 1322, 1, 0 },
	{ 2390, 2645, 0, 0 },
	{ 2390, 2645, 1, 0 },
	{ 1133, 1416, 0, 0 },
	{ 1133, 1416, 1, 0 },
	{ 1134, 1416, 0, 1 },
	{ 1134, 1416, 1, 1 },
	{ 2289, 2544, 0, 0 },
	{ 2289, 2544, 1, 0 },
	{ 2920, 3167, 0, 0 },
	{ 2920, 3167, 1, 0 },
	{ 2034, 2293, 0, 0 },
	{ 2034, 2293, 1, 0 },
	{ 3424, 3680, 0, 0 },
	{ 3424, 3680, 1, 0 },
	{ 2609, 2868, 0, 0 },
	{ 2609, 2868, 1, 0 },
	{ 5374, 8450, 0, 0 },
	{ 5374, 8450, 1, 0 },
	{ 540, 611, 0, 0 },
	{ 540, 611, 1, 0 },
	{ 539, 610, 0, 0 },
	{ 539, 610, 1, 0 },
	{ 538, 609, 0, 0 },
	{ 538, 609, 1, 0 },
	{ 70, 92, 0, 0 },
	{ 70, 4045, 0, 0 },
	{ 70, 92, 1, 0 },
	{ 70, 4045, 1, 0 },
	{ 3217, 3476, 0, 0 },
	{ 3217, 3476, 1, 0 },
	{ 4179, 4703, 0, 0 },
	{ 3832, 4088, 0, 0 },
	{ 536, 607, 0, 0 },
	{ 536, 607, 1, 0 },
	{ 1177, 1458, 0, 0 },
	{ 1177, 1458, 1, 0 },
	{ 4632, 5666, 0, 0 },
	{ 666, 760, 0, 0 },
	{ 666, 760, 1, 0 },
	{ 3019, 3266, 0, 0 },
	{ 3019, 3266, 1, 0 },
	{ 4532, 5415, 0, 0 },
	{ 4532, 5415, 1, 0 },
	{ 2349, 2604, 0, 0 },
	{ 2349, 2604, 1, 0 },
	{ 2350, 2605, 0, 0 },
	{ 2350, 2605, 1, 0 },
	{ 5179, 7724, 0, 0 },
	{ 5179, 7724, 1, 0 },
	{ 5649, 9988, 0, 0 },
	{ 219, 261, 0, 0 },
	{ 219, 261, 1, 0 },
	{ 1415, 1687, 0, 0 },
	{ 1415, 1687, 1, 0 },
	{ 1416, 1688, 0, 0 },
	{ 1416, 1688, 1, 0 },
	{ 4309, 5012, 0, 0 },
	{ 4309, 5012, 1, 0 },
	{ 5067, 7170, 0, 0 },
	{ 5067, 7170, 1, 0 },
	{ 3907, 4159, 0, 0 },
	{ 3907, 4159, 1, 0 },
	{ 138, 159, 0, 0 },
	{ 138, 159, 1, 0 },
	{ 4082, 4454, 0, 0 },
	{ 4082, 4454, 1, 0 },
	{ 4081, 4453, 0, 0 },
	{ 4081, 4453, 1, 0 },
	{ 3267, 3522, 0, 0 },
	{ 3267, 3522, 1, 0 },
	{ 750, 1036, 0, 0 },
	{ 750, 1036, 1, 0 },
	{ 4170, 4687, 0, 0 },
	{ 4170, 4687, 1, 0 },
	{ 16, 27, 0, 0 },
	{ 16, 27, 1, 0 },
	{ 2802, 3049, 0, 0 },
	{ 2802, 3049, 1, 0 },
	{ 5136, 7544, 0, 0 },
	{ 5136, 7544, 1, 0 },
	{ 5137, 7545, 0, 0 },
	{ 5137, 7545, 1, 0 },
	{ 445, 518, 0, 0 },
	{ 445, 518, 1, 0 },
	{ 101, 123, 0, 0 },
	{ 101, 123, 1, 0 },
	{ 4087, 4460, 0, 0 },
	{ 4973, 6778, 0, 0 },
	{ 4972, 6777, 0, 0 },
	{ 3873, 4129, 0, 0 },
	{ 3873, 4129, 1, 0 },
	{ 1183, 1463, 0, 0 },
	{ 1183, 1463, 1, 0 },
	{ 919, 1201, 0, 0 },
	{ 919, 1201, 1, 0 },
	{ 3872, 4128, 0, 0 },
	{ 3872, 4128, 1, 0 },
	{ 5785, 12121, 0, 0 },
	{ 5785, 12121, 1, 0 },
	{ 6280, 49001, 1, 0 },
	{ 6279, 49001, 0, 0 },
	{ 3237, 3493, 0, 0 },
	{ 3237, 3493, 1, 0 },
	{ 3878, 4133, 0, 0 },
	{ 3878, 4133, 1, 0 },
	{ 3876, 4132, 0, 0 },
	{ 3876, 4132, 1, 0 },
	{ 3879, 4133, 0, 1 },
	{ 3879, 4133, 1, 1 },
	{ 3877, 4132, 0, 1 },
	{ 3877, 4132, 1, 1 },
	{ 4735, 5991, 0, 0 },
	{ 4735, 5991, 1, 0 },
	{ 4072, 4444, 0, 1 },
	{ 4072, 4444, 1, 1 },
	{ 5406, 8711, 0, 0 },
	{ 3743, 3999, 0, 0 },
	{ 3743, 3999, 1, 0 },
	{ 1927, 2184, 0, 0 },
	{ 1927, 2329, 0, 0 },
	{ 1927, 2184, 1, 0 },
	{ 1927, 2329, 1, 0 },
	{ 4055, 4420, 0, 0 },
	{ 4055, 4420, 1, 0 },
	{ 5244, 8009, 0, 0 },
	{ 3263, 3519, 0, 0 },
	{ 3440, 3697, 0, 0 },
	{ 3440, 3697, 1, 0 },
	{ 104, 126, 0, 0 },
	{ 104, 126, 1, 0 },
	{ 6084, 28000, 0, 0 },
	{ 6084, 28000, 1, 0 },
	{ 1620, 1894, 0, 0 },
	{ 1620, 1894, 1, 0 },
	{ 5251, 8022, 0, 0 },
	{ 5251, 8022, 1, 0 },
	{ 582, 650, 0, 0 },
	{ 582, 650, 1, 0 },
	{ 72, 94, 0, 0 },
	{ 72, 94, 1, 0 },
	{ 1105, 1388, 0, 0 },
	{ 1105, 1388, 1, 0 },
	{ 1781, 2038, 0, 0 },
	{ 1781, 2038, 1, 0 },
	{ 808, 1092, 0, 0 },
	{ 808, 1092, 1, 0 },
	{ 6177, 36602, 0, 0 },
	{ 1166, 1448, 0, 0 },
	{ 1166, 1448, 1, 0 },
	{ 164, 183, 0, 0 },
	{ 164, 183, 1, 0 },
	{ 2441, 2697, 0, 0 },
	{ 2441, 2697, 1, 0 },
	{ 1187, 1466, 0, 0 },
	{ 1187, 1466, 1, 0 },
	{ 343, 429, 0, 0 },
	{ 343, 429, 1, 0 },
	{ 341, 428, 0, 0 },
	{ 341, 428, 1, 0 },
	{ 344, 429, 0, 1 },
	{ 344, 429, 1, 1 },
	{ 342, 428, 0, 1 },
	{ 342, 428, 1, 1 },
	{ 165, 184, 0, 0 },
	{ 165, 184, 1, 0 },
	{ 5669, 10008, 0, 0 },
	{ 5669, 10008, 1, 0 },
	{ 5724, 10933, 0, 0 },
	{ 5603, 9628, 0, 0 },
	{ 5603, 9628, 1, 0 },
	{ 3057, 3305, 0, 0 },
	{ 3057, 3305, 1, 0 },
	{ 4923, 6619, 0, 0 },
	{ 4923, 6619, 1, 0 },
	{ 3268, 3523, 0, 0 },
	{ 3268, 3523, 1, 0 },
	{ 2940, 3187, 0, 0 },
	{ 2940, 3187, 1, 0 },
	{ 279, 366, 0, 0 },
	{ 279, 366, 1, 0 },
	{ 2243, 2498, 0, 0 },
	{ 2243, 2498, 1, 0 },
	{ 5644, 9966, 0, 0 },
	{ 5644, 9966, 1, 0 },
	{ 1023, 1308, 0, 0 },
	{ 1023, 1308, 1, 0 },
	{ 3616, 3872, 0, 0 },
	{ 3616, 3872, 1, 0 },
	{ 5744, 11172, 0, 0 },
	{ 5746, 11174, 0, 0 },
	{ 5747, 11175, 0, 0 },
	{ 5199, 7789, 0, 0 },
	{ 5199, 7789, 1, 0 },
	{ 3072, 3320, 0, 0 },
	{ 3072, 3320, 1, 0 },
	{ 2063, 2322, 0, 0 },
	{ 2063, 2322, 1, 0 },
	{ 5469, 9007, 1, 0 },
	{ 5470, 9008, 0, 0 },
	{ 429, 506, 0, 0 },
	{ 429, 506, 1, 0 },
	{ 4190, 4732, 1, 0 },
	{ 5907, 18186, 0, 0 },
	{ 5907, 18186, 1, 0 },
	{ 2109, 2364, 0, 0 },
	{ 2109, 2364, 1, 0 },
	{ 3889, 4142, 0, 0 },
	{ 3889, 4142, 1, 0 },
	{ 3890, 4143, 0, 0 },
	{ 3890, 4143, 1, 0 },
	{ 3888, 4141, 0, 0 },
	{ 3888, 4141, 1, 0 },
	{ 5416, 8769, 0, 0 },
	{ 2407, 2661, 0, 0 },
	{ 2407, 2661, 1, 0 },
	{ 631, 698, 0, 0 },
	{ 631, 698, 1, 0 },
	{ 877, 1160, 0, 0 },
	{ 877, 1160, 1, 0 },
	{ 5094, 7278, 0, 0 },
	{ 5094, 7278, 1, 0 },
	{ 5092, 7276, 0, 0 },
	{ 5092, 7276, 1, 0 },
	{ 5093, 7277, 0, 0 },
	{ 5093, 7277, 1, 0 },
	{ 5529, 9210, 0, 0 },
	{ 5529, 9210, 1, 0 },
	{ 5530, 9211, 0, 0 },
	{ 5530, 9211, 1, 0 },
	{ 5089, 7273, 0, 0 },
	{ 5089, 7273, 1, 0 },
	{ 5090, 7274, 0, 0 },
	{ 5090, 7274, 1, 0 },
	{ 5091, 7275, 0, 0 },
	{ 5091, 7275, 1, 0 },
	{ 4005, 4359, 0, 0 },
	{ 4005, 4359, 1, 0 },
	{ 3834, 4090, 0, 0 },
	{ 3834, 4090, 1, 0 },
	{ 714, 900, 0, 0 },
	{ 714, 900, 1, 0 },
	{ 4666, 5723, 0, 0 },
	{ 4666, 5723, 1, 0 },
	{ 3648, 3904, 0, 0 },
	{ 3648, 3904, 1, 0 },
	{ 1799, 2056, 0, 0 },
	{ 1799, 2056, 1, 0 },
	{ 851, 1135, 0, 0 },
	{ 851, 1135, 1, 0 },
	{ 4031, 4395, 0, 0 },
	{ 4031, 4395, 1, 0 },
	{ 4145, 4662, 0, 0 },
	{ 4145, 4662, 1, 0 },
	{ 4379, 5102, 0, 0 },
	{ 4379, 5102, 1, 0 },
	{ 3909, 4161, 0, 0 },
	{ 3909, 4161, 1, 0 },
	{ 4667, 5724, 0, 0 },
	{ 4667, 5724, 1, 0 },
	{ 670, 764, 0, 0 },
	{ 670, 764, 1, 0 },
	{ 3910, 4162, 0, 0 },
	{ 3910, 4162, 1, 0 },
	{ 4063, 4429, 0, 0 },
	{ 4062, 4428, 0, 0 },
	{ 1928, 2185, 0, 0 },
	{ 1928, 2185, 1, 0 },
	{ 1940, 2199, 0, 0 },
	{ 1940, 2199, 1, 0 },
	{ 1939, 2198, 0, 0 },
	{ 1939, 2198, 1, 0 },
	{ 5841, 15002, 0, 0 },
	{ 2997, 3244, 0, 0 },
	{ 2997, 3244, 1, 0 },
	{ 330, 417, 0, 0 },
	{ 330, 417, 1, 0 },
	{ 4311, 5014, 1, 0 },
	{ 4364, 5080, 0, 0 },
	{ 4364, 5080, 1, 0 },
	{ 1348, 1622, 0, 0 },
	{ 1348, 1622, 1, 0 },
	{ 2008, 2267, 0, 0 },
	{ 2008, 2267, 1, 0 },
	{ 552, 623, 0, 0 },
	{ 595, 664, 0, 0 },
	{ 5038, 7030, 0, 0 },
	{ 5038, 7030, 1, 0 },
	{ 4488, 5314, 0, 0 },
	{ 4488, 5314, 1, 0 },
	{ 467, 536, 0, 0 },
	{ 467, 536, 1, 0 },
	{ 243, 314, 0, 0 },
	{ 243, 314, 1, 0 },
	{ 336, 423, 0, 0 },
	{ 336, 423, 1, 0 },
	{ 337, 424, 0, 0 },
	{ 337, 424, 1, 0 },
	{ 2853, 3100, 0, 0 },
	{ 2853, 3100, 1, 0 },
	{ 4233, 4840, 0, 0 },
	{ 4237, 4843, 0, 0 },
	{ 4237, 4843, 1, 0 },
	{ 4234, 4840, 1, 0 },
	{ 3175, 3434, 0, 0 },
	{ 3175, 3434, 1, 0 },
	{ 3833, 4089, 0, 0 },
	{ 3833, 4089, 1, 0 },
	{ 5949, 20014, 0, 0 },
	{ 5949, 20014, 1, 0 },
	{ 4940, 6653, 0, 0 },
	{ 4940, 6653, 1, 0 },
	{ 4199, 4743, 0, 0 },
	{ 4199, 4743, 1, 0 },
	{ 5126, 7478, 0, 0 },
	{ 4673, 5729, 0, 0 },
	{ 4673, 5729, 1, 0 },
	{ 4684, 5755, 0, 0 },
	{ 4684, 5755, 1, 0 },
	{ 4686, 5766, 0, 0 },
	{ 4686, 5766, 1, 0 },
	{ 4688, 5768, 0, 0 },
	{ 4688, 5768, 1, 0 },
	{ 1192, 1473, 0, 0 },
	{ 1192, 1473, 1, 0 },
	{ 976, 1258, 0, 0 },
	{ 976, 1258, 1, 0 },
	{ 977, 1259, 0, 0 },
	{ 977, 1259, 1, 0 },
	{ 218, 260, 0, 0 },
	{ 218, 260, 1, 0 },
	{ 5411, 8764, 0, 0 },
	{ 5411, 8764, 1, 0 },
	{ 5403, 8688, 0, 0 },
	{ 6173, 35357, 0, 0 },
	{ 2113, 2368, 0, 0 },
	{ 2113, 2368, 1, 0 },
	{ 3967, 4317, 0, 0 },
	{ 3598, 3855, 0, 0 },
	{ 3598, 3855, 1, 0 },
	{ 488, 557, 0, 0 },
	{ 488, 557, 1, 0 },
	{ 912, 1194, 0, 0 },
	{ 912, 1194, 1, 0 },
	{ 5946, 20005, 0, 0 },
	{ 5946, 20005, 1, 0 },
	{ 2146, 2400, 0, 0 },
	{ 2146, 2400, 1, 0 },
	{ 5118, 7429, 0, 0 },
	{ 5118, 7429, 1, 0 },
	{ 3174, 3433, 0, 0 },
	{ 3174, 3433, 1, 0 },
	{ 5902, 18181, 0, 0 },
	{ 5902, 18181, 1, 0 },
	{ 5908, 18187, 0, 0 },
	{ 5908, 18187, 1, 0 },
	{ 5905, 18184, 0, 0 },
	{ 5905, 18184, 1, 0 },
	{ 5906, 18185, 0, 0 },
	{ 5906, 18185, 1, 0 },
	{ 5904, 18183, 0, 0 },
	{ 5904, 18183, 1, 0 },
	{ 5925, 19191, 0, 0 },
	{ 5925, 19191, 1, 0 },
	{ 5903, 18182, 0, 0 },
	{ 5903, 18182, 1, 0 },
	{ 3055, 3303, 0, 0 },
	{ 3055, 3303, 1, 0 },
	{ 3059, 3307, 0, 0 },
	{ 3059, 3307, 1, 0 },
	{ 3056, 3304, 0, 0 },
	{ 3056, 3304, 1, 0 },
	{ 5286, 8090, 0, 0 },
	{ 988, 1270, 0, 0 },
	{ 988, 1270, 1, 0 },
	{ 3869, 4125, 0, 0 },
	{ 3869, 4125, 1, 0 },
	{ 3721, 3976, 0, 0 },
	{ 3721, 3976, 1, 0 },
	{ 3722, 3977, 0, 0 },
	{ 3722, 3977, 1, 0 },
	{ 1978, 2237, 0, 0 },
	{ 1978, 2237, 1, 0 },
	{ 1555, 1829, 0, 0 },
	{ 1555, 1829, 1, 0 },
	{ 2180, 2435, 0, 0 },
	{ 2180, 2435, 1, 0 },
	{ 765, 1051, 0, 0 },
	{ 765, 1051, 1, 0 },
	{ 2268, 2524, 0, 0 },
	{ 2268, 2524, 1, 0 },
	{ 5979, 22001, 0, 0 },
	{ 5979, 22001, 1, 0 },
	{ 5980, 22002, 0, 0 },
	{ 5980, 22002, 1, 0 },
	{ 5981, 22003, 0, 0 },
	{ 5981, 22003, 1, 0 },
	{ 5982, 22004, 0, 0 },
	{ 5982, 22005, 0, 0 },
	{ 5982, 22004, 1, 0 },
	{ 5982, 22005, 1, 0 },
	{ 3461, 3718, 0, 0 },
	{ 3461, 3718, 1, 0 },
	{ 1164, 1446, 0, 0 },
	{ 1164, 1446, 1, 0 },
	{ 4599, 5575, 0, 0 },
	{ 1735, 2005, 1, 0 },
	{ 1477, 1748, 0, 0 },
	{ 1477, 1748, 1, 0 },
	{ 1483, 1754, 0, 0 },
	{ 1483, 1754, 1, 0 },
	{ 5462, 8997, 0, 0 },
	{ 876, 1159, 0, 0 },
	{ 876, 1159, 1, 0 },
	{ 1535, 1809, 0, 0 },
	{ 1535, 1809, 1, 0 },
	{ 1534, 1808, 0, 0 },
	{ 1534, 1808, 1, 0 },
	{ 5122, 7443, 0, 0 },
	{ 5122, 7443, 1, 0 },
	{ 1298, 1575, 0, 0 },
	{ 1298, 1575, 1, 0 },
	{ 1356, 1630, 0, 0 },
	{ 1356, 1630, 1, 0 },
	{ 1245, 1525, 0, 0 },
	{ 1245, 1525, 1, 0 },
	{ 2144, 2398, 0, 0 },
	{ 2144, 2398, 1, 0 },
	{ 2832, 3078, 0, 0 },
	{ 2832, 3078, 1, 0 },
	{ 2830, 3076, 0, 0 },
	{ 2830, 3076, 1, 0 },
	{ 2831, 3077, 0, 0 },
	{ 2831, 3077, 1, 0 },
	{ 2829, 3075, 0, 0 },
	{ 2829, 3075, 1, 0 },
	{ 1293, 1570, 0, 0 },
	{ 1293, 1570, 1, 0 },
	{ 1323, 1597, 0, 0 },
	{ 1323, 1597, 1, 0 },
	{ 3103, 3355, 0, 0 },
	{ 3103, 3355, 1, 0 },
	{ 3027, 3274, 0, 0 },
	{ 3027, 3274, 1, 0 },
	{ 2744, 3001, 0, 0 },
	{ 5729, 11103, 0, 0 },
	{ 2152, 2407, 0, 0 },
	{ 2152, 2407, 1, 0 },
	{ 2158, 2413, 0, 0 },
	{ 2158, 2413, 1, 0 },
	{ 6202, 40853, 1, 0 },
	{ 1100, 1384, 0, 0 },
	{ 1100, 1384, 1, 0 },
	{ 4953, 6679, 0, 0 },
	{ 4953, 6679, 1, 0 },
	{ 313, 400, 0, 0 },
	{ 313, 400, 1, 0 },
	{ 3173, 3432, 0, 0 },
	{ 3173, 3432, 1, 0 },
	{ 5650, 9990, 0, 0 },
	{ 5650, 9990, 1, 0 },
	{ 5651, 9991, 0, 0 },
	{ 5651, 9991, 1, 0 },
	{ 2788, 3034, 0, 0 },
	{ 2788, 3034, 1, 0 },
	{ 4330, 5045, 0, 0 },
	{ 5446, 8899, 0, 0 },
	{ 5446, 8899, 1, 0 },
	{ 173, 192, 0, 0 },
	{ 173, 192, 1, 0 },
	{ 5183, 7728, 0, 0 },
	{ 5183, 7728, 1, 0 },
	{ 4997, 6951, 0, 0 },
	{ 4997, 6951, 1, 0 },
	{ 6093, 29167, 0, 0 },
	{ 6093, 29167, 1, 0 },
	{ 5570, 9390, 0, 0 },
	{ 2678, 2936, 0, 0 },
	{ 2678, 2936, 1, 0 },
	{ 2173, 2428, 0, 0 },
	{ 2173, 2428, 1, 0 },
	{ 2693, 2951, 0, 0 },
	{ 2693, 2951, 1, 0 },
	{ 5378, 8472, 0, 0 },
	{ 5378, 8472, 1, 0 },
	{ 4485, 5310, 0, 0 },
	{ 4485, 5310, 1, 0 },
	{ 3184, 3443, 0, 0 },
	{ 3184, 3443, 1, 0 },
	{ 2695, 2953, 0, 0 },
	{ 2695, 2953, 1, 0 },
	{ 2696, 2954, 0, 0 },
	{ 2696, 2954, 1, 0 },
	{ 5129, 7501, 0, 0 },
	{ 5129, 7501, 1, 0 },
	{ 5116, 7427, 0, 0 },
	{ 5116, 7427, 1, 0 },
	{ 5132, 7510, 0, 0 },
	{ 5132, 7510, 1, 0 },
	{ 5117, 7428, 0, 0 },
	{ 5117, 7428, 1, 0 },
	{ 6104, 30999, 0, 0 },
	{ 6104, 30999, 1, 0 },
	{ 2698, 2956, 0, 0 },
	{ 2698, 2956, 1, 0 },
	{ 3614, 3870, 0, 0 },
	{ 3614, 3870, 1, 0 },
	{ 3613, 3869, 0, 0 },
	{ 3613, 3869, 1, 0 },
	{ 4939, 6640, 0, 0 },
	{ 2134, 2389, 0, 0 },
	{ 2134, 2389, 1, 0 },
	{ 2277, 2532, 0, 0 },
	{ 2277, 2532, 1, 0 },
	{ 2192, 2447, 0, 0 },
	{ 2192, 2447, 1, 0 },
	{ 704, 861, 0, 0 },
	{ 705, 861, 1, 0 },
	{ 5215, 7878, 0, 0 },
	{ 3955, 4304, 0, 0 },
	{ 3955, 4304, 1, 0 },
	{ 6153, 34378, 0, 0 },
	{ 6153, 34378, 1, 0 },
	{ 6154, 34379, 0, 0 },
	{ 6154, 34379, 1, 0 },
	{ 4756, 6082, 1, 0 },
	{ 3700, 3955, 0, 0 },
	{ 3700, 3955, 1, 0 },
	{ 5239, 8004, 0, 0 },
	{ 3332, 3587, 0, 0 },
	{ 3332, 3587, 1, 0 },
	{ 1706, 1981, 0, 0 },
	{ 1706, 1981, 1, 0 },
	{ 4946, 6671, 0, 0 },
	{ 4946, 6671, 1, 0 },
	{ 5586, 9559, 0, 0 },
	{ 3962, 4311, 0, 0 },
	{ 6110, 31400, 0, 0 },
	{ 1199, 1480, 0, 0 },
	{ 1199, 1480, 1, 0 },
	{ 1022, 1307, 0, 0 },
	{ 1022, 1307, 1, 0 },
	{ 3176, 3435, 0, 0 },
	{ 3176, 3435, 1, 0 },
	{ 4448, 5236, 0, 0 },
	{ 4448, 5236, 1, 0 },
	{ 5084, 7237, 0, 0 },
	{ 5133, 7511, 0, 0 },
	{ 5133, 7511, 1, 0 },
	{ 3514, 3771, 0, 0 },
	{ 3514, 3771, 1, 0 },
	{ 6096, 30001, 0, 0 },
	{ 6096, 30001, 1, 0 },
	{ 6097, 30002, 0, 0 },
	{ 6097, 30002, 1, 0 },
	{ 5652, 9992, 0, 0 },
	{ 5652, 9992, 1, 0 },
	{ 5653, 9993, 0, 0 },
	{ 5653, 9993, 1, 0 },
	{ 5654, 9994, 0, 0 },
	{ 5654, 9994, 1, 0 },
	{ 5655, 9995, 0, 0 },
	{ 5655, 9995, 1, 0 },
	{ 5656, 9996, 0, 0 },
	{ 5656, 9996, 1, 0 },
	{ 5657, 9997, 0, 0 },
	{ 5657, 9997, 1, 0 },
	{ 4943, 6657, 1, 0 },
	{ 1358, 1632, 0, 0 },
	{ 1358, 1632, 1, 0 },
	{ 1359, 1633, 0, 0 },
	{ 1359, 1633, 1, 0 },
	{ 647, 716, 1, 0 },
	{ 5475, 9021, 0, 0 },
	{ 5475, 9021, 1, 0 },
	{ 2849, 3095, 0, 0 },
	{ 2849, 3095, 1, 0 },
	{ 3096, 3348, 0, 0 },
	{ 3096, 3348, 1, 0 },
	{ 5255, 8027, 0, 0 },
	{ 5255, 8027, 1, 0 },
	{ 1590, 1864, 0, 0 },
	{ 1590, 1864, 1, 0 },
	{ 5476, 9022, 0, 0 },
	{ 5476, 9022, 1, 0 },
	{ 4293, 4989, 0, 0 },
	{ 4293, 4989, 1, 0 },
	{ 4548, 5431, 0, 0 },
	{ 4548, 5431, 1, 0 },
	{ 4164, 4681, 0, 0 },
	{ 4164, 4681, 1, 0 },
	{ 4918, 6582, 0, 0 },
	{ 4918, 6582, 1, 0 },
	{ 4916, 6580, 0, 0 },
	{ 4916, 6580, 1, 0 },
	{ 4917, 6581, 0, 0 },
	{ 4917, 6581, 1, 0 },
	{ 3769, 4025, 0, 0 },
	{ 3769, 4025, 1, 0 },
	{ 434, 511, 0, 0 },
	{ 434, 511, 1, 0 },
	{ 558, 627, 0, 0 },
	{ 558, 627, 1, 0 },
	{ 515, 586, 0, 0 },
	{ 515, 586, 1, 0 },
	{ 1048, 1333, 0, 0 },
	{ 1048, 1333, 1, 0 },
	{ 5308, 8160, 0, 0 },
	{ 5308, 8160, 1, 0 },
	{ 4803, 6162, 0, 0 },
	{ 4803, 6162, 1, 0 },
	{ 4802, 6161, 0, 0 },
	{ 4802, 6161, 1, 0 },
	{ 2410, 2664, 0, 0 },
	{ 2410, 2664, 1, 0 },
	{ 2411, 2665, 0, 0 },
	{ 2411, 2665, 1, 0 },
	{ 5309, 8161, 0, 0 },
	{ 5309, 8161, 1, 0 },
	{ 3841, 4097, 0, 0 },
	{ 3841, 4097, 1, 0 },
	{ 256, 345, 0, 0 },
	{ 256, 345, 1, 0 },
	{ 1287, 1564, 0, 0 },
	{ 1287, 1564, 1, 0 },
	{ 5299, 8128, 0, 0 },
	{ 5299, 8128, 1, 0 },
	{ 5300, 8129, 0, 0 },
	{ 5300, 8129, 1, 0 },
	{ 964, 1246, 0, 0 },
	{ 964, 1246, 1, 0 },
	{ 1987, 2246, 0, 0 },
	{ 1987, 2246, 1, 0 },
	{ 2040, 2299, 0, 0 },
	{ 2040, 2299, 1, 0 },
	{ 4622, 5631, 0, 0 },
	{ 4622, 5631, 1, 0 },
	{ 4623, 5632, 0, 0 },
	{ 4623, 5632, 1, 0 },
	{ 3637, 3892, 0, 0 },
	{ 3637, 3892, 1, 0 },
	{ 1997, 2256, 0, 0 },
	{ 1997, 2256, 1, 0 },
	{ 3941, 4189, 0, 0 },
	{ 1047, 1332, 0, 0 },
	{ 1047, 1332, 1, 0 },
	{ 1274, 1552, 0, 0 },
	{ 1274, 1552, 1, 0 },
	{ 2840, 3085, 0, 0 },
	{ 2840, 3085, 1, 0 },
	{ 2942, 3189, 0, 0 },
	{ 2942, 3189, 1, 0 },
	{ 2303, 2558, 0, 0 },
	{ 2303, 2558, 1, 0 },
	{ 137, 158, 0, 0 },
	{ 137, 158, 1, 0 },
	{ 2875, 3121, 0, 0 },
	{ 3921, 4172, 0, 0 },
	{ 3921, 4172, 1, 0 },
	{ 4418, 5172, 0, 0 },
	{ 1285, 1562, 0, 0 },
	{ 1285, 1562, 1, 0 },
	{ 4501, 5351, 1, 0 },
	{ 4500, 5350, 1, 0 },
	{ 3932, 4182, 0, 0 },
	{ 3932, 4182, 1, 0 },
	{ 2311, 2566, 0, 0 },
	{ 2311, 2566, 1, 0 },
	{ 4941, 6655, 0, 0 },
	{ 5370, 8444, 0, 0 },
	{ 5370, 8444, 1, 0 },
	{ 5369, 8443, 0, 0 },
	{ 5369, 8443, 1, 0 },
	{ 2801, 3048, 0, 0 },
	{ 2801, 3048, 1, 0 },
	{ 2015, 2274, 0, 0 },
	{ 2015, 2274, 1, 0 },
	{ 5592, 9597, 0, 0 },
	{ 5592, 9597, 1, 0 },
	{ 3006, 3253, 0, 0 },
	{ 3006, 3253, 1, 0 },
	{ 3756, 4012, 0, 0 },
	{ 3756, 4012, 1, 0 },
	{ 3007, 3254, 0, 0 },
	{ 3007, 3254, 1, 0 },
	{ 255, 344, 0, 0 },
	{ 255, 344, 1, 0 },
	{ 1247, 1526, 0, 0 },
	{ 1247, 1526, 1, 0 },
	{ 2787, 3033, 0, 0 },
	{ 2787, 3033, 1, 0 },
	{ 5860, 16311, 0, 0 },
	{ 5860, 16311, 1, 0 },
	{ 5499, 9100, 0, 1 },
	{ 5499, 9100, 1, 1 },
	{ 2585, 2843, 0, 0 },
	{ 2585, 2843, 1, 0 },
	{ 1402, 1675, 0, 0 },
	{ 1402, 1675, 1, 0 },
	{ 1030, 1314, 0, 0 },
	{ 1030, 1314, 1, 0 },
	{ 3051, 3299, 0, 0 },
	{ 3051, 3299, 1, 0 },
	{ 5590, 9595, 0, 0 },
	{ 5590, 9595, 1, 0 },
	{ 4760, 6086, 0, 0 },
	{ 4760, 6086, 1, 0 },
	{ 5859, 16310, 0, 0 },
	{ 5859, 16310, 1, 0 },
	{ 1020, 1305, 0, 0 },
	{ 1020, 1305, 1, 0 },
	{ 1705, 1980, 0, 0 },
	{ 1705, 1980, 1, 0 },
	{ 2888, 3135, 0, 0 },
	{ 2888, 3135, 1, 0 },
	{ 5503, 9104, 0, 0 },
	{ 5503, 9104, 1, 0 },
	{ 5539, 9278, 0, 0 },
	{ 5539, 9278, 1, 0 },
	{ 5540, 9279, 0, 0 },
	{ 5540, 9279, 1, 0 },
	{ 1072, 1357, 0, 0 },
	{ 1072, 1357, 1, 0 },
	{ 2048, 2307, 0, 0 },
	{ 2048, 2307, 1, 0 },
	{ 4983, 6817, 0, 0 },
	{ 5606, 9631, 0, 0 },
	{ 5605, 9630, 0, 0 },
	{ 1167, 1449, 0, 0 },
	{ 1167, 1449, 1, 0 },
	{ 1722, 1995, 0, 0 },
	{ 1722, 1995, 1, 0 },
	{ 4439, 5227, 0, 0 },
	{ 4439, 5227, 1, 0 },
	{ 3819, 4075, 0, 0 },
	{ 3819, 4075, 1, 0 },
	{ 948, 1230, 0, 0 },
	{ 948, 1230, 1, 0 },
	{ 4486, 5312, 0, 0 },
	{ 4486, 5312, 1, 0 },
	{ 3964, 4313, 0, 0 },
	{ 1641, 1916, 0, 0 },
	{ 1641, 1916, 1, 0 },
	{ 4588, 5555, 0, 0 },
	{ 4588, 5555, 1, 0 },
	{ 231, 281, 0, 0 },
	{ 231, 281, 1, 0 },
	{ 3301, 3557, 0, 0 },
	{ 3301, 3557, 1, 0 },
	{ 2863, 3109, 0, 0 },
	{ 2863, 3109, 1, 0 },
	{ 5424, 8805, 1, 0 },
	{ 593, 662, 0, 0 },
	{ 593, 662, 1, 0 },
	{ 2961, 3208, 0, 0 },
	{ 2961, 3208, 1, 0 },
	{ 5366, 8432, 0, 0 },
	{ 4858, 6432, 0, 0 },
	{ 5541, 9280, 0, 0 },
	{ 5541, 9280, 1, 0 },
	{ 403, 481, 0, 0 },
	{ 403, 481, 1, 0 },
	{ 1508, 1779, 0, 0 },
	{ 1508, 1779, 1, 0 },
	{ 4070, 4443, 0, 0 },
	{ 4070, 4443, 1, 0 },
	{ 513, 583, 0, 0 },
	{ 513, 583, 1, 0 },
	{ 3095, 3347, 0, 0 },
	{ 3095, 3347, 1, 0 },
	{ 672, 767, 0, 0 },
	{ 672, 767, 1, 0 },
	{ 2930, 3177, 0, 0 },
	{ 2930, 3177, 1, 0 },
	{ 389, 468, 0, 0 },
	{ 389, 468, 1, 0 },
	{ 4248, 4868, 0, 0 },
	{ 4248, 4868, 1, 0 },
	{ 4249, 4869, 0, 0 },
	{ 4249, 4869, 1, 0 },
	{ 2531, 2787, 0, 0 },
	{ 2531, 2787, 1, 0 },
	{ 5471, 9009, 0, 0 },
	{ 5471, 9009, 1, 0 },
	{ 1324, 1598, 0, 0 },
	{ 1324, 1598, 1, 0 },
	{ 1329, 1603, 0, 0 },
	{ 1329, 1603, 1, 0 },
	{ 997, 1280, 0, 0 },
	{ 997, 1280, 1, 0 },
	{ 5377, 8471, 0, 0 },
	{ 418, 496, 0, 0 },
	{ 418, 496, 1, 0 },
	{ 2755, 3010, 1, 0 },
	{ 3957, 4306, 0, 0 },
	{ 3957, 4306, 1, 0 },
	{ 250, 321, 0, 0 },
	{ 250, 1321, 0, 0 },
	{ 250, 321, 1, 0 },
	{ 250, 1321, 1, 0 },
	{ 1745, 2010, 1, 0 },
	{ 1746, 2010, 1, 1 },
	{ 1186, 1465, 0, 0 },
	{ 1186, 1465, 1, 0 },
	{ 4132, 4600, 0, 0 },
	{ 4132, 4600, 1, 0 },
	{ 4133, 4601, 0, 0 },
	{ 4133, 4601, 1, 0 },
	{ 484, 553, 0, 0 },
	{ 484, 553, 1, 0 },
	{ 2606, 2865, 0, 0 },
	{ 2606, 2865, 1, 0 },
	{ 4362, 5078, 1, 0 },
	{ 4050, 4416, 0, 0 },
	{ 4051, 4416, 1, 0 },
	{ 3998, 4352, 0, 0 },
	{ 3998, 4352, 1, 0 },
	{ 4469, 5272, 0, 0 },
	{ 4469, 5272, 1, 0 },
	{ 2379, 2634, 0, 0 },
	{ 2379, 2634, 1, 0 },
	{ 2872, 3118, 0, 0 },
	{ 2872, 3118, 1, 0 },
	{ 694, 829, 0, 0 },
	{ 694, 829, 1, 0 },
	{ 4492, 5318, 0, 0 },
	{ 247, 318, 0, 0 },
	{ 247, 318, 1, 0 },
	{ 1010, 1293, 0, 0 },
	{ 1010, 1293, 1, 0 },
	{ 1869, 2126, 0, 0 },
	{ 1869, 2126, 1, 0 },
	{ 3662, 3918, 0, 0 },
	{ 3662, 3918, 1, 0 },
	{ 3037, 3285, 0, 0 },
	{ 3037, 3285, 1, 0 },
	{ 1545, 1819, 0, 0 },
	{ 1545, 1819, 1, 0 },
	{ 4141, 4658, 0, 0 },
	{ 4141, 4658, 1, 0 },
	{ 4142, 4659, 0, 0 },
	{ 4142, 4659, 1, 0 },
	{ 3677, 3933, 0, 0 },
	{ 3677, 3933, 1, 0 },
	{ 3997, 4351, 0, 0 },
	{ 3997, 4351, 1, 0 },
	{ 3223, 3480, 0, 0 },
	{ 3223, 3480, 1, 0 },
	{ 6123, 32400, 0, 0 },
	{ 2534, 2790, 0, 0 },
	{ 2534, 2790, 1, 0 },
	{ 3210, 3469, 0, 0 },
	{ 3210, 3469, 1, 0 },
	{ 4970, 6770, 0, 0 },
	{ 4970, 6770, 1, 0 },
	{ 4971, 6771, 0, 0 },
	{ 4971, 6771, 1, 0 },
	{ 4386, 5112, 0, 0 },
	{ 4386, 5112, 1, 0 },
	{ 3810, 4066, 0, 0 },
	{ 3810, 4066, 1, 0 },
	{ 6229, 44321, 0, 0 },
	{ 6229, 44321, 1, 0 },
	{ 6230, 44322, 0, 0 },
	{ 6230, 44322, 1, 0 },
	{ 3564, 3821, 0, 0 },
	{ 3564, 3821, 1, 0 },
	{ 4844, 6355, 0, 0 },
	{ 4844, 6355, 1, 0 },
	{ 5120, 7431, 0, 0 },
	{ 5120, 7431, 1, 0 },
	{ 5160, 7633, 0, 0 },
	{ 5160, 7633, 1, 0 },
	{ 5115, 7426, 0, 0 },
	{ 5115, 7426, 1, 0 },
	{ 4554, 5436, 1, 0 },
	{ 4555, 5437, 1, 0 },
	{ 2714, 2972, 0, 0 },
	{ 2714, 2972, 1, 0 },
	{ 6231, 44323, 0, 0 },
	{ 2461, 2717, 0, 0 },
	{ 2461, 2717, 1, 0 },
	{ 2462, 2718, 0, 0 },
	{ 2462, 2718, 1, 0 },
	{ 2679, 2937, 0, 0 },
	{ 2679, 2937, 1, 0 },
	{ 4787, 6124, 0, 0 },
	{ 4787, 6124, 1, 0 },
	{ 3619, 3875, 0, 0 },
	{ 3619, 3875, 1, 0 },
	{ 5201, 7797, 0, 0 },
	{ 5201, 7797, 1, 0 },
	{ 5202, 7798, 0, 0 },
	{ 5202, 7798, 1, 0 },
	{ 3285, 3540, 0, 0 },
	{ 3285, 3540, 1, 0 },
	{ 2232, 2487, 0, 0 },
	{ 2232, 2487, 1, 0 },
	{ 774, 1060, 0, 0 },
	{ 774, 1060, 1, 0 },
	{ 2809, 3055, 0, 0 },
	{ 2809, 3055, 1, 0 },
	{ 5075, 7202, 0, 0 },
	{ 87, 109, 0, 0 },
	{ 87, 109, 1, 0 },
	{ 88, 110, 0, 0 },
	{ 88, 110, 1, 0 },
	{ 730, 995, 0, 0 },
	{ 730, 995, 1, 0 },
	{ 5198, 7787, 0, 0 },
	{ 5198, 7787, 1, 0 },
	{ 3453, 3710, 0, 0 },
	{ 3453, 3710, 1, 0 },
	{ 4550, 5432, 0, 1 },
	{ 4549, 5432, 0, 0 },
	{ 4549, 5432, 1, 0 },
	{ 416, 494, 0, 0 },
	{ 416, 494, 1, 0 },
	{ 3896, 4150, 0, 0 },
	{ 3896, 4150, 1, 0 },
	{ 407, 485, 0, 0 },
	{ 407, 485, 1, 0 },
	{ 2187, 2443, 0, 0 },
	{ 2187, 2443, 1, 0 },
	{ 2225, 2480, 0, 0 },
	{ 2225, 2480, 1, 0 },
	{ 2640, 2899, 0, 0 },
	{ 2640, 2899, 1, 0 },
	{ 1506, 1777, 0, 0 },
	{ 1506, 1777, 1, 0 },
	{ 2921, 3168, 0, 0 },
	{ 2921, 3168, 1, 0 },
	{ 4357, 5071, 0, 0 },
	{ 4357, 5071, 1, 0 },
	{ 5801, 13223, 0, 0 },
	{ 5801, 13223, 1, 0 },
	{ 5802, 13224, 0, 0 },
	{ 5802, 13224, 1, 0 },
	{ 4393, 5134, 0, 0 },
	{ 2249, 2505, 0, 0 },
	{ 2249, 2505, 1, 0 },
	{ 3712, 3967, 0, 0 },
	{ 3712, 3967, 1, 0 },
	{ 4710, 5863, 0, 0 },
	{ 4710, 5863, 1, 0 },
	{ 1440, 1711, 0, 0 },
	{ 1440, 1711, 1, 0 },
	{ 1452, 1723, 0, 0 },
	{ 1452, 1723, 1, 0 },
	{ 2432, 2687, 0, 0 },
	{ 2432, 2687, 1, 0 },
	{ 5608, 9640, 0, 0 },
	{ 6085, 28001, 0, 0 },
	{ 1311, 1587, 0, 0 },
	{ 1311, 1587, 1, 0 },
	{ 1312, 1587, 0, 1 },
	{ 1312, 1587, 1, 1 },
	{ 982, 1264, 0, 0 },
	{ 982, 1264, 1, 0 },
	{ 4084, 4456, 0, 0 },
	{ 4084, 4456, 1, 0 },
	{ 4083, 4455, 0, 0 },
	{ 4083, 4455, 1, 0 },
	{ 4621, 5630, 0, 0 },
	{ 4621, 5630, 1, 0 },
	{ 3352, 3607, 0, 0 },
	{ 3352, 3607, 1, 0 },
	{ 2056, 2315, 0, 0 },
	{ 2056, 2315, 1, 0 },
	{ 2667, 2924, 0, 0 },
	{ 2667, 2924, 1, 0 },
	{ 1482, 1753, 0, 0 },
	{ 4173, 4690, 0, 0 },
	{ 4173, 4690, 1, 0 },
	{ 4473, 5298, 0, 0 },
	{ 4473, 5298, 1, 0 },
	{ 6263, 47809, 1, 0 },
	{ 3327, 3582, 0, 0 },
	{ 3327, 3582, 1, 0 },
	{ 4091, 4487, 0, 0 },
	{ 5190, 7747, 0, 0 },
	{ 5190, 7747, 1, 0 },
	{ 4770, 6105, 0, 0 },
	{ 4770, 6105, 1, 0 },
	{ 4966, 6716, 0, 0 },
	{ 150, 170, 0, 0 },
	{ 150, 170, 1, 0 },
	{ 442, 515, 0, 0 },
	{ 442, 515, 1, 0 },
	{ 3138, 3396, 0, 0 },
	{ 3138, 3396, 1, 0 },
	{ 3139, 3396, 0, 1 },
	{ 3139, 3396, 1, 1 },
	{ 5717, 10631, 0, 0 },
	{ 2363, 2618, 0, 0 },
	{ 2363, 2618, 1, 0 },
	{ 2886, 3133, 0, 0 },
	{ 2886, 3133, 1, 0 },
	{ 3395, 3650, 0, 0 },
	{ 3395, 3650, 1, 0 },
	{ 1584, 1858, 0, 0 },
	{ 1584, 1858, 1, 0 },
	{ 1464, 1735, 0, 0 },
	{ 1464, 1735, 1, 0 },
	{ 4077, 4449, 0, 0 },
	{ 4077, 4449, 1, 0 },
	{ 2333, 2588, 0, 0 },
	{ 2333, 2588, 1, 0 },
	{ 5296, 8118, 0, 0 },
	{ 5296, 8118, 1, 0 },
	{ 1782, 2039, 0, 0 },
	{ 1782, 2039, 1, 0 },
	{ 322, 409, 0, 0 },
	{ 322, 409, 1, 0 },
	{ 1120, 1403, 0, 0 },
	{ 1120, 1403, 1, 0 },
	{ 321, 408, 0, 0 },
	{ 321, 408, 1, 0 },
	{ 1119, 1402, 0, 0 },
	{ 1119, 1402, 1, 0 },
	{ 3654, 3910, 0, 0 },
	{ 3654, 3910, 1, 0 },
	{ 3655, 3911, 0, 0 },
	{ 3655, 3911, 1, 0 },
	{ 5256, 8032, 0, 0 },
	{ 5256, 8032, 1, 0 },
	{ 6039, 24678, 0, 0 },
	{ 6039, 24678, 1, 0 },
	{ 2466, 2722, 0, 0 },
	{ 2466, 2722, 1, 0 },
	{ 3706, 3961, 0, 0 },
	{ 3706, 3961, 1, 0 },
	{ 3001, 3248, 0, 0 },
	{ 3001, 3248, 1, 0 },
	{ 1507, 1778, 0, 0 },
	{ 1507, 1778, 1, 0 },
	{ 1000, 1283, 0, 0 },
	{ 1000, 1283, 1, 0 },
	{ 114, 136, 0, 0 },
	{ 114, 136, 1, 0 },
	{ 4204, 4749, 0, 0 },
	{ 4204, 4749, 1, 0 },
	{ 6159, 34964, 0, 0 },
	{ 6159, 34964, 1, 0 },
	{ 6157, 34962, 0, 0 },
	{ 6157, 34962, 1, 0 },
	{ 6158, 34963, 0, 0 },
	{ 6158, 34963, 1, 0 },
	{ 3718, 3973, 0, 0 },
	{ 3718, 3973, 1, 0 },
	{ 5849, 15999, 0, 0 },
	{ 1406, 1678, 0, 0 },
	{ 1406, 1678, 1, 0 },
	{ 809, 1093, 0, 0 },
	{ 809, 1093, 1, 0 },
	{ 986, 1268, 0, 0 },
	{ 986, 1268, 1, 0 },
	{ 5313, 8183, 0, 0 },
	{ 1400, 1673, 0, 0 },
	{ 1400, 1673, 1, 0 },
	{ 1401, 1674, 0, 0 },
	{ 1401, 1674, 1, 0 },
	{ 1178, 1459, 0, 0 },
	{ 1178, 1459, 1, 0 },
	{ 1179, 1460, 0, 0 },
	{ 1179, 1460, 1, 0 },
	{ 4656, 5713, 0, 0 },
	{ 4656, 5713, 1, 0 },
	{ 4658, 5715, 0, 0 },
	{ 4658, 5715, 1, 0 },
	{ 4660, 5717, 0, 0 },
	{ 4660, 5717, 1, 0 },
	{ 4659, 5716, 0, 0 },
	{ 4659, 5716, 1, 0 },
	{ 4657, 5714, 0, 0 },
	{ 4657, 5714, 1, 0 },
	{ 172, 191, 0, 0 },
	{ 172, 191, 1, 0 },
	{ 1246, 1525, 0, 1 },
	{ 1246, 1525, 1, 1 },
	{ 1461, 1732, 0, 0 },
	{ 1461, 1732, 1, 0 },
	{ 1163, 1445, 0, 0 },
	{ 1163, 1445, 1, 0 },
	{ 2044, 2303, 0, 0 },
	{ 2044, 2303, 1, 0 },
	{ 1834, 2091, 0, 0 },
	{ 1834, 2091, 1, 0 },
	{ 4085, 4457, 0, 0 },
	{ 4085, 4457, 1, 0 },
	{ 3196, 3455, 0, 0 },
	{ 3196, 3455, 1, 0 },
	{ 3403, 3658, 0, 0 },
	{ 3403, 3658, 1, 0 },
	{ 5077, 7216, 0, 0 },
	{ 5076, 7215, 0, 0 },
	{ 2095, 2350, 0, 0 },
	{ 2095, 2350, 1, 0 },
	{ 3963, 4312, 0, 0 },
	{ 4804, 6163, 0, 0 },
	{ 4804, 6163, 1, 0 },
	{ 3194, 3453, 0, 0 },
	{ 3194, 3453, 1, 0 },
	{ 2100, 2355, 0, 0 },
	{ 2100, 2355, 1, 0 },
	{ 3407, 3662, 0, 0 },
	{ 3407, 3662, 1, 0 },
	{ 4019, 4374, 0, 0 },
	{ 4582, 5507, 0, 0 },
	{ 3916, 4168, 0, 0 },
	{ 3916, 4168, 1, 0 },
	{ 2097, 2352, 0, 0 },
	{ 2097, 2352, 1, 0 },
	{ 1516, 1788, 0, 0 },
	{ 1516, 1788, 1, 0 },
	{ 2099, 2354, 0, 0 },
	{ 2099, 2354, 1, 0 },
	{ 2098, 2353, 0, 0 },
	{ 2098, 2353, 1, 0 },
	{ 6191, 38638, 0, 0 },
	{ 2096, 2351, 0, 0 },
	{ 2096, 2351, 1, 0 },
	{ 2614, 2873, 0, 0 },
	{ 2614, 2873, 1, 0 },
	{ 5216, 7880, 0, 0 },
	{ 5216, 7880, 1, 0 },
	{ 577, 645, 0, 0 },
	{ 577, 645, 1, 0 },
	{ 229, 271, 0, 0 },
	{ 817, 1101, 0, 0 },
	{ 817, 1101, 1, 0 },
	{ 526, 597, 0, 0 },
	{ 526, 597, 1, 0 },
	{ 2844, 3089, 0, 0 },
	{ 2844, 3089, 1, 0 },
	{ 5847, 15740, 0, 0 },
	{ 5847, 15740, 1, 0 },
	{ 248, 319, 0, 0 },
	{ 248, 319, 1, 0 },
	{ 249, 320, 0, 0 },
	{ 249, 320, 1, 0 },
	{ 3978, 4329, 0, 0 },
	{ 4790, 6140, 0, 0 },
	{ 4790, 6140, 1, 0 },
	{ 660, 751, 0, 0 },
	{ 660, 751, 1, 0 },
	{ 5647, 9981, 0, 0 },
	{ 734, 998, 1, 0 },
	{ 5304, 8140, 0, 0 },
	{ 736, 999, 0, 1 },
	{ 736, 999, 1, 1 },
	{ 594, 663, 0, 0 },
	{ 594, 663, 1, 0 },
	{ 5295, 8117, 0, 0 },
	{ 5232, 7997, 0, 0 },
	{ 4361, 5075, 0, 0 },
	{ 2264, 2520, 0, 0 },
	{ 2264, 2520, 1, 0 },
	{ 2185, 2441, 0, 0 },
	{ 2185, 2441, 1, 0 },
	{ 797, 1081, 0, 0 },
	{ 797, 1081, 1, 0 },
	{ 3837, 4093, 0, 0 },
	{ 3837, 4093, 1, 0 },
	{ 3946, 4193, 0, 0 },
	{ 107, 129, 0, 0 },
	{ 107, 129, 1, 0 },
	{ 3478, 3735, 0, 0 },
	{ 3478, 3735, 1, 0 },
	{ 3696, 3951, 0, 0 },
	{ 3696, 3951, 1, 0 },
	{ 3543, 3800, 0, 0 },
	{ 3543, 3800, 1, 0 },
	{ 4281, 4951, 0, 0 },
	{ 4281, 4951, 1, 0 },
	{ 2438, 2694, 0, 0 },
	{ 2438, 2694, 1, 0 },
	{ 2179, 2434, 0, 0 },
	{ 2179, 2434, 1, 0 },
	{ 2753, 3009, 0, 0 },
	{ 2753, 3009, 1, 0 },
	{ 3749, 4005, 0, 0 },
	{ 3749, 4005, 1, 0 },
	{ 3748, 4004, 0, 0 },
	{ 3748, 4004, 1, 0 },
	{ 2426, 2680, 0, 0 },
	{ 2426, 2680, 1, 0 },
	{ 3751, 4007, 0, 0 },
	{ 3751, 4007, 1, 0 },
	{ 3747, 4003, 0, 0 },
	{ 3747, 4003, 1, 0 },
	{ 3750, 4006, 0, 0 },
	{ 3750, 4006, 1, 0 },
	{ 3746, 4002, 0, 0 },
	{ 3746, 4002, 1, 0 },
	{ 4551, 5433, 0, 0 },
	{ 4551, 5433, 1, 0 },
	{ 5200, 7794, 0, 0 },
	{ 5200, 7794, 1, 0 },
	{ 971, 1253, 0, 0 },
	{ 971, 1253, 1, 0 },
	{ 2207, 2462, 0, 0 },
	{ 2207, 2462, 1, 0 },
	{ 2206, 2461, 0, 0 },
	{ 2206, 2461, 1, 0 },
	{ 5695, 10160, 0, 0 },
	{ 5695, 10160, 1, 0 },
	{ 5248, 8019, 0, 0 },
	{ 5248, 8019, 1, 0 },
	{ 281, 368, 0, 0 },
	{ 281, 368, 1, 0 },
	{ 4366, 5082, 0, 0 },
	{ 4366, 5082, 1, 0 },
	{ 6251, 45825, 0, 0 },
	{ 6251, 45825, 1, 0 },
	{ 1863, 2120, 0, 0 },
	{ 1863, 2120, 1, 0 },
	{ 4367, 5083, 0, 0 },
	{ 4367, 5083, 1, 0 },
	{ 170, 189, 0, 0 },
	{ 170, 189, 1, 0 },
	{ 4584, 5543, 0, 0 },
	{ 3288, 3543, 0, 0 },
	{ 3288, 3543, 1, 0 },
	{ 2509, 2765, 0, 0 },
	{ 2509, 2765, 1, 0 },
	{ 2111, 2366, 0, 0 },
	{ 2111, 2366, 1, 0 },
	{ 2213, 2468, 0, 0 },
	{ 2213, 2468, 1, 0 },
	{ 2235, 2490, 0, 0 },
	{ 2235, 2490, 1, 0 },
	{ 2267, 2523, 0, 0 },
	{ 2267, 2523, 1, 0 },
	{ 559, 628, 0, 0 },
	{ 559, 628, 1, 0 },
	{ 190, 209, 0, 0 },
	{ 190, 209, 1, 0 },
	{ 4807, 6209, 0, 0 },
	{ 4807, 6209, 1, 0 },
	{ 4651, 5689, 0, 0 },
	{ 4651, 5689, 1, 0 },
	{ 980, 1262, 0, 0 },
	{ 980, 1262, 1, 0 },
	{ 3125, 3385, 0, 0 },
	{ 3125, 3385, 1, 0 },
	{ 5222, 7913, 0, 0 },
	{ 5222, 7913, 1, 0 },
	{ 5006, 6980, 1, 0 },
	{ 8, 17, 0, 0 },
	{ 8, 17, 1, 0 },
	{ 2468, 2724, 0, 0 },
	{ 2468, 2724, 1, 0 },
	{ 2357, 2612, 0, 0 },
	{ 2357, 2612, 1, 0 },
	{ 5676, 10055, 0, 0 },
	{ 661, 752, 0, 0 },
	{ 661, 752, 1, 0 },
	{ 882, 1165, 0, 0 },
	{ 882, 1165, 1, 0 },
	{ 881, 1164, 0, 0 },
	{ 881, 1164, 1, 0 },
	{ 883, 1166, 0, 0 },
	{ 883, 1166, 1, 0 },
	{ 4002, 4356, 0, 0 },
	{ 4002, 4356, 1, 0 },
	{ 4003, 4357, 0, 0 },
	{ 4003, 4357, 1, 0 },
	{ 4004, 4358, 0, 0 },
	{ 4004, 4358, 1, 0 },
	{ 4000, 4354, 0, 0 },
	{ 4000, 4354, 1, 0 },
	{ 4001, 4355, 0, 0 },
	{ 4001, 4355, 1, 0 },
	{ 2813, 3059, 0, 0 },
	{ 2813, 3059, 1, 0 },
	{ 938, 1220, 0, 0 },
	{ 938, 1220, 1, 0 },
	{ 3593, 3850, 0, 0 },
	{ 3593, 3850, 1, 0 },
	{ 2677, 2935, 0, 0 },
	{ 2677, 2935, 1, 0 },
	{ 2242, 2497, 0, 0 },
	{ 2242, 2497, 1, 0 },
	{ 4567, 5464, 0, 0 },
	{ 4567, 5464, 1, 0 },
	{ 6064, 26000, 0, 0 },
	{ 6064, 26000, 1, 0 },
	{ 5307, 8153, 0, 0 },
	{ 2334, 2589, 0, 0 },
	{ 2334, 2589, 1, 0 },
	{ 3344, 3599, 0, 0 },
	{ 3344, 3599, 1, 0 },
	{ 1056, 1341, 0, 0 },
	{ 1056, 1341, 1, 0 },
	{ 3586, 3843, 0, 0 },
	{ 3586, 3843, 1, 0 },
	{ 3310, 3566, 0, 0 },
	{ 5040, 7040, 1, 0 },
	{ 5228, 7980, 0, 0 },
	{ 5228, 7980, 1, 0 },
	{ 4641, 5677, 0, 0 },
	{ 4641, 5677, 1, 0 },
	{ 3298, 3554, 0, 0 },
	{ 3298, 3554, 1, 0 },
	{ 1971, 2230, 0, 0 },
	{ 1971, 2230, 1, 0 },
	{ 3533, 3790, 0, 0 },
	{ 3533, 3790, 1, 0 },
	{ 2641, 2900, 0, 0 },
	{ 2641, 2900, 1, 0 },
	{ 4235, 4841, 0, 0 },
	{ 4235, 4841, 1, 0 },
	{ 668, 762, 0, 0 },
	{ 668, 762, 1, 0 },
	{ 4321, 5028, 0, 0 },
	{ 1920, 2177, 0, 0 },
	{ 1920, 2177, 1, 0 },
	{ 4640, 5676, 0, 0 },
	{ 4640, 5676, 1, 0 },
	{ 5901, 18136, 0, 0 },
	{ 5285, 8088, 0, 0 },
	{ 5285, 8088, 1, 0 },
	{ 2931, 3178, 0, 0 },
	{ 2931, 3178, 1, 0 },
	{ 4547, 5430, 0, 0 },
	{ 4547, 5430, 1, 0 },
	{ 4979, 6789, 0, 0 },
	{ 1320, 1595, 0, 0 },
	{ 1320, 1595, 1, 0 },
	{ 1322, 1596, 1, 0 },
	{ 1321, 1596, 0, 0 },
	{ 1538, 1812, 0, 0 },
	{ 1538, 1812, 1, 0 },
	{ 1539, 1813, 0, 0 },
	{ 1539, 1813, 1, 0 },
	{ 3542, 3799, 0, 0 },
	{ 3542, 3799, 1, 0 },
	{ 2613, 2872, 0, 0 },
	{ 2613, 2872, 1, 0 },
	{ 4265, 4899, 0, 0 },
	{ 4265, 4899, 1, 0 },
	{ 4808, 6222, 0, 0 },
	{ 4808, 6222, 1, 0 },
	{ 5900, 18104, 0, 0 },
	{ 5789, 12302, 0, 0 },
	{ 1826, 2083, 0, 0 },
	{ 1826, 2083, 1, 0 },
	{ 1932, 2188, 0, 0 },
	{ 1933, 2189, 0, 0 },
	{ 2480, 2736, 0, 0 },
	{ 2480, 2736, 1, 0 },
	{ 1750, 2012, 1, 0 },
	{ 1739, 2013, 0, 0 },
	{ 1739, 2007, 1, 0 },
	{ 1747, 2011, 0, 0 },
	{ 1737, 2006, 1, 0 },
	{ 1737, 2013, 1, 0 },
	{ 1754, 2015, 1, 0 },
	{ 1752, 2014, 1, 0 },
	{ 2153, 2408, 0, 0 },
	{ 5078, 7227, 0, 0 },
	{ 5078, 7227, 1, 0 },
	{ 5563, 9345, 0, 0 },
	{ 21, 38, 0, 0 },
	{ 21, 256, 0, 0 },
	{ 21, 38, 1, 0 },
	{ 21, 256, 1, 0 },
	{ 3556, 3813, 0, 0 },
	{ 3556, 3813, 1, 0 },
	{ 1252, 1531, 0, 0 },
	{ 1252, 1531, 1, 0 },
	{ 1251, 1530, 0, 0 },
	{ 1251, 1530, 1, 0 },
	{ 1919, 2176, 0, 0 },
	{ 1919, 2176, 1, 0 },
	{ 1678, 1953, 0, 0 },
	{ 1678, 1953, 1, 0 },
	{ 2847, 3093, 0, 0 },
	{ 2847, 3093, 1, 0 },
	{ 2848, 3094, 0, 0 },
	{ 2848, 3094, 1, 0 },
	{ 2202, 2457, 0, 0 },
	{ 2202, 2457, 1, 0 },
	{ 5189, 7744, 0, 0 },
	{ 5189, 7744, 1, 0 },
	{ 5617, 9753, 0, 0 },
	{ 5617, 9753, 1, 0 },
	{ 824, 1108, 0, 0 },
	{ 824, 1108, 1, 0 },
	{ 2194, 2449, 0, 0 },
	{ 2194, 2449, 1, 0 },
	{ 3781, 4037, 0, 0 },
	{ 3781, 4037, 1, 0 },
	{ 3278, 3533, 0, 0 },
	{ 3278, 3533, 1, 0 },
	{ 3277, 3532, 0, 0 },
	{ 3277, 3532, 1, 0 },
	{ 2457, 2713, 0, 0 },
	{ 2457, 2713, 1, 0 },
	{ 2458, 2714, 0, 0 },
	{ 2458, 2714, 1, 0 },
	{ 1910, 2167, 0, 0 },
	{ 1910, 2167, 1, 0 },
	{ 4764, 6099, 0, 0 },
	{ 3299, 3555, 0, 0 },
	{ 3299, 3555, 1, 0 },
	{ 2517, 2773, 0, 0 },
	{ 2517, 2773, 1, 0 },
	{ 2518, 2774, 0, 0 },
	{ 2518, 2774, 1, 0 },
	{ 3511, 3768, 0, 0 },
	{ 3511, 3768, 1, 0 },
	{ 6235, 44553, 0, 0 },
	{ 6235, 44553, 1, 0 },
	{ 3297, 3553, 0, 0 },
	{ 3297, 3553, 1, 0 },
	{ 4652, 5693, 0, 0 },
	{ 5212, 7870, 0, 0 },
	{ 5207, 7810, 0, 0 },
	{ 5207, 7810, 1, 0 },
	{ 2072, 2332, 0, 0 },
	{ 2072, 2332, 1, 0 },
	{ 1966, 2225, 0, 0 },
	{ 390, 469, 0, 0 },
	{ 390, 469, 1, 0 },
	{ 3208, 3467, 0, 0 },
	{ 3208, 3467, 1, 0 },
	{ 1999, 2258, 0, 0 },
	{ 1999, 2258, 1, 0 },
	{ 561, 630, 0, 0 },
	{ 561, 2371, 0, 0 },
	{ 561, 630, 1, 0 },
	{ 1294, 1571, 0, 0 },
	{ 1294, 1571, 1, 0 },
	{ 2895, 3142, 0, 0 },
	{ 2895, 3142, 1, 0 },
	{ 4212, 4756, 0, 0 },
	{ 5866, 16385, 0, 0 },
	{ 2062, 2321, 0, 0 },
	{ 2062, 2321, 1, 0 },
	{ 5968, 21553, 0, 0 },
	{ 4595, 5569, 0, 0 },
	{ 4596, 5569, 1, 0 },
	{ 3131, 3389, 0, 1 },
	{ 3131, 3389, 1, 1 },
	{ 791, 1075, 0, 0 },
	{ 791, 1075, 1, 0 },
	{ 1261, 1540, 0, 0 },
	{ 1261, 1540, 1, 0 },
	{ 5915, 18634, 0, 0 },
	{ 5915, 18634, 1, 0 },
	{ 5916, 18635, 0, 0 },
	{ 5916, 18635, 1, 0 },
	{ 1262, 1541, 0, 0 },
	{ 1262, 1541, 1, 0 },
	{ 1021, 1306, 0, 0 },
	{ 1021, 1306, 1, 0 },
	{ 33, 50, 0, 0 },
	{ 33, 50, 1, 0 },
	{ 1058, 1343, 0, 0 },
	{ 1058, 1343, 1, 0 },
	{ 6216, 43188, 0, 0 },
	{ 6216, 43188, 1, 0 },
	{ 621, 688, 0, 0 },
	{ 621, 688, 1, 0 },
	{ 2740, 2998, 0, 0 },
	{ 2740, 2998, 1, 0 },
	{ 2739, 2997, 0, 0 },
	{ 2739, 2997, 1, 0 },
	{ 1981, 2240, 0, 0 },
	{ 1981, 2240, 1, 0 },
	{ 6214, 43000, 0, 0 },
	{ 6215, 43000, 1, 0 },
	{ 4848, 6379, 0, 0 },
	{ 2670, 2928, 0, 0 },
	{ 2670, 2928, 1, 0 },
	{ 2093, 2349, 0, 0 },
	{ 2093, 2349, 1, 0 },
	{ 2089, 2347, 0, 0 },
	{ 2089, 2347, 1, 0 },
	{ 2091, 2348, 0, 0 },
	{ 2091, 2348, 1, 0 },
	{ 2087, 2346, 0, 0 },
	{ 2087, 2346, 1, 0 },
	{ 2094, 2349, 0, 1 },
	{ 2094, 2349, 1, 1 },
	{ 2090, 2347, 0, 1 },
	{ 2090, 2347, 1, 1 },
	{ 2092, 2348, 0, 1 },
	{ 2092, 2348, 1, 1 },
	{ 2088, 2346, 0, 1 },
	{ 2088, 2346, 1, 1 },
	{ 2786, 3032, 0, 0 },
	{ 2786, 3032, 1, 0 },
	{ 2288, 2543, 0, 0 },
	{ 2288, 2543, 1, 0 },
	{ 1441, 1712, 0, 0 },
	{ 1441, 1712, 1, 0 },
	{ 1068, 1353, 0, 0 },
	{ 1068, 1353, 1, 0 },
	{ 1758, 2018, 1, 0 },
	{ 4758, 6084, 0, 0 },
	{ 4189, 4731, 0, 0 },
	{ 4018, 4373, 0, 0 },
	{ 4018, 4373, 1, 0 },
	{ 2117, 2373, 0, 0 },
	{ 767, 1053, 0, 0 },
	{ 767, 1053, 1, 0 },
	{ 1991, 2250, 0, 0 },
	{ 1991, 2250, 1, 0 },
	{ 166, 185, 0, 0 },
	{ 166, 185, 1, 0 },
	{ 1474, 1745, 0, 0 },
	{ 1474, 1745, 1, 0 },
	{ 3532, 3789, 0, 0 },
	{ 3532, 3789, 1, 0 },
	{ 487, 556, 0, 0 },
	{ 487, 556, 1, 0 },
	{ 2743, 3000, 0, 1 },
	{ 2743, 3000, 1, 1 },
	{ 2746, 3002, 0, 1 },
	{ 2746, 3002, 1, 1 },
	{ 2741, 2999, 0, 0 },
	{ 2741, 2999, 1, 0 },
	{ 573, 641, 0, 0 },
	{ 573, 641, 1, 0 },
	{ 2580, 2837, 0, 0 },
	{ 2580, 2837, 1, 0 },
	{ 585, 653, 0, 0 },
	{ 585, 653, 1, 0 },
	{ 4832, 6320, 0, 0 },
	{ 4832, 6320, 1, 0 },
	{ 1667, 1942, 0, 0 },
	{ 1667, 1942, 1, 0 },
	{ 2916, 3163, 0, 0 },
	{ 2916, 3163, 1, 0 },
	{ 871, 1154, 0, 0 },
	{ 871, 1154, 1, 0 },
	{ 233, 283, 0, 0 },
	{ 233, 283, 1, 0 },
	{ 4191, 4733, 0, 0 },
	{ 2768, 3019, 0, 0 },
	{ 2768, 3019, 1, 0 },
	{ 2769, 3019, 0, 1 },
	{ 2769, 3019, 1, 1 },
	{ 2627, 2886, 0, 0 },
	{ 2627, 2886, 1, 0 },
	{ 2798, 3045, 0, 0 },
	{ 2798, 3045, 1, 0 },
	{ 3985, 4336, 0, 0 },
	{ 6139, 32811, 0, 0 },
	{ 419, 497, 0, 0 },
	{ 419, 497, 1, 0 },
	{ 4768, 6103, 0, 0 },
	{ 4768, 6103, 1, 0 },
	{ 5784, 12109, 0, 0 },
	{ 5784, 12109, 1, 0 },
	{ 4708, 5842, 0, 0 },
	{ 5330, 8230, 0, 0 },
	{ 5330, 8230, 1, 0 },
	{ 4155, 4672, 0, 0 },
	{ 4155, 4672, 1, 0 },
	{ 4713, 5900, 0, 0 },
	{ 4713, 5900, 1, 0 },
	{ 4299, 5002, 0, 0 },
	{ 4299, 5002, 1, 0 },
	{ 4167, 4684, 0, 0 },
	{ 4167, 4684, 1, 0 },
	{ 657, 750, 0, 0 },
	{ 2900, 3147, 0, 0 },
	{ 2900, 3147, 1, 0 },
	{ 1990, 2249, 0, 0 },
	{ 1990, 2249, 1, 0 },
	{ 1217, 1497, 0, 0 },
	{ 1217, 1497, 1, 0 },
	{ 1149, 1431, 0, 0 },
	{ 1149, 1431, 1, 0 },
	{ 1637, 1912, 0, 0 },
	{ 1637, 1912, 1, 0 },
	{ 3048, 3296, 0, 0 },
	{ 3048, 3296, 1, 0 },
	{ 1242, 1522, 0, 0 },
	{ 1242, 6148, 0, 0 },
	{ 1242, 1522, 1, 0 },
	{ 1242, 6148, 1, 0 },
	{ 1800, 2057, 0, 0 },
	{ 1800, 2057, 1, 0 },
	{ 4122, 4590, 0, 0 },
	{ 2520, 2776, 0, 0 },
	{ 2520, 2776, 1, 0 },
	{ 2521, 2777, 0, 0 },
	{ 2521, 2777, 1, 0 },
	{ 722, 914, 1, 0 },
	{ 723, 915, 1, 0 },
	{ 1949, 2209, 0, 0 },
	{ 1949, 2209, 1, 0 },
	{ 1787, 2044, 0, 0 },
	{ 1787, 2044, 1, 0 },
	{ 451, 520, 1, 1 },
	{ 452, 521, 0, 0 },
	{ 452, 521, 1, 0 },
	{ 161, 180, 0, 0 },
	{ 161, 180, 1, 0 },
	{ 655, 748, 0, 0 },
	{ 655, 748, 1, 0 },
	{ 5124, 7473, 0, 0 },
	{ 5124, 7473, 1, 0 },
	{ 5527, 9208, 0, 0 },
	{ 5527, 9208, 1, 0 },
	{ 3, 5, 0, 0 },
	{ 3, 5, 1, 0 },
	{ 1543, 1817, 0, 0 },
	{ 1543, 1817, 1, 0 },
	{ 4338, 5053, 0, 0 },
	{ 4340, 5054, 0, 0 },
	{ 4339, 5053, 1, 0 },
	{ 22, 39, 0, 0 },
	{ 22, 39, 1, 0 },
	{ 567, 635, 0, 0 },
	{ 567, 635, 1, 0 },
	{ 589, 657, 0, 0 },
	{ 589, 657, 1, 0 },
	{ 814, 1098, 0, 0 },
	{ 814, 1098, 1, 0 },
	{ 5725, 10990, 0, 0 },
	{ 5725, 10990, 1, 0 },
	{ 815, 1099, 0, 0 },
	{ 815, 1099, 1, 0 },
	{ 2562, 2818, 0, 0 },
	{ 2562, 2818, 1, 0 },
	{ 491, 560, 0, 0 },
	{ 491, 560, 1, 0 },
	{ 4397, 5145, 0, 0 },
	{ 4397, 5145, 1, 0 },
	{ 4398, 5145, 0, 1 },
	{ 4398, 5145, 1, 1 },
	{ 2701, 2959, 0, 0 },
	{ 2701, 2959, 1, 0 },
	{ 837, 1121, 0, 0 },
	{ 837, 1121, 1, 0 },
	{ 4738, 5994, 0, 0 },
	{ 324, 411, 0, 0 },
	{ 324, 411, 1, 0 },
	{ 2161, 2416, 0, 0 },
	{ 2161, 2416, 1, 0 },
	{ 724, 953, 0, 0 },
	{ 3587, 3844, 0, 0 },
	{ 3587, 3844, 1, 0 },
	{ 3159, 3418, 0, 0 },
	{ 3159, 3418, 1, 0 },
	{ 2168, 2423, 0, 0 },
	{ 2168, 2423, 1, 0 },
	{ 1229, 1509, 0, 0 },
	{ 1229, 1509, 1, 0 },
	{ 5594, 9599, 0, 0 },
	{ 5594, 9599, 1, 0 },
	{ 2663, 2920, 0, 0 },
	{ 2663, 2920, 1, 0 },
	{ 2662, 2919, 0, 0 },
	{ 2662, 2919, 1, 0 },
	{ 5335, 8270, 0, 0 },
	{ 6277, 48653, 0, 0 },
	{ 6277, 48653, 1, 0 },
	{ 4221, 4791, 1, 0 },
	{ 1964, 2223, 0, 0 },
	{ 1964, 2223, 1, 0 },
	{ 5264, 8051, 0, 0 },
	{ 1459, 1730, 0, 0 },
	{ 1459, 1730, 1, 0 },
	{ 5162, 7663, 0, 0 },
	{ 5162, 7663, 1, 0 },
	{ 810, 1094, 0, 0 },
	{ 810, 1094, 1, 0 },
	{ 5053, 7117, 0, 0 },
	{ 449, 520, 1, 1 },
	{ 450, 520, 1, 1 },
	{ 1004, 1287, 0, 0 },
	{ 1004, 1287, 1, 0 },
	{ 448, 520, 1, 0 },
	{ 3422, 3677, 0, 0 },
	{ 3422, 3677, 1, 0 },
	{ 4914, 6568, 1, 0 },
	{ 4717, 5906, 0, 0 },
	{ 4717, 5906, 1, 0 },
	{ 679, 774, 0, 0 },
	{ 282, 369, 0, 0 },
	{ 282, 369, 1, 0 },
	{ 1954, 2214, 0, 0 },
	{ 1954, 2214, 1, 0 },
	{ 252, 323, 0, 0 },
	{ 253, 324, 0, 0 },
	{ 2818, 3064, 0, 0 },
	{ 2818, 3064, 1, 0 },
	{ 4642, 5678, 0, 0 },
	{ 4642, 5678, 1, 0 },
	{ 4487, 5313, 0, 0 },
	{ 4487, 5313, 1, 0 },
	{ 662, 753, 0, 0 },
	{ 662, 753, 1, 0 },
	{ 1424, 1696, 0, 0 },
	{ 1424, 1696, 1, 0 },
	{ 1423, 1695, 0, 0 },
	{ 1423, 1695, 1, 0 },
	{ 1422, 1694, 0, 0 },
	{ 1422, 1694, 1, 0 },
	{ 1421, 1693, 0, 0 },
	{ 1421, 1693, 1, 0 },
	{ 1425, 1697, 0, 0 },
	{ 1425, 1697, 1, 0 },
	{ 580, 648, 0, 0 },
	{ 580, 648, 1, 0 },
	{ 5798, 13217, 0, 0 },
	{ 5798, 13217, 1, 0 },
	{ 3479, 3736, 0, 0 },
	{ 3479, 3736, 1, 0 },
	{ 6244, 45002, 0, 0 },
	{ 1373, 1647, 0, 0 },
	{ 1373, 1647, 1, 0 },
	{ 1520, 1793, 0, 0 },
	{ 1520, 1793, 1, 0 },
	{ 4683, 5750, 0, 0 },
	{ 4683, 5750, 1, 0 },
	{ 5702, 10201, 1, 0 },
	{ 913, 1195, 0, 0 },
	{ 913, 1195, 1, 0 },
	{ 205, 222, 0, 0 },
	{ 205, 222, 1, 0 },
	{ 4110, 4555, 0, 0 },
	{ 4110, 4555, 1, 0 },
	{ 2496, 2752, 0, 0 },
	{ 2496, 2752, 1, 0 },
	{ 5701, 10201, 0, 0 },
	{ 2135, 2390, 0, 0 },
	{ 2135, 2390, 1, 0 },
	{ 2630, 2889, 0, 0 },
	{ 2630, 2889, 1, 0 },
	{ 4064, 4430, 0, 0 },
	{ 4064, 4430, 1, 0 },
	{ 148, 168, 0, 0 },
	{ 148, 168, 1, 0 },
	{ 1426, 1698, 0, 0 },
	{ 1426, 1698, 1, 0 },
	{ 1427, 1699, 0, 0 },
	{ 1427, 1699, 1, 0 },
	{ 275, 363, 0, 0 },
	{ 275, 363, 1, 0 },
	{ 276, 363, 0, 1 },
	{ 276, 363, 1, 1 },
	{ 708, 873, 0, 0 },
	{ 708, 873, 1, 0 },
	{ 6165, 35004, 0, 0 },
	{ 6165, 35004, 1, 0 },
	{ 6164, 35003, 0, 0 },
	{ 3449, 3706, 0, 0 },
	{ 3449, 3706, 1, 0 },
	{ 3450, 3707, 0, 0 },
	{ 3450, 3707, 1, 0 },
	{ 6167, 35006, 0, 0 },
	{ 6166, 35005, 0, 0 },
	{ 6163, 35002, 0, 0 },
	{ 6162, 35001, 0, 0 },
	{ 6162, 35001, 1, 0 },
	{ 3636, 3891, 0, 0 },
	{ 3636, 3891, 1, 0 },
	{ 1844, 2101, 0, 0 },
	{ 1844, 2101, 1, 0 },
	{ 85, 107, 0, 0 },
	{ 85, 107, 1, 0 },
	{ 4991, 6900, 0, 0 },
	{ 675, 771, 0, 0 },
	{ 675, 771, 1, 0 },
	{ 3244, 3500, 0, 0 },
	{ 3244, 3500, 1, 0 },
	{ 2890, 3137, 0, 0 },
	{ 2890, 3137, 1, 0 },
	{ 2891, 3138, 0, 0 },
	{ 2891, 3138, 1, 0 },
	{ 5110, 7402, 0, 0 },
	{ 5110, 7402, 1, 0 },
	{ 5109, 7401, 0, 0 },
	{ 5109, 7401, 1, 0 },
	{ 5108, 7400, 0, 0 },
	{ 5108, 7400, 1, 0 },
	{ 3508, 3765, 0, 0 },
	{ 3508, 3765, 1, 0 },
	{ 2245, 2501, 0, 0 },
	{ 2245, 2501, 1, 0 },
	{ 485, 554, 0, 0 },
	{ 485, 554, 1, 0 },
	{ 5386, 8554, 0, 0 },
	{ 5386, 8554, 1, 0 },
	{ 251, 322, 0, 0 },
	{ 251, 322, 1, 0 },
	{ 2244, 2500, 0, 0 },
	{ 2244, 2500, 1, 0 },
	{ 4406, 5156, 0, 0 },
	{ 3163, 3422, 0, 0 },
	{ 3163, 3422, 1, 0 },
	{ 629, 696, 0, 0 },
	{ 629, 696, 1, 0 },
	{ 2323, 2578, 0, 0 },
	{ 2323, 2578, 1, 0 },
	{ 3970, 4321, 0, 0 },
	{ 3970, 4321, 1, 0 },
	{ 6100, 30100, 0, 0 },
	{ 5671, 10010, 0, 0 },
	{ 667, 761, 0, 0 },
	{ 667, 761, 1, 0 },
	{ 1026, 1311, 0, 0 },
	{ 1026, 1311, 1, 0 },
	{ 5196, 7784, 1, 0 },
	{ 146, 166, 0, 0 },
	{ 146, 166, 1, 0 },
	{ 4687, 5767, 0, 0 },
	{ 4687, 5767, 1, 0 },
	{ 6008, 23272, 1, 0 },
	{ 2019, 2278, 0, 0 },
	{ 2019, 2278, 1, 0 },
	{ 2906, 3153, 0, 0 },
	{ 2906, 3153, 1, 0 },
	{ 1372, 1646, 0, 0 },
	{ 1372, 1646, 1, 0 },
	{ 2504, 2760, 0, 0 },
	{ 2504, 2760, 1, 0 },
	{ 5358, 8401, 0, 0 },
	{ 5358, 8401, 1, 0 },
	{ 3193, 3452, 0, 0 },
	{ 3193, 3452, 1, 0 },
	{ 5288, 8097, 0, 0 },
	{ 5288, 8097, 1, 0 },
	{ 834, 1118, 0, 0 },
	{ 834, 1118, 1, 0 },
	{ 6196, 40000, 0, 0 },
	{ 6196, 40000, 1, 0 },
	{ 409, 487, 0, 0 },
	{ 409, 487, 1, 0 },
	{ 5826, 14033, 0, 0 },
	{ 5826, 14033, 1, 0 },
	{ 5827, 14034, 0, 0 },
	{ 5827, 14034, 1, 0 },
	{ 3441, 3698, 0, 0 },
	{ 3441, 3698, 1, 0 },
	{ 4282, 4952, 0, 0 },
	{ 4282, 4952, 1, 0 },
	{ 3043, 3291, 0, 0 },
	{ 3043, 3291, 1, 0 },
	{ 1144, 1426, 0, 0 },
	{ 1144, 1426, 1, 0 },
	{ 1221, 1501, 0, 0 },
	{ 1221, 1501, 1, 0 },
	{ 1370, 1644, 0, 0 },
	{ 1370, 1644, 1, 0 },
	{ 1154, 1436, 0, 0 },
	{ 1154, 1436, 1, 0 },
	{ 5972, 21801, 0, 0 },
	{ 4526, 5409, 0, 0 },
	{ 4526, 5409, 1, 0 },
	{ 4539, 5422, 0, 0 },
	{ 4539, 5422, 1, 0 },
	{ 4527, 5410, 0, 0 },
	{ 4527, 5410, 1, 0 },
	{ 6092, 29000, 0, 0 },
	{ 3028, 3275, 0, 0 },
	{ 3028, 3275, 1, 0 },
	{ 6103, 30832, 1, 0 },
	{ 3754, 4010, 0, 0 },
	{ 3754, 4010, 1, 0 },
	{ 3777, 4033, 0, 0 },
	{ 3777, 4033, 1, 0 },
	{ 5415, 8768, 0, 0 },
	{ 4911, 6566, 0, 0 },
	{ 4911, 6566, 1, 0 },
	{ 575, 643, 0, 0 },
	{ 575, 643, 1, 0 },
	{ 2792, 3038, 0, 0 },
	{ 2792, 3038, 1, 0 },
	{ 3823, 4079, 0, 0 },
	{ 3823, 4079, 1, 0 },
	{ 844, 1128, 0, 0 },
	{ 844, 1128, 1, 0 },
	{ 845, 1129, 0, 0 },
	{ 845, 1129, 1, 0 },
	{ 5555, 9310, 0, 0 },
	{ 5622, 9875, 0, 0 },
	{ 5622, 9875, 1, 0 },
	{ 5134, 7542, 0, 0 },
	{ 5134, 7542, 1, 0 },
	{ 4069, 4442, 0, 0 },
	{ 4069, 4442, 1, 0 },
	{ 3498, 3755, 0, 0 },
	{ 3498, 3755, 1, 0 },
	{ 3487, 3744, 0, 0 },
	{ 3487, 3744, 1, 0 },
	{ 3709, 3964, 0, 0 },
	{ 3709, 3964, 1, 0 },
	{ 3603, 3860, 0, 0 },
	{ 3603, 3860, 1, 0 },
	{ 6055, 25576, 0, 0 },
	{ 3133, 3391, 0, 0 },
	{ 3133, 3391, 1, 0 },
	{ 4410, 5163, 0, 0 },
	{ 3707, 3962, 0, 0 },
	{ 3707, 3962, 1, 0 },
	{ 753, 1039, 0, 0 },
	{ 753, 1039, 1, 0 },
	{ 1064, 1349, 0, 0 },
	{ 1064, 1349, 1, 0 },
	{ 4056, 4421, 0, 0 },
	{ 2463, 2719, 0, 0 },
	{ 2463, 2719, 1, 0 },
	{ 933, 1215, 0, 0 },
	{ 933, 1215, 1, 0 },
	{ 512, 582, 0, 0 },
	{ 512, 582, 1, 0 },
	{ 3243, 3499, 0, 0 },
	{ 3243, 3499, 1, 0 },
	{ 4553, 5435, 0, 0 },
	{ 4553, 5435, 1, 0 },
	{ 5057, 7129, 0, 0 },
	{ 5057, 7129, 1, 0 },
	{ 5056, 7128, 0, 0 },
	{ 5056, 7128, 1, 0 },
	{ 1537, 1811, 0, 0 },
	{ 1537, 1811, 1, 0 },
	{ 1864, 2121, 0, 0 },
	{ 1864, 2121, 1, 0 },
	{ 5177, 7708, 0, 0 },
	{ 5177, 7708, 1, 0 },
	{ 5923, 19007, 0, 0 },
	{ 5923, 19007, 1, 0 },
	{ 2322, 2577, 0, 0 },
	{ 2322, 2577, 1, 0 },
	{ 4482, 5307, 0, 0 },
	{ 4482, 5307, 1, 0 },
	{ 546, 617, 0, 0 },
	{ 546, 617, 1, 0 },
	{ 544, 615, 0, 0 },
	{ 544, 615, 1, 0 },
	{ 4544, 5427, 0, 0 },
	{ 4544, 5427, 1, 0 },
	{ 545, 616, 0, 0 },
	{ 545, 616, 1, 0 },
	{ 527, 598, 0, 0 },
	{ 527, 598, 1, 0 },
	{ 549, 620, 0, 0 },
	{ 549, 620, 1, 0 },
	{ 374, 457, 0, 0 },
	{ 374, 457, 1, 0 },
	{ 272, 360, 0, 0 },
	{ 272, 360, 1, 0 },
	{ 918, 1200, 0, 0 },
	{ 918, 1200, 1, 0 },
	{ 1777, 2034, 0, 0 },
	{ 1777, 2034, 1, 0 },
	{ 5825, 14002, 1, 0 },
	{ 5823, 14000, 0, 0 },
	{ 5823, 14000, 1, 0 },
	{ 3563, 3820, 0, 0 },
	{ 3563, 3820, 1, 0 },
	{ 5661, 10001, 0, 0 },
	{ 5661, 10001, 1, 0 },
	{ 4318, 5025, 0, 0 },
	{ 4318, 5025, 1, 0 },
	{ 4317, 5024, 0, 0 },
	{ 4317, 5024, 1, 0 },
	{ 1769, 2026, 0, 0 },
	{ 1769, 2026, 1, 0 },
	{ 1083, 1368, 0, 0 },
	{ 1083, 1368, 1, 0 },
	{ 5186, 7741, 0, 0 },
	{ 5186, 7741, 1, 0 },
	{ 6065, 26133, 0, 0 },
	{ 6065, 26133, 1, 0 },
	{ 3382, 3637, 0, 0 },
	{ 3382, 3637, 1, 0 },
	{ 4416, 5167, 0, 0 },
	{ 4416, 5167, 1, 0 },
	{ 4417, 5168, 0, 0 },
	{ 4417, 5168, 1, 0 },
	{ 5629, 9899, 1, 0 },
	{ 4827, 6315, 0, 0 },
	{ 4828, 6315, 1, 0 },
	{ 391, 470, 0, 0 },
	{ 391, 470, 1, 0 },
	{ 5623, 9876, 0, 0 },
	{ 2129, 2384, 1, 0 },
	{ 2130, 2385, 0, 0 },
	{ 2130, 2385, 1, 0 },
	{ 1409, 1681, 0, 0 },
	{ 1409, 1681, 1, 0 },
	{ 2128, 2384, 0, 0 },
	{ 3306, 3562, 0, 0 },
	{ 3306, 3562, 1, 0 },
	{ 2051, 2310, 0, 0 },
	{ 2051, 2310, 1, 0 },
	{ 880, 1163, 0, 0 },
	{ 880, 1163, 1, 0 },
	{ 4403, 5152, 0, 0 },
	{ 4403, 5152, 1, 0 },
	{ 1789, 2046, 0, 0 },
	{ 1789, 2046, 1, 0 },
	{ 2049, 2308, 0, 0 },
	{ 2049, 2308, 1, 0 },
	{ 4365, 5081, 0, 0 },
	{ 4365, 5081, 1, 0 },
	{ 4597, 5573, 0, 0 },
	{ 4597, 5573, 1, 0 },
	{ 489, 558, 0, 0 },
	{ 489, 558, 1, 0 },
	{ 3380, 3635, 0, 0 },
	{ 3380, 3635, 1, 0 },
	{ 3642, 3897, 0, 0 },
	{ 3642, 3897, 1, 0 },
	{ 3641, 3896, 0, 0 },
	{ 3641, 3896, 1, 0 },
	{ 2995, 3242, 0, 0 },
	{ 2995, 3242, 1, 0 },
	{ 3679, 3935, 0, 0 },
	{ 3679, 3935, 1, 0 },
	{ 1014, 1297, 0, 0 },
	{ 1014, 1297, 1, 0 },
	{ 5472, 9010, 0, 0 },
	{ 4345, 5059, 0, 0 },
	{ 4345, 5059, 1, 0 },
	{ 2449, 2705, 0, 0 },
	{ 2449, 2705, 1, 0 },
	{ 1258, 1537, 0, 0 },
	{ 1258, 1537, 1, 0 },
	{ 2050, 2309, 0, 0 },
	{ 2050, 2309, 1, 0 },
	{ 4594, 5568, 0, 0 },
	{ 4594, 5568, 1, 0 },
	{ 3071, 3319, 0, 0 },
	{ 3071, 3319, 1, 0 },
	{ 6036, 24666, 0, 0 },
	{ 926, 1208, 0, 0 },
	{ 926, 1208, 1, 0 },
	{ 1008, 1291, 0, 0 },
	{ 1008, 1291, 1, 0 },
	{ 2216, 2471, 0, 0 },
	{ 2216, 2471, 1, 0 },
	{ 1744, 2010, 0, 0 },
	{ 952, 1234, 0, 0 },
	{ 952, 1234, 1, 0 },
	{ 2896, 3143, 0, 0 },
	{ 2896, 3143, 1, 0 },
	{ 6125, 32635, 0, 0 },
	{ 6125, 32635, 1, 0 },
	{ 5575, 9402, 0, 0 },
	{ 5575, 9402, 1, 0 },
	{ 5574, 9401, 0, 0 },
	{ 5574, 9401, 1, 0 },
	{ 5573, 9400, 0, 0 },
	{ 5573, 9400, 1, 0 },
	{ 3239, 3495, 0, 0 },
	{ 3239, 3495, 1, 0 },
	{ 3240, 3496, 0, 0 },
	{ 3240, 3496, 1, 0 },
	{ 6193, 38865, 0, 0 },
	{ 3723, 3978, 0, 0 },
	{ 3723, 3978, 1, 0 },
	{ 5431, 8883, 0, 0 },
	{ 5431, 8883, 1, 0 },
	{ 5557, 9318, 0, 0 },
	{ 5557, 9318, 1, 0 },
	{ 4517, 5399, 0, 0 },
	{ 4517, 5399, 1, 0 },
	{ 1995, 2254, 0, 0 },
	{ 1995, 2254, 1, 0 },
	{ 273, 361, 0, 0 },
	{ 273, 361, 1, 0 },
	{ 3008, 3255, 0, 0 },
	{ 3008, 3255, 1, 0 },
	{ 5405, 8710, 0, 0 },
	{ 149, 169, 0, 0 },
	{ 149, 169, 1, 0 },
	{ 3643, 3898, 0, 0 },
	{ 3643, 3898, 1, 0 },
	{ 5265, 8052, 0, 0 },
	{ 5265, 8052, 1, 0 },
	{ 5266, 8053, 0, 0 },
	{ 5266, 8053, 1, 0 },
	{ 5267, 8054, 0, 0 },
	{ 5267, 8054, 1, 0 },
	{ 5268, 8055, 0, 0 },
	{ 5268, 8055, 1, 0 },
	{ 5269, 8056, 0, 0 },
	{ 5269, 8056, 1, 0 },
	{ 5270, 8057, 0, 0 },
	{ 5270, 8057, 1, 0 },
	{ 5271, 8058, 0, 0 },
	{ 5271, 8058, 1, 0 },
	{ 5272, 8059, 0, 0 },
	{ 5272, 8059, 1, 0 },
	{ 2057, 2316, 0, 0 },
	{ 2057, 2316, 1, 0 },
	{ 3333, 3588, 0, 0 },
	{ 3333, 3588, 1, 0 },
	{ 3455, 3712, 0, 0 },
	{ 3455, 3712, 1, 0 },
	{ 4373, 5093, 0, 0 },
	{ 4373, 5093, 1, 0 },
	{ 1672, 1947, 0, 0 },
	{ 1672, 1947, 1, 0 },
	{ 4375, 5099, 0, 0 },
	{ 4375, 5099, 1, 0 },
	{ 1832, 2089, 0, 0 },
	{ 1832, 2089, 1, 0 },
	{ 3820, 4076, 0, 0 },
	{ 3820, 4076, 1, 0 },
	{ 4773, 6108, 0, 0 },
	{ 4773, 6108, 1, 0 },
	{ 1976, 2235, 0, 0 },
	{ 1976, 2235, 1, 0 },
	{ 961, 1243, 0, 0 },
	{ 961, 1243, 1, 0 },
	{ 5349, 8351, 0, 0 },
	{ 5349, 8351, 1, 0 },
	{ 5716, 10548, 0, 0 },
	{ 969, 1251, 0, 0 },
	{ 969, 1251, 1, 0 },
	{ 5532, 9213, 0, 0 },
	{ 5532, 9213, 1, 0 },
	{ 2922, 3169, 0, 0 },
	{ 2922, 3169, 1, 0 },
	{ 2923, 3170, 0, 0 },
	{ 2923, 3170, 1, 0 },
	{ 2924, 3171, 0, 0 },
	{ 2924, 3171, 1, 0 },
	{ 2926, 3173, 0, 0 },
	{ 2926, 3173, 1, 0 },
	{ 2925, 3172, 0, 0 },
	{ 2925, 3172, 1, 0 },
	{ 5531, 9212, 0, 0 },
	{ 5531, 9212, 1, 0 },
	{ 4512, 5362, 0, 0 },
	{ 4512, 5362, 1, 0 },
	{ 1761, 2021, 0, 0 },
	{ 2112, 2367, 0, 0 },
	{ 2112, 2367, 1, 0 },
	{ 2348, 2603, 0, 0 },
	{ 2348, 2603, 1, 0 },
	{ 4872, 6481, 0, 0 },
	{ 4872, 6481, 1, 0 },
	{ 3381, 3636, 0, 0 },
	{ 3381, 3636, 1, 0 },
	{ 1748, 2011, 1, 0 },
	{ 565, 633, 0, 0 },
	{ 565, 633, 1, 0 },
	{ 1443, 1714, 0, 0 },
	{ 1443, 1714, 1, 0 },
	{ 216, 257, 0, 0 },
	{ 216, 257, 1, 0 },
	{ 4101, 4546, 0, 0 },
	{ 4101, 4546, 1, 0 },
	{ 2915, 3162, 0, 0 },
	{ 2915, 3162, 1, 0 },
	{ 4839, 6343, 0, 0 },
	{ 4839, 6343, 1, 0 },
	{ 4627, 5636, 0, 0 },
	{ 4626, 5635, 0, 0 },
	{ 368, 452, 0, 0 },
	{ 368, 452, 1, 0 },
	{ 367, 451, 0, 0 },
	{ 367, 451, 1, 0 },
	{ 2983, 3230, 0, 0 },
	{ 2983, 3230, 1, 0 },
	{ 93, 115, 0, 0 },
	{ 93, 115, 1, 0 },
	{ 1018, 1303, 0, 0 },
	{ 1018, 1303, 1, 0 },
	{ 3074, 3326, 0, 0 },
	{ 3074, 3326, 1, 0 },
	{ 1386, 1659, 0, 0 },
	{ 1386, 1659, 1, 0 },
	{ 5872, 16950, 0, 0 },
	{ 5872, 16950, 1, 0 },
	{ 355, 440, 0, 0 },
	{ 355, 440, 1, 0 },
	{ 4864, 6445, 0, 0 },
	{ 4864, 6445, 1, 0 },
	{ 4862, 6444, 0, 0 },
	{ 4862, 6444, 1, 0 },
	{ 4865, 6445, 0, 1 },
	{ 4865, 6445, 1, 1 },
	{ 4863, 6444, 0, 1 },
	{ 4863, 6444, 1, 1 },
	{ 4552, 5434, 0, 0 },
	{ 4552, 5434, 1, 0 },
	{ 5734, 11109, 0, 0 },
	{ 4587, 5554, 0, 0 },
	{ 4587, 5554, 1, 0 },
	{ 4586, 5553, 0, 0 },
	{ 4586, 5553, 1, 0 },
	{ 5732, 11106, 0, 0 },
	{ 5732, 11106, 1, 0 },
	{ 5735, 11110, 0, 0 },
	{ 895, 1178, 0, 0 },
	{ 895, 1178, 1, 0 },
	{ 132, 153, 0, 0 },
	{ 132, 153, 1, 0 },
	{ 139, 160, 0, 0 },
	{ 139, 160, 1, 0 },
	{ 1770, 2027, 0, 0 },
	{ 1770, 2027, 1, 0 },
	{ 4010, 4366, 1, 0 },
	{ 6220, 43210, 0, 0 },
	{ 6221, 43210, 1, 0 },
	{ 3340, 3595, 0, 0 },
	{ 3340, 3595, 1, 0 },
	{ 3362, 3617, 0, 0 },
	{ 3362, 3617, 1, 0 },
	{ 440, 514, 0, 0 },
	{ 1792, 2049, 0, 1 },
	{ 1792, 2049, 1, 1 },
	{ 4707, 5841, 0, 0 },
	{ 3584, 3841, 0, 0 },
	{ 1377, 1651, 0, 0 },
	{ 1377, 1651, 1, 0 },
	{ 1378, 1651, 0, 1 },
	{ 1378, 1651, 1, 1 },
	{ 1222, 1502, 0, 0 },
	{ 1222, 1502, 1, 0 },
	{ 1270, 1549, 0, 0 },
	{ 1271, 1549, 1, 0 },
	{ 1352, 1626, 0, 0 },
	{ 1352, 1626, 1, 0 },
	{ 975, 1257, 0, 0 },
	{ 975, 1257, 1, 0 },
	{ 3849, 4105, 0, 0 },
	{ 3849, 4105, 1, 0 },
	{ 5988, 22333, 0, 0 },
	{ 5988, 22333, 1, 0 },
	{ 5989, 22335, 0, 0 },
	{ 5990, 22335, 1, 0 },
	{ 271, 358, 0, 0 },
	{ 271, 358, 1, 0 },
	{ 4217, 4787, 0, 0 },
	{ 420, 498, 0, 0 },
	{ 420, 498, 1, 0 },
	{ 4197, 4742, 0, 0 },
	{ 4198, 4742, 1, 0 },
	{ 2061, 2320, 0, 0 },
	{ 2061, 2320, 1, 0 },
	{ 6090, 28240, 0, 0 },
	{ 6090, 28240, 1, 0 },
	{ 3942, 4190, 0, 0 },
	{ 537, 608, 0, 0 },
	{ 537, 608, 1, 0 },
	{ 1371, 1645, 0, 0 },
	{ 1371, 1645, 1, 0 },
	{ 3359, 3614, 0, 0 },
	{ 3359, 3614, 1, 0 },
	{ 4324, 5032, 0, 0 },
	{ 2716, 2974, 0, 0 },
	{ 2716, 2974, 1, 0 },
	{ 2477, 2733, 0, 0 },
	{ 2477, 2733, 1, 0 },
	{ 1462, 1733, 0, 0 },
	{ 1462, 1733, 1, 0 },
	{ 638, 706, 0, 0 },
	{ 638, 706, 1, 0 },
	{ 5128, 7500, 0, 0 },
	{ 5128, 7500, 1, 0 },
	{ 4564, 5461, 0, 0 },
	{ 4564, 5461, 1, 0 },
	{ 2572, 2829, 0, 0 },
	{ 2572, 2829, 1, 0 },
	{ 2573, 2830, 0, 0 },
	{ 2573, 2830, 1, 0 },
	{ 2574, 2831, 0, 0 },
	{ 2574, 2831, 1, 0 },
	{ 2575, 2832, 0, 0 },
	{ 2575, 2832, 1, 0 },
	{ 3912, 4164, 0, 0 },
	{ 3912, 4164, 1, 0 },
	{ 3911, 4163, 0, 0 },
	{ 3911, 4163, 1, 0 },
	{ 329, 416, 0, 0 },
	{ 329, 416, 1, 0 },
	{ 2864, 3110, 0, 0 },
	{ 2864, 3110, 1, 0 },
	{ 1264, 1543, 0, 0 },
	{ 1264, 1543, 1, 0 },
	{ 1307, 1583, 0, 0 },
	{ 1307, 1583, 1, 0 },
	{ 1325, 1599, 0, 0 },
	{ 1325, 1599, 1, 0 },
	{ 5154, 7626, 0, 0 },
	{ 2598, 2857, 0, 0 },
	{ 2598, 2857, 1, 0 },
	{ 4208, 4753, 0, 0 },
	{ 4209, 4753, 1, 0 },
	{ 1684, 1959, 0, 0 },
	{ 1684, 1959, 1, 0 },
	{ 3431, 3687, 0, 0 },
	{ 3431, 3687, 1, 0 },
	{ 3432, 3688, 0, 0 },
	{ 3432, 3688, 1, 0 },
	{ 1998, 2257, 0, 0 },
	{ 1998, 2257, 1, 0 },
	{ 2500, 2756, 0, 0 },
	{ 2500, 2756, 1, 0 },
	{ 5284, 8087, 0, 0 },
	{ 5284, 8087, 1, 0 },
	{ 2422, 2676, 0, 0 },
	{ 2422, 2676, 1, 0 },
	{ 4346, 5060, 0, 0 },
	{ 4346, 5060, 1, 0 },
	{ 4347, 5061, 0, 0 },
	{ 4347, 5061, 1, 0 },
	{ 2290, 2545, 0, 0 },
	{ 2290, 2545, 1, 0 },
	{ 2376, 2631, 0, 0 },
	{ 2376, 2631, 1, 0 },
	{ 2375, 2630, 0, 0 },
	{ 2375, 2630, 1, 0 },
	{ 2374, 2629, 0, 0 },
	{ 2374, 2629, 1, 0 },
	{ 3535, 3792, 0, 0 },
	{ 3535, 3792, 1, 0 },
	{ 3509, 3766, 0, 0 },
	{ 3356, 3611, 0, 0 },
	{ 3356, 3611, 1, 0 },
	{ 4137, 4605, 0, 0 },
	{ 4138, 4606, 0, 0 },
	{ 1385, 1658, 0, 0 },
	{ 1385, 1658, 1, 0 },
	{ 1319, 1594, 0, 0 },
	{ 1319, 1594, 1, 0 },
	{ 3618, 3874, 0, 0 },
	{ 3618, 3874, 1, 0 },
	{ 4867, 6455, 0, 0 },
	{ 4867, 6455, 1, 0 },
	{ 4868, 6456, 0, 0 },
	{ 4868, 6456, 1, 0 },
	{ 1387, 1660, 0, 0 },
	{ 1387, 1660, 1, 0 },
	{ 377, 460, 0, 0 },
	{ 377, 460, 1, 0 },
	{ 3300, 3556, 0, 0 },
	{ 3300, 3556, 1, 0 },
	{ 5292, 8111, 1, 0 },
	{ 1344, 1618, 0, 0 },
	{ 1344, 1618, 1, 0 },
	{ 2570, 2827, 0, 0 },
	{ 2570, 2827, 1, 0 },
	{ 2569, 2826, 0, 0 },
	{ 2569, 2826, 1, 0 },
	{ 3226, 3483, 0, 0 },
	{ 3226, 3483, 1, 0 },
	{ 1434, 1705, 0, 0 },
	{ 1434, 1705, 1, 0 },
	{ 943, 1225, 0, 0 },
	{ 943, 1225, 1, 0 },
	{ 2819, 3065, 0, 0 },
	{ 2819, 3065, 1, 0 },
	{ 1332, 1606, 0, 0 },
	{ 1332, 1606, 1, 0 },
	{ 1331, 1605, 0, 0 },
	{ 1331, 1605, 1, 0 },
	{ 1573, 1847, 0, 0 },
	{ 1573, 1847, 1, 0 },
	{ 4041, 4408, 0, 0 },
	{ 2855, 3102, 0, 0 },
	{ 2855, 3102, 1, 0 },
	{ 1691, 1966, 0, 0 },
	{ 1691, 1966, 1, 0 },
	{ 3924, 4174, 1, 0 },
	{ 2680, 2938, 0, 0 },
	{ 2680, 2938, 1, 0 },
	{ 2681, 2939, 0, 0 },
	{ 2681, 2939, 1, 0 },
	{ 2682, 2940, 0, 0 },
	{ 2682, 2940, 1, 0 },
	{ 2683, 2941, 0, 0 },
	{ 2683, 2941, 1, 0 },
	{ 2684, 2942, 0, 0 },
	{ 2684, 2942, 1, 0 },
	{ 5582, 9522, 1, 0 },
	{ 4143, 4660, 0, 0 },
	{ 4143, 4660, 1, 0 },
	{ 100, 122, 0, 0 },
	{ 100, 122, 1, 0 },
	{ 4045, 4412, 1, 0 },
	{ 3474, 3731, 0, 0 },
	{ 3474, 3731, 1, 0 },
	{ 4291, 4987, 0, 0 },
	{ 4291, 4987, 1, 0 },
	{ 4292, 4988, 0, 0 },
	{ 4292, 4988, 1, 0 },
	{ 2465, 2721, 0, 0 },
	{ 2465, 2721, 1, 0 },
	{ 4216, 4786, 0, 0 },
	{ 1334, 1608, 0, 0 },
	{ 1334, 1608, 1, 0 },
	{ 3260, 3516, 0, 0 },
	{ 3260, 3516, 1, 0 },
	{ 3860, 4116, 0, 0 },
	{ 3860, 4116, 1, 0 },
	{ 2971, 3218, 0, 0 },
	{ 2971, 3218, 1, 0 },
	{ 339, 426, 0, 0 },
	{ 339, 426, 1, 0 },
	{ 3673, 3929, 0, 0 },
	{ 3673, 3929, 1, 0 },
	{ 4557, 5445, 0, 0 },
	{ 4977, 6787, 0, 0 },
	{ 4977, 6787, 1, 0 },
	{ 4978, 6788, 0, 0 },
	{ 4978, 6788, 1, 0 },
	{ 4976, 6786, 0, 0 },
	{ 4976, 6786, 1, 0 },
	{ 3923, 4174, 0, 0 },
	{ 3415, 3670, 0, 0 },
	{ 3415, 3670, 1, 0 },
	{ 5184, 7734, 0, 0 },
	{ 5184, 7734, 1, 0 },
	{ 2358, 2613, 0, 0 },
	{ 2358, 2613, 1, 0 },
	{ 715, 901, 0, 0 },
	{ 715, 901, 1, 0 },
	{ 2519, 2775, 0, 0 },
	{ 2519, 2775, 1, 0 },
	{ 2938, 3185, 0, 0 },
	{ 2938, 3185, 1, 0 },
	{ 333, 420, 0, 0 },
	{ 333, 420, 1, 0 },
	{ 2447, 2703, 0, 0 },
	{ 2447, 2703, 1, 0 },
	{ 2445, 2701, 0, 0 },
	{ 2445, 2701, 1, 0 },
	{ 2448, 2704, 0, 0 },
	{ 2448, 2704, 1, 0 },
	{ 2446, 2702, 0, 0 },
	{ 2446, 2702, 1, 0 },
	{ 525, 596, 0, 0 },
	{ 525, 596, 1, 0 },
	{ 326, 413, 0, 0 },
	{ 326, 413, 1, 0 },
	{ 5748, 11201, 0, 0 },
	{ 5748, 11201, 1, 0 },
	{ 15, 25, 0, 0 },
	{ 15, 25, 1, 0 },
	{ 384, 465, 0, 1 },
	{ 180, 199, 0, 0 },
	{ 180, 199, 1, 0 },
	{ 3724, 3979, 0, 0 },
	{ 3724, 3979, 1, 0 },
	{ 1275, 1553, 0, 0 },
	{ 1275, 1553, 1, 0 },
	{ 3281, 3536, 0, 0 },
	{ 3281, 3536, 1, 0 },
	{ 86, 108, 0, 0 },
	{ 86, 108, 1, 0 },
	{ 4207, 4752, 0, 0 },
	{ 4207, 4752, 1, 0 },
	{ 2344, 2599, 0, 0 },
	{ 2344, 2599, 1, 0 },
	{ 5978, 22000, 0, 0 },
	{ 5978, 22000, 1, 0 },
	{ 2073, 2333, 0, 0 },
	{ 2073, 2333, 1, 0 },
	{ 432, 509, 0, 0 },
	{ 432, 509, 1, 0 },
	{ 1412, 1684, 0, 0 },
	{ 1412, 1684, 1, 0 },
	{ 5144, 7560, 0, 0 },
	{ 5144, 7560, 1, 0 },
	{ 5055, 7123, 0, 0 },
	{ 2197, 2452, 0, 0 },
	{ 2197, 2452, 1, 0 },
	{ 2633, 2892, 0, 0 },
	{ 2633, 2892, 1, 0 },
	{ 2278, 2533, 0, 0 },
	{ 2278, 2533, 1, 0 },
	{ 6150, 33656, 0, 0 },
	{ 6150, 33656, 1, 0 },
	{ 140, 161, 0, 0 },
	{ 140, 161, 1, 0 },
	{ 1720, 1993, 0, 0 },
	{ 1720, 1993, 1, 0 },
	{ 142, 162, 0, 1 },
	{ 142, 162, 1, 1 },
	{ 5697, 10161, 1, 0 },
	{ 5699, 10162, 1, 0 },
	{ 4408, 5161, 0, 0 },
	{ 4409, 5162, 0, 0 },
	{ 5696, 10161, 0, 0 },
	{ 5698, 10162, 0, 0 },
	{ 141, 162, 0, 0 },
	{ 141, 162, 1, 0 },
	{ 360, 444, 0, 0 },
	{ 360, 444, 1, 0 },
	{ 2404, 2658, 0, 0 },
	{ 2404, 2658, 1, 0 },
	{ 4534, 5417, 0, 0 },
	{ 4534, 5417, 1, 0 },
	{ 3120, 3380, 0, 0 },
	{ 3120, 3380, 1, 0 },
	{ 2403, 2657, 0, 0 },
	{ 2403, 2657, 1, 0 },
	{ 4533, 5416, 0, 0 },
	{ 4533, 5416, 1, 0 },
	{ 2154, 2409, 0, 0 },
	{ 2154, 2409, 1, 0 },
	{ 2405, 2659, 0, 0 },
	{ 2405, 2659, 1, 0 },
	{ 1692, 1967, 0, 0 },
	{ 1692, 1967, 1, 0 },
	{ 5743, 11171, 1, 0 },
	{ 5580, 9450, 0, 0 },
	{ 5580, 9450, 1, 0 },
	{ 510, 580, 0, 0 },
	{ 510, 580, 1, 0 },
	{ 4458, 5250, 0, 0 },
	{ 4458, 5250, 1, 0 },
	{ 534, 605, 0, 0 },
	{ 534, 605, 1, 0 },
	{ 5155, 7627, 0, 0 },
	{ 5155, 7627, 1, 0 },
	{ 4376, 5100, 0, 0 },
	{ 4376, 5100, 1, 0 },
	{ 4399, 5146, 0, 0 },
	{ 796, 1080, 0, 0 },
	{ 796, 1080, 1, 0 },
	{ 3119, 3379, 0, 0 },
	{ 3119, 3379, 1, 0 },
	{ 4258, 4882, 1, 0 },
	{ 4257, 4881, 1, 0 },
	{ 3160, 3419, 0, 0 },
	{ 3160, 3419, 1, 0 },
	{ 4775, 6110, 0, 0 },
	{ 4775, 6110, 1, 0 },
	{ 1347, 1621, 0, 0 },
	{ 1347, 1621, 1, 0 },
	{ 198, 215, 0, 0 },
	{ 198, 215, 1, 0 },
	{ 3629, 3884, 0, 0 },
	{ 3629, 3884, 1, 0 },
	{ 5857, 16162, 0, 0 },
	{ 1875, 2132, 0, 0 },
	{ 1875, 2132, 1, 0 },
	{ 4193, 4738, 0, 0 },
	{ 4193, 4738, 1, 0 },
	{ 1689, 1964, 0, 0 },
	{ 1689, 1964, 1, 0 },
	{ 746, 1029, 0, 0 },
	{ 746, 1029, 1, 0 },
	{ 2381, 2636, 0, 0 },
	{ 2381, 2636, 1, 0 },
	{ 502, 572, 0, 0 },
	{ 502, 572, 1, 0 },
	{ 2604, 2863, 0, 0 },
	{ 2604, 2863, 1, 0 },
	{ 3546, 3803, 0, 0 },
	{ 3546, 3803, 1, 0 },
	{ 2398, 2653, 0, 0 },
	{ 2398, 2653, 1, 0 },
	{ 2031, 2290, 0, 0 },
	{ 2031, 2290, 1, 0 },
	{ 2314, 2569, 0, 0 },
	{ 2314, 2569, 1, 0 },
	{ 1125, 1408, 0, 0 },
	{ 1125, 1408, 1, 0 },
	{ 3689, 3944, 0, 0 },
	{ 3689, 3944, 1, 0 },
	{ 3666, 3922, 0, 0 },
	{ 3666, 3922, 1, 0 },
	{ 3581, 3838, 0, 0 },
	{ 3581, 3838, 1, 0 },
	{ 5230, 7982, 0, 0 },
	{ 5229, 7981, 0, 0 },
	{ 5231, 7982, 1, 0 },
	{ 2919, 3166, 0, 0 },
	{ 2919, 3166, 1, 0 },
	{ 5881, 17185, 0, 0 },
	{ 5881, 17185, 1, 0 },
	{ 5173, 7690, 0, 0 },
	{ 2313, 2568, 0, 0 },
	{ 2313, 2568, 1, 0 },
	{ 2946, 3193, 0, 0 },
	{ 2946, 3193, 1, 0 },
	{ 5399, 8668, 0, 0 },
	{ 4776, 6111, 0, 0 },
	{ 4776, 6111, 1, 0 },
	{ 2629, 2888, 0, 0 },
	{ 2629, 2888, 1, 0 },
	{ 3947, 4194, 0, 0 },
	{ 4702, 5794, 1, 0 },
	{ 4784, 6121, 0, 0 },
	{ 2184, 2440, 0, 0 },
	{ 2184, 2440, 1, 0 },
	{ 3577, 3834, 0, 0 },
	{ 3577, 3834, 1, 0 },
	{ 3578, 3835, 0, 0 },
	{ 3578, 3835, 1, 0 },
	{ 3594, 3851, 0, 0 },
	{ 3594, 3851, 1, 0 },
	{ 6146, 33334, 0, 0 },
	{ 6147, 33334, 1, 0 },
	{ 5026, 7016, 0, 0 },
	{ 5026, 7016, 1, 0 },
	{ 5556, 9312, 0, 0 },
	{ 5554, 9306, 0, 0 },
	{ 1648, 1923, 0, 0 },
	{ 1648, 1923, 1, 0 },
	{ 4166, 4683, 0, 0 },
	{ 4166, 4683, 1, 0 },
	{ 3179, 3438, 0, 0 },
	{ 3179, 3438, 1, 0 },
	{ 4993, 6924, 0, 0 },
	{ 4993, 6924, 1, 0 },
	{ 3351, 3606, 0, 0 },
	{ 3351, 3606, 1, 0 },
	{ 3392, 3647, 0, 0 },
	{ 3392, 3647, 1, 0 },
	{ 588, 656, 0, 0 },
	{ 588, 656, 1, 0 },
	{ 2251, 2507, 0, 0 },
	{ 2251, 2507, 1, 0 },
	{ 4206, 4751, 0, 0 },
	{ 4206, 4751, 1, 0 },
	{ 4689, 5769, 0, 0 },
	{ 4689, 5769, 1, 0 },
	{ 4690, 5770, 0, 0 },
	{ 4690, 5770, 1, 0 },
	{ 6254, 46998, 0, 0 },
	{ 2617, 2876, 0, 0 },
	{ 2617, 2876, 1, 0 },
	{ 400, 478, 0, 0 },
	{ 400, 478, 1, 0 },
	{ 4556, 5443, 0, 0 },
	{ 4556, 5443, 1, 0 },
	{ 1488, 1759, 0, 0 },
	{ 1488, 1759, 1, 0 },
	{ 4705, 5814, 0, 0 },
	{ 4705, 5814, 1, 0 },
	{ 6198, 40404, 0, 0 },
	{ 3550, 3807, 0, 0 },
	{ 3550, 3807, 1, 0 },
	{ 3539, 3796, 0, 0 },
	{ 3539, 3796, 1, 0 },
	{ 3592, 3849, 0, 0 },
	{ 3592, 3849, 1, 0 },
	{ 5317, 8192, 0, 0 },
	{ 5317, 8192, 1, 0 },
	{ 2472, 2728, 0, 0 },
	{ 2472, 2728, 1, 0 },
	{ 47, 66, 0, 1 },
	{ 47, 66, 1, 1 },
	{ 46, 66, 0, 0 },
	{ 46, 150, 0, 0 },
	{ 46, 66, 1, 0 },
	{ 46, 150, 1, 0 },
	{ 5492, 9088, 0, 0 },
	{ 5492, 9088, 1, 0 },
	{ 5493, 9089, 0, 0 },
	{ 5493, 9089, 1, 0 },
	{ 96, 118, 0, 0 },
	{ 96, 118, 1, 0 },
	{ 135, 156, 0, 0 },
	{ 135, 156, 1, 0 },
	{ 181, 200, 0, 0 },
	{ 181, 200, 1, 0 },
	{ 3954, 4303, 0, 0 },
	{ 3954, 4303, 1, 0 },
	{ 3687, 3942, 0, 0 },
	{ 3687, 3942, 1, 0 },
	{ 174, 193, 0, 0 },
	{ 174, 193, 1, 0 },
	{ 2481, 2737, 0, 0 },
	{ 2481, 2737, 1, 0 },
	{ 274, 362, 0, 0 },
	{ 274, 362, 1, 0 },
	{ 6192, 38800, 0, 0 },
	{ 2766, 3018, 0, 0 },
	{ 2766, 3018, 1, 0 },
	{ 2767, 3018, 0, 1 },
	{ 2767, 3018, 1, 1 },
	{ 5948, 20013, 0, 0 },
	{ 5947, 20012, 1, 0 },
	{ 399, 477, 0, 0 },
	{ 399, 477, 1, 0 },
	{ 4205, 4750, 0, 0 },
	{ 4205, 4750, 1, 0 },
	{ 2709, 2967, 0, 0 },
	{ 2709, 2967, 1, 0 },
	{ 3596, 3853, 0, 0 },
	{ 3596, 3853, 1, 0 },
	{ 3171, 3430, 0, 0 },
	{ 3171, 3430, 1, 0 },
	{ 1625, 1900, 0, 0 },
	{ 1625, 1900, 1, 0 },
	{ 4747, 6071, 0, 0 },
	{ 4747, 6071, 1, 0 },
	{ 3595, 3852, 0, 0 },
	{ 3595, 3852, 1, 0 },
	{ 13, 22, 0, 0 },
	{ 13, 22, 1, 0 },
	{ 5890, 17235, 0, 0 },
	{ 5890, 17235, 1, 0 },
	{ 543, 614, 0, 0 },
	{ 543, 614, 1, 0 },
	{ 1479, 1750, 0, 0 },
	{ 1479, 1750, 1, 0 },
	{ 2223, 2478, 0, 0 },
	{ 2223, 2478, 1, 0 },
	{ 2222, 2477, 0, 0 },
	{ 2222, 2477, 1, 0 },
	{ 2224, 2479, 0, 0 },
	{ 2224, 2479, 1, 0 },
	{ 1930, 2187, 0, 0 },
	{ 1931, 2187, 1, 0 },
	{ 3294, 3550, 0, 0 },
	{ 3294, 3550, 1, 0 },
	{ 385, 465, 0, 1 },
	{ 2455, 2711, 0, 0 },
	{ 2455, 2711, 1, 0 },
	{ 2454, 2710, 0, 0 },
	{ 2454, 2710, 1, 0 },
	{ 3389, 3644, 0, 0 },
	{ 3389, 3644, 1, 0 },
	{ 3002, 3249, 0, 0 },
	{ 3002, 3249, 1, 0 },
	{ 5205, 7801, 0, 0 },
	{ 5205, 7801, 1, 0 },
	{ 5426, 8808, 1, 0 },
	{ 3100, 3352, 0, 0 },
	{ 3100, 3352, 1, 0 },
	{ 6252, 45966, 0, 0 },
	{ 6252, 45966, 1, 0 },
	{ 3070, 3318, 0, 0 },
	{ 3070, 3318, 1, 0 },
	{ 921, 1203, 0, 0 },
	{ 921, 1203, 1, 0 },
	{ 922, 1204, 0, 0 },
	{ 922, 1204, 1, 0 },
	{ 224, 266, 0, 0 },
	{ 224, 266, 1, 0 },
	{ 5188, 7743, 0, 0 },
	{ 5188, 7743, 1, 0 },
	{ 5620, 9801, 0, 0 },
	{ 5620, 9801, 1, 0 },
	{ 1420, 1692, 0, 0 },
	{ 1420, 1692, 1, 0 },
	{ 4352, 5066, 0, 0 },
	{ 4352, 5066, 1, 0 },
	{ 2581, 2838, 0, 0 },
	{ 2581, 2838, 1, 0 },
	{ 4692, 5777, 0, 0 },
	{ 4692, 5777, 1, 0 },
	{ 3725, 3981, 0, 0 },
	{ 3725, 3981, 1, 0 },
	{ 1381, 1654, 0, 0 },
	{ 1381, 1654, 1, 0 },
	{ 3271, 3526, 0, 0 },
	{ 3271, 3526, 1, 0 },
	{ 3875, 4131, 0, 0 },
	{ 3875, 4131, 1, 0 },
	{ 2011, 2270, 0, 0 },
	{ 2011, 2270, 1, 0 },
	{ 3360, 3615, 0, 0 },
	{ 3360, 3615, 1, 0 },
	{ 771, 1057, 0, 0 },
	{ 771, 1057, 1, 0 },
	{ 3906, 4158, 0, 0 },
	{ 3906, 4158, 1, 0 },
	{ 3904, 4156, 0, 0 },
	{ 3904, 4156, 1, 0 },
	{ 3905, 4157, 0, 0 },
	{ 3905, 4157, 1, 0 },
	{ 4794, 6144, 0, 0 },
	{ 4794, 6144, 1, 0 },
	{ 4795, 6145, 0, 0 },
	{ 4795, 6145, 1, 0 },
	{ 111, 133, 0, 0 },
	{ 111, 133, 1, 0 },
	{ 4531, 5414, 0, 0 },
	{ 4531, 5414, 1, 0 },
	{ 1897, 2154, 0, 0 },
	{ 1897, 2154, 1, 0 },
	{ 1562, 1836, 0, 0 },
	{ 1562, 1836, 1, 0 },
	{ 944, 1226, 0, 0 },
	{ 944, 1226, 1, 0 },
	{ 1027, 1312, 0, 0 },
	{ 1027, 1312, 1, 0 },
	{ 2834, 3080, 0, 0 },
	{ 2834, 3080, 1, 0 },
	{ 2835, 3080, 0, 1 },
	{ 2835, 3080, 1, 1 },
	{ 424, 501, 0, 0 },
	{ 424, 501, 1, 0 },
	{ 1211, 1492, 0, 0 },
	{ 1211, 1492, 1, 0 },
	{ 2728, 2986, 0, 0 },
	{ 2728, 2986, 1, 0 },
	{ 4655, 5705, 0, 0 },
	{ 3928, 4178, 0, 0 },
	{ 3928, 4178, 1, 0 },
	{ 5550, 9293, 0, 0 },
	{ 5550, 9293, 1, 0 },
	{ 5596, 9612, 0, 0 },
	{ 5596, 9612, 1, 0 },
	{ 1465, 1736, 0, 0 },
	{ 1465, 1736, 1, 0 },
	{ 1045, 1330, 0, 0 },
	{ 1045, 1330, 1, 0 },
	{ 497, 566, 0, 0 },
	{ 497, 566, 1, 0 },
	{ 4840, 6344, 0, 0 },
	{ 4515, 5397, 0, 0 },
	{ 4515, 5397, 1, 0 },
	{ 4319, 5026, 0, 0 },
	{ 4319, 5026, 1, 0 },
	{ 4320, 5027, 0, 0 },
	{ 4320, 5027, 1, 0 },
	{ 3597, 3854, 0, 0 },
	{ 3597, 3854, 1, 0 },
	{ 2845, 3090, 0, 0 },
	{ 2845, 3090, 1, 0 },
	{ 1333, 1607, 0, 0 },
	{ 1333, 1607, 1, 0 },
	{ 5123, 7471, 0, 0 },
	{ 3219, 3478, 0, 0 },
	{ 3219, 3478, 1, 0 },
	{ 3221, 3478, 0, 1 },
	{ 3221, 3478, 1, 1 },
	{ 4499, 5349, 0, 1 },
	{ 4499, 5349, 1, 1 },
	{ 1716, 1990, 0, 0 },
	{ 1716, 1990, 1, 0 },
	{ 1717, 1991, 0, 0 },
	{ 1717, 1991, 1, 0 },
	{ 1718, 1992, 0, 0 },
	{ 1718, 1992, 1, 0 },
	{ 1721, 1994, 0, 0 },
	{ 1721, 1994, 1, 0 },
	{ 4497, 5349, 0, 0 },
	{ 4497, 5349, 1, 0 },
	{ 2911, 3158, 0, 0 },
	{ 2911, 3158, 1, 0 },
	{ 458, 527, 0, 0 },
	{ 458, 527, 1, 0 },
	{ 67, 89, 0, 0 },
	{ 67, 89, 1, 0 },
	{ 5824, 14001, 0, 0 },
	{ 5824, 14001, 1, 0 },
	{ 516, 587, 0, 0 },
	{ 516, 587, 1, 0 },
	{ 382, 465, 0, 0 },
	{ 677, 773, 0, 0 },
	{ 1771, 2028, 0, 0 },
	{ 1771, 2028, 1, 0 },
	{ 213, 247, 0, 0 },
	{ 213, 247, 1, 0 },
	{ 214, 247, 0, 1 },
	{ 214, 247, 1, 1 },
	{ 1630, 1905, 0, 0 },
	{ 1630, 1905, 1, 0 },
	{ 2644, 2903, 0, 0 },
	{ 2644, 2903, 1, 0 },
	{ 3102, 3354, 0, 0 },
	{ 3102, 3354, 1, 0 },
	{ 4908, 6551, 0, 0 },
	{ 4908, 6551, 1, 0 },
	{ 3451, 3708, 0, 0 },
	{ 3451, 3708, 1, 0 },
	{ 3551, 3808, 0, 0 },
	{ 3551, 3808, 1, 0 },
	{ 5402, 8686, 0, 0 },
	{ 5402, 8686, 1, 0 },
	{ 5518, 9191, 0, 0 },
	{ 5518, 9191, 1, 0 },
	{ 4245, 4850, 0, 0 },
	{ 4245, 4850, 1, 0 },
	{ 597, 665, 0, 0 },
	{ 597, 665, 1, 0 },
	{ 5151, 7588, 0, 0 },
	{ 5151, 7588, 1, 0 },
	{ 4481, 5306, 0, 0 },
	{ 4481, 5306, 1, 0 },
	{ 5856, 16161, 0, 0 },
	{ 5856, 16161, 1, 0 },
	{ 4880, 6489, 0, 0 },
	{ 4880, 6489, 1, 0 },
	{ 4871, 6480, 0, 0 },
	{ 4871, 6480, 1, 0 },
	{ 4861, 6443, 0, 0 },
	{ 4861, 6443, 1, 0 },
	{ 4876, 6485, 0, 0 },
	{ 4876, 6485, 1, 0 },
	{ 4878, 6487, 0, 0 },
	{ 4878, 6487, 1, 0 },
	{ 4877, 6486, 0, 0 },
	{ 4877, 6486, 1, 0 },
	{ 4875, 6484, 0, 0 },
	{ 4875, 6484, 1, 0 },
	{ 4879, 6488, 0, 0 },
	{ 4879, 6488, 1, 0 },
	{ 5168, 7677, 0, 0 },
	{ 5168, 7677, 1, 0 },
	{ 5741, 11164, 0, 0 },
	{ 5741, 11164, 1, 0 },
	{ 5739, 11162, 0, 0 },
	{ 5739, 11162, 1, 0 },
	{ 5740, 11163, 0, 0 },
	{ 5740, 11163, 1, 0 },
	{ 5738, 11161, 0, 0 },
	{ 5738, 11161, 1, 0 },
	{ 5742, 11165, 0, 0 },
	{ 5742, 11165, 1, 0 },
	{ 1827, 2084, 0, 0 },
	{ 1827, 2084, 1, 0 },
	{ 813, 1097, 0, 0 },
	{ 813, 1097, 1, 0 },
	{ 3678, 3934, 0, 0 },
	{ 3678, 3934, 1, 0 },
	{ 3559, 3816, 0, 0 },
	{ 3559, 3816, 1, 0 },
	{ 5279, 8081, 0, 0 },
	{ 5279, 8081, 1, 0 },
	{ 89, 111, 0, 0 },
	{ 89, 111, 1, 0 },
	{ 1596, 1870, 0, 0 },
	{ 1596, 1870, 1, 0 },
	{ 1586, 1860, 0, 0 },
	{ 1586, 1860, 1, 0 },
	{ 4874, 6483, 0, 0 },
	{ 4874, 6483, 1, 0 },
	{ 5422, 8800, 0, 0 },
	{ 5422, 8800, 1, 0 },
	{ 5459, 8989, 0, 0 },
	{ 5459, 8989, 1, 0 },
	{ 73, 95, 0, 0 },
	{ 73, 95, 1, 0 },
	{ 5226, 7967, 0, 0 },
	{ 5226, 7967, 1, 0 },
	{ 2453, 2709, 0, 0 },
	{ 2453, 2709, 1, 0 },
	{ 4654, 5700, 0, 0 },
	{ 209, 243, 0, 0 },
	{ 209, 243, 1, 0 },
	{ 4560, 5453, 0, 0 },
	{ 4560, 5453, 1, 0 },
	{ 740, 1010, 0, 0 },
	{ 740, 1010, 1, 0 },
	{ 3653, 3909, 0, 0 },
	{ 3653, 3909, 1, 0 },
	{ 2965, 3212, 0, 0 },
	{ 2965, 3212, 1, 0 },
	{ 3775, 4031, 0, 0 },
	{ 3775, 4031, 1, 0 },
	{ 5361, 8405, 0, 0 },
	{ 5360, 8404, 0, 0 },
	{ 4854, 6419, 0, 0 },
	{ 4855, 6419, 1, 0 },
	{ 3434, 3690, 0, 0 },
	{ 3434, 3690, 1, 0 },
	{ 3154, 3413, 0, 0 },
	{ 3154, 3413, 1, 0 },
	{ 2715, 2973, 0, 0 },
	{ 2715, 2973, 1, 0 },
	{ 340, 427, 0, 0 },
	{ 340, 427, 1, 0 },
	{ 1351, 1625, 0, 0 },
	{ 1351, 1625, 1, 0 },
	{ 5898, 17777, 0, 0 },
	{ 5477, 9023, 0, 0 },
	{ 5477, 9023, 1, 0 },
	{ 5478, 9024, 0, 0 },
	{ 5478, 9024, 1, 0 },
	{ 5479, 9025, 0, 0 },
	{ 5479, 9025, 1, 0 },
	{ 5480, 9026, 0, 0 },
	{ 5480, 9026, 1, 0 },
	{ 2121, 2377, 0, 0 },
	{ 5683, 10104, 0, 0 },
	{ 5683, 10104, 1, 0 },
	{ 5670, 10009, 0, 0 },
	{ 5670, 10009, 1, 0 },
	{ 939, 1221, 0, 0 },
	{ 939, 1221, 1, 0 },
	{ 75, 97, 0, 0 },
	{ 75, 97, 1, 0 },
	{ 1480, 1751, 0, 0 },
	{ 1480, 1751, 1, 0 },
	{ 5000, 6963, 0, 0 },
	{ 5000, 6963, 1, 0 },
	{ 5001, 6964, 0, 0 },
	{ 5001, 6964, 1, 0 },
	{ 5003, 6966, 0, 0 },
	{ 5003, 6966, 1, 0 },
	{ 5002, 6965, 0, 0 },
	{ 5002, 6965, 1, 0 },
	{ 968, 1250, 0, 0 },
	{ 968, 1250, 1, 0 },
	{ 3235, 3491, 0, 0 },
	{ 3235, 3491, 1, 0 },
	{ 1592, 1866, 0, 0 },
	{ 1592, 1866, 1, 0 },
	{ 5542, 9281, 0, 0 },
	{ 5542, 9281, 1, 0 },
	{ 5543, 9282, 0, 0 },
	{ 5543, 9282, 1, 0 },
	{ 4099, 4538, 0, 0 },
	{ 4099, 4538, 1, 0 },
	{ 4328, 5043, 0, 0 },
	{ 4328, 5043, 1, 0 },
	{ 3026, 3273, 0, 0 },
	{ 3026, 3273, 1, 0 },
	{ 5936, 19540, 0, 0 },
	{ 5936, 19540, 1, 0 },
	{ 3639, 3894, 0, 0 },
	{ 3639, 3894, 1, 0 },
	{ 3640, 3895, 0, 0 },
	{ 3640, 3895, 1, 0 },
	{ 3674, 3930, 0, 0 },
	{ 3674, 3930, 1, 0 },
	{ 1218, 1498, 0, 0 },
	{ 1218, 1498, 1, 0 },
	{ 2383, 2638, 0, 0 },
	{ 2383, 2638, 1, 0 },
	{ 2183, 2439, 0, 0 },
	{ 2183, 2439, 1, 0 },
	{ 4280, 4950, 0, 0 },
	{ 4280, 4950, 1, 0 },
	{ 3466, 3723, 0, 0 },
	{ 3466, 3723, 1, 0 },
	{ 4620, 5629, 0, 0 },
	{ 4620, 5629, 1, 0 },
	{ 3291, 3547, 0, 0 },
	{ 3291, 3547, 1, 0 },
	{ 3667, 3923, 0, 0 },
	{ 3667, 3923, 1, 0 },
	{ 1227, 1507, 0, 0 },
	{ 1227, 1507, 1, 0 },
	{ 2621, 2880, 0, 0 },
	{ 2621, 2880, 1, 0 },
	{ 5337, 8280, 0, 0 },
	{ 5337, 8280, 1, 0 },
	{ 5333, 8243, 0, 0 },
	{ 5333, 8243, 1, 0 },
	{ 4305, 5008, 0, 0 },
	{ 4305, 5008, 1, 0 },
	{ 5176, 7707, 0, 0 },
	{ 5176, 7707, 1, 0 },
	{ 4103, 4548, 0, 0 },
	{ 4103, 4548, 1, 0 },
	{ 4765, 6100, 0, 0 },
	{ 4765, 6100, 1, 0 },
	{ 4766, 6101, 0, 0 },
	{ 4766, 6101, 1, 0 },
	{ 4767, 6102, 0, 0 },
	{ 4767, 6102, 1, 0 },
	{ 3850, 4106, 0, 0 },
	{ 3850, 4106, 1, 0 },
	{ 2392, 2647, 0, 0 },
	{ 2392, 2647, 1, 0 },
	{ 2425, 2679, 0, 0 },
	{ 2425, 2679, 1, 0 },
	{ 6245, 45045, 0, 0 },
	{ 3477, 3734, 0, 0 },
	{ 3477, 3734, 1, 0 },
	{ 325, 412, 0, 0 },
	{ 325, 412, 1, 0 },
	{ 305, 392, 0, 0 },
	{ 305, 392, 1, 0 },
	{ 304, 391, 0, 0 },
	{ 304, 391, 1, 0 },
	{ 5634, 9911, 0, 0 },
	{ 5634, 9911, 1, 0 },
	{ 779, 1065, 0, 0 },
	{ 779, 1065, 1, 0 },
	{ 4853, 6418, 0, 0 },
	{ 5769, 11967, 0, 0 },
	{ 5769, 11967, 1, 0 },
	{ 441, 514, 1, 0 },
	{ 530, 601, 0, 0 },
	{ 530, 601, 1, 0 },
	{ 4900, 6514, 0, 0 },
	{ 4900, 6514, 1, 0 },
	{ 3034, 3281, 0, 0 },
	{ 3034, 3281, 1, 0 },
	{ 2994, 3241, 0, 0 },
	{ 2994, 3241, 1, 0 },
	{ 3838, 4094, 0, 0 },
	{ 3838, 4094, 1, 0 },
	{ 3004, 3251, 0, 0 },
	{ 3004, 3251, 1, 0 },
	{ 6, 11, 0, 0 },
	{ 6, 11, 1, 0 },
	{ 2354, 2609, 0, 0 },
	{ 2354, 2609, 1, 0 },
	{ 4523, 5406, 0, 0 },
	{ 4523, 5406, 1, 0 },
	{ 2928, 3175, 0, 0 },
	{ 2928, 3175, 1, 0 },
	{ 1353, 1627, 0, 0 },
	{ 1353, 1627, 1, 0 },
	{ 992, 1274, 0, 0 },
	{ 992, 1274, 1, 0 },
	{ 6122, 32249, 0, 0 },
	{ 6122, 32249, 1, 0 },
	{ 5224, 7933, 0, 0 },
	{ 5224, 7933, 1, 0 },
	{ 5223, 7932, 0, 0 },
	{ 5223, 7932, 1, 0 },
	{ 5745, 11173, 0, 0 },
	{ 1155, 1437, 0, 0 },
	{ 1155, 1437, 1, 0 },
	{ 32, 49, 0, 0 },
	{ 32, 49, 1, 0 },
	{ 45, 65, 0, 0 },
	{ 45, 65, 1, 0 },
	{ 76, 98, 0, 0 },
	{ 76, 98, 1, 0 },
	{ 2137, 2392, 0, 0 },
	{ 2137, 2392, 1, 0 },
	{ 4385, 5111, 0, 0 },
	{ 4385, 5111, 1, 0 },
	{ 4359, 5073, 0, 0 },
	{ 4359, 5073, 1, 0 },
	{ 3317, 3573, 0, 0 },
	{ 3317, 3573, 1, 0 },
	{ 3758, 4014, 0, 0 },
	{ 3758, 4014, 1, 0 },
	{ 4798, 6149, 0, 0 },
	{ 4798, 6149, 1, 0 },
	{ 3759, 4015, 0, 0 },
	{ 3759, 4015, 1, 0 },
	{ 3760, 4016, 0, 0 },
	{ 3760, 4016, 1, 0 },
	{ 3761, 4017, 0, 0 },
	{ 3761, 4017, 1, 0 },
	{ 3762, 4018, 0, 0 },
	{ 3762, 4018, 1, 0 },
	{ 3763, 4019, 0, 0 },
	{ 3763, 4019, 1, 0 },
	{ 2238, 2493, 0, 0 },
	{ 2238, 2493, 1, 0 },
	{ 4377, 5101, 0, 0 },
	{ 4378, 5101, 1, 0 },
	{ 1194, 1475, 0, 0 },
	{ 1194, 1475, 1, 0 },
	{ 5998, 22763, 0, 0 },
	{ 5998, 22763, 1, 0 },
	{ 444, 517, 0, 0 },
	{ 444, 517, 1, 0 },
	{ 1564, 1838, 0, 0 },
	{ 1564, 1838, 1, 0 },
	{ 5021, 7011, 0, 0 },
	{ 5021, 7011, 1, 0 },
	{ 5022, 7012, 0, 0 },
	{ 5022, 7012, 1, 0 },
	{ 5025, 7015, 0, 0 },
	{ 5025, 7015, 1, 0 },
	{ 5474, 9020, 0, 0 },
	{ 5474, 9020, 1, 0 },
	{ 2470, 2726, 0, 0 },
	{ 2470, 2726, 1, 0 },
	{ 1647, 1922, 0, 0 },
	{ 1647, 1922, 1, 0 },
	{ 3560, 3817, 0, 0 },
	{ 3560, 3817, 1, 0 },
	{ 2047, 2306, 0, 0 },
	{ 2047, 2306, 1, 0 },
	{ 2897, 3144, 0, 0 },
	{ 2897, 3144, 1, 0 },
	{ 3053, 3301, 0, 0 },
	{ 3053, 3301, 1, 0 },
	{ 4427, 5200, 0, 0 },
	{ 4427, 5200, 1, 0 },
	{ 4428, 5201, 0, 0 },
	{ 4428, 5201, 1, 0 },
	{ 4429, 5202, 0, 0 },
	{ 4429, 5202, 1, 0 },
	{ 4430, 5203, 0, 0 },
	{ 4430, 5203, 1, 0 },
	{ 4860, 6442, 0, 0 },
	{ 3296, 3552, 0, 0 },
	{ 3296, 3552, 1, 0 },
	{ 2215, 2470, 0, 0 },
	{ 2215, 2470, 1, 0 },
	{ 2148, 2402, 0, 0 },
	{ 2148, 2403, 0, 0 },
	{ 2148, 2402, 1, 0 },
	{ 2148, 2403, 1, 0 },
	{ 6058, 25900, 0, 0 },
	{ 6058, 25900, 1, 0 },
	{ 1336, 1610, 0, 0 },
	{ 1336, 1610, 1, 0 },
	{ 643, 712, 0, 0 },
	{ 643, 712, 1, 0 },
	{ 6040, 24680, 0, 0 },
	{ 6040, 24680, 1, 0 },
	{ 2473, 2729, 0, 0 },
	{ 2473, 2729, 1, 0 },
	{ 2321, 2576, 0, 0 },
	{ 2321, 2576, 1, 0 },
	{ 1702, 1977, 0, 0 },
	{ 1702, 1977, 1, 0 },
	{ 1700, 1975, 0, 0 },
	{ 1700, 1975, 1, 0 },
	{ 1701, 1976, 0, 0 },
	{ 1701, 1976, 1, 0 },
	{ 1726, 1999, 0, 0 },
	{ 1726, 1999, 1, 0 },
	{ 3548, 3805, 0, 0 },
	{ 3548, 3805, 1, 0 },
	{ 1, 1, 0, 0 },
	{ 1, 1, 1, 0 },
	{ 397, 475, 0, 0 },
	{ 397, 475, 1, 0 },
	{ 763, 1049, 0, 0 },
	{ 763, 1049, 1, 0 },
	{ 226, 268, 0, 0 },
	{ 226, 268, 1, 0 },
	{ 225, 267, 0, 0 },
	{ 225, 267, 1, 0 },
	{ 2651, 2910, 0, 0 },
	{ 2651, 2910, 1, 0 },
	{ 1885, 2142, 0, 0 },
	{ 1885, 2142, 1, 0 },
	{ 1540, 1814, 0, 0 },
	{ 1540, 1814, 1, 0 },
	{ 5537, 9222, 0, 0 },
	{ 5537, 9222, 1, 0 },
	{ 5611, 9668, 0, 0 },
	{ 5611, 9668, 1, 0 },
	{ 490, 559, 0, 0 },
	{ 490, 559, 1, 0 },
	{ 1671, 1946, 0, 0 },
	{ 1671, 1946, 1, 0 },
	{ 4545, 5428, 0, 0 },
	{ 4545, 5428, 1, 0 },
	{ 1193, 1474, 0, 0 },
	{ 1193, 1474, 1, 0 },
	{ 4308, 5011, 0, 0 },
	{ 4308, 5011, 1, 0 },
	{ 4307, 5010, 0, 0 },
	{ 4307, 5010, 1, 0 },
	{ 1803, 2060, 0, 0 },
	{ 1803, 2060, 1, 0 },
	{ 1095, 1380, 0, 0 },
	{ 1095, 1380, 1, 0 },
	{ 1457, 1728, 0, 0 },
	{ 1457, 1728, 1, 0 },
	{ 663, 754, 0, 0 },
	{ 663, 754, 1, 0 },
	{ 3293, 3549, 0, 0 },
	{ 3293, 3549, 1, 0 },
	{ 14, 23, 0, 0 },
	{ 14, 23, 1, 0 },
	{ 3439, 3696, 0, 0 },
	{ 3439, 3696, 1, 0 },
	{ 728, 992, 0, 0 },
	{ 728, 992, 1, 0 },
	{ 5127, 7491, 0, 0 },
	{ 5127, 7491, 1, 0 },
	{ 5760, 11600, 0, 0 },
	{ 5760, 11600, 1, 0 },
	{ 457, 526, 0, 0 },
	{ 457, 526, 1, 0 },
	{ 590, 658, 0, 0 },
	{ 590, 658, 1, 0 },
	{ 6204, 41121, 0, 0 },
	{ 3744, 4000, 0, 0 },
	{ 3744, 4000, 1, 0 },
	{ 5237, 8002, 0, 0 },
	{ 5237, 8002, 1, 0 },
	{ 3289, 3544, 0, 0 },
	{ 3289, 3544, 1, 0 },
	{ 1741, 2018, 0, 0 },
	{ 1741, 2008, 1, 0 },
	{ 5159, 7631, 0, 0 },
	{ 6112, 31457, 0, 0 },
	{ 6112, 31457, 1, 0 },
	{ 4333, 5048, 0, 0 },
	{ 254, 333, 0, 0 },
	{ 254, 333, 1, 0 },
	{ 50, 69, 0, 0 },
	{ 50, 69, 1, 0 },
	{ 1487, 1758, 0, 0 },
	{ 1487, 1758, 1, 0 },
	{ 3456, 3713, 0, 0 },
	{ 3456, 3713, 1, 0 },
	{ 3892, 4146, 0, 0 },
	{ 3892, 4146, 1, 0 },
	{ 941, 1223, 0, 0 },
	{ 941, 1223, 1, 0 },
	{ 4806, 6201, 1, 0 },
	{ 2037, 2296, 0, 0 },
	{ 2037, 2296, 1, 0 },
	{ 4058, 4423, 0, 0 },
	{ 6087, 28080, 0, 0 },
	{ 3708, 3963, 0, 0 },
	{ 3708, 3963, 1, 0 },
	{ 3885, 4139, 0, 0 },
	{ 3885, 4139, 1, 0 },
	{ 1558, 1832, 0, 0 },
	{ 1558, 1832, 1, 0 },
	{ 1124, 1407, 0, 0 },
	{ 5770, 11971, 0, 0 },
	{ 414, 492, 0, 0 },
	{ 414, 492, 1, 0 },
	{ 415, 493, 0, 0 },
	{ 415, 493, 1, 0 },
	{ 2953, 3200, 0, 0 },
	{ 2953, 3200, 1, 0 },
	{ 5140, 7548, 0, 0 },
	{ 5140, 7548, 1, 0 },
	{ 4558, 5450, 0, 0 },
	{ 4559, 5450, 1, 0 },
	{ 3688, 3943, 0, 0 },
	{ 3688, 3943, 1, 0 },
	{ 3868, 4124, 0, 0 },
	{ 3868, 4124, 1, 0 },
	{ 5706, 10261, 0, 0 },
	{ 320, 407, 0, 0 },
	{ 320, 407, 1, 0 },
	{ 1135, 1417, 0, 0 },
	{ 1135, 1417, 1, 0 },
	{ 1136, 1418, 0, 0 },
	{ 1136, 1418, 1, 0 },
	{ 1137, 1419, 0, 0 },
	{ 1137, 1419, 1, 0 },
	{ 1138, 1420, 0, 0 },
	{ 1138, 1420, 1, 0 },
	{ 20, 37, 0, 0 },
	{ 20, 37, 1, 0 },
	{ 456, 525, 0, 0 },
	{ 456, 525, 1, 0 },
	{ 1077, 1362, 0, 0 },
	{ 1077, 1362, 1, 0 },
	{ 2996, 3243, 0, 0 },
	{ 2996, 3243, 1, 0 },
	{ 3497, 3754, 0, 0 },
	{ 3497, 3754, 1, 0 },
	{ 587, 655, 0, 0 },
	{ 587, 655, 1, 0 },
	{ 4381, 5104, 1, 0 },
	{ 2913, 3160, 0, 0 },
	{ 2913, 3160, 1, 0 },
	{ 3112, 3372, 0, 0 },
	{ 3112, 3372, 1, 0 },
	{ 4783, 6118, 1, 0 },
	{ 1934, 2190, 0, 0 },
	{ 1934, 2190, 1, 0 },
	{ 1690, 1965, 0, 0 },
	{ 1690, 1965, 1, 0 },
	{ 2656, 2915, 0, 0 },
	{ 2656, 2915, 1, 0 },
	{ 3926, 4176, 0, 0 },
	{ 2106, 2361, 0, 0 },
	{ 2106, 2361, 1, 0 },
	{ 2836, 3081, 0, 0 },
	{ 2836, 3081, 1, 0 },
	{ 2837, 3082, 0, 0 },
	{ 2837, 3082, 1, 0 },
	{ 4817, 6251, 0, 0 },
	{ 4817, 6251, 1, 0 },
	{ 4818, 6252, 0, 0 },
	{ 4818, 6252, 1, 0 },
	{ 2838, 3083, 0, 0 },
	{ 2838, 3083, 1, 0 },
	{ 1248, 1527, 0, 0 },
	{ 1248, 1527, 1, 0 },
	{ 2541, 2798, 0, 0 },
	{ 2541, 2798, 1, 0 },
	{ 5343, 8300, 0, 0 },
	{ 5343, 8300, 1, 0 },
	{ 4604, 5583, 0, 0 },
	{ 4604, 5583, 1, 0 },
	{ 5952, 20046, 0, 0 },
	{ 5952, 20046, 1, 0 },
	{ 4601, 5580, 0, 0 },
	{ 4601, 5580, 1, 0 },
	{ 4602, 5581, 0, 0 },
	{ 4602, 5581, 1, 0 },
	{ 2483, 2739, 0, 0 },
	{ 2483, 2739, 1, 0 },
	{ 398, 476, 0, 0 },
	{ 398, 476, 1, 0 },
	{ 1308, 1584, 0, 0 },
	{ 1308, 1584, 1, 0 },
	{ 1303, 1580, 0, 0 },
	{ 1304, 1580, 1, 0 },
	{ 395, 474, 0, 0 },
	{ 396, 474, 1, 0 },
	{ 290, 377, 0, 0 },
	{ 290, 377, 1, 0 },
	{ 3430, 3686, 0, 0 },
	{ 3430, 3686, 1, 0 },
	{ 5220, 7902, 0, 0 },
	{ 5220, 7902, 1, 0 },
	{ 5221, 7903, 0, 0 },
	{ 5221, 7903, 1, 0 },
	{ 5219, 7901, 0, 0 },
	{ 5219, 7901, 1, 0 },
	{ 5347, 8321, 0, 0 },
	{ 5347, 8321, 1, 0 },
	{ 5346, 8320, 0, 0 },
	{ 5346, 8320, 1, 0 },
	{ 3768, 4024, 0, 0 },
	{ 3768, 4024, 1, 0 },
	{ 3061, 3309, 0, 0 },
	{ 3061, 3309, 1, 0 },
	{ 519, 590, 0, 0 },
	{ 519, 590, 1, 0 },
	{ 3060, 3308, 0, 0 },
	{ 3060, 3308, 1, 0 },
	{ 2415, 2669, 0, 0 },
	{ 2415, 2669, 1, 0 },
	{ 5275, 8066, 0, 0 },
	{ 5956, 20167, 0, 0 },
	{ 5956, 20167, 1, 0 },
	{ 4020, 4375, 0, 0 },
	{ 4020, 4375, 1, 0 },
	{ 2794, 3040, 0, 0 },
	{ 2794, 3040, 1, 0 },
	{ 6032, 24465, 0, 0 },
	{ 6032, 24465, 1, 0 },
	{ 2626, 2885, 0, 0 },
	{ 2626, 2885, 1, 0 },
	{ 3630, 3885, 0, 0 },
	{ 3630, 3885, 1, 0 },
	{ 3650, 3906, 0, 0 },
	{ 3650, 3906, 1, 0 },
	{ 2181, 2436, 0, 0 },
	{ 2181, 2436, 1, 0 },
	{ 1901, 2158, 0, 0 },
	{ 1901, 2158, 1, 0 },
	{ 1821, 2078, 0, 0 },
	{ 1821, 2078, 1, 0 },
	{ 1148, 1430, 0, 0 },
	{ 1148, 1430, 1, 0 },
	{ 523, 594, 0, 0 },
	{ 523, 594, 1, 0 },
	{ 1631, 1906, 0, 0 },
	{ 1631, 1906, 1, 0 },
	{ 2444, 2700, 0, 0 },
	{ 2444, 2700, 1, 0 },
	{ 1712, 1987, 0, 0 },
	{ 1712, 1987, 1, 0 },
	{ 1713, 1988, 0, 0 },
	{ 1713, 1988, 1, 0 },
	{ 1714, 1989, 0, 0 },
	{ 1714, 1989, 1, 0 },
	{ 1723, 1996, 0, 0 },
	{ 1723, 1996, 1, 0 },
	{ 6148, 33434, 0, 0 },
	{ 6148, 33434, 1, 0 },
	{ 5960, 20670, 0, 0 },
	{ 5960, 20670, 1, 0 },
	{ 2387, 2642, 0, 0 },
	{ 2387, 2642, 1, 0 },
	{ 5538, 9277, 1, 0 },
	{ 4117, 4567, 0, 0 },
	{ 4117, 4567, 1, 0 },
	{ 1595, 1869, 0, 0 },
	{ 1595, 1869, 1, 0 },
	{ 4472, 5282, 0, 0 },
	{ 4472, 5282, 1, 0 },
	{ 3764, 4020, 0, 0 },
	{ 3764, 4020, 1, 0 },
	{ 3345, 3600, 0, 0 },
	{ 3345, 3600, 1, 0 },
	{ 3600, 3857, 0, 0 },
	{ 3600, 3857, 1, 0 },
	{ 3601, 3858, 0, 0 },
	{ 3601, 3858, 1, 0 },
	{ 4161, 4678, 0, 0 },
	{ 4161, 4678, 1, 0 },
	{ 2389, 2644, 0, 0 },
	{ 2389, 2644, 1, 0 },
	{ 2150, 2405, 0, 0 },
	{ 2150, 2405, 1, 0 },
	{ 5888, 17225, 0, 0 },
	{ 5888, 17225, 1, 0 },
	{ 5887, 17224, 1, 0 },
	{ 3704, 3959, 0, 0 },
	{ 3704, 3959, 1, 0 },
	{ 3353, 3608, 0, 0 },
	{ 3353, 3608, 1, 0 },
	{ 2325, 2580, 0, 0 },
	{ 2325, 2580, 1, 0 },
	{ 5182, 7727, 0, 0 },
	{ 5182, 7727, 1, 0 },
	{ 853, 1137, 0, 0 },
	{ 853, 1137, 1, 0 },
	{ 3971, 4322, 0, 0 },
	{ 3971, 4322, 1, 0 },
	{ 3972, 4323, 0, 0 },
	{ 3972, 4323, 1, 0 },
	{ 4181, 4711, 0, 0 },
	{ 4181, 4711, 1, 0 },
	{ 5965, 21212, 0, 0 },
	{ 2993, 3240, 0, 0 },
	{ 2993, 3240, 1, 0 },
	{ 4745, 6069, 0, 0 },
	{ 4745, 6069, 1, 0 },
	{ 3814, 4070, 0, 0 },
	{ 3814, 4070, 1, 0 },
	{ 886, 1169, 0, 0 },
	{ 886, 1169, 1, 0 },
	{ 1313, 1588, 0, 0 },
	{ 1313, 1588, 1, 0 },
	{ 5700, 10200, 0, 0 },
	{ 5700, 10200, 1, 0 },
	{ 5585, 9555, 0, 0 },
	{ 5585, 9555, 1, 0 },
	{ 4252, 4876, 0, 0 },
	{ 4252, 4876, 1, 0 },
	{ 5321, 8200, 0, 0 },
	{ 5321, 8200, 1, 0 },
	{ 5322, 8201, 0, 0 },
	{ 5322, 8201, 1, 0 },
	{ 3094, 3346, 0, 0 },
	{ 3094, 3346, 1, 0 },
	{ 1751, 2014, 0, 0 },
	{ 1899, 2156, 0, 0 },
	{ 1899, 2156, 1, 0 },
	{ 4182, 4725, 0, 0 },
	{ 4182, 4725, 1, 0 },
	{ 5423, 8804, 0, 0 },
	{ 5423, 8804, 1, 0 },
	{ 3958, 4307, 0, 0 },
	{ 3958, 4307, 1, 0 },
	{ 2756, 3011, 0, 0 },
	{ 2756, 3011, 1, 0 },
	{ 2318, 2573, 0, 0 },
	{ 2318, 2573, 1, 0 },
	{ 4956, 6689, 0, 0 },
	{ 4956, 6689, 1, 0 },
	{ 5794, 12753, 0, 0 },
	{ 5794, 12753, 1, 0 },
	{ 2485, 2741, 0, 0 },
	{ 2485, 2741, 1, 0 },
	{ 2486, 2742, 0, 0 },
	{ 2486, 2742, 1, 0 },
	{ 2070, 2330, 0, 0 },
	{ 2070, 2330, 1, 0 },
	{ 955, 1237, 0, 0 },
	{ 955, 1237, 1, 0 },
	{ 4057, 4422, 0, 0 },
	{ 366, 450, 0, 0 },
	{ 366, 450, 1, 0 },
	{ 2234, 2489, 0, 0 },
	{ 2234, 2489, 1, 0 },
	{ 3398, 3653, 0, 0 },
	{ 3398, 3653, 1, 0 },
	{ 1820, 2077, 0, 0 },
	{ 1820, 2077, 1, 0 },
	{ 1291, 1568, 0, 0 },
	{ 1291, 1568, 1, 0 },
	{ 3324, 3579, 0, 0 },
	{ 3324, 3579, 1, 0 },
	{ 2228, 2483, 0, 0 },
	{ 2228, 2483, 1, 0 },
	{ 2421, 2675, 0, 0 },
	{ 2421, 2675, 1, 0 },
	{ 2720, 2978, 0, 0 },
	{ 2720, 2978, 1, 0 },
	{ 2719, 2977, 0, 0 },
	{ 2719, 2977, 1, 0 },
	{ 2229, 2484, 0, 0 },
	{ 2229, 2484, 1, 0 },
	{ 3209, 3468, 0, 0 },
	{ 3209, 3468, 1, 0 },
	{ 2603, 2862, 0, 0 },
	{ 2603, 2862, 1, 0 },
	{ 4565, 5462, 0, 0 },
	{ 4565, 5462, 1, 0 },
	{ 4566, 5463, 0, 0 },
	{ 4566, 5463, 1, 0 },
	{ 2685, 2943, 0, 0 },
	{ 2685, 2943, 1, 0 },
	{ 3215, 3474, 0, 0 },
	{ 3215, 3474, 1, 0 },
	{ 1749, 2012, 0, 0 },
	{ 4682, 5748, 0, 0 },
	{ 4682, 5748, 1, 0 },
	{ 4681, 5747, 0, 0 },
	{ 4681, 5747, 1, 0 },
	{ 5618, 9762, 0, 0 },
	{ 5618, 9762, 1, 0 },
	{ 5577, 9443, 0, 0 },
	{ 5577, 9443, 1, 0 },
	{ 533, 604, 0, 0 },
	{ 533, 604, 1, 0 },
	{ 4426, 5197, 0, 0 },
	{ 1572, 1846, 0, 0 },
	{ 1572, 1846, 1, 0 },
	{ 6195, 39681, 0, 0 },
	{ 6195, 39681, 1, 0 },
	{ 6152, 34249, 0, 0 },
	{ 6152, 34249, 1, 0 },
	{ 3220, 3478, 0, 1 },
	{ 3220, 3478, 1, 1 },
	{ 4498, 5349, 0, 1 },
	{ 4498, 5349, 1, 1 },
	{ 1935, 2191, 0, 0 },
	{ 1935, 2191, 1, 0 },
	{ 3236, 3492, 0, 0 },
	{ 3236, 3492, 1, 0 },
	{ 2416, 2670, 0, 0 },
	{ 2416, 2670, 1, 0 },
	{ 3534, 3791, 0, 0 },
	{ 3534, 3791, 1, 0 },
	{ 5971, 21800, 0, 0 },
	{ 5971, 21800, 1, 0 },
	{ 6083, 27999, 0, 0 },
	{ 6083, 27999, 1, 0 },
	{ 706, 862, 0, 0 },
	{ 707, 862, 1, 0 },
	{ 3169, 3428, 0, 0 },
	{ 3169, 3428, 1, 0 },
	{ 5454, 8937, 0, 0 },
	{ 3222, 3479, 0, 0 },
	{ 3222, 3479, 1, 0 },
	{ 2757, 3012, 0, 0 },
	{ 2757, 3012, 1, 0 },
	{ 3329, 3584, 0, 0 },
	{ 3329, 3584, 1, 0 },
	{ 5926, 19194, 0, 0 },
	{ 5926, 19194, 1, 0 },
	{ 125, 145, 0, 0 },
	{ 125, 145, 1, 0 },
	{ 2512, 2768, 0, 0 },
	{ 2512, 2768, 1, 0 },
	{ 2511, 2767, 0, 0 },
	{ 2511, 2767, 1, 0 },
	{ 1191, 1470, 0, 0 },
	{ 1191, 1470, 1, 0 },
	{ 202, 219, 0, 0 },
	{ 202, 219, 1, 0 },
	{ 5455, 8953, 0, 0 },
	{ 5217, 7887, 0, 0 },
	{ 5217, 7887, 1, 0 },
	{ 3778, 4034, 0, 0 },
	{ 3778, 4034, 1, 0 },
	{ 2620, 2879, 0, 0 },
	{ 2620, 2879, 1, 0 },
	{ 5820, 13894, 0, 0 },
	{ 5820, 13894, 1, 0 },
	{ 5277, 8070, 0, 0 },
	{ 1350, 1624, 0, 0 },
	{ 1350, 1624, 1, 0 },
	{ 1559, 1833, 0, 0 },
	{ 1559, 1833, 1, 0 },
	{ 2287, 2542, 0, 0 },
	{ 2287, 2542, 1, 0 },
	{ 1593, 1867, 0, 0 },
	{ 1593, 1867, 1, 0 },
	{ 1097, 1382, 0, 0 },
	{ 1097, 3900, 0, 0 },
	{ 1097, 1382, 1, 0 },
	{ 1097, 3900, 1, 0 },
	{ 1098, 1382, 0, 1 },
	{ 1098, 3900, 0, 1 },
	{ 1098, 1382, 1, 1 },
	{ 1098, 3900, 1, 1 },
	{ 5418, 8778, 0, 0 },
	{ 3463, 3720, 0, 0 },
	{ 3463, 3720, 1, 0 },
	{ 4826, 6306, 0, 0 },
	{ 4826, 6306, 1, 0 },
	{ 303, 390, 0, 0 },
	{ 303, 390, 1, 0 },
	{ 285, 372, 0, 0 },
	{ 285, 372, 1, 0 },
	{ 453, 522, 0, 0 },
	{ 453, 522, 1, 0 },
	{ 405, 483, 0, 0 },
	{ 405, 483, 1, 0 },
	{ 1466, 1737, 0, 0 },
	{ 1466, 1737, 1, 0 },
	{ 1635, 1910, 0, 0 },
	{ 1635, 1910, 1, 0 },
	{ 5412, 8765, 0, 0 },
	{ 5412, 8765, 1, 0 },
	{ 1042, 1327, 0, 0 },
	{ 1042, 1327, 1, 0 },
	{ 124, 144, 0, 0 },
	{ 124, 1797, 0, 0 },
	{ 124, 144, 1, 0 },
	{ 124, 1797, 1, 0 },
	{ 2851, 3098, 0, 0 },
	{ 2851, 3098, 1, 0 },
	{ 1989, 2248, 0, 0 },
	{ 1989, 2248, 1, 0 },
	{ 1853, 2110, 0, 0 },
	{ 1853, 2110, 1, 0 },
	{ 1881, 2138, 0, 0 },
	{ 1881, 2138, 1, 0 },
	{ 4471, 5281, 0, 0 },
	{ 907, 1189, 0, 0 },
	{ 907, 1189, 1, 0 },
	{ 2401, 2655, 0, 0 },
	{ 2401, 2655, 1, 0 },
	{ 3989, 4343, 0, 0 },
	{ 3989, 4343, 1, 0 },
	{ 2182, 2437, 0, 0 },
	{ 2182, 2499, 0, 0 },
	{ 2182, 2437, 1, 0 },
	{ 2182, 2499, 1, 0 },
	{ 301, 388, 0, 0 },
	{ 301, 388, 1, 0 },
	{ 4674, 5730, 0, 0 },
	{ 4674, 5730, 1, 0 },
	{ 4222, 4792, 0, 0 },
	{ 4222, 4792, 1, 0 },
	{ 162, 181, 0, 0 },
	{ 162, 181, 1, 0 },
	{ 1615, 1889, 0, 0 },
	{ 1615, 1889, 1, 0 },
	{ 4247, 4867, 0, 0 },
	{ 4247, 4867, 1, 0 },
	{ 2440, 2696, 0, 0 },
	{ 2440, 2696, 1, 0 },
	{ 2102, 2357, 0, 0 },
	{ 2102, 2357, 1, 0 },
	{ 3871, 4127, 0, 0 },
	{ 3871, 4127, 1, 0 },
	{ 2669, 2927, 0, 0 },
	{ 2669, 2927, 1, 0 },
	{ 5604, 9629, 0, 0 },
	{ 5604, 9629, 1, 0 },
	{ 1703, 1978, 0, 0 },
	{ 1703, 1978, 1, 0 },
	{ 1704, 1979, 0, 0 },
	{ 1704, 1979, 1, 0 },
	{ 6183, 37654, 0, 0 },
	{ 6183, 37654, 1, 0 },
	{ 1549, 1823, 0, 0 },
	{ 1549, 1823, 1, 0 },
	{ 2970, 3217, 0, 0 },
	{ 2970, 3217, 1, 0 },
	{ 951, 1233, 0, 0 },
	{ 951, 1233, 1, 0 },
	{ 3934, 4184, 0, 0 },
	{ 3934, 4184, 1, 0 },
	{ 3935, 4184, 0, 1 },
	{ 3935, 4184, 1, 1 },
	{ 2564, 2820, 0, 0 },
	{ 2564, 2820, 1, 0 },
	{ 1682, 1957, 0, 0 },
	{ 1682, 1957, 1, 0 },
	{ 868, 1151, 0, 0 },
	{ 868, 1151, 1, 0 },
	{ 4341, 5055, 0, 0 },
	{ 4341, 5055, 1, 0 },
	{ 3066, 3314, 0, 0 },
	{ 3066, 3314, 1, 0 },
	{ 3065, 3313, 0, 0 },
	{ 3065, 3313, 1, 0 },
	{ 4048, 4414, 0, 0 },
	{ 2282, 2537, 0, 0 },
	{ 2282, 2537, 1, 0 },
	{ 4073, 4445, 0, 0 },
	{ 4073, 4445, 1, 0 },
	{ 3104, 3356, 0, 0 },
	{ 3104, 3356, 1, 0 },
	{ 314, 401, 0, 0 },
	{ 314, 401, 1, 0 },
	{ 3409, 3664, 0, 0 },
	{ 3409, 3664, 1, 0 },
	{ 5020, 7010, 0, 0 },
	{ 5020, 7010, 1, 0 },
	{ 2393, 2648, 0, 0 },
	{ 2393, 2648, 1, 0 },
	{ 3529, 3786, 0, 0 },
	{ 3529, 3786, 1, 0 },
	{ 2489, 2745, 0, 0 },
	{ 2489, 2745, 1, 0 },
	{ 383, 465, 0, 1 },
	{ 3279, 3534, 0, 0 },
	{ 3279, 3534, 1, 0 },
	{ 535, 606, 0, 0 },
	{ 535, 606, 1, 0 },
	{ 5280, 8082, 0, 0 },
	{ 5280, 8082, 1, 0 },
	{ 1085, 1370, 0, 0 },
	{ 1085, 1370, 1, 0 },
	{ 5281, 8083, 0, 0 },
	{ 5281, 8083, 1, 0 },
	{ 3025, 3272, 0, 0 },
	{ 3025, 3272, 1, 0 },
	{ 5233, 7998, 1, 0 },
	{ 1226, 1506, 0, 0 },
	{ 1226, 1506, 1, 0 },
	{ 446, 519, 0, 0 },
	{ 446, 519, 1, 0 },
	{ 346, 431, 0, 0 },
	{ 346, 431, 1, 0 },
	{ 345, 430, 0, 0 },
	{ 345, 430, 1, 0 },
	{ 2274, 2529, 0, 0 },
	{ 2274, 2529, 1, 0 },
	{ 471, 540, 0, 0 },
	{ 471, 540, 1, 0 },
	{ 95, 117, 0, 0 },
	{ 95, 117, 1, 0 },
	{ 472, 541, 0, 0 },
	{ 472, 541, 1, 0 },
	{ 630, 697, 0, 0 },
	{ 630, 697, 1, 0 },
	{ 3588, 3845, 0, 0 },
	{ 3588, 3845, 1, 0 },
	{ 5842, 15118, 1, 0 },
	{ 4639, 5675, 0, 0 },
	{ 4639, 5675, 1, 0 },
	{ 3421, 3676, 0, 0 },
	{ 3421, 3676, 1, 0 },
	{ 604, 671, 0, 0 },
	{ 604, 671, 1, 0 },
	{ 603, 670, 0, 0 },
	{ 603, 670, 1, 0 },
	{ 5834, 14154, 0, 0 },
	{ 5834, 14154, 1, 0 },
	{ 1176, 1457, 0, 0 },
	{ 1176, 1457, 1, 0 },
	{ 5258, 8034, 0, 0 },
	{ 5258, 8034, 1, 0 },
	{ 3399, 3654, 0, 0 },
	{ 3399, 3654, 1, 0 },
	{ 4230, 4837, 0, 0 },
	{ 4230, 4837, 1, 0 },
	{ 4231, 4838, 0, 0 },
	{ 4231, 4838, 1, 0 },
	{ 4232, 4839, 0, 0 },
	{ 4232, 4839, 1, 0 },
	{ 3197, 3456, 0, 0 },
	{ 3197, 3456, 1, 0 },
	{ 3198, 3457, 0, 0 },
	{ 3198, 3457, 1, 0 },
	{ 3940, 4188, 0, 0 },
	{ 3940, 4188, 1, 0 },
	{ 623, 690, 0, 0 },
	{ 623, 690, 1, 0 },
	{ 1500, 1771, 0, 0 },
	{ 1500, 1771, 1, 0 },
	{ 5736, 11111, 0, 0 },
	{ 5736, 11111, 1, 0 },
	{ 885, 1168, 0, 0 },
	{ 885, 1168, 1, 0 },
	{ 2171, 2426, 0, 0 },
	{ 2171, 2426, 1, 0 },
	{ 2299, 2554, 0, 0 },
	{ 2299, 2554, 1, 0 },
	{ 5236, 8001, 0, 0 },
	{ 5236, 8001, 1, 0 },
	{ 2827, 3073, 0, 0 },
	{ 2827, 3073, 1, 0 },
	{ 5828, 14141, 0, 0 },
	{ 5828, 14141, 1, 0 },
	{ 5833, 14150, 0, 0 },
	{ 1504, 1775, 0, 0 },
	{ 5917, 18668, 0, 0 },
	{ 5918, 18668, 1, 0 },
	{ 1436, 1707, 0, 0 },
	{ 1436, 1707, 1, 0 },
	{ 505, 575, 0, 0 },
	{ 505, 575, 1, 0 },
	{ 4139, 4621, 1, 0 },
	{ 2175, 2430, 0, 0 },
	{ 2175, 2430, 1, 0 },
	{ 2176, 2431, 0, 0 },
	{ 2176, 2431, 1, 0 },
	{ 776, 1062, 0, 0 },
	{ 776, 1062, 1, 0 },
	{ 2515, 2771, 0, 0 },
	{ 2515, 2771, 1, 0 },
	{ 3023, 3270, 0, 0 },
	{ 3023, 3270, 1, 0 },
	{ 1278, 1556, 0, 0 },
	{ 1278, 1556, 1, 0 },
	{ 2545, 2802, 0, 0 },
	{ 1891, 2148, 0, 0 },
	{ 1891, 2148, 1, 0 },
	{ 2546, 2802, 1, 0 },
	{ 2735, 2993, 0, 0 },
	{ 2735, 2993, 1, 0 },
	{ 2736, 2994, 0, 0 },
	{ 2736, 2994, 1, 0 },
	{ 1279, 1556, 0, 1 },
	{ 1279, 1556, 1, 1 },
	{ 2514, 2770, 0, 0 },
	{ 2514, 2770, 1, 0 },
	{ 2355, 2610, 0, 0 },
	{ 2355, 2610, 1, 0 },
	{ 3481, 3738, 0, 0 },
	{ 3481, 3738, 1, 0 },
	{ 5481, 9050, 0, 0 },
	{ 5880, 17184, 0, 0 },
	{ 57, 78, 0, 0 },
	{ 57, 78, 1, 0 },
	{ 4951, 6678, 0, 0 },
	{ 4952, 6678, 1, 0 },
	{ 4631, 5646, 0, 0 },
	{ 770, 1056, 0, 0 },
	{ 770, 1056, 1, 0 },
	{ 3545, 3802, 0, 0 },
	{ 3545, 3802, 1, 0 },
	{ 673, 769, 0, 0 },
	{ 673, 769, 1, 0 },
	{ 1115, 1398, 0, 0 },
	{ 1115, 1398, 1, 0 },
	{ 2812, 3058, 0, 0 },
	{ 2812, 3058, 1, 0 },
	{ 443, 516, 0, 0 },
	{ 443, 516, 1, 0 },
	{ 1652, 1927, 0, 0 },
	{ 1652, 1927, 1, 0 },
	{ 2984, 3231, 0, 0 },
	{ 2984, 3231, 1, 0 },
	{ 1579, 1853, 0, 0 },
	{ 1579, 1853, 1, 0 },
	{ 2998, 3245, 0, 0 },
	{ 2998, 3245, 1, 0 },
	{ 3990, 4344, 0, 0 },
	{ 3990, 4344, 1, 0 },
	{ 5782, 12012, 0, 0 },
	{ 5782, 12012, 1, 0 },
	{ 5783, 12013, 0, 0 },
	{ 5783, 12013, 1, 0 },
	{ 3495, 3752, 0, 0 },
	{ 3495, 3752, 1, 0 },
	{ 5054, 7121, 0, 0 },
	{ 5054, 7121, 1, 0 },
	{ 1254, 1533, 0, 0 },
	{ 1254, 1533, 1, 0 },
	{ 1578, 1852, 0, 0 },
	{ 1578, 1852, 1, 0 },
	{ 2131, 2386, 0, 0 },
	{ 2131, 2386, 1, 0 },
	{ 4540, 5423, 0, 0 },
	{ 4540, 5423, 1, 0 },
	{ 5545, 9284, 0, 0 },
	{ 5545, 9284, 1, 0 },
	{ 3346, 3601, 0, 0 },
	{ 3346, 3601, 1, 0 },
	{ 4949, 6673, 0, 0 },
	{ 4949, 6673, 1, 0 },
	{ 4947, 6672, 0, 0 },
	{ 4947, 6672, 1, 0 },
	{ 4950, 6673, 0, 1 },
	{ 4950, 6673, 1, 1 },
	{ 4948, 6672, 0, 1 },
	{ 4948, 6672, 1, 1 },
	{ 965, 1247, 0, 0 },
	{ 965, 1247, 1, 0 },
	{ 1357, 1631, 0, 0 },
	{ 1357, 1631, 1, 0 },
	{ 6026, 24249, 0, 0 },
	{ 6026, 24249, 1, 0 },
	{ 1266, 1545, 0, 0 },
	{ 1266, 1545, 1, 0 },
	{ 5646, 9979, 0, 0 },
	{ 2219, 2474, 0, 0 },
	{ 2219, 2474, 1, 0 },
	{ 1594, 1868, 0, 0 },
	{ 1594, 1868, 1, 0 },
	{ 1220, 1500, 0, 0 },
	{ 1220, 1500, 1, 0 },
	{ 156, 175, 0, 0 },
	{ 156, 175, 1, 0 },
	{ 2894, 3141, 0, 0 },
	{ 2894, 3141, 1, 0 },
	{ 197, 214, 0, 0 },
	{ 197, 214, 1, 0 },
	{ 1922, 2179, 0, 0 },
	{ 1922, 2179, 1, 0 },
	{ 5035, 7024, 0, 0 },
	{ 5035, 7024, 1, 0 },
	{ 5036, 7025, 0, 0 },
	{ 5036, 7025, 1, 0 },
	{ 5312, 8182, 0, 0 },
	{ 5312, 8182, 1, 0 },
	{ 507, 577, 0, 0 },
	{ 507, 577, 1, 0 },
	{ 5808, 13724, 0, 0 },
	{ 5808, 13724, 1, 0 },
	{ 5206, 7802, 1, 0 },
	{ 3073, 3321, 0, 0 },
	{ 3073, 3321, 1, 0 },
	{ 2283, 2538, 0, 0 },
	{ 2283, 2538, 1, 0 },
	{ 5404, 8699, 0, 0 },
	{ 1523, 1796, 0, 0 },
	{ 1523, 1796, 1, 0 },
	{ 4945, 6670, 0, 0 },
	{ 4945, 6670, 1, 0 },
	{ 6057, 25793, 0, 0 },
	{ 6057, 25793, 1, 0 },
	{ 5997, 22555, 1, 0 },
	{ 5996, 22555, 0, 0 },
	{ 5970, 21590, 0, 0 },
	{ 5970, 21590, 1, 0 },
	{ 3286, 3541, 0, 0 },
	{ 3286, 3541, 1, 0 },
	{ 3370, 3625, 0, 0 },
	{ 3370, 3625, 1, 0 },
	{ 4067, 4433, 0, 0 },
	{ 5810, 13783, 0, 0 },
	{ 5810, 13783, 1, 0 },
	{ 6089, 28200, 0, 0 },
	{ 6089, 28200, 1, 0 },
	{ 5379, 8473, 0, 0 },
	{ 5379, 8473, 1, 0 },
	{ 4411, 5164, 0, 0 },
	{ 4412, 5164, 1, 0 },
	{ 1237, 1517, 0, 0 },
	{ 1237, 1517, 1, 0 },
	{ 1236, 1516, 0, 0 },
	{ 1236, 1516, 1, 0 },
	{ 1060, 1345, 0, 0 },
	{ 1060, 1345, 1, 0 },
	{ 4331, 5046, 1, 0 },
	{ 942, 1224, 0, 0 },
	{ 942, 1224, 1, 0 },
	{ 610, 677, 0, 0 },
	{ 610, 677, 1, 0 },
	{ 605, 672, 0, 0 },
	{ 605, 672, 1, 0 },
	{ 609, 676, 0, 0 },
	{ 609, 676, 1, 0 },
	{ 2394, 2649, 0, 0 },
	{ 2394, 2649, 1, 0 },
	{ 1239, 1519, 0, 0 },
	{ 1239, 1519, 1, 0 },
	{ 1238, 1518, 0, 0 },
	{ 1238, 1518, 1, 0 },
	{ 1314, 1589, 0, 0 },
	{ 1314, 1589, 1, 0 },
	{ 5553, 9300, 0, 0 },
	{ 5553, 9300, 1, 0 },
	{ 2275, 2530, 0, 0 },
	{ 2275, 2530, 1, 0 },
	{ 6029, 24323, 0, 0 },
	{ 6194, 39063, 0, 0 },
	{ 3628, 3883, 0, 0 },
	{ 3628, 3883, 1, 0 },
	{ 4295, 4991, 0, 0 },
	{ 4295, 4991, 1, 0 },
	{ 1681, 1956, 0, 0 },
	{ 1681, 1956, 1, 0 },
	{ 1817, 2074, 0, 0 },
	{ 1817, 2074, 1, 0 },
	{ 1996, 2255, 0, 0 },
	{ 1996, 2255, 1, 0 },
	{ 2565, 2821, 0, 0 },
	{ 2565, 2821, 1, 0 },
	{ 3776, 4032, 0, 0 },
	{ 3776, 4032, 1, 0 },
	{ 1033, 1317, 0, 0 },
	{ 1033, 1317, 1, 0 },
	{ 2155, 2410, 0, 0 },
	{ 2155, 2410, 1, 0 },
	{ 5832, 14149, 0, 0 },
	{ 5832, 14149, 1, 0 },
	{ 1611, 1885, 0, 0 },
	{ 1611, 1885, 1, 0 },
	{ 3893, 4147, 0, 0 },
	{ 3893, 4147, 1, 0 },
	{ 3033, 3280, 0, 0 },
	{ 3033, 3280, 1, 0 },
	{ 3069, 3317, 0, 0 },
	{ 3069, 3317, 1, 0 },
	{ 2132, 2387, 0, 0 },
	{ 2132, 2387, 1, 0 },
	{ 1606, 1880, 0, 0 },
	{ 1606, 1880, 1, 0 },
	{ 5593, 9598, 0, 0 },
	{ 5593, 9598, 1, 0 },
	{ 2634, 2893, 0, 0 },
	{ 2634, 2893, 1, 0 },
	{ 5146, 7566, 0, 0 },
	{ 5146, 7566, 1, 0 },
	{ 2284, 2539, 0, 0 },
	{ 2284, 2539, 1, 0 },
	{ 731, 996, 0, 0 },
	{ 731, 996, 1, 0 },
	{ 2738, 2996, 0, 0 },
	{ 2738, 2996, 1, 0 },
	{ 241, 312, 0, 0 },
	{ 241, 312, 1, 0 },
	{ 3115, 3375, 0, 0 },
	{ 3115, 3375, 1, 0 },
	{ 2439, 2695, 0, 0 },
	{ 2439, 2695, 1, 0 },
	{ 5194, 7779, 0, 0 },
	{ 5194, 7779, 1, 0 },
	{ 3253, 3509, 0, 0 },
	{ 3253, 3509, 1, 0 },
	{ 5869, 16666, 1, 0 },
	{ 2876, 3122, 0, 0 },
	{ 2876, 3122, 1, 0 },
	{ 4693, 5780, 0, 0 },
	{ 4356, 5070, 0, 0 },
	{ 4356, 5070, 1, 0 },
	{ 1956, 2216, 0, 0 },
	{ 1956, 2216, 1, 0 },
	{ 3225, 3482, 0, 0 },
	{ 3225, 3482, 1, 0 },
	{ 3891, 4145, 0, 0 },
	{ 3891, 4145, 1, 0 },
	{ 5320, 8199, 0, 0 },
	{ 5320, 8199, 1, 0 },
	{ 2960, 3207, 0, 0 },
	{ 2960, 3207, 1, 0 },
	{ 3397, 3652, 0, 0 },
	{ 3397, 3652, 1, 0 },
	{ 4219, 4789, 1, 0 },
	{ 4220, 4790, 1, 0 },
	{ 2291, 2546, 0, 0 },
	{ 2291, 2546, 1, 0 },
	{ 2293, 2548, 0, 0 },
	{ 2293, 2548, 1, 0 },
	{ 2292, 2547, 0, 0 },
	{ 2292, 2547, 1, 0 },
	{ 4700, 5787, 1, 0 },
	{ 3378, 3633, 0, 0 },
	{ 3378, 3633, 1, 0 },
	{ 3791, 4049, 0, 0 },
	{ 3791, 4049, 1, 0 },
	{ 2353, 2608, 0, 0 },
	{ 2353, 2608, 1, 0 },
	{ 2200, 2455, 0, 0 },
	{ 2200, 2455, 1, 0 },
	{ 4930, 6626, 0, 0 },
	{ 4930, 6626, 1, 0 },
	{ 2053, 2312, 0, 0 },
	{ 2053, 2312, 1, 0 },
	{ 2690, 2948, 0, 0 },
	{ 2690, 2948, 1, 0 },
	{ 3779, 4035, 0, 0 },
	{ 3779, 4035, 1, 0 },
	{ 3780, 4036, 0, 0 },
	{ 3780, 4036, 1, 0 },
	{ 2691, 2949, 0, 0 },
	{ 2691, 2949, 1, 0 },
	{ 5524, 9205, 0, 0 },
	{ 5524, 9205, 1, 0 },
	{ 5526, 9207, 0, 0 },
	{ 5526, 9207, 1, 0 },
	{ 5523, 9204, 0, 0 },
	{ 5523, 9204, 1, 0 },
	{ 5525, 9206, 0, 0 },
	{ 5525, 9206, 1, 0 },
	{ 5519, 9200, 0, 0 },
	{ 5519, 9200, 1, 0 },
	{ 5521, 9202, 0, 0 },
	{ 5521, 9202, 1, 0 },
	{ 5520, 9201, 0, 0 },
	{ 5520, 9201, 1, 0 },
	{ 5522, 9203, 0, 0 },
	{ 5522, 9203, 1, 0 },
	{ 5791, 12322, 0, 0 },
	{ 5791, 12322, 1, 0 },
	{ 5790, 12321, 0, 0 },
	{ 5790, 12321, 1, 0 },
	{ 790, 1074, 0, 0 },
	{ 790, 1074, 1, 0 },
	{ 3569, 3826, 0, 0 },
	{ 3569, 3826, 1, 0 },
	{ 5243, 8007, 0, 0 },
	{ 5243, 8007, 1, 0 },
	{ 4678, 5744, 0, 0 },
	{ 4678, 5744, 1, 0 },
	{ 4677, 5743, 0, 0 },
	{ 4677, 5743, 1, 0 },
	{ 2467, 2723, 0, 0 },
	{ 2467, 2723, 1, 0 },
	{ 5088, 7272, 0, 0 },
	{ 5088, 7272, 1, 0 },
	{ 3307, 3563, 0, 0 },
	{ 3307, 3563, 1, 0 },
	{ 4793, 6143, 0, 0 },
	{ 4793, 6143, 1, 0 },
	{ 987, 1269, 0, 0 },
	{ 987, 1269, 1, 0 },
	{ 4734, 5990, 0, 0 },
	{ 4734, 5990, 1, 0 },
	{ 4732, 5988, 0, 0 },
	{ 4732, 5988, 1, 0 },
	{ 4733, 5989, 0, 0 },
	{ 4733, 5989, 1, 0 },
	{ 4731, 5987, 0, 0 },
	{ 4731, 5987, 1, 0 },
	{ 5452, 8912, 0, 0 },
	{ 5452, 8912, 1, 0 },
	{ 3936, 4185, 0, 0 },
	{ 3936, 4185, 1, 0 },
	{ 4239, 4845, 0, 0 },
	{ 4239, 4845, 1, 0 },
	{ 6272, 48050, 0, 0 },
	{ 5728, 11095, 0, 0 },
	{ 5728, 11095, 1, 0 },
	{ 1282, 1559, 0, 0 },
	{ 1282, 1559, 1, 0 },
	{ 1468, 1739, 0, 0 },
	{ 1468, 1739, 1, 0 },
	{ 825, 1110, 0, 0 },
	{ 3491, 3748, 0, 0 },
	{ 3491, 3748, 1, 0 },
	{ 2592, 2851, 0, 0 },
	{ 2592, 2851, 1, 0 },
	{ 1797, 2054, 0, 0 },
	{ 1797, 2054, 1, 0 },
	{ 1688, 1963, 0, 0 },
	{ 1688, 1963, 1, 0 },
	{ 3255, 3511, 0, 0 },
	{ 3255, 3511, 1, 0 },
	{ 2648, 2907, 0, 0 },
	{ 2648, 2907, 1, 0 },
	{ 801, 1085, 0, 0 },
	{ 801, 1085, 1, 0 },
	{ 5973, 21845, 0, 0 },
	{ 5973, 21845, 1, 0 },
	{ 739, 1001, 0, 0 },
	{ 5494, 9090, 0, 0 },
	{ 5494, 9090, 1, 0 },
	{ 5282, 8084, 0, 0 },
	{ 3168, 3427, 0, 0 },
	{ 3168, 3427, 1, 0 },
	{ 671, 765, 0, 0 },
	{ 671, 765, 1, 0 },
	{ 3090, 3342, 0, 0 },
	{ 3090, 3342, 1, 0 },
	{ 4288, 4984, 0, 0 },
	{ 3927, 4177, 0, 0 },
	{ 3927, 4177, 1, 0 },
	{ 4592, 5566, 0, 0 },
	{ 1601, 1875, 0, 0 },
	{ 1601, 1875, 1, 0 },
	{ 4242, 4847, 0, 0 },
	{ 4242, 4847, 1, 0 },
	{ 3799, 4057, 0, 0 },
	{ 3799, 4057, 1, 0 },
	{ 760, 1046, 0, 0 },
	{ 760, 1046, 1, 0 },
	{ 6141, 33000, 0, 0 },
	{ 3107, 3359, 0, 0 },
	{ 3107, 3359, 1, 0 },
	{ 4709, 5859, 0, 0 },
	{ 4709, 5859, 1, 0 },
	{ 2986, 3233, 0, 0 },
	{ 2986, 3233, 1, 0 },
	{ 439, 513, 1, 0 },
	{ 496, 565, 0, 0 },
	{ 496, 565, 1, 0 },
	{ 26, 43, 0, 0 },
	{ 43, 63, 0, 1 },
	{ 43, 63, 1, 1 },
	{ 42, 63, 0, 0 },
	{ 42, 63, 1, 0 },
	{ 2525, 2781, 0, 0 },
	{ 2525, 2781, 1, 0 },
	{ 1743, 2019, 0, 0 },
	{ 1743, 2009, 1, 0 },
	{ 5992, 22347, 0, 0 },
	{ 5992, 22347, 1, 0 },
	{ 4026, 4390, 0, 0 },
	{ 4026, 4390, 1, 0 },
	{ 5750, 11208, 0, 0 },
	{ 5750, 11208, 1, 0 },
	{ 1616, 1890, 0, 0 },
	{ 1616, 1890, 1, 0 },
	{ 2262, 2518, 0, 0 },
	{ 2262, 2518, 1, 0 },
	{ 1972, 2231, 0, 0 },
	{ 1972, 2231, 1, 0 },
	{ 2722, 2980, 0, 0 },
	{ 2722, 2980, 1, 0 },
	{ 1041, 1326, 0, 0 },
	{ 1041, 1326, 1, 0 },
	{ 2266, 2522, 0, 0 },
	{ 2266, 2522, 1, 0 },
	{ 1288, 1565, 0, 0 },
	{ 1288, 1565, 1, 0 },
	{ 1456, 1727, 0, 0 },
	{ 1456, 1727, 1, 0 },
	{ 1513, 1785, 0, 0 },
	{ 1513, 1785, 1, 0 },
	{ 465, 534, 0, 0 },
	{ 465, 534, 1, 0 },
	{ 4306, 5009, 0, 0 },
	{ 4306, 5009, 1, 0 },
	{ 3419, 3674, 0, 0 },
	{ 3419, 3674, 1, 0 },
	{ 1007, 1290, 0, 0 },
	{ 1007, 1290, 1, 0 },
	{ 4415, 5166, 0, 0 },
	{ 4415, 5166, 1, 0 },
	{ 4742, 6065, 0, 0 },
	{ 4742, 6065, 1, 0 },
	{ 869, 1152, 0, 0 },
	{ 869, 1152, 1, 0 },
	{ 3670, 3926, 0, 0 },
	{ 3670, 3926, 1, 0 },
	{ 5106, 7395, 0, 0 },
	{ 5106, 7395, 1, 0 },
	{ 6257, 47001, 0, 0 },
	{ 1232, 1512, 0, 0 },
	{ 1232, 1512, 1, 0 },
	{ 3014, 3261, 0, 0 },
	{ 3014, 3261, 1, 0 },
	{ 3604, 3861, 0, 0 },
	{ 3604, 3861, 1, 0 },
	{ 3155, 3414, 0, 0 },
	{ 3155, 3414, 1, 0 },
	{ 4251, 4871, 0, 0 },
	{ 4251, 4871, 1, 0 },
	{ 1729, 2001, 1, 0 },
	{ 2464, 2720, 0, 0 },
	{ 2464, 2720, 1, 0 },
	{ 2733, 2991, 0, 0 },
	{ 2733, 2991, 1, 0 },
	{ 3553, 3810, 0, 0 },
	{ 3553, 3810, 1, 0 },
	{ 2248, 2504, 0, 0 },
	{ 2248, 2504, 1, 0 },
	{ 6175, 36411, 1, 0 },
	{ 1053, 1338, 0, 0 },
	{ 1053, 1338, 1, 0 },
	{ 4259, 4883, 0, 0 },
	{ 2972, 3219, 0, 0 },
	{ 2972, 3219, 1, 0 },
	{ 5986, 22273, 0, 0 },
	{ 5986, 22273, 1, 0 },
	{ 6066, 26208, 0, 0 },
	{ 6066, 26208, 1, 0 },
	{ 3207, 3466, 0, 0 },
	{ 3207, 3466, 1, 0 },
	{ 4052, 4417, 0, 0 },
	{ 1182, 1462, 0, 0 },
	{ 1182, 1462, 1, 0 },
	{ 2340, 2595, 0, 0 },
	{ 2340, 2595, 1, 0 },
	{ 2341, 2596, 0, 0 },
	{ 2341, 2596, 1, 0 },
	{ 4100, 4545, 0, 0 },
	{ 4100, 4545, 1, 0 },
	{ 685, 776, 0, 0 },
	{ 685, 776, 1, 0 },
	{ 687, 780, 0, 0 },
	{ 687, 780, 1, 0 },
	{ 5241, 8006, 0, 0 },
	{ 5242, 8006, 1, 0 },
	{ 1049, 1334, 0, 0 },
	{ 1049, 1334, 1, 0 },
	{ 2080, 2340, 0, 0 },
	{ 2080, 2340, 1, 0 },
	{ 2081, 2340, 0, 1 },
	{ 2081, 2340, 1, 1 },
	{ 4779, 6114, 0, 0 },
	{ 3445, 3702, 0, 0 },
	{ 3445, 3702, 1, 0 },
	{ 4507, 5357, 0, 0 },
	{ 4507, 5357, 1, 0 },
	{ 4508, 5358, 0, 0 },
	{ 4508, 5358, 1, 0 },
	{ 4255, 4879, 0, 0 },
	{ 3118, 3378, 0, 0 },
	{ 3118, 3378, 1, 0 },
	{ 4303, 5006, 0, 0 },
	{ 4303, 5006, 1, 0 },
	{ 4304, 5007, 0, 0 },
	{ 4304, 5007, 1, 0 },
	{ 4729, 5985, 0, 0 },
	{ 4729, 5985, 1, 0 },
	{ 4730, 5986, 0, 0 },
	{ 4730, 5986, 1, 0 },
	{ 3549, 3806, 0, 0 },
	{ 3549, 3806, 1, 0 },
	{ 5578, 9444, 0, 0 },
	{ 5578, 9444, 1, 0 },
	{ 4065, 4431, 0, 0 },
	{ 4098, 4537, 0, 0 },
	{ 4098, 4537, 1, 0 },
	{ 4922, 6602, 0, 0 },
	{ 2865, 3111, 0, 0 },
	{ 2865, 3111, 1, 0 },
	{ 2549, 2805, 0, 0 },
	{ 2549, 2805, 1, 0 },
	{ 2666, 2923, 0, 0 },
	{ 2666, 2923, 1, 0 },
	{ 2142, 2396, 0, 0 },
	{ 2142, 2396, 1, 0 },
	{ 3335, 3590, 0, 0 },
	{ 3335, 3590, 1, 0 },
	{ 3459, 3716, 0, 0 },
	{ 3459, 3716, 1, 0 },
	{ 3460, 3717, 0, 0 },
	{ 3460, 3717, 1, 0 },
	{ 4530, 5413, 0, 0 },
	{ 4530, 5413, 1, 0 },
	{ 60, 80, 0, 1 },
	{ 60, 80, 1, 1 },
	{ 2528, 2784, 0, 0 },
	{ 2528, 2784, 1, 0 },
	{ 61, 80, 0, 1 },
	{ 61, 80, 1, 1 },
	{ 1489, 1760, 0, 0 },
	{ 1489, 1760, 1, 0 },
	{ 4011, 4368, 0, 0 },
	{ 4011, 4368, 1, 0 },
	{ 3484, 3741, 0, 0 },
	{ 3484, 3741, 1, 0 },
	{ 3660, 3916, 0, 0 },
	{ 3660, 3916, 1, 0 },
	{ 1908, 2165, 0, 0 },
	{ 1908, 2165, 1, 0 },
	{ 223, 265, 0, 0 },
	{ 223, 265, 1, 0 },
	{ 4740, 6000, 0, 0 },
	{ 4740, 6001, 0, 0 },
	{ 4740, 6002, 0, 0 },
	{ 4740, 6003, 0, 0 },
	{ 4740, 6004, 0, 0 },
	{ 4740, 6005, 0, 0 },
	{ 4740, 6006, 0, 0 },
	{ 4740, 6007, 0, 0 },
	{ 4740, 6008, 0, 0 },
	{ 4740, 6009, 0, 0 },
	{ 4740, 6010, 0, 0 },
	{ 4740, 6011, 0, 0 },
	{ 4740, 6012, 0, 0 },
	{ 4740, 6013, 0, 0 },
	{ 4740, 6014, 0, 0 },
	{ 4740, 6015, 0, 0 },
	{ 4740, 6016, 0, 0 },
	{ 4740, 6017, 0, 0 },
	{ 4740, 6018, 0, 0 },
	{ 4740, 6019, 0, 0 },
	{ 4740, 6020, 0, 0 },
	{ 4740, 6021, 0, 0 },
	{ 4740, 6022, 0, 0 },
	{ 4740, 6023, 0, 0 },
	{ 4740, 6024, 0, 0 },
	{ 4740, 6025, 0, 0 },
	{ 4740, 6026, 0, 0 },
	{ 4740, 6027, 0, 0 },
	{ 4740, 6028, 0, 0 },
	{ 4740, 6029, 0, 0 },
	{ 4740, 6030, 0, 0 },
	{ 4740, 6031, 0, 0 },
	{ 4740, 6032, 0, 0 },
	{ 4740, 6033, 0, 0 },
	{ 4740, 6034, 0, 0 },
	{ 4740, 6035, 0, 0 },
	{ 4740, 6036, 0, 0 },
	{ 4740, 6037, 0, 0 },
	{ 4740, 6038, 0, 0 },
	{ 4740, 6039, 0, 0 },
	{ 4740, 6040, 0, 0 },
	{ 4740, 6041, 0, 0 },
	{ 4740, 6042, 0, 0 },
	{ 4740, 6043, 0, 0 },
	{ 4740, 6044, 0, 0 },
	{ 4740, 6045, 0, 0 },
	{ 4740, 6046, 0, 0 },
	{ 4740, 6047, 0, 0 },
	{ 4740, 6048, 0, 0 },
	{ 4740, 6049, 0, 0 },
	{ 4740, 6050, 0, 0 },
	{ 4740, 6051, 0, 0 },
	{ 4740, 6052, 0, 0 },
	{ 4740, 6053, 0, 0 },
	{ 4740, 6054, 0, 0 },
	{ 4740, 6055, 0, 0 },
	{ 4740, 6056, 0, 0 },
	{ 4740, 6057, 0, 0 },
	{ 4740, 6058, 0, 0 },
	{ 4740, 6059, 0, 0 },
	{ 4740, 6060, 0, 0 },
	{ 4740, 6061, 0, 0 },
	{ 4740, 6062, 0, 0 },
	{ 4740, 6063, 0, 0 },
	{ 4740, 6000, 1, 0 },
	{ 4740, 6001, 1, 0 },
	{ 4740, 6002, 1, 0 },
	{ 4740, 6003, 1, 0 },
	{ 4740, 6004, 1, 0 },
	{ 4740, 6005, 1, 0 },
	{ 4740, 6006, 1, 0 },
	{ 4740, 6007, 1, 0 },
	{ 4740, 6008, 1, 0 },
	{ 4740, 6009, 1, 0 },
	{ 4740, 6010, 1, 0 },
	{ 4740, 6011, 1, 0 },
	{ 4740, 6012, 1, 0 },
	{ 4740, 6013, 1, 0 },
	{ 4740, 6014, 1, 0 },
	{ 4740, 6015, 1, 0 },
	{ 4740, 6016, 1, 0 },
	{ 4740, 6017, 1, 0 },
	{ 4740, 6018, 1, 0 },
	{ 4740, 6019, 1, 0 },
	{ 4740, 6020, 1, 0 },
	{ 4740, 6021, 1, 0 },
	{ 4740, 6022, 1, 0 },
	{ 4740, 6023, 1, 0 },
	{ 4740, 6024, 1, 0 },
	{ 4740, 6025, 1, 0 },
	{ 4740, 6026, 1, 0 },
	{ 4740, 6027, 1, 0 },
	{ 4740, 6028, 1, 0 },
	{ 4740, 6029, 1, 0 },
	{ 4740, 6030, 1, 0 },
	{ 4740, 6031, 1, 0 },
	{ 4740, 6032, 1, 0 },
	{ 4740, 6033, 1, 0 },
	{ 4740, 6034, 1, 0 },
	{ 4740, 6035, 1, 0 },
	{ 4740, 6036, 1, 0 },
	{ 4740, 6037, 1, 0 },
	{ 4740, 6038, 1, 0 },
	{ 4740, 6039, 1, 0 },
	{ 4740, 6040, 1, 0 },
	{ 4740, 6041, 1, 0 },
	{ 4740, 6042, 1, 0 },
	{ 4740, 6043, 1, 0 },
	{ 4740, 6044, 1, 0 },
	{ 4740, 6045, 1, 0 },
	{ 4740, 6046, 1, 0 },
	{ 4740, 6047, 1, 0 },
	{ 4740, 6048, 1, 0 },
	{ 4740, 6049, 1, 0 },
	{ 4740, 6050, 1, 0 },
	{ 4740, 6051, 1, 0 },
	{ 4740, 6052, 1, 0 },
	{ 4740, 6053, 1, 0 },
	{ 4740, 6054, 1, 0 },
	{ 4740, 6055, 1, 0 },
	{ 4740, 6056, 1, 0 },
	{ 4740, 6057, 1, 0 },
	{ 4740, 6058, 1, 0 },
	{ 4740, 6059, 1, 0 },
	{ 4740, 6060, 1, 0 },
	{ 4740, 6061, 1, 0 },
	{ 4740, 6062, 1, 0 },
	{ 4740, 6063, 1, 0 },
	{ 1725, 1998, 0, 0 },
	{ 1725, 1998, 1, 0 },
	{ 5768, 11877, 1, 0 },
	{ 4685, 5757, 0, 0 },
	{ 4685, 5757, 1, 0 },
	{ 5624, 9877, 0, 0 },
	{ 862, 1145, 0, 0 },
	{ 862, 1145, 1, 0 },
	{ 1659, 1934, 0, 0 },
	{ 1659, 1934, 1, 0 },
	{ 719, 911, 0, 0 },
	{ 719, 911, 1, 0 },
	{ 5504, 9105, 0, 0 },
	{ 5504, 9105, 1, 0 },
	{ 4025, 4389, 0, 0 },
	{ 4025, 4389, 1, 0 },
	{ 3384, 3639, 0, 0 },
	{ 3384, 3639, 1, 0 },
	{ 2828, 3074, 0, 0 },
	{ 2828, 3074, 1, 0 },
	{ 4263, 4889, 0, 0 },
	{ 4262, 4888, 0, 0 },
	{ 5752, 11235, 0, 0 },
	{ 5157, 7629, 0, 0 },
	{ 5157, 7629, 1, 0 },
	{ 158, 177, 0, 0 },
	{ 158, 177, 1, 0 },
	{ 1873, 2130, 0, 0 },
	{ 1873, 2130, 1, 0 },
	{ 4910, 6558, 0, 0 },
	{ 4910, 6558, 1, 0 },
	{ 2843, 3088, 0, 0 },
	{ 2843, 3088, 1, 0 },
	{ 3685, 3940, 0, 0 },
	{ 3685, 3940, 1, 0 },
	{ 62, 82, 0, 0 },
	{ 62, 82, 1, 0 },
	{ 615, 682, 0, 0 },
	{ 615, 682, 1, 0 },
	{ 3855, 4111, 0, 0 },
	{ 3855, 4111, 1, 0 },
	{ 4780, 6115, 0, 0 },
	{ 1649, 1924, 0, 0 },
	{ 1649, 1924, 1, 0 },
	{ 2068, 2327, 0, 0 },
	{ 2068, 2327, 1, 0 },
	{ 1281, 1558, 0, 0 },
	{ 1281, 1558, 1, 0 },
	{ 1762, 2021, 1, 0 },
	{ 1764, 2022, 1, 0 },
	{ 1765, 2023, 0, 0 },
	{ 1765, 2023, 1, 0 },
	{ 1766, 2024, 0, 0 },
	{ 1766, 2024, 1, 0 },
	{ 1760, 2020, 0, 0 },
	{ 1760, 2020, 1, 0 },
	{ 2082, 2341, 0, 0 },
	{ 2082, 2341, 1, 0 },
	{ 3719, 3974, 0, 0 },
	{ 3719, 3974, 1, 0 },
	{ 4496, 5344, 0, 0 },
	{ 4496, 5344, 1, 0 },
	{ 1658, 1933, 0, 0 },
	{ 1658, 1933, 1, 0 },
	{ 4218, 4788, 0, 0 },
	{ 3153, 3412, 0, 0 },
	{ 3153, 3412, 1, 0 },
	{ 3698, 3953, 0, 0 },
	{ 3698, 3953, 1, 0 },
	{ 5496, 9092, 0, 0 },
	{ 5496, 9092, 1, 0 },
	{ 531, 602, 0, 0 },
	{ 531, 602, 1, 0 },
	{ 5495, 9091, 0, 0 },
	{ 5495, 9091, 1, 0 },
	{ 5610, 9667, 0, 0 },
	{ 5610, 9667, 1, 0 },
	{ 3622, 3877, 0, 0 },
	{ 3622, 3877, 1, 0 },
	{ 4470, 5280, 0, 0 },
	{ 4434, 5222, 0, 0 },
	{ 4465, 5269, 0, 0 },
	{ 5119, 7430, 0, 0 },
	{ 5119, 7430, 1, 0 },
	{ 2020, 2279, 0, 0 },
	{ 2020, 2279, 1, 0 },
	{ 1445, 1716, 0, 0 },
	{ 1445, 1716, 1, 0 },
	{ 1900, 2157, 0, 0 },
	{ 1900, 2157, 1, 0 },
	{ 2974, 3221, 0, 0 },
	{ 2974, 3221, 1, 0 },
	{ 2973, 3220, 0, 0 },
	{ 2973, 3220, 1, 0 },
	{ 1379, 1652, 0, 0 },
	{ 1379, 1652, 1, 0 },
	{ 39, 56, 0, 0 },
	{ 39, 56, 1, 0 },
	{ 37, 54, 0, 0 },
	{ 37, 54, 1, 0 },
	{ 145, 165, 0, 0 },
	{ 145, 165, 1, 0 },
	{ 40, 58, 0, 0 },
	{ 40, 58, 1, 0 },
	{ 34, 52, 0, 0 },
	{ 34, 52, 1, 0 },
	{ 3506, 3763, 0, 0 },
	{ 3506, 3763, 1, 0 },
	{ 5867, 16619, 0, 0 },
	{ 5767, 11876, 0, 0 },
	{ 5767, 11876, 1, 0 },
	{ 3480, 3737, 0, 0 },
	{ 5843, 15345, 0, 0 },
	{ 5843, 15345, 1, 0 },
	{ 3609, 3865, 0, 0 },
	{ 3609, 3865, 1, 0 },
	{ 2825, 3071, 0, 0 },
	{ 5837, 14500, 0, 0 },
	{ 5289, 8100, 0, 0 },
	{ 5289, 8100, 1, 0 },
	{ 4625, 5634, 0, 0 },
	{ 4625, 5634, 1, 0 },
	{ 6111, 31416, 0, 0 },
	{ 6111, 31416, 1, 0 },
	{ 1768, 2025, 1, 0 },
	{ 820, 1104, 0, 0 },
	{ 820, 1104, 1, 0 },
	{ 3396, 3651, 0, 0 },
	{ 3396, 3651, 1, 0 },
	{ 2204, 2459, 0, 0 },
	{ 2204, 2459, 1, 0 },
	{ 1345, 1619, 0, 0 },
	{ 1345, 1619, 1, 0 },
	{ 3465, 3722, 0, 0 },
	{ 3465, 3722, 1, 0 },
	{ 1069, 1354, 0, 0 },
	{ 1069, 1354, 1, 0 },
	{ 4995, 6936, 0, 0 },
	{ 4995, 6936, 1, 0 },
	{ 3254, 3510, 0, 0 },
	{ 3254, 3510, 1, 0 },
	{ 3391, 3646, 0, 0 },
	{ 3391, 3646, 1, 0 },
	{ 3464, 3721, 0, 0 },
	{ 3464, 3721, 1, 0 },
	{ 3839, 4095, 0, 0 },
	{ 3839, 4095, 1, 0 },
	{ 4781, 6116, 0, 0 },
	{ 4701, 5793, 0, 0 },
	{ 4701, 5793, 1, 0 },
	{ 3164, 3423, 0, 0 },
	{ 3164, 3423, 1, 0 },
	{ 3165, 3424, 0, 0 },
	{ 3165, 3424, 1, 0 },
	{ 431, 508, 0, 0 },
	{ 431, 508, 1, 0 },
	{ 3575, 3832, 0, 0 },
	{ 3575, 3832, 1, 0 },
	{ 5635, 9925, 0, 0 },
	{ 5645, 9978, 0, 0 },
	{ 4451, 5243, 0, 0 },
	{ 154, 173, 0, 0 },
	{ 154, 173, 1, 0 },
	{ 6108, 31029, 1, 0 },
	{ 3784, 4040, 0, 0 },
	{ 3784, 4040, 1, 0 },
	{ 3867, 4123, 0, 0 },
	{ 3867, 4123, 1, 0 },
	{ 6205, 41230, 0, 0 },
	{ 6205, 41230, 1, 0 },
	{ 6228, 44123, 0, 0 },
	{ 191, 210, 0, 0 },
	{ 191, 210, 1, 0 },
	{ 192, 210, 0, 1 },
	{ 192, 210, 1, 1 },
	{ 5674, 10050, 0, 0 },
	{ 5674, 10050, 1, 0 },
	{ 5675, 10051, 0, 0 },
	{ 5675, 10051, 1, 0 },
	{ 246, 317, 0, 0 },
	{ 246, 317, 1, 0 },
	{ 2731, 2989, 0, 0 },
	{ 2731, 2989, 1, 0 },
	{ 5156, 7628, 0, 0 },
	{ 5156, 7628, 1, 0 },
	{ 4313, 5020, 0, 0 },
	{ 4313, 5020, 1, 0 },
	{ 4314, 5021, 0, 0 },
	{ 4314, 5021, 1, 0 },
	{ 947, 1229, 0, 0 },
	{ 947, 1229, 1, 0 },
	{ 5895, 17754, 0, 0 },
	{ 5895, 17754, 1, 0 },
	{ 1846, 2103, 0, 0 },
	{ 1846, 2103, 1, 0 },
	{ 1847, 2104, 0, 0 },
	{ 1847, 2104, 1, 0 },
	{ 1845, 2102, 0, 0 },
	{ 1845, 2102, 1, 0 },
	{ 3517, 3774, 0, 0 },
	{ 3517, 3774, 1, 0 },
	{ 3816, 4072, 0, 0 },
	{ 3816, 4072, 1, 0 },
	{ 5896, 17755, 0, 0 },
	{ 5896, 17755, 1, 0 },
	{ 5897, 17756, 0, 0 },
	{ 5897, 17756, 1, 0 },
	{ 1143, 1425, 0, 0 },
	{ 1143, 1425, 1, 0 },
	{ 5047, 7088, 1, 0 },
	{ 3669, 3925, 0, 0 },
	{ 3669, 3925, 1, 0 },
	{ 5609, 9666, 0, 0 },
	{ 4634, 5670, 1, 0 },
	{ 5070, 7173, 0, 0 },
	{ 257, 346, 0, 0 },
	{ 257, 346, 1, 0 },
	{ 1876, 2133, 0, 0 },
	{ 1876, 2133, 1, 0 },
};
