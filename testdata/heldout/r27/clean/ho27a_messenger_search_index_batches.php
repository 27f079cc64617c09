<?php

declare(strict_types=1);

// bin/console messenger:consume search_index --limit=N, with the services
// the container would wire inlined into one script.

namespace Symfony\Component\EventDispatcher {
    class EventDispatcher
    {
        /** @var array<string, list<callable>> */
        private array $listeners = [];

        public function addListener(string $eventName, callable $listener): void
        {
            $this->listeners[$eventName][] = $listener;
        }

        public function dispatch(object $event, ?string $eventName = null): object
        {
            foreach ($this->listeners[$eventName ?? $event::class] ?? [] as $listener) {
                $listener($event);
            }

            return $event;
        }
    }
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = [])
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }

        public function last(string $stampFqcn): ?object
        {
            $found = null;
            foreach ($this->stamps as $stamp) {
                if ($stamp instanceof $stampFqcn) {
                    $found = $stamp;
                }
            }

            return $found;
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;
    use Symfony\Component\Messenger\Event\WorkerStoppedEvent;

    interface ReceiverInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }

    final class HandlersLocator
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        /** @return list<callable> */
        public function getHandlers(Envelope $envelope): array
        {
            return $this->handlers[$envelope->getMessage()::class] ?? [];
        }
    }

    final class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, ReceiverInterface> $receivers */
        public function __construct(
            private array $receivers,
            private HandlersLocator $handlers,
            private EventDispatcher $dispatcher,
        ) {
        }

        public function run(array $options = []): void
        {
            $sleep = $options['sleep'] ?? 1000000;
            while (!$this->shouldStop) {
                $envelopeHandled = false;
                foreach ($this->receivers as $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $envelopeHandled = true;
                        foreach ($this->handlers->getHandlers($envelope) as $handler) {
                            $handler($envelope->getMessage());
                        }
                        $receiver->ack($envelope);
                        $this->dispatcher->dispatch(new WorkerRunningEvent($this, false));
                        if ($this->shouldStop) {
                            break 2;
                        }
                    }
                }
                if (!$envelopeHandled) {
                    $this->dispatcher->dispatch(new WorkerRunningEvent($this, true));
                    usleep($sleep);
                }
            }
            $this->dispatcher->dispatch(new WorkerStoppedEvent($this));
        }

        public function stop(): void
        {
            $this->shouldStop = true;
        }
    }
}

namespace Symfony\Component\Messenger\Event {
    use Symfony\Component\Messenger\Worker;

    final class WorkerRunningEvent
    {
        public function __construct(private Worker $worker, private bool $isWorkerIdle)
        {
        }

        public function getWorker(): Worker
        {
            return $this->worker;
        }

        public function isWorkerIdle(): bool
        {
            return $this->isWorkerIdle;
        }
    }

    final class WorkerStoppedEvent
    {
        public function __construct(private Worker $worker)
        {
        }

        public function getWorker(): Worker
        {
            return $this->worker;
        }
    }
}

namespace Symfony\Component\Messenger\EventListener {
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;

    final class StopWorkerOnMessageLimitListener
    {
        private int $receivedMessages = 0;

        public function __construct(private int $maximumNumberOfMessages)
        {
        }

        public function onWorkerRunning(WorkerRunningEvent $event): void
        {
            if (!$event->isWorkerIdle() && ++$this->receivedMessages >= $this->maximumNumberOfMessages) {
                $this->receivedMessages = 0;
                $event->getWorker()->stop();
            }
        }
    }
}

namespace App\Message {
    final class IndexArticle
    {
        public function __construct(
            public readonly int $articleId,
            public readonly string $title,
            public readonly string $body,
            public readonly array $tags,
            public readonly string $publishedAt,
        ) {
        }
    }
}

namespace App\Search {
    /**
     * Talks to the search cluster's _bulk endpoint (the transport is stubbed:
     * the NDJSON body is built and dropped).
     */
    final class SearchClient
    {
        private int $requests = 0;

        public function __construct(private string $endpoint)
        {
        }

        /** @param list<string> $ndjsonLines */
        public function bulk(array $ndjsonLines): int
        {
            $body = implode("\n", $ndjsonLines) . "\n";
            $this->requests++;

            return strlen($body);
        }
    }
}

namespace App\Search {
    /**
     * Collects index operations and sends them as one _bulk request, so a busy
     * queue costs one round trip per batch instead of one per article.
     */
    final class BulkIndexer
    {
        /** @var array<string, list<string>> */
        private array $pending = [];

