<?php

declare(strict_types=1);

namespace App\Messenger;

final class Envelope
{
    public function __construct(
        public readonly object $message,
        public readonly string $deliveryTag,
        public readonly array $headers = [],
    ) {
    }
}

interface Middleware
{
    public function handle(Envelope $envelope, callable $next): void;
}

final class AmqpReceiver
{
    private int $acked = 0;

    /** @return \Generator<Envelope> */
    public function get(int $count): \Generator
    {
        for ($i = 1; $i <= $count; $i++) {
            $message = new \App\Orders\OrderPlaced('ORD-' . str_pad((string) $i, 8, '0', STR_PAD_LEFT), "buyer{$i}@example.org", [
                ['sku' => 'SKU-' . ($i % 50), 'qty' => 1 + $i % 3, 'price' => 1299],
                ['sku' => 'GIFTWRAP', 'qty' => 1, 'price' => 300],
            ]);
            yield new Envelope($message, 'amq.ctag-' . bin2hex(random_bytes(12)) . '.' . $i, [
                'content_type' => 'application/json',
                'x-trace' => str_repeat(dechex($i), 24),
            ]);
        }
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}

final class AckGuard
{
    /** @var array<int, array{envelope?: Envelope, tag?: string, receivedAt: float, acknowledged: bool}> */
    private array $deliveries = [];

    public function __construct(private readonly AmqpReceiver $receiver)
    {
    }

    public function begin(Envelope $envelope): void
    {
        $this->deliveries[spl_object_id($envelope)] = ['tag' => $envelope->deliveryTag, 'receivedAt' => microtime(true), 'acknowledged' => false];
    }

    public function ackOnce(Envelope $envelope): void
    {
        $id = spl_object_id($envelope);
        if (!isset($this->deliveries[$id]) || $this->deliveries[$id]['acknowledged']) {
            return;
        }
        $this->receiver->ack($envelope);
        $this->deliveries[$id]['acknowledged'] = true;
    }
}

final class AckGuardMiddleware implements Middleware
{
    public function __construct(private readonly AckGuard $guard)
    {
    }

    public function handle(Envelope $envelope, callable $next): void
    {
        $this->guard->begin($envelope);
        $next($envelope);
        $this->guard->ackOnce($envelope);
    }
}

final class HandleMessageMiddleware implements Middleware
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    public function handle(Envelope $envelope, callable $next): void
    {
        ($this->handlers[$envelope->message::class])($envelope->message);
        $next($envelope);
    }
}

final class MessageBus
{
    /** @param list<Middleware> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    public function dispatch(Envelope $envelope): void
    {
        $this->run($envelope, 0);
    }

    private function run(Envelope $envelope, int $index): void
    {
        $middleware = $this->middleware[$index] ?? null;
        $middleware?->handle($envelope, fn (Envelope $e) => $this->run($e, $index + 1));
    }
}

namespace App\Orders;

final class OrderPlaced
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $customerEmail,
        public readonly array $lines,
    ) {
    }
}

final class ReserveStockHandler
{
    public int $reserved = 0;

    public function __invoke(OrderPlaced $event): void
    {
        foreach ($event->lines as $line) {
            $this->reserved += $line['qty'];
        }
    }
}

namespace Main;

use App\Messenger\AckGuard;
use App\Messenger\AckGuardMiddleware;
use App\Messenger\AmqpReceiver;
use App\Messenger\HandleMessageMiddleware;
use App\Messenger\MessageBus;
use App\Orders\OrderPlaced;
use App\Orders\ReserveStockHandler;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$receiver = new AmqpReceiver();
$bus = new MessageBus([
    new AckGuardMiddleware(new AckGuard($receiver)),
    new HandleMessageMiddleware([OrderPlaced::class => new ReserveStockHandler()]),
]);

// messenger:consume stand-in
foreach ($receiver->get($n) as $envelope) {
    $bus->dispatch($envelope);
}
