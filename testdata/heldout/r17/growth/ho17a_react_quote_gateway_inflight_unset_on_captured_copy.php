<?php

declare(strict_types=1);

namespace App\Gateway;

final class Loop
{
    /** @var list<\Closure> */
    private array $ticks = [];

    public function futureTick(\Closure $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function run(): void
    {
        while ($this->ticks !== []) {
            $tick = array_shift($this->ticks);
            $tick();
        }
    }
}

final class Promise
{
    /** @var list<callable> */
    private array $handlers = [];
    private bool $settled = false;
    private mixed $value = null;

    public function then(callable $onFulfilled): void
    {
        if ($this->settled) {
            $onFulfilled($this->value);
            return;
        }
        $this->handlers[] = $onFulfilled;
    }

    public function settle(mixed $value): void
    {
        if ($this->settled) {
            return;
        }
        [$this->settled, $this->value] = [true, $value];
        $handlers = $this->handlers;
        $this->handlers = [];
        foreach ($handlers as $handler) {
            $handler($value);
        }
    }
}

final class Deferred
{
    private Promise $promise;

    public function __construct()
    {
        $this->promise = new Promise();
    }

    public function promise(): Promise
    {
        return $this->promise;
    }

    public function resolve(mixed $value): void
    {
        $this->promise->settle($value);
    }
}

final class QuoteRequest
{
    public function __construct(
        public readonly string $id,
        public readonly string $route,
        public readonly array $cargo,
    ) {
    }
}

final class Quote
{
    public function __construct(
        public readonly string $requestId,
        public readonly int $priceCents,
        public readonly string $carrier,
    ) {
    }
}

final class PendingQuote
{
    public function __construct(
        public readonly QuoteRequest $request,
        public readonly Deferred $responder,
        public readonly float $startedAt,
    ) {
    }
}

final class CarrierClient
{
    public function __construct(private readonly Loop $loop)
    {
    }

    public function quote(QuoteRequest $request): Promise
    {
        $deferred = new Deferred();
        $weight = array_sum(array_column($request->cargo, 'kg'));
        $this->loop->futureTick(static function () use ($deferred, $request, $weight): void {
            $deferred->resolve(new Quote($request->id, 1200 + (int) ($weight * 35), 'DHL'));
        });

        return $deferred->promise();
    }
}

final class QuoteResponder
{
    private int $answered = 0;

    public function __construct(private readonly CarrierClient $carrier)
    {
    }

    public function begin(QuoteRequest $request): PendingQuote
    {
        return new PendingQuote($request, new Deferred(), microtime(true));
    }

    /**
     * Called once the carrier answered: hands the quote to the waiting HTTP
     * response and tells the caller which request id is done.
     *
     * @param \Closure(string): void $onDone
     */
    public function forward(PendingQuote $pending, \Closure $onDone): void
    {
        $this->carrier->quote($pending->request)->then(
            function (Quote $quote) use ($pending, $onDone): void {
                $pending->responder->resolve($quote);
                $this->answered++;
                $onDone($quote->requestId);
            }
        );
    }
}

// server.php: one long-running ReactPHP-style process.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$loop = new Loop();
$responder = new QuoteResponder(new CarrierClient($loop));

$requests = (static function (int $n): \Generator {
    for ($i = 0; $i < $n; $i++) {
        yield new QuoteRequest(
            id: bin2hex(random_bytes(8)),
            route: "HAM-{$i}-MUC",
            cargo: [
                ['sku' => "PAL-{$i}-1", 'kg' => 120.5, 'note' => str_repeat('fragile ', 20)],
                ['sku' => "PAL-{$i}-2", 'kg' => 80.0, 'note' => str_repeat('keep dry ', 20)],
            ],
        );
    }
})($n);

/** @var array<string, PendingQuote> $inFlight requests still waiting for the carrier, rejected on SIGTERM */
$inFlight = [];

foreach ($requests as $request) {
    $pending = $responder->begin($request);
    $inFlight[$request->id] = $pending; // leak

    $responder->forward($pending, static function (string $requestId) use ($inFlight): void {
        unset($inFlight[$requestId]);
    });

    $loop->run();
}
