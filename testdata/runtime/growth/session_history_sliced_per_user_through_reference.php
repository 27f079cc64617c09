<?php
// A chat service keeps the last 30 messages per conversation, bound by
// reference and sliced back to 30 after each post. Each window is bounded,
// but conversations are keyed by the sender, a new one for every user, and
// none is ever dropped.

final class ChatHistory
{
    private array $conversations = [];

    public function post(string $from, string $text): void
    {
        $history = &$this->conversations[$from]; // leak
        $history[] = ['text' => $text, 'at' => microtime(true)]; // leak
        $history = array_slice($history, -30);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$chat = new ChatHistory();
for ($i = 0; $i < $n; $i++) {
    $chat->post("user{$i}", str_repeat("message {$i} ", 30));
}
