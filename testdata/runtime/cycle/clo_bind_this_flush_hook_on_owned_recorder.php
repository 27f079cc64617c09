<?php
// An order aggregate binds a flush hook to itself with Closure::bind($fn, $this) and registers it on the event recorder it owns.

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
        $this->onFlush[] = $hook; // leak
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

final class Order
{
    private EventRecorder $recorder;
    private int $version = 0;

    public function __construct(private string $orderId, private array $lines)
    {
        $this->recorder = new EventRecorder();
        $this->recorder->onFlush(Closure::bind(function (array $events): void { // leak
            $this->version += count($events);
        }, $this));
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
