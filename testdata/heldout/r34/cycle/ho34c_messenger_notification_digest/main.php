<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/SendNotificationDigest.php';
require __DIR__ . '/src/Notification/DigestItem.php';
require __DIR__ . '/src/Notification/Digest.php';
require __DIR__ . '/src/Notification/DigestMailer.php';
require __DIR__ . '/src/MessageHandler/SendNotificationDigestHandler.php';

use App\Message\SendNotificationDigest;
use App\MessageHandler\SendNotificationDigestHandler;
use App\Notification\DigestMailer;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

$bus = new MessageBus();
$bus->addHandler(SendNotificationDigest::class, new SendNotificationDigestHandler(new DigestMailer()));

function digest_transport(int $n): \Generator
{
    $types = ['like', 'reply', 'mention', 'follow', 'like'];
    $locales = ['en', 'de', 'pt-BR', 'ja'];
    for ($i = 1; $i <= $n; $i++) {
        $events = [];
        for ($k = 0; $k < 5; $k++) {
            $events[] = [
                'type' => $types[($i + $k) % 5],
                'actor' => '@member' . (($i * 13 + $k * 7) % 3000),
                'target' => "your post about the weekend hiking trip to the lakes (#" . (40_000 + $i * 3 + $k) . ')',
                'at' => 1_700_000_000 + $i * 60 + $k,
            ];
        }
        yield new SendNotificationDigest(10_000 + $i, "user{$i}@example.test", $locales[$i % 4], $events);
    }
}

(new Worker(digest_transport((int) (getenv('PHPLEAK_N') ?: 100)), $bus))->run();
