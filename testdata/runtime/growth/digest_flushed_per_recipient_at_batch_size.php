<?php
// A notification service holds push notifications back per recipient
// and sends a digest once a recipient has five. Recipients come from the
// traffic; most get one or two notifications and never reach five, so
// their lists stay in the long-lived buffer for good.

final class DigestBuffer
{
    private const FLUSH_AT = 5;

    /** @var array<string, list<array{kind: string, body: string}>> */
    private array $pending = [];

    public int $sent = 0;

    public function hold(string $recipient, array $notification): void
    {
        $this->pending[$recipient][] = $notification; // leak
        if (count($this->pending[$recipient]) >= self::FLUSH_AT) {
            $this->flush($recipient);
        }
    }

    private function flush(string $recipient): void
    {
        $items = $this->pending[$recipient];
        unset($this->pending[$recipient]);
        $this->sent += count($items);
    }
}

$digest = new DigestBuffer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $recipient = sprintf('user-%06d', intdiv($i, 2));
    $digest->hold($recipient, ['kind' => ['like', 'follow', 'reply'][$i % 3], 'body' => str_repeat("activity $i ", 20)]);
}
