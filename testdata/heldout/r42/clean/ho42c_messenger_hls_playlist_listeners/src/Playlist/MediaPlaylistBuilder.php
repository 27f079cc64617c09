<?php

namespace App\Playlist;

use Closure;
use Symfony\Component\EventDispatcher\EventDispatcher;

/**
 * Builds one HLS media playlist (#EXT-X-TARGETDURATION, #EXTINF lines).
 * Extensions (ad markers, discontinuities) hook into segment events.
 */
final class MediaPlaylistBuilder
{
    private readonly EventDispatcher $events;

    /** @var list<string> */
    private array $lines = [];

    private int $targetDuration = 1;

    private int $mediaSequence = 0;

    public function __construct(
        private readonly string $baseUri,
        private readonly bool $endList,
    ) {
        $this->events = new EventDispatcher();
    }

    public function events(): EventDispatcher
    {
        return $this->events;
    }

    /** @param list<array{0: int, 1: float}> $segments */
    public function build(array $segments): string
    {
        $tracker = $this->targetDurationTracker();
        $this->events->addListener(SegmentAppended::NAME, $tracker);

        try {
            $this->mediaSequence = $segments[0][0] ?? 0;
            foreach ($segments as [$sequence, $duration]) {
                $this->append(sprintf('%s/seg_%05d.ts', $this->baseUri, $sequence), $duration);
            }

            return $this->render();
        } finally {
            // the tracker only lives for this render, live or VOD
            $this->events->removeListener(SegmentAppended::NAME, $tracker);
        }
    }

    private function append(string $uri, float $duration): void
    {
        $event = new SegmentAppended($uri, $duration, count($this->lines));
        $this->lines[] = sprintf("#EXTINF:%.3f,\n%s", $duration, $uri);
        $this->events->dispatch($event, SegmentAppended::NAME);
    }

    private function targetDurationTracker(): Closure
    {
        return function (SegmentAppended $event): void {
            $this->targetDuration = max($this->targetDuration, (int) ceil($event->duration));
        };
    }

    private function render(): string
    {
        $head = [
            '#EXTM3U',
            '#EXT-X-VERSION:3',
            '#EXT-X-TARGETDURATION:' . $this->targetDuration,
            '#EXT-X-MEDIA-SEQUENCE:' . $this->mediaSequence,
        ];
        $tail = $this->endList ? ['#EXT-X-ENDLIST'] : [];

        return implode("\n", array_merge($head, $this->lines, $tail)) . "\n";
    }
}
