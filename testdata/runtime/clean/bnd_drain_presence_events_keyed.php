<?php
// A chat presence service keeps the latest status events keyed by event id and drains the oldest past 100 entries.

final class PresenceEvent
{
    public function __construct(
        public readonly string $userId,
        public readonly string $status,
        public readonly string $device,
    ) {}
}

final class PresenceService
{
    /** @var array<string, PresenceEvent> */
    private array $events = [];

    public function __construct(private int $limit) {}

    public function publish(string $eventId, PresenceEvent $event): void
    {
        $this->events[$eventId] = $event;
        while (count($this->events) > $this->limit) {
            array_shift($this->events);
        }
    }

    public function since(string $eventId): array
    {
        $keys = array_keys($this->events);
        $at = array_search($eventId, $keys, true);
        return $at === false ? $this->events : array_slice($this->events, $at + 1);
    }
}

$presence = new PresenceService(100);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $presence->publish("evt-{$i}", new PresenceEvent('u' . ($i % 30), $i % 2 ? 'online' : 'away', str_repeat('iPhone15,2; ', 60)));
}
