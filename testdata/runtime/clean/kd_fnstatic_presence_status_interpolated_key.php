<?php
// A chat server renders the presence badge of each message through a function static cache keyed by "presence:{$status}", where the status is one of online, away or offline.

const PRESENCE_STATUSES = ['online', 'away', 'offline'];

function presence_badge(string $status): string
{
    static $badges = [];
    if (!in_array($status, PRESENCE_STATUSES, true)) {
        $status = 'offline';
    }
    $key = "presence:{$status}";
    return $badges[$key] ??= sprintf(
        '<span class="badge presence-%s" title="%s">%s</span>',
        $status,
        ucfirst($status),
        str_repeat('<i class="status-dot"></i>', 16),
    );
}

final class MessageHandler
{
    public function onMessage(array $frame): string
    {
        $badge = presence_badge($frame['presence']);
        return json_encode(['html' => $badge . htmlspecialchars("{$frame['user_name']}: {$frame['text']}"), 'room' => $frame['room']]);
    }
}

$handler = new MessageHandler();
$presence = ['online', 'away', 'offline', 'invisible'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->onMessage(['user_id' => 40000 + $i, 'user_name' => "member{$i}", 'presence' => $presence[$i % 4], 'room' => 'general', 'text' => "hello from {$i}"]);
}
