<?php

declare(strict_types=1);

// Mobile number portability lookup served from a ReactPHP process: each HTTP
// request asks the ENUM resolver for the NAPTR record of a number and routes
// on the answer when the promise settles.

final class TickLoop
{
    private SplQueue $ticks;

    public function __construct()
    {
        $this->ticks = new SplQueue();
    }

    public function futureTick(callable $fn): void
    {
        $this->ticks->enqueue($fn);
    }

    public function run(): void
    {
        while (!$this->ticks->isEmpty()) {
            ($this->ticks->dequeue())();
        }
    }
}

final class Deferred
{
    private array $onFulfilled = [];
    private array $onRejected = [];
    private ?array $result = null;

    public function then(callable $onFulfilled, ?callable $onRejected = null): void
    {
        if ($this->result !== null) {
            $this->result[0] ? $onFulfilled($this->result[1]) : ($onRejected && $onRejected($this->result[1]));
            return;
        }
        $this->onFulfilled[] = $onFulfilled;
        if ($onRejected !== null) {
            $this->onRejected[] = $onRejected;
        }
    }

    public function resolve(mixed $value): void
    {
        if ($this->result !== null) {
            return;
        }
        $this->result = [true, $value];
        $handlers = $this->onFulfilled;
        $this->onFulfilled = $this->onRejected = [];
        foreach ($handlers as $handler) {
            $handler($value);
        }
    }

    public function reject(Throwable $reason): void
    {
        if ($this->result !== null) {
            return;
        }
        $this->result = [false, $reason];
        $handlers = $this->onRejected;
        $this->onFulfilled = $this->onRejected = [];
        foreach ($handlers as $handler) {
            $handler($reason);
        }
    }
}

final class EnumResolver
{
    private const PORTED_TO = ['23415', '23420', '23430', '23410'];

    public function __construct(private TickLoop $loop, private string $suffix)
    {
    }

    public function naptr(string $e164, Deferred $deferred): void
    {
        $domain = implode('.', array_reverse(str_split(ltrim($e164, '+')))) . '.' . $this->suffix;
        $this->loop->futureTick(function () use ($domain, $e164, $deferred) {
            $mccmnc = self::PORTED_TO[crc32($e164) % 4];
            $deferred->resolve([
                'domain' => $domain,
                'order' => 100,
                'pref' => 10,
                'flags' => 'u',
                'service' => 'E2U+pstn:tel',
                'regexp' => '!^(.*)$!tel:\\1;npdi;rn=+' . $mccmnc . substr($e164, -6) . '!',
                'ttl' => 300,
            ]);
        });
    }
}

final class PortabilityQuery
{
    private Deferred $deferred;
    private ?string $routingNumber = null;
    private ?string $carrier = null;
    private array $trace = [];

    public function __construct(
        public readonly string $requestId,
        public readonly string $msisdn,
        private EnumResolver $resolver,
        private Closure $respond,
    ) {
        $this->deferred = new Deferred();
    }

    public function start(): void
    {
        $this->trace[] = sprintf('%s lookup %s', date(DATE_ATOM), $this->msisdn);
        $this->deferred->then($this->applyRouting(...), $this->fallback(...));
        $this->resolver->naptr($this->msisdn, $this->deferred);
    }

    private function applyRouting(array $naptr): void
    {
        $this->trace[] = 'naptr ' . $naptr['domain'] . ' ' . $naptr['regexp'];
        if (preg_match('/rn=\+?(\d+)/', $naptr['regexp'], $m)) {
            $this->routingNumber = $m[1];
            $this->carrier = substr($m[1], 0, 5);
        }
        ($this->respond)($this->requestId, [
            'msisdn' => $this->msisdn,
            'ported' => $this->carrier !== null,
            'rn' => $this->routingNumber,
            'mccmnc' => $this->carrier,
            'trace' => $this->trace,
        ]);
    }

    private function fallback(Throwable $e): void
    {
        ($this->respond)($this->requestId, ['msisdn' => $this->msisdn, 'ported' => false, 'error' => $e->getMessage()]);
    }
}

final class MnpHttpHandler
{
    /** @var array<string, PortabilityQuery> */
    private array $inflight = [];
    private array $carrierHits = [];

    public function __construct(private EnumResolver $resolver)
    {
    }

    public function __invoke(array $serverRequest): void
    {
        $id = $serverRequest['headers']['x-request-id'];
        $msisdn = '+' . preg_replace('/\D/', '', $serverRequest['query']['msisdn']);
        $query = new PortabilityQuery($id, $msisdn, $this->resolver, Closure::fromCallable([$this, 'respond']));
        $this->inflight[$id] = $query;
        $query->start();
    }

    public function respond(string $requestId, array $payload): void
    {
        unset($this->inflight[$requestId]);
        if (isset($payload['mccmnc'])) {
            $this->carrierHits[$payload['mccmnc']] = ($this->carrierHits[$payload['mccmnc']] ?? 0) + 1;
        }
        json_encode($payload);
    }
}

$loop = new TickLoop();
$handler = new MnpHttpHandler(new EnumResolver($loop, 'e164.arpa'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler([
        'method' => 'GET',
        'headers' => ['x-request-id' => sprintf('req-%d-%s', $i, bin2hex(random_bytes(4)))],
        'query' => ['msisdn' => '+44 7' . str_pad((string) (($i * 7717) % 1000000000), 9, '0', STR_PAD_LEFT)],
    ]);
    $loop->run();
}
