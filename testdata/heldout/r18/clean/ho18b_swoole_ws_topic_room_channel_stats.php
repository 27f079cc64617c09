<?php

declare(strict_types=1);

namespace App\Realtime;

enum Topic: string
{
    case Orders = 'orders';
    case Inventory = 'inventory';
    case Shipping = 'shipping';
    case System = 'system';
}

final class ChannelState
{
    public int $published = 0;

    public string $lastPayload = '';

    public function __construct(
        public readonly string $name,
        public readonly string $redisKey,
    ) {
    }
}

/**
 * Fans websocket events out through Redis so every Swoole worker can push
 * them to its own connections. Keeps a small state record per channel for
 * the /health endpoint and for replaying the last payload to late joiners.
 */
final class RoomBroadcaster
{
    /** @var array<string, ChannelState> */
    private array $channels = [];

    private int $bytesOut = 0;

    public function __construct(private readonly string $namespace)
    {
    }

    /** @param array<string, mixed> $event */
    public function broadcast(string $room, array $event): void
    {
        $state = $this->channels[$room] ??= new ChannelState($room, "{$this->namespace}:room:{$room}");
        $state->published++;
        $state->lastPayload = json_encode($event, JSON_THROW_ON_ERROR);

        $command = "PUBLISH {$state->redisKey} {$state->lastPayload}\r\n";
        $this->bytesOut += strlen($command);
    }

    public function lastPayload(string $room): ?string
    {
        return $this->channels[$room]->lastPayload ?? null;
    }
}

final class Realtime
{
    private static ?RoomBroadcaster $broadcaster = null;

    public static function boot(string $namespace): void
    {
        self::$broadcaster = new RoomBroadcaster($namespace);
    }

    public static function broadcaster(): RoomBroadcaster
    {
        return self::$broadcaster ?? throw new \LogicException('Realtime::boot() was not called');
    }
}

namespace App\Orders;

use App\Realtime\Realtime;
use App\Realtime\Topic;

final class OrderStatusChanged
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $customerId,
        public readonly string $status,
        public readonly string $kind,
        public readonly array $lines,
    ) {
    }
}

final class PushOrderStatusToDashboards
{
    public function __invoke(OrderStatusChanged $event): void
    {
        Realtime::broadcaster()->broadcast($this->roomFor($event), [
            'event' => 'order.status',
            'order' => $event->orderId,
            'customer' => $event->customerId,
            'status' => $event->status,
            'lines' => $event->lines,
        ]);
    }

    private function roomFor(OrderStatusChanged $event): string
    {
        return (Topic::tryFrom($event->kind) ?? Topic::System)->value;
    }
}

/** Stand-in for Swoole\WebSocket\Server: callbacks are registered once at boot. */
final class WebSocketServer
{
    /** @var array<string, \Closure> */
    private array $callbacks = [];

    public function on(string $event, \Closure $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function dispatch(string $event, mixed ...$args): void
    {
        ($this->callbacks[$event])(...$args);
    }
}

Realtime::boot('shop-prod');
$listener = new PushOrderStatusToDashboards();
$server = new WebSocketServer();
$server->on('message', static function (int $fd, string $data) use ($listener): void {
    $frame = json_decode($data, true, 8, JSON_THROW_ON_ERROR);
    $listener(new OrderStatusChanged($frame['order'], $frame['customer'], $frame['status'], $frame['kind'], $frame['lines']));
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->dispatch('message', 10 + $i % 64, json_encode([
        'order' => sprintf('ORD-2024-%06d', $i),
        'customer' => sprintf('cus_%010d', 7000 + $i % 300),
        'status' => ['paid', 'picking', 'shipped'][$i % 3],
        'kind' => ['orders', 'inventory', 'shipping', 'refunds'][$i % 4],
        'lines' => [
            ['sku' => 'TSHIRT-ORG-M', 'qty' => 2, 'title' => 'Organic cotton t-shirt, medium'],
            ['sku' => 'MUG-ENAMEL-W', 'qty' => 1, 'title' => 'Enamel camping mug, white'],
        ],
    ]));
}
