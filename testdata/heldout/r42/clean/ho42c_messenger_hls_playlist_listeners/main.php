<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/RenderMediaPlaylist.php';
require __DIR__ . '/src/Playlist/SegmentAppended.php';
require __DIR__ . '/src/Playlist/MediaPlaylistBuilder.php';
require __DIR__ . '/src/MessageHandler/RenderMediaPlaylistHandler.php';

use App\Message\RenderMediaPlaylist;
use App\MessageHandler\RenderMediaPlaylistHandler;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

/** Live packager notifications: one message per new window of segments. */
final class PackagerNotificationReceiver implements ReceiverInterface
{
    private int $sent = 0;

    public function __construct(private readonly int $total)
    {
    }

    public function get(): iterable
    {
        if ($this->sent >= $this->total) {
            return [];
        }
        $i = $this->sent++;
        $first = 1000 + $i * 2;
        $segments = [];
        for ($s = 0; $s < 6; $s++) {
            $segments[] = [$first + $s, 5.5 + (($i + $s) % 5) / 10];
        }
        $live = $i % 10 !== 0;

        return [new Envelope(new RenderMediaPlaylist(
            sprintf('v%06d', 4000 + $i),
            ['1080p', '720p', '480p'][$i % 3],
            !$live,
            $segments,
        ))];
    }

    public function ack(Envelope $envelope): void
    {
    }
}

$handlers = [RenderMediaPlaylist::class => new RenderMediaPlaylistHandler('https://cdn.example.net/hls')];
$limit = (int) (getenv('PHPLEAK_N') ?: 100);
(new Worker(new PackagerNotificationReceiver($limit), $handlers, $limit))->run();
