<?php
// A long-lived audit service keeps, per channel, the list of messages it
// has seen: it copies the channel's list out, appends, keeps the last 20
// and writes the list back. The channels are a fixed few, and so is each
// list's length.

final class AuditTrail
{
    /** @var array<string, list<string>> */
    private array $byChannel = [];

    public function note(string $channel, string $message): void
    {
        $list = $this->byChannel[$channel] ?? [];
        $list[] = $message . str_repeat(' ', 700);
        $this->byChannel[$channel] = array_slice($list, -20);
    }
}

final class OrderController
{
    public function __construct(private AuditTrail $audit)
    {
    }

    public function place(int $id): void
    {
        $this->audit->note($id % 2 === 0 ? 'web' : 'api', "order {$id} placed");
    }
}

$controller = new OrderController(new AuditTrail());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->place($i);
}
