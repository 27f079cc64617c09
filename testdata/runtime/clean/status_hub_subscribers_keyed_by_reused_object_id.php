<?php
// A parcel-tracking push hub in a worker loop. Each request subscribes
// its own listener object to the long-lived hub, which keeps a weak
// reference and the topic under spl_object_id() of the listener. The
// listener dies with the request, and PHP hands its id to the next
// request's listener: the entry is overwritten, and the map stays at one.

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
    /** @var array<int, array{ref: WeakReference, topic: string}> */
    private array $subscribers = [];

    public function subscribe(StatusListener $listener, string $topic): void
    {
        $this->subscribers[spl_object_id($listener)] = ['ref' => WeakReference::create($listener), 'topic' => $topic];
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
        $this->hub->subscribe($listener, 'parcel.' . $parcel . '.' . str_repeat('s', 600));
        $this->hub->publish('in transit');
    }
}

$controller = new TrackController(new StatusHub());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->track(sprintf('PX%08d', $i));
}
