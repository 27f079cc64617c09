<?php
// A chat fan-out consumer that renders the sender's profile card through a helper memoizing cards in a function static keyed by user and size.

final class ChatMessage
{
    public function __construct(
        public readonly string $roomId,
        public readonly int $senderId,
        public readonly string $senderName,
        public readonly string $text,
    ) {}
}

function profile_card_key(int $userId, string $size): string
{
    return "card:{$userId}:{$size}";
}

function profile_card_html(int $userId, string $name, string $size): string
{
    static $cache = [];
    $key = profile_card_key($userId, $size);
    if (!isset($cache[$key])) {
        $px = ['sm' => 24, 'md' => 48, 'lg' => 96][$size];
        $cache[$key] = sprintf( // leak
            '<div class="card card-%s"><img src="/avatars/%d.png" width="%d" height="%d" alt="%s"><span class="name">%s</span>%s</div>',
            $size, $userId, $px, $px, htmlspecialchars($name), htmlspecialchars($name), str_repeat('<i class="badge"></i>', 28),
        );
    }
    return $cache[$key];
}

final class RoomBroadcaster
{
    public int $frames = 0;

    public function broadcast(ChatMessage $m): void
    {
        $html = profile_card_html($m->senderId, $m->senderName, 'md') . '<p>' . htmlspecialchars($m->text) . '</p>';
        $this->frames += strlen(json_encode(['room' => $m->roomId, 'html' => $html])) > 0 ? 1 : 0;
    }
}

final class InMemoryQueue
{
    private int $seq = 0;

    public function pop(): ChatMessage
    {
        $s = ++$this->seq;
        return new ChatMessage('room-' . ($s % 8), 900000 + $s, "guest_{$s}", "hello from guest {$s}");
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new InMemoryQueue();
$broadcaster = new RoomBroadcaster();
$handled = 0;
while ($handled < $n) {
    $broadcaster->broadcast($queue->pop());
    $handled++;
}
