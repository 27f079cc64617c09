<?php

require __DIR__ . '/vendor/evenement/evenement/src/EventEmitter.php';
require __DIR__ . '/vendor/react/event-loop/src/Loop.php';
require __DIR__ . '/src/Moderation/AbuseReport.php';
require __DIR__ . '/src/Moderation/ModeratorPager.php';
require __DIR__ . '/src/Moderation/AuditTrail.php';
require __DIR__ . '/src/Moderation/ModerationTicket.php';
require __DIR__ . '/src/Moderation/AutoModPolicy.php';
require __DIR__ . '/src/Moderation/ReportConsumer.php';

use Forum\Moderation\AuditTrail;
use Forum\Moderation\AutoModPolicy;
use Forum\Moderation\ModeratorPager;
use Forum\Moderation\ReportConsumer;
use React\EventLoop\Loop;

$consumer = new ReportConsumer(new AutoModPolicy(), new ModeratorPager(), new AuditTrail());
$reasons = ['spam', 'harassment', 'off-topic', 'doxxing', 'harassment', 'self-harm'];

// Each message from the reports stream is handled on the next tick, as the
// stream's 'data' handler does.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $frame = json_encode([
        'report_id' => 51000 + $i,
        'post_id' => 880000 + $i * 3,
        'board' => ['general', 'marketplace', 'off-topic'][$i % 3],
        'reporter_id' => 100 + ($i * 17) % 4000,
        'reason' => $reasons[$i % count($reasons)],
        'note' => $i % 4 === 0 ? '' : "Reported by member via flag menu at {$i}",
        'quoted' => str_repeat("user{$i} wrote: you clearly have no idea what you are talking about, go back to the newbie board. ", 4),
        'ts' => 1700000000 + $i * 29,
    ]);
    Loop::futureTick(static fn () => $consumer->onMessage($frame));
    Loop::run();
}