        public function __construct(
            private SearchClient $client,
            private string $index,
            private int $batchSize = 25,
        ) {
        }

        public function index(string $id, array $document): void
        {
            $this->pending[$id] = [
                json_encode(['index' => ['_index' => $this->index, '_id' => $id]]),
                json_encode($document, JSON_UNESCAPED_UNICODE),
            ];
            $this->flushIfFull();
        }

        private function flushIfFull(): void
        {
            if (count($this->pending) >= $this->batchSize) {
                $this->flush();
            }
        }

        public function delete(string $id): void
        {
            $this->pending[$id] = [json_encode(['delete' => ['_index' => $this->index, '_id' => $id]])];
        }

        public function pendingCount(): int
        {
            return count($this->pending);
        }

        public function flush(): void
        {
            if ($this->pending === []) {
                return;
            }
            $this->client->bulk(array_merge(...array_values($this->pending)));
            $this->pending = [];
        }
    }
}

namespace App\MessageHandler {
    use App\Message\IndexArticle;
    use App\Search\BulkIndexer;

    final class IndexArticleHandler
    {
        public function __construct(private BulkIndexer $indexer)
        {
        }

        public function __invoke(IndexArticle $message): void
        {
            $this->indexer->index('article-' . $message->articleId, [
                'title' => $message->title,
                'body' => strip_tags($message->body),
                'tags' => array_values(array_unique(array_map('strtolower', $message->tags))),
                'published_at' => $message->publishedAt,
                'suggest' => ['input' => explode(' ', $message->title)],
            ]);
        }
    }
}

namespace App\EventListener {
    use App\Search\BulkIndexer;
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;

    /**
     * Sends a partial batch as soon as the queue runs dry.
     */
    final class FlushIndexerListener
    {
        public function __construct(private BulkIndexer $indexer)
        {
        }

        public function onWorkerRunning(WorkerRunningEvent $event): void
        {
            if ($event->isWorkerIdle()) {
                $this->indexer->flush();
            }
        }
    }
}

namespace App {
    use App\Message\IndexArticle;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\ReceiverInterface;

    /**
     * Stand-in for the "search_index" transport: the CMS publishes faster than
     * the consumer keeps up, so every poll returns a full page of messages.
     */
    final class ArticleFeedReceiver implements ReceiverInterface
    {
        private int $nextId = 700000;

        public function get(): iterable
        {
            for ($k = 0; $k < 10; $k++) {
                $id = $this->nextId++;
                yield new Envelope(new IndexArticle(
                    $id,
                    sprintf('Review: %s season %d finale', ['The Expanse', 'Severance', 'Andor', 'Slow Horses'][$id % 4], $id % 9 + 1),
                    sprintf('<p>%s</p>', str_repeat("Spoiler-free notes on episode $id. ", 8)),
                    ['TV', 'Review', $id % 2 ? 'Drama' : 'SciFi', 'tv'],
                    date(DATE_ATOM, 1700000000 + $id * 60),
                ));
            }
        }

        public function ack(Envelope $envelope): void
        {
        }
    }
}

namespace {
    use App\ArticleFeedReceiver;
    use App\EventListener\FlushIndexerListener;
    use App\Message\IndexArticle;
    use App\MessageHandler\IndexArticleHandler;
    use App\Search\BulkIndexer;
    use App\Search\SearchClient;
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;
    use Symfony\Component\Messenger\EventListener\StopWorkerOnMessageLimitListener;
    use Symfony\Component\Messenger\HandlersLocator;
    use Symfony\Component\Messenger\Worker;

    $indexer = new BulkIndexer(new SearchClient('http://search:9200'), 'articles_v3', batchSize: 25);

    $dispatcher = new EventDispatcher();
    $dispatcher->addListener(WorkerRunningEvent::class, [new FlushIndexerListener($indexer), 'onWorkerRunning']);
    $limit = (int) (getenv('PHPLEAK_N') ?: 100);
    $dispatcher->addListener(WorkerRunningEvent::class, [new StopWorkerOnMessageLimitListener($limit), 'onWorkerRunning']);

    $worker = new Worker(
        ['search_index' => new ArticleFeedReceiver()],
        new HandlersLocator([IndexArticle::class => [new IndexArticleHandler($indexer)]]),
        $dispatcher,
    );
    $worker->run(['sleep' => 0]);
}
