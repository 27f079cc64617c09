<?php

declare(strict_types=1);

// Stand-ins for the RoadRunner PSR-7 worker loop: the process boots once and
// then answers whatever the RR server hands it until it is told to stop.
final class ServerRequest
{
    public function __construct(
        public readonly string $uri,
        public readonly array $parsedBody,
    ) {
    }
}

final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $maxJobs)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $n = $this->served++;

        return new ServerRequest('/guide/playback', [
            'visitor' => sprintf('V-%06d', $n),
            'tour' => 'impressionists-' . ($n % 7),
            'language' => ['en', 'fr', 'nl'][$n % 3],
        ]);
    }

    public function respond(int $status, string $body): void
    {
        // the RR relay would write the frame here
    }
}

final class Track
{
    public function __construct(
        public readonly int $stop,
        public readonly string $title,
        public readonly string $transcript,
    ) {
    }
}

final class TrackQueue
{
    /** @var list<Track> */
    private array $tracks = [];
    private ?\Closure $onFinished = null;

    public function push(Track $track): void
    {
        $this->tracks[] = $track;
    }

    public function onTrackFinished(\Closure $listener): void
    {
        $this->onFinished = $listener;
    }

    public function current(): ?Track
    {
        return $this->tracks[0] ?? null;
    }

    public function finishCurrent(object $listenerContext): void
    {
        $done = array_shift($this->tracks);
        if ($done !== null && $this->onFinished !== null) {
            ($this->onFinished)($done, $listenerContext);
        }
    }
}

final class AudioGuidePlayback
{
    private TrackQueue $queue;
    /** @var list<string> */
    private array $played = [];

    public function __construct(
        public readonly string $visitorId,
        public readonly string $language,
    ) {
        $this->queue = new TrackQueue();
        $this->queue->onTrackFinished($this->advanceHandler());
    }

    private function advanceHandler(): \Closure
    {
        // static: the queue never holds the playback, it is handed in per call
        return static fn (Track $finished, self $playback) => $playback->advance($finished);
    }

    private function advance(Track $finished): void
    {
        $this->played[] = $finished->stop . ':' . $finished->title;
    }

    public function enqueueTour(string $tour): void
    {
        foreach (['Entrance hall', 'Water lilies room', 'Garden terrace'] as $stop => $title) {
            $this->queue->push(new Track(
                $stop + 1,
                $title,
                str_repeat("[{$this->language}] {$tour}: {$title}. ", 6),
            ));
        }
    }

    public function skipTo(int $stop): ?Track
    {
        while (($track = $this->queue->current()) !== null && $track->stop < $stop) {
            $this->queue->finishCurrent($this);
        }

        return $this->queue->current();
    }

    public function summary(): string
    {
        return $this->visitorId . ' played ' . implode(', ', $this->played);
    }
}

final class PlaybackController
{
    public function __invoke(ServerRequest $request): array
    {
        $body = $request->parsedBody;
        $playback = new AudioGuidePlayback($body['visitor'], $body['language']);
        $playback->enqueueTour($body['tour']);
        $now = $playback->skipTo(3);

        return [200, json_encode([
            'now_playing' => $now?->title,
            'transcript' => $now?->transcript,
            'history' => $playback->summary(),
        ])];
    }
}

$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
$controller = new PlaybackController();

while (($request = $worker->waitRequest()) !== null) {
    [$status, $body] = $controller($request);
    $worker->respond($status, $body);
}
