<?php
// A notification feed keeps only the last 50 entries by reassigning array_slice.

final class Notification
{
    public function __construct(public readonly string $userId, public readonly string $text) {}
}

final class Feed
{
    /** @var Notification[] */
    private array $items = [];

    public function push(Notification $n): void
    {
        $this->items[] = $n;
        if (count($this->items) > 50) {
            $this->items = array_slice($this->items, -50);
        }
    }

    public function latest(): ?Notification
    {
        return $this->items[array_key_last($this->items)] ?? null;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$feed = new Feed();
for ($i = 0; $i < $n; $i++) {
    $feed->push(new Notification("u{$i}", str_repeat('Someone liked your post. ', 8)));
    $feed->latest();
}
