<?php
// A notification daemon stamps each message in the recipient's time
// zone and keeps one formatter per zone. formatterKey() first maps a
// zone it does not support to UTC, so the daemon keeps four formatters
// however many messages name an unknown zone.

final class ZoneFormatter
{
    public function __construct(public readonly string $zone, public readonly string $pattern)
    {
    }

    public function stamp(int $epoch): string
    {
        return $this->zone . ' ' . gmdate('Y-m-d H:i', $epoch) . ' ' . substr($this->pattern, 0, 8);
    }
}

final class MessageClock
{
    private const ZONES = ['UTC', 'Europe/Paris', 'America/Chicago', 'Asia/Tokyo'];

    /** @var array<string, ZoneFormatter> */
    private array $formatters = [];

    public function stamp(string $zone, int $epoch): string
    {
        $key = $this->formatterKey($zone);
        $this->formatters[$key] ??= new ZoneFormatter($key, str_repeat('yyyy-MM-dd HH:mm zzzz; ', 120));

        return $this->formatters[$key]->stamp($epoch);
    }

    private function formatterKey(string $zone): string
    {
        $zone = in_array($zone, self::ZONES, true) ? $zone : 'UTC';

        return 'zone:' . $zone;
    }
}

$clock = new MessageClock();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = ['zone' => ['UTC', 'Europe/Paris', 'Asia/Tokyo', 'Etc/GMT+' . $i][$i % 4], 'at' => 1764547200 + 60 * $i];
    $clock->stamp($message['zone'], $message['at']);
}
