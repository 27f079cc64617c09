<?php

declare(strict_types=1);

use React\EventLoop\Loop;
use React\EventLoop\TimerInterface;
use React\Socket\SocketServer;
use Roadwatch\Stream\SubscriptionServer;
use Roadwatch\Traffic\IncidentFeed;
use Roadwatch\Traffic\IncidentPoller;

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Traffic/Incident.php';
require __DIR__ . '/src/Traffic/IncidentFeed.php';
require __DIR__ . '/src/Traffic/IncidentPoller.php';
require __DIR__ . '/src/Stream/BoundingBox.php';
require __DIR__ . '/src/Stream/CorridorSubscription.php';
require __DIR__ . '/src/Stream/SubscriptionServer.php';

$feed = new IncidentFeed();
$poller = new IncidentPoller($feed);

(new SubscriptionServer($feed))->listen(new SocketServer('0.0.0.0:7070'));

Loop::addPeriodicTimer(5.0, static function (TimerInterface $timer, float $now) use ($poller): void {
    $poller->poll($now);
});

Loop::run();
