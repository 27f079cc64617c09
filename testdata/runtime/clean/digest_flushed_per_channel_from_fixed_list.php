<?php
// Outgoing messages are batched per channel (email, sms, push: the
// channels a fixed list names) and sent five at a time: at most three
// lists, each shorter than five, wait between batches.

final class DigestBuffer
{
    private const FLUSH_AT = 5;

    /** @var array<string, list<array{kind: string, body: string}>> */
    private array $pending = [];

    public int $sent = 0;

    public function hold(string $recipient, array $notification): void
    {
        $this->pending[$recipient][] = $notification;
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
    $recipient = ['email', 'sms', 'push'][$i % 3];
    $digest->hold($recipient, ['kind' => ['like', 'follow', 'reply'][$i % 3], 'body' => str_repeat("activity $i ", 20)]);
}
