<?php
// An order aggregate binds a flush hook with Closure::bind() to a fresh version counter (not to itself) and registers it on the event recorder it owns.

final class EventRecorder
{
    /** @var list<Closure> */
    private array $onFlush = [];
    private array $events = [];

    public function record(string $event): void
    {
        $this->events[] = $event;
    }

    public function onFlush(Closure $hook): void
    {
        $this->onFlush[] = $hook;
    }

    public function flush(): array
    {
        foreach ($this->onFlush as $hook) {
            $hook($this->events);
        }
        [$out, $this->events] = [$this->events, []];
        return $out;
    }
}

final class VersionCounter
{
    public int $version = 0;
}

function versionHook(): Closure
{
    return function (array $events): void {
        $this->version += count($events);
    };
}

final class Order
{
    private EventRecorder $recorder;

    public function __construct(private string $orderId, private array $lines)
    {
        $this->recorder = new EventRecorder();
        $this->recorder->onFlush(Closure::bind(versionHook(), new VersionCounter()));
    }

    public function pay(string $reference): void
    {
        $this->recorder->record("order.paid:{$this->orderId}:{$reference}");
    }

    public function release(): array
    {
        return $this->recorder->flush();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $order = new Order("ord-{$i}", array_fill(0, 12, str_repeat('x', 40)));
    $order->pay("txn-{$i}");
    $order->release();
}
unset($order);
