<?php
// A connection keeps the subscriptions of the current message in a
// storage and lets them all go when the message is acknowledged.

final class Subscription
{
    public function __construct(public readonly string $topic, public readonly string $filter) {}
}

final class Connection
{
    private SplObjectStorage $active;

    public function __construct()
    {
        $this->active = new SplObjectStorage();
    }

    public function subscribe(Subscription $s): void
    {
        $this->active->attach($s);
    }

    public function ack(): void
    {
        $this->active->removeAllExcept(new SplObjectStorage());
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$conn = new Connection();
for ($i = 0; $i < $n; $i++) {
    $conn->subscribe(new Subscription("orders.{$i}", str_repeat('f', 600)));
    $conn->ack();
}
