<?php
// A chat server renders the sender badge of each message through a function static cache keyed by "user:{$id}", so every user who ever posts keeps a rendered badge in the worker.

function sender_badge(array $user): string
{
    static $badges = [];
    $key = "user:{$user['id']}";
    return $badges[$key] ??= sprintf( // leak
        '<span class="badge" data-user="%d"><img src="https://cdn.chat.example/avatars/%d.png" alt="%s">%s</span>%s',
        $user['id'],
        $user['id'],
        htmlspecialchars($user['name']),
        htmlspecialchars($user['name']),
        str_repeat('<i class="status-dot"></i>', 16),
    );
}

final class MessageHandler
{
    public function onMessage(array $frame): string
    {
        $user = ['id' => $frame['user_id'], 'name' => $frame['user_name']];
        return json_encode(['html' => sender_badge($user) . htmlspecialchars($frame['text']), 'room' => $frame['room']]);
    }
}

$handler = new MessageHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->onMessage(['user_id' => 40000 + $i, 'user_name' => "member{$i}", 'room' => 'general', 'text' => "hello from {$i}"]);
}
