<?php
// A webhook relay batches events per destination (a fixed set from its
// configuration) and sends a destination's batch once it holds five,
// emptying that destination's list.

final class WebhookRelay
{
    private const DESTINATIONS = ['billing', 'crm', 'warehouse'];

    /** @var array<string, list<array>> */
    private array $pending = [];
    public int $sent = 0;

    public function relay(array $event): void
    {
        $dest = in_array($event['dest'], self::DESTINATIONS, true) ? $event['dest'] : 'crm';
        $this->pending[$dest][] = $event;
        if (count($this->pending[$dest]) >= 5) {
            $this->sent += strlen(json_encode($this->pending[$dest]));
            $this->pending[$dest] = [];
        }
    }
}

$relay = new WebhookRelay();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $relay->relay(['dest' => ['billing', 'crm', 'warehouse'][$i % 3], 'id' => $i, 'body' => str_repeat('payload ', 50) . $i]);
}
