<?php

declare(strict_types=1);

// A back-to-back user agent running in a Swoole UDP server: every INVITE
// opens a dialog with an inbound and an outbound leg, BYE tears it down.

final class SipMessage
{
    public function __construct(
        public readonly string $method,
        public readonly string $callId,
        public readonly string $fromTag,
        public readonly string $from,
        public readonly string $to,
        public readonly array $headers,
        public readonly string $body = '',
    ) {
    }

    public static function parse(string $datagram): self
    {
        [$head, $body] = explode("\r\n\r\n", $datagram, 2) + [1 => ''];
        $lines = explode("\r\n", $head);
        [$method] = explode(' ', array_shift($lines), 2);
        $headers = [];
        foreach ($lines as $line) {
            [$name, $value] = explode(':', $line, 2);
            $headers[strtolower(trim($name))] = trim($value);
        }
        preg_match('/tag=([\w.-]+)/', $headers['from'] ?? '', $tag);
        return new self($method, $headers['call-id'] ?? '', $tag[1] ?? '', $headers['from'] ?? '', $headers['to'] ?? '', $headers, $body);
    }
}

final class CallLeg
{
    private ?WeakReference $dialog = null;
    private string $state = 'init';

    public function __construct(
        public readonly string $tag,
        public readonly string $direction,
        public readonly string $remoteUri,
        public readonly string $sdp,
    ) {
    }

    public function attachTo(Dialog $dialog): void
    {
        $this->dialog = WeakReference::create($dialog);
    }

    public function transition(string $state): void
    {
        $this->state = $state;
        if ($state === 'terminated') {
            $this->dialog?->get()?->legTerminated($this);
        }
    }

    public function state(): string
    {
        return $this->state;
    }
}

final class Dialog
{
    /** @var array<string, CallLeg> */
    private array $legs = [];
    private int $live = 0;

    public function __construct(public readonly string $callId, public readonly float $createdAt)
    {
    }

    public function addLeg(CallLeg $leg): CallLeg
    {
        $leg->attachTo($this);
        $this->legs[$leg->direction] = $leg;
        $this->live++;
        return $leg;
    }

    public function leg(string $direction): ?CallLeg
    {
        return $this->legs[$direction] ?? null;
    }

    public function legTerminated(CallLeg $leg): void
    {
        $this->live--;
    }

    public function isOver(): bool
    {
        return $this->live === 0;
    }
}

final class RouteTable
{
    private const ROUTES = [
        '44' => 'sip:gw1.carrier-uk.example:5060',
        '49' => 'sip:trunk.de-voip.example:5060',
        '1' => 'sip:pop-nyc.voipco.example:5060',
    ];

    public function gatewayFor(string $e164): string
    {
        foreach (self::ROUTES as $prefix => $gw) {
            if (str_starts_with($e164, (string) $prefix)) {
                return $gw;
            }
        }
        return 'sip:default.lcr.example:5060';
    }
}

final class B2bua
{
    /** @var array<string, Dialog> */
    private array $dialogs = [];
    private int $completed = 0;

    public function __construct(private RouteTable $routes)
    {
    }

    public function onPacket(string $datagram): void
    {
        $msg = SipMessage::parse($datagram);
        match ($msg->method) {
            'INVITE' => $this->onInvite($msg),
            'BYE' => $this->onBye($msg),
            default => null,
        };
    }

    private function onInvite(SipMessage $msg): void
    {
        $dialog = new Dialog($msg->callId, microtime(true));
        preg_match('/sip:\+?(\d+)@/', $msg->to, $m);
        $dialog->addLeg(new CallLeg($msg->fromTag, 'in', $msg->from, $msg->body));
        $dialog->addLeg(new CallLeg(
            bin2hex(random_bytes(5)),
            'out',
            str_replace('sip:', 'sip:+' . ($m[1] ?? '') . '@', $this->routes->gatewayFor($m[1] ?? '')),
            $this->rewriteSdp($msg->body),
        ));
        $this->dialogs[$msg->callId] = $dialog;
    }

    private function onBye(SipMessage $msg): void
    {
        $dialog = $this->dialogs[$msg->callId] ?? null;
        if ($dialog === null) {
            return;
        }
        $dialog->leg('in')?->transition('terminated');
        $dialog->leg('out')?->transition('terminated');
        if ($dialog->isOver()) {
            unset($this->dialogs[$msg->callId]);
            $this->completed++;
        }
    }

    private function rewriteSdp(string $sdp): string
    {
        return preg_replace('/c=IN IP4 [\d.]+/', 'c=IN IP4 203.0.113.10', $sdp);
    }
}

function sip_packet(string $method, string $callId, string $fromTag, string $caller, string $callee, string $body = ''): string
{
    return "$method sip:+$callee@sbc.example.net SIP/2.0\r\n"
        . "Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK" . substr(md5($callId . $method), 0, 10) . "\r\n"
        . "From: <sip:+$caller@pbx.customer.example>;tag=$fromTag\r\n"
        . "To: <sip:+$callee@sbc.example.net>\r\n"
        . "Call-ID: $callId\r\n"
        . "CSeq: 1 $method\r\n"
        . "Content-Type: application/sdp\r\n\r\n"
        . $body;
}

$b2bua = new B2bua(new RouteTable());
$prefixes = ['4420', '4930', '1212'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $callId = bin2hex(random_bytes(8)) . '@pbx.customer.example';
    $tag = 'as' . dechex(mt_rand());
    $caller = '44161' . str_pad((string) ($i % 9000), 6, '0', STR_PAD_LEFT);
    $callee = $prefixes[$i % 3] . str_pad((string) (($i * 37) % 1000000), 7, '0', STR_PAD_LEFT);
    $port = 10000 + ($i % 20000) * 2;
    $sdp = "v=0\r\no=- $i 1 IN IP4 198.51.100.7\r\ns=call\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\n"
        . "m=audio $port RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
        . "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=ptime:20\r\na=sendrecv\r\n";

    $b2bua->onPacket(sip_packet('INVITE', $callId, $tag, $caller, $callee, $sdp));
    $b2bua->onPacket(sip_packet('BYE', $callId, $tag, $caller, $callee));
}
