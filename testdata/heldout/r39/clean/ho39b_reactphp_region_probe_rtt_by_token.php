<?php

declare(strict_types=1);

// --- react/datagram stand-in --------------------------

final class DatagramSocket
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function send(string $data, string $remote): void
    {
    }

    public function deliver(string $data, string $remote): void
    {
        foreach ($this->listeners['message'] ?? [] as $listener) {
            $listener($data, $remote, $this);
        }
    }
}

// --- region latency probe service ----------------------------------------

/** A client that opened a probe handshake with this region server. */
final class ProbePeer
{
    public function __construct(
        public readonly string $remoteAddress,
        public readonly string $sessionToken,
        public readonly string $clientHello,
        public readonly int $openedAt,
    ) {
    }
}

final class RttWindow
{
    private const SIZE = 8;

    /** @var list<int> */
    private array $samples = [];

    public function __construct(
        public readonly string $peerAddress,
        public readonly string $sessionToken,
        public readonly string $region,
    ) {
    }

    public function push(int $rttMicros): void
    {
        $this->samples[] = $rttMicros;
        if (count($this->samples) > self::SIZE) {
            $this->samples = array_slice($this->samples, -self::SIZE);
        }
    }

    public function median(): int
    {
        $sorted = $this->samples;
        sort($sorted);

        return $sorted[intdiv(count($sorted), 2)];
    }

    public function belongsTo(ProbePeer $peer): bool
    {
        return $this->sessionToken === $peer->sessionToken;
    }
}

final class ProbeTracker
{
    /** @var array<string, RttWindow> */
    private array $windows = [];

    public function __construct(private readonly string $region)
    {
    }

    public function record(ProbePeer $peer, int $rttMicros): RttWindow
    {
        $key = self::keyOf($peer);
        $window = $this->windows[$key] ?? null;
        if ($window === null || !$window->belongsTo($peer)) {
            $window = new RttWindow($peer->remoteAddress, $peer->sessionToken, $this->region);
            $this->windows[$key] = $window;
        }
        $window->push($rttMicros);

        return $window;
    }

    private static function keyOf(ProbePeer $peer): string
    {
        return 'peer#' . spl_object_id($peer);
    }
}

final class ProbeServer
{
    public function __construct(private readonly ProbeTracker $tracker)
    {
    }

    public function __invoke(string $data, string $remote, DatagramSocket $socket): void
    {
        $packet = json_decode($data, true, 4, JSON_THROW_ON_ERROR);
        $peer = new ProbePeer($remote, (string) $packet['token'], (string) $packet['hello'], (int) $packet['t0']);

        // each probe carries three echo timestamps measured by the client
        foreach ($packet['echo'] as $t1) {
            $window = $this->tracker->record($peer, (int) $t1 - $peer->openedAt);
        }

        $socket->send(pack('NN', $window->median(), 1), $remote);
    }
}

$socket = new DatagramSocket();
$socket->on('message', new ProbeServer(new ProbeTracker('eu-west-2')));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $t0 = 1700000000000000 + $i * 250000;
    $datagram = json_encode([
        'token' => hash('sha256', 'probe' . $i),
        'hello' => base64_encode(sprintf('client=%s;build=1.14.%d;nat=%s;', 'pc-' . dechex(0xa000 + $i), $i % 3, ['open', 'moderate', 'strict'][$i % 3]) . str_repeat("\x01", 96)),
        't0' => $t0,
        'echo' => [$t0 + 31000 + $i % 900, $t0 + 29500 + $i % 700, $t0 + 33000 + $i % 500],
    ], JSON_THROW_ON_ERROR);
    $socket->deliver($datagram, sprintf('203.0.%d.%d:%d', intdiv($i, 250) % 256, $i % 250, 40000 + $i % 20000));
}
