<?php
// A notification service holds push notifications back per recipient
// and sends the digests once five notifications are held in all, of
// whichever recipients: the whole buffer goes at once, so it never holds
// more than five, however many recipients the traffic brings.

final class DigestBuffer
{
    private const FLUSH_AT = 5;

    /** @var array<string, list<array{kind: string, body: string}>> */
    private array $pending = [];
    private int $held = 0;

    public int $sent = 0;

    public function hold(string $recipient, array $notification): void
    {
        $this->pending[$recipient][] = $notification;
        if (++$this->held >= self::FLUSH_AT) {
            $this->flushAll();
        }
    }

    private function flushAll(): void
    {
        foreach ($this->pending as $items) {
            $this->sent += count($items);
        }
        $this->pending = [];
        $this->held = 0;
    }
}

$digest = new DigestBuffer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $recipient = sprintf('user-%06d', intdiv($i, 2));
    $digest->hold($recipient, ['kind' => ['like', 'follow', 'reply'][$i % 3], 'body' => str_repeat("activity $i ", 20)]);
}
