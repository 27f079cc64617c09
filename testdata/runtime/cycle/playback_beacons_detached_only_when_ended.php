<?php
// A playback session gets one observer per configured beacon class, made
// by name (new $class($session)); each observer keeps the session. The
// processor detaches them only when the last event says the playback
// ended, which these reports never do: each leaves a garbage cycle.

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

    public function apply(array $event): void
    {
        $this->events[] = $event['type'];
        foreach ($this->observers as $beacon) {
            $beacon->update($event);
        }
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
    protected array $samples = [];

    public function __construct(protected PlaybackSession $session)
    {
    }

    abstract public function update(array $event): void;
}

final class QualityBeacon extends Beacon
{
    public function update(array $event): void
    {
        if ($event['type'] === 'rebuffer') {
            $this->samples[] = 'rb:' . $event['ms'];
        } elseif ($event['type'] === 'bitrate') {
            $this->samples[] = 'br:' . $event['kbps'];
        } elseif ($event['type'] === 'error') {
            $this->samples[] = 'err';
        }
    }
}

final class AdBeacon extends Beacon
{
    public function update(array $event): void
    {
        if ($event['type'] === 'quartile') {
            $this->samples[] = 'q' . $event['n'];
        } elseif ($event['type'] === 'click') {
            $this->samples[] = 'click';
        }
    }
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
        foreach ($report['events'] as $event) {
            $session->apply($event);
        }
        if (end($report['events'])['type'] === 'ended') {
            $session->end();
        }
        return $session->id;
    }
}

$processor = new ReportProcessor(new BeaconFactory([QualityBeacon::class, AdBeacon::class]));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $processor->process(['session' => sprintf('ps-%08d', $i), 'events' => [
        ['type' => 'rebuffer', 'ms' => 120 + $i % 50],
        ['type' => 'quartile', 'n' => 1 + $i % 4],
        ['type' => 'bitrate', 'kbps' => 2400 + $i % 800, 'note' => str_repeat('x', 300)],
    ]]);
}
