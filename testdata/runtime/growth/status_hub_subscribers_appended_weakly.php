<?php
// A parcel-tracking push hub in a worker loop. Each request subscribes
// its own listener object to the long-lived hub, which keeps a weak
// reference and the topic, appended to its list. The listener dies with
// the request, but its entry (the weak reference and the topic) stays:
// one more per request.

final class StatusListener
{
    public function __construct(public readonly string $parcel)
    {
    }

    public function notify(string $status): void
    {
    }
}

final class StatusHub
{
    /** @var list<array{ref: WeakReference, topic: string}> */
    private array $subscribers = [];

    public function subscribe(StatusListener $listener, string $topic): void
    {
        $this->subscribers[] = ['ref' => WeakReference::create($listener), 'topic' => $topic]; // leak
    }

    public function publish(string $status): void
    {
        foreach ($this->subscribers as $sub) {
            $sub['ref']->get()?->notify($status);
        }
    }
}

final class TrackController
{
    public function __construct(private StatusHub $hub)
    {
    }

    public function track(string $parcel): void
    {
        $listener = new StatusListener($parcel);
        $this->hub->subscribe($listener, 'parcel.' . $parcel . '.' . str_repeat('s', 600)); // leak
        $this->hub->publish('in transit');
    }
}

$controller = new TrackController(new StatusHub());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->track(sprintf('PX%08d', $i));
}
