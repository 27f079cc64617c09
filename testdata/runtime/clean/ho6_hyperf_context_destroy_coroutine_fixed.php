<?php
// A long-lived AMQP consumer coroutine stores each delivery in the coroutine Context and calls Context::destroy() after the ack, which clears it from the coroutine context.
// https://github.com/hyperf/hyperf/pull/5627

final class Coroutine
{
    private static int $nextId = 1;
    private static int $current = -1;
    /** @var array<int, Generator> */
    private static array $coroutines = [];
    /** @var array<int, ArrayObject> */
    private static array $contexts = [];

    public static function id(): int
    {
        return self::$current;
    }

    public static function getContextFor(?int $id = null): ?ArrayObject
    {
        return self::$contexts[$id ?? self::$current] ?? null;
    }

    public static function create(callable $callable): int
    {
        $id = self::$nextId++;
        self::$contexts[$id] = new ArrayObject();
        self::$coroutines[$id] = $callable();
        self::switchTo($id, static fn (Generator $co) => $co->current());
        return $id;
    }

    /** Delivers a value to a coroutine suspended on a channel pop (a yield) and runs it until it suspends again. */
    public static function push(int $id, mixed $value): void
    {
        self::switchTo($id, static fn (Generator $co) => $co->send($value));
    }

    private static function switchTo(int $id, Closure $step): void
    {
        [$parent, self::$current] = [self::$current, $id];
        try {
            $step(self::$coroutines[$id]);
        } finally {
            self::$current = $parent;
        }
        if (!self::$coroutines[$id]->valid()) {
            unset(self::$coroutines[$id], self::$contexts[$id]);
        }
    }
}

final class Context
{
    private static array $nonCoContext = [];

    public static function set(string $id, mixed $value, ?int $coroutineId = null): mixed
    {
        if (Coroutine::id() > 0) {
            Coroutine::getContextFor($coroutineId)[$id] = $value;
        } else {
            self::$nonCoContext[$id] = $value;
        }
        return $value;
    }

    public static function get(string $id, mixed $default = null, ?int $coroutineId = null): mixed
    {
        if (Coroutine::id() > 0) {
            return Coroutine::getContextFor($coroutineId)[$id] ?? $default;
        }
        return self::$nonCoContext[$id] ?? $default;
    }

    public static function destroy(string $id, ?int $coroutineId = null): void
    {
        if (Coroutine::id() > 0) {
            unset(Coroutine::getContextFor($coroutineId)[$id]);
        }
        unset(self::$nonCoContext[$id]);
    }
}

final class AMQPMessage
{
    public function __construct(public readonly int $deliveryTag, public readonly string $body, public readonly array $properties) {}
}

final class InventoryConsumer
{
    public int $acked = 0;

    public function consume(AMQPMessage $message): void
    {
        $key = 'amqp.delivery.' . $message->deliveryTag;
        Context::set($key, $message);
        $this->handle($key);
        $this->acked++;
        Context::destroy($key);
    }

    private function handle(string $key): void
    {
        $message = Context::get($key);
        $payload = json_decode($message->body, true);
        if ($payload['qty'] < 0) {
            throw new UnexpectedValueException('Negative stock for ' . $payload['sku']);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new InventoryConsumer();
$cid = Coroutine::create(function () use ($consumer): Generator {
    while (true) {
        $consumer->consume(yield);
    }
});
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'sku' => sprintf('WH1-%07d', $i),
        'qty' => $i % 40,
        'warehouse' => 'berlin-tempelhof',
        'reason' => 'cycle count correction after inbound delivery ' . $i,
        'lines' => array_fill(0, 12, ['bin' => 'A-' . ($i % 90), 'lot' => 'L' . $i]),
    ]);
    Coroutine::push($cid, new AMQPMessage($i + 1, $body, ['content_type' => 'application/json', 'delivery_mode' => 2]));
}
