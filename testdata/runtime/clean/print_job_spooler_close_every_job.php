<?php
// A print spooler consumer: each job opens a spool session whose feed
// keeps the session's bound render callable. close() hands on to the
// feed's close(), which drops the callables, and the consumer closes the
// session after every job, whatever its outcome: the ring is broken before
// the session is dropped.

final class PageFeed
{
    /** @var array<string, list<Closure>> */
    private array $listeners = [];

    public function listen(string $event, Closure $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, array $page): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($page);
        }
    }

    public function close(): void
    {
        $this->listeners = [];
    }
}

final class SpoolSession
{
    private PageFeed $feed;
    private string $rendered = '';

    public function __construct(private string $printer)
    {
        $this->feed = new PageFeed();
    }

    public function start(): PageFeed
    {
        $this->feed->listen('page', $this->render(...));
        return $this->feed;
    }

    public function close(): void
    {
        $this->feed->close();
    }

    private function render(array $page): void
    {
        $this->rendered = sprintf('%s|%s|%s', $this->printer, $page['title'], str_repeat('#', $page['ink']));
    }
}

final class SpoolConsumer
{
    public int $printed = 0;

    public function handle(array $job): void
    {
        $session = new SpoolSession($job['printer']);
        $feed = $session->start();
        try {
            $feed->emit('page', $job);
            $this->printed++;
        } finally {
            $session->close();
        }
    }
}

$consumer = new SpoolConsumer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $consumer->handle([
        'printer' => 'lp' . ($i % 4),
        'title' => 'Invoice ' . (10000 + $i),
        'ink' => 40 + $i % 30,
        'state' => $i % 9 === 8 ? 'last-page' : 'more',
    ]);
}
