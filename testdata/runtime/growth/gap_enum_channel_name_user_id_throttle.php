<?php
// A chat server throttles outgoing messages in a static counter keyed by $channel->name . '/' . $userId; the enum case name looks like a fixed key, but each connecting user adds a new bucket.

enum Channel
{
    case Lobby;
    case Support;
    case Trading;
}

final class MessageThrottle
{
    /** @var array<string, array{count: int, last: string, window: int}> */
    private static array $buckets = [];

    public static function allow(Channel $channel, string $userId, string $message, int $now): bool
    {
        $key = $channel->name . '/' . $userId;
        $bucket = self::$buckets[$key] ?? ['count' => 0, 'last' => '', 'window' => $now];
        if ($now - $bucket['window'] >= 10) {
            $bucket = ['count' => 0, 'last' => '', 'window' => $now];
        }
        $bucket['count']++;
        $bucket['last'] = $message;
        self::$buckets[$key] = $bucket; // leak
        return $bucket['count'] <= 20;
    }
}

function on_chat_message(array $frame): ?string
{
    $channel = match ($frame['channel']) {
        'support' => Channel::Support,
        'trading' => Channel::Trading,
        default => Channel::Lobby,
    };
    return MessageThrottle::allow($channel, $frame['user'], $frame['text'], $frame['ts']) ? $frame['text'] : null;
}

$channels = ['lobby', 'support', 'trading'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    on_chat_message(['channel' => $channels[$i % 3], 'user' => "u-{$i}-" . substr(md5((string) $i), 0, 12), 'text' => "hello from {$i} " . str_repeat('🙂 ', 120), 'ts' => 1700000000 + $i]);
}
