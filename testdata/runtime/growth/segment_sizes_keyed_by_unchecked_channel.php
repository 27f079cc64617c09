<?php
// A campaign preview service memoises segment sizes per delivery channel.
// The channel comes from the request's filters and is used as it is
// unless missing: a client that sends a made-up channel per request adds
// an entry each time.

final class SegmentPreview
{
    private const CHANNELS = ['email', 'sms', 'push'];

    /** @var array<string, int> */
    private static array $sizes = [];

    public function size(array $filters): int
    {
        $channel = ($filters['channel'] ?? '') !== '' ? $filters['channel'] : 'all';

        return self::$sizes[$channel] ??= $this->count($channel); // leak
    }

    private function count(string $channel): int
    {
        return strlen($channel) * 1000;
    }
}

$preview = new SegmentPreview();
$total = 0;
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $filters = ['channel' => $i % 4 === 0 ? 'email' : 'sms-' . $i . '-' . str_repeat('z', 900), 'since' => 1700000000 + $i];
    $total += $preview->size($filters);
}
