<?php
// A playback session gets one observer per configured beacon class, made
// by name (new $class($session)); each observer keeps the session, and
// the session keeps its observers. Only a report that says "ended" has
// them detached: the others leave a cycle for the collector.

final class PlaybackSession
{
    private SplObjectStorage $observers;
    public array $events = [];

    public function __construct(public readonly string $id)
    {
        $this->observers = new SplObjectStorage();
    }

    public function attach(Beacon $beacon): void
    {
        $this->observers->attach($beacon);
    }

    public function end(): void
    {
        foreach (iterator_to_array($this->observers, false) as $beacon) {
            $this->observers->detach($beacon);
        }
    }
}

abstract class Beacon
{
    public function __construct(protected PlaybackSession $session)
    {
    }
}

final class QualityBeacon extends Beacon
{
}

final class AdBeacon extends Beacon
{
}

final class BeaconFactory
{
    /** @param list<class-string<Beacon>> $classes */
    public function __construct(private array $classes)
    {
    }

    public function attachTo(PlaybackSession $session): void
    {
        foreach ($this->classes as $class) {
            $session->attach(new $class($session)); // leak
        }
    }
}

final class ReportProcessor
{
    public function __construct(private BeaconFactory $beacons)
    {
    }

    public function process(array $report): string
    {
        $session = new PlaybackSession($report['session']);
        $this->beacons->attachTo($session);
        $session->events[] = $report['event'];
        if ($report['state'] === 'ended') {
            $session->end();
        }
        return $session->id;
    }
}

$processor = new ReportProcessor(new BeaconFactory([QualityBeacon::class, AdBeacon::class]));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $processor->process(['session' => sprintf('ps-%08d', $i), 'event' => str_repeat('rebuffer;', 40), 'state' => $i % 5 === 0 ? 'ended' : 'playing']);
}
