<?php
// A webhook receiver answers redeliveries without handling them twice:
// it remembers the last 32 delivery ids in a ring of slots, with an
// index from id to slot. Before a slot takes a new id, the index entry
// of the id the slot held is unset, so the index never holds more than
// 32 ids, however many deliveries come.

final class RecentDeliveries
{
    /** @var array<int, string> */
    private array $slots = [];
    /** @var array<string, int> */
    private array $slotOf = [];
    private int $next = 0;

    public function __construct(private readonly int $capacity)
    {
    }

    public function firstTime(string $deliveryId): bool
    {
        if (isset($this->slotOf[$deliveryId])) {
            return false;
        }
        $slot = $this->next;
        if (isset($this->slots[$slot])) {
            unset($this->slotOf[$this->slots[$slot]]);
        }
        $this->slots[$slot] = $deliveryId;
        $this->slotOf[$deliveryId] = $slot;
        $this->next = ($this->next + 1) % $this->capacity;
        return true;
    }
}

final class WebhookReceiver
{
    public int $handled = 0;

    public function __construct(private RecentDeliveries $recent)
    {
    }

    public function receive(array $headers, string $body): int
    {
        if (!$this->recent->firstTime($headers['X-Delivery'])) {
            return 200;
        }
        $this->handled += strlen($body) > 0 ? 1 : 0;
        return 202;
    }
}

$receiver = new WebhookReceiver(new RecentDeliveries(32));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $id = sprintf('%08x-%04x-4%03x-a%03x-%012x', $i * 7919, $i % 65536, $i % 4096, ($i * 3) % 4096, $i * 104729);
    $receiver->receive(['X-Delivery' => str_repeat($id, 20)], '{"event":"push","seq":' . $i . '}');
}
