<?php
// A chat service keeps the last 30 messages per room in memory. The room's
// history is bound by reference and sliced back to 30 after each post.

final class ChatHistory
{
    private array $rooms = [];

    public function post(string $room, string $author, string $text): void
    {
        $history = &$this->rooms[$room];
        $history[] = ['author' => $author, 'text' => $text, 'at' => microtime(true)];
        $history = array_slice($history, -30);
    }
}

$rooms = ['general', 'random', 'support'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$chat = new ChatHistory();
for ($i = 0; $i < $n; $i++) {
    $chat->post($rooms[$i % 3], "user{$i}", str_repeat("message {$i} ", 30));
}
