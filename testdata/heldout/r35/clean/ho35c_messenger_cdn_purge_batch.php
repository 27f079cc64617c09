<?php

declare(strict_types=1);

// messenger:consume worker of a headless CMS. When an editor publishes a
// page, every URL that shows it is purged from the CDN in one batch call.

final class PagePublished
{
    public function __construct(
        public readonly int $pageId,
        public readonly string $path,
        public readonly string $locale,
        public readonly array $parentPaths,
        public readonly DateTimeImmutable $publishedAt,
    ) {
    }
}

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

final class InMemoryTransport
{
    private int $delivered = 0;

    public function __construct(private int $limit)
    {
    }

    public function get(): ?Envelope
    {
        if ($this->delivered >= $this->limit) {
            return null;
        }
        $id = 900 + ++$this->delivered;
        $locale = ['en-gb', 'de-de', 'fr-fr'][$id % 3];

        return new Envelope(new PagePublished(
            $id,
            "/{$locale}/guides/how-to-choose-a-standing-desk-{$id}",
            $locale,
            ["/{$locale}/guides", "/{$locale}"],
            new DateTimeImmutable('@' . (1718000000 + $id * 37)),
        ), ['transport' => 'async_content']);
    }

    public function ack(Envelope $envelope): void
    {
    }
}

final class PurgeRequest
{
    /** @param list<string> $surrogateKeys */
    public function __construct(
        public readonly string $url,
        public readonly array $surrogateKeys,
        public readonly string $reason,
    ) {
    }
}

final class CdnPurger
{
    /** @var SplQueue<PurgeRequest> */
    private SplQueue $pending;

    public int $calls = 0;

    public function __construct(private string $baseUrl, private int $batchSize = 30)
    {
        $this->pending = new SplQueue();
        // Iterating the queue consumes it: each URL is sent once.
        $this->pending->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO | SplDoublyLinkedList::IT_MODE_DELETE);
    }

    public function schedule(string $path, array $surrogateKeys, string $reason): void
    {
        $this->pending->enqueue(new PurgeRequest($this->baseUrl . $path, $surrogateKeys, $reason));
    }

    /** Sends everything scheduled so far, $batchSize URLs per API call. */
    public function flush(): void
    {
        $batch = [];
        foreach ($this->pending as $request) {
            $batch[] = $request->url;
            if (count($batch) === $this->batchSize) {
                $this->send($batch);
                $batch = [];
            }
        }
        if ($batch !== []) {
            $this->send($batch);
        }
    }

    private function send(array $urls): void
    {
        $payload = json_encode(['files' => $urls]);
        $this->calls++;
        unset($payload);
    }
}

final class PagePublishedHandler
{
    public function __construct(private CdnPurger $purger)
    {
    }

    public function __invoke(PagePublished $event): void
    {
        $reason = sprintf('page %d published at %s', $event->pageId, $event->publishedAt->format(DATE_ATOM));
        $keys = ['page-' . $event->pageId, 'locale-' . $event->locale];

        $this->purger->schedule($event->path, $keys, $reason);
        $this->purger->schedule($event->path . '/amp', $keys, $reason);
        foreach ($event->parentPaths as $listing) {
            $this->purger->schedule($listing, ['listing-' . md5($listing)], $reason);
        }
        $this->purger->flush();
    }
}

final class MessageBus
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(Envelope $envelope): void
    {
        ($this->handlers[$envelope->message::class])($envelope->message);
    }
}

$purger = new CdnPurger('https://www.example-publisher.test');
$bus = new MessageBus([PagePublished::class => new PagePublishedHandler($purger)]);
$transport = new InMemoryTransport((int) (getenv('PHPLEAK_N') ?: 100));

while (($envelope = $transport->get()) !== null) {
    $bus->dispatch($envelope);
    $transport->ack($envelope);
}
