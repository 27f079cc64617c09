<?php

require __DIR__ . '/vendor/symfony/messenger/Envelope.php';
require __DIR__ . '/vendor/symfony/messenger/MessageBus.php';
require __DIR__ . '/src/Clock/SystemClock.php';
require __DIR__ . '/src/Message/TrackEvent.php';
require __DIR__ . '/src/Sessionization/OpenSession.php';
require __DIR__ . '/src/Sessionization/SessionSummarySink.php';
require __DIR__ . '/src/Sessionization/SessionWindowTracker.php';
require __DIR__ . '/src/Handler/TrackEventHandler.php';

use App\Clock\SystemClock;
use App\Handler\TrackEventHandler;
use App\Message\TrackEvent;
use App\Sessionization\SessionSummarySink;
use App\Sessionization\SessionWindowTracker;
use Symfony\Component\Messenger\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\ReceivedStamp;

// Boot: the container wires the tracker once; the consumer then handles
// messages from the "events" transport until it is stopped.
$tracker = new SessionWindowTracker(new SessionSummarySink(), new SystemClock(), 1800, 300);
$bus = new MessageBus(new HandlersLocator([
    TrackEvent::class => [new TrackEventHandler($tracker)],
]));

$pages = ['/', '/pricing', '/docs/getting-started', '/blog/release-notes', '/signup'];
$sources = ['google', 'newsletter', 'twitter', 'direct'];
$baseMs = 1717200000000;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // Two hits per anonymous visitor, forty seconds apart on the event clock.
    $payload = json_decode(json_encode([
        'anonymous_id' => sprintf('anon-%08x', intdiv($i, 2) * 2654435761 % 0xFFFFFFFF),
        'ts' => $baseMs + $i * 40000,
        'event' => $i % 2 ? 'page_view' : 'session_start',
        'url' => 'https://shop.example.com' . $pages[$i % 5] . '?ref=' . $i,
        'props' => [
            'utm_source' => $sources[$i % 4],
            'utm_medium' => 'cpc',
            'utm_campaign' => 'spring-' . ($i % 7),
            'referrer' => 'https://www.' . $sources[$i % 4] . '.com/search?q=item' . $i,
            'viewport' => '1440x900',
        ],
    ]), true);

    $bus->dispatch(TrackEvent::fromPayload($payload), [new ReceivedStamp('events')]);
}
