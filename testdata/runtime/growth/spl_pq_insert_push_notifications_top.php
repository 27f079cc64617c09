<?php
// A notification service keeps outgoing pushes in a static SplPriorityQueue and only peeks at top() to send, never extracting.

final class PushNotification
{
    public function __construct(public readonly string $deviceToken, public readonly string $title, public readonly string $body) {}
}

final class PushService
{
    private static ?SplPriorityQueue $outgoing = null;
    public static int $sent = 0;

    public static function notify(PushNotification $push, int $urgency): void
    {
        self::$outgoing ??= new SplPriorityQueue();
        self::$outgoing->insert($push, $urgency); // leak
    }

    public static function sendNext(): ?PushNotification
    {
        if (self::$outgoing === null || self::$outgoing->isEmpty()) {
            return null;
        }
        self::$sent++;
        return self::$outgoing->top();
    }
}

function onNewFollower(int $userId, int $followerId): void
{
    PushService::notify(
        new PushNotification(hash('sha256', "device{$userId}") . str_repeat('0', 64), 'New follower', "User {$followerId} follows you. " . str_repeat('<3 ', 170)),
        $followerId % 3,
    );
    PushService::sendNext();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    onNewFollower($i, $i + 7);
}
