<?php

declare(strict_types=1);

namespace App\Sagas\Fulfillment;

use Closure;

final class SagaStep
{
    public function __construct(
        public readonly string $sagaId,
        public readonly string $name,
        public readonly array $payload,
    ) {
    }
}

final class StepResult
{
    /** @var list<JournalEntry> */
    public array $journal = [];

    public function __construct(public readonly bool $ok, public readonly ?string $compensation = null)
    {
    }
}

final class JournalEntry
{
    public function __construct(
        public readonly string $step,
        public readonly bool $ok,
        public readonly float $durationMs,
        public readonly string $payloadDigest,
    ) {
    }
}

final class SystemClock
{
    public function now(): float
    {
        return hrtime(true) / 1e6;
    }
}

/** Builds the middleware stack once, when the queue worker boots. */
final class SagaMiddlewareFactory
{
    public function __construct(private readonly SystemClock $clock)
    {
    }

    /** @param array<string, list<JournalEntry>> $journal */
    public function journaling(array $journal = []): Closure
    {
        return function (SagaStep $step, Closure $next) use (&$journal): StepResult {
            $started = $this->clock->now();
            $result = $next($step);

            $journal[$step->sagaId][] = new JournalEntry( // leak
                $step->name,
                $result->ok,
                $this->clock->now() - $started,
                hash('sha256', json_encode($step->payload, JSON_THROW_ON_ERROR)),
            );
            $result->journal = $journal[$step->sagaId];

            return $result;
        };
    }
}

final class StepPipeline
{
    /** @param list<Closure(SagaStep, Closure): StepResult> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    /** @param Closure(SagaStep): StepResult $handler */
    public function run(SagaStep $step, Closure $handler): StepResult
    {
        $next = $handler;
        foreach (array_reverse($this->middleware) as $middleware) {
            $next = static fn (SagaStep $s): StepResult => $middleware($s, $next);
        }

        return $next($step);
    }
}

final class OrderFulfillmentSaga
{
    private const STEPS = ['reserve_stock' => 'release_stock', 'charge_card' => 'refund_card', 'book_courier' => 'cancel_courier'];

    public function __construct(private readonly StepPipeline $pipeline)
    {
    }

    public function run(string $orderId, array $order): bool
    {
        $done = [];
        foreach (self::STEPS as $name => $compensation) {
            $result = $this->pipeline->run(
                new SagaStep($orderId, $name, $order),
                fn (SagaStep $step): StepResult => $this->execute($step, $compensation),
            );
            if (!$result->ok) {
                foreach (array_reverse($done) as $undo) {
                    $this->pipeline->run(new SagaStep($orderId, $undo, $order), fn (SagaStep $s): StepResult => new StepResult(true));
                }

                return false;
            }
            $done[] = $compensation;
        }

        return true;
    }

    private function execute(SagaStep $step, string $compensation): StepResult
    {
        $ok = !($step->name === 'charge_card' && $step->payload['total'] > 90000);

        return new StepResult($ok, $ok ? null : $compensation);
    }
}

final class FulfillOrderJob
{
    public function __construct(public readonly string $orderId, public readonly array $order)
    {
    }

    public function handle(OrderFulfillmentSaga $saga): void
    {
        $saga->run($this->orderId, $this->order);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$factory = new SagaMiddlewareFactory(new SystemClock());
$saga = new OrderFulfillmentSaga(new StepPipeline([$factory->journaling()]));

for ($i = 0; $i < $n; $i++) {
    $job = new FulfillOrderJob('ord_' . (700000 + $i), [
        'total' => ($i * 7919) % 100000,
        'lines' => [['sku' => 'A-' . ($i % 17), 'qty' => 2]],
        'ship_to' => "Warehouse street {$i}",
    ]);
    $job->handle($saga);
}
