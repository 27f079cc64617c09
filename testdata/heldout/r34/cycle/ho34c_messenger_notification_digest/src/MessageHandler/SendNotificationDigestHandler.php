<?php

namespace App\MessageHandler;

use App\Message\SendNotificationDigest;
use App\Notification\Digest;
use App\Notification\DigestItem;
use App\Notification\DigestMailer;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class SendNotificationDigestHandler
{
    private const MAX_ITEMS = 3;

    public function __construct(private DigestMailer $mailer)
    {
    }

    public function __invoke(SendNotificationDigest $message): void
    {
        $digest = new Digest($message->userId, $message->locale, 'daily');
        foreach (array_slice($this->collapse($message->events), 0, self::MAX_ITEMS) as $event) {
            $digest->add(new DigestItem($event['type'], $event['actor'], $event['target'], $event['at']));
        }
        $this->mailer->send($message->email, $digest);
    }

    /** Collapse repeated likes on the same target into one event. */
    private function collapse(array $events): array
    {
        $out = [];
        foreach ($events as $e) {
            $key = $e['type'] === 'like' ? 'like:' . $e['target'] : $e['type'] . ':' . $e['at'];
            $out[$key] ??= $e;
        }
        return array_values($out);
    }
}
