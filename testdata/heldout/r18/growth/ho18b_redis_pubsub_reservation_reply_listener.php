<?php

declare(strict_types=1);

namespace App\Messaging;

trait EmitsEvents
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    /** @var array<string, list<callable>> */
    private array $onceListeners = [];

    public function on(string $event, callable $listener): static
    {
        $this->listeners[$event][] = $listener; // leak

        return $this;
    }

    public function once(string $event, callable $listener): static
    {
        $this->onceListeners[$event][] = $listener;

        return $this;
    }

    protected function emit(string $event, array $arguments = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$arguments);
        }
        if (isset($this->onceListeners[$event])) {
            $pending = $this->onceListeners[$event];
            unset($this->onceListeners[$event]);
            foreach ($pending as $listener) {
                $listener(...$arguments);
            }
        }
    }
}

/** Async pub/sub connection shared by every job the consumer runs. */
final class PubSubClient
{
    use EmitsEvents;

    /** @var list<array{string, string}> */
    private array $inbound = [];

    /** @param \Closure(string, string): ?array{string, string} $remote */
    public function __construct(private readonly \Closure $remote)
    {
    }

    public function publish(string $channel, string $payload): void
    {
        $reply = ($this->remote)($channel, $payload);
        if ($reply !== null) {
            $this->inbound[] = $reply;
        }
    }

    /** Called by the loop when the socket is readable. */
    public function onReadable(): void
    {
        $batch = $this->inbound;
        $this->inbound = [];
        foreach ($batch as [$channel, $payload]) {
            $this->emit($channel, [$payload, $channel]);
        }
    }
}

final class Deferred
{
    private ?array $settled = null;

    /** @var list<callable> */
    private array $handlers = [];

    public function resolve(mixed $value): void
    {
        $this->settled = [$value];
        foreach ($this->handlers as $handler) {
            $handler($value);
        }
        $this->handlers = [];
    }

    public function then(callable $handler): void
    {
        if ($this->settled !== null) {
            $handler($this->settled[0]);

            return;
        }
        $this->handlers[] = $handler;
    }
}

namespace App\Inventory;

use App\Messaging\Deferred;
use App\Messaging\PubSubClient;

final class Reservation
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $sku,
        public readonly int $quantity,
        public readonly string $warehouse,
        public readonly string $note,
    ) {
    }
}

final class ReservationClient
{
    public function __construct(private readonly PubSubClient $client)
    {
    }

    public function reserve(Reservation $reservation): Deferred
    {
        $deferred = new Deferred();
        $correlationId = sprintf('%s.%s', $reservation->orderId, $reservation->sku);

        $this->client->on("reply.{$correlationId}", $this->settle($deferred, $reservation)); // leak
        $this->client->publish('inventory.reserve', json_encode([
            'reply_to' => "reply.{$correlationId}",
            'sku' => $reservation->sku,
            'qty' => $reservation->quantity,
            'warehouse' => $reservation->warehouse,
            'note' => $reservation->note,
        ], JSON_THROW_ON_ERROR));

        return $deferred;
    }

    private function settle(Deferred $deferred, Reservation $reservation): \Closure
    {
        return static function (string $payload) use ($deferred, $reservation): void {
            $body = json_decode($payload, true, 8, JSON_THROW_ON_ERROR);
            $deferred->resolve([
                'order' => $reservation->orderId,
                'reserved' => $body['ok'] ? $reservation->quantity : 0,
            ]);
        };
    }
}

final class ReserveStockJob
{
    public bool $acked = false;

    public function __construct(public readonly Reservation $reservation)
    {
    }

    public function handle(ReservationClient $client): void
    {
        $client->reserve($this->reservation)->then(function (array $result): void {
            $this->acked = $result['reserved'] > 0;
        });
    }
}

// --- consumer process -------------------------------------------------------

$client = new PubSubClient(static function (string $channel, string $payload): ?array {
    $request = json_decode($payload, true, 8, JSON_THROW_ON_ERROR);

    return $channel === 'inventory.reserve'
        ? [$request['reply_to'], json_encode(['ok' => true, 'sku' => $request['sku']])]
        : null;
});
$reservations = new ReservationClient($client);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new ReserveStockJob(new Reservation(
        sprintf('SO-%07d', 880000 + $i),
        sprintf('SKU-%05d-BLK', $i % 9000),
        1 + $i % 4,
        'fra-2',
        str_repeat('gift wrap, deliver after 18:00; ', 6),
    ));
    $job->handle($reservations);
    $client->onReadable();
    unset($job);
}
