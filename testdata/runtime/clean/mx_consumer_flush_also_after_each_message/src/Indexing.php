<?php

namespace App\Indexing;

use Symfony\Component\Console\ConsoleEvents;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\KernelEvents;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

final class ReindexProduct
{
    public function __construct(public readonly string $sku, public readonly string $title, public readonly string $description)
    {
    }
}

// documents waiting to be sent to the search engine in one bulk request
final class SearchIndexBuffer
{
    /** @var list<array<string, string>> */
    private array $pending = [];

    public function add(string $id, array $document): void
    {
        $this->pending[] = ['id' => $id] + $document;
    }

    public function flush(): void
    {
        // (one bulk request to the search engine)
        $this->pending = [];
    }
}

#[AsMessageHandler]
final class ReindexProductHandler
{
    public function __construct(private SearchIndexBuffer $buffer)
    {
    }

    public function __invoke(ReindexProduct $message): void
    {
        $this->buffer->add($message->sku, ['title' => $message->title, 'description' => $message->description]);
    }
}

final class FlushSearchIndexSubscriber implements EventSubscriberInterface
{
    public function __construct(private SearchIndexBuffer $buffer)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::TERMINATE => 'flush',
            ConsoleEvents::TERMINATE => 'flush',
            WorkerMessageHandledEvent::class => 'flush',
            WorkerMessageFailedEvent::class => 'flush',
        ];
    }

    public function flush(): void
    {
        $this->buffer->flush();
    }
}
