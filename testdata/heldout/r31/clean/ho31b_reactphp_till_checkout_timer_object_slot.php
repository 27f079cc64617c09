<?php

declare(strict_types=1);

// ReactPHP HTTP service behind the tills: each checkout request carries the
// sale and how it ended. Checkout timings feed the queue-length dashboard.

final class EventLoop
{
    /** @var list<Closure> */
    private array $ticks = [];

    public function futureTick(Closure $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function runTicks(): void
    {
        while ($tick = array_shift($this->ticks)) {
            $tick();
        }
    }
}

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $body,
        public readonly float $receivedAt,
    ) {
    }
}

final class HttpServer
{
    /** @param Closure(ServerRequest): array $handler */
    public function __construct(private EventLoop $loop, private Closure $handler)
    {
    }

    public function emit(ServerRequest $request): array
    {
        $response = ($this->handler)($request);
        $this->loop->runTicks();
        return $response;
    }
}

final class Sale
{
    /** @var list<array{ean: string, qty: int, price: int}> */
    public array $lines = [];
    public ?string $outcome = null;

    public function __construct(
        public readonly string $receiptNo,
        public readonly string $till,
        public readonly string $cashier,
    ) {
    }

    public function total(): int
    {
        return array_sum(array_map(fn (array $l) => $l['qty'] * $l['price'], $this->lines));
    }
}

final class CheckoutTimer
{
    /** @var array<array-key, array<string, mixed>> */
    private array $running = [];
    /** @var array<string, float> */
    private array $averageByTill = [];

    public function start(Sale $sale, float $at): void
    {
        $this->running[self::slot($sale)] = [
            'receipt' => $sale->receiptNo,
            'till' => $sale->till,
            'cashier' => $sale->cashier,
            'started_at' => $at,
            'started_iso' => date(DATE_RFC3339_EXTENDED, (int) $at),
            'items' => count($sale->lines),
        ];
    }

    public function finish(Sale $sale, float $at): ?float
    {
        $slot = self::slot($sale);
        if (!isset($this->running[$slot])) {
            return null;
        }
        $seconds = $at - $this->running[$slot]['started_at'];
        unset($this->running[$slot]);
        $prev = $this->averageByTill[$sale->till] ?? $seconds;
        return $this->averageByTill[$sale->till] = 0.9 * $prev + 0.1 * $seconds;
    }

    private static function slot(Sale $sale): int
    {
        return spl_object_id($sale);
    }
}

final class CheckoutController
{
    public function __construct(private EventLoop $loop, private CheckoutTimer $timer)
    {
    }

    public function __invoke(ServerRequest $request): array
    {
        $body = $request->body;
        $sale = new Sale($body['receipt'], $body['till'], $body['cashier']);
        foreach ($body['lines'] as $line) {
            $sale->lines[] = ['ean' => $line['ean'], 'qty' => $line['qty'], 'price' => $line['price']];
        }
        $this->timer->start($sale, $request->receivedAt - $body['duration']);

        $this->loop->futureTick(function () use ($sale, $body, $request): void {
            $sale->outcome = $body['outcome'];
            if ($sale->outcome === 'tendered') {
                $this->timer->finish($sale, $request->receivedAt);
            }
        });

        return ['status' => 202, 'receipt' => $sale->receiptNo, 'total' => $sale->total()];
    }
}

$loop = new EventLoop();
$timer = new CheckoutTimer();
$server = new HttpServer($loop, Closure::fromCallable(new CheckoutController($loop, $timer)));

$outcomes = ['tendered', 'suspended', 'voided'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $till = 'T' . ($i % 6 + 1);
    $server->emit(new ServerRequest('POST', '/checkouts', [
        'receipt' => sprintf('%s-%07d', $till, 3100000 + $i),
        'till' => $till,
        'cashier' => sprintf('C-%04d', 300 + $i % 8),
        'duration' => 30 + $i % 90,
        'outcome' => $outcomes[$i % 3],
        'lines' => [
            ['ean' => sprintf('%013d', 5012345000000 + $i % 40), 'qty' => 1, 'price' => 145],
            ['ean' => sprintf('%013d', 4006381000000 + $i % 25), 'qty' => 2, 'price' => 399],
        ],
    ], 1715500000.0 + $i * 41));
}
