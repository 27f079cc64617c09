<?php

declare(strict_types=1);

namespace Symfony\Component\EventDispatcher {
    interface EventSubscriberInterface
    {
        public static function getSubscribedEvents(): array;
    }

    class EventDispatcher
    {
        /** @var array<string, list<callable>> */
        private array $listeners = [];

        public function addListener(string $eventName, callable $listener, int $priority = 0): void
        {
            $this->listeners[$eventName][] = $listener;
        }

        public function addSubscriber(EventSubscriberInterface $subscriber): void
        {
            foreach ($subscriber::getSubscribedEvents() as $eventName => $method) {
                $this->addListener($eventName, [$subscriber, is_array($method) ? $method[0] : $method]);
            }
        }

        public function dispatch(object $event, ?string $eventName = null): object
        {
            foreach ($this->listeners[$eventName ?? $event::class] ?? [] as $listener) {
                $listener($event, $eventName ?? $event::class, $this);
            }

            return $event;
        }
    }
}

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null, public ?string $handles = null, public ?string $method = null, public int $priority = 0)
        {
        }
    }
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        private array $stamps = [];

        public function __construct(private object $message, array $stamps = [])
        {
            foreach ($stamps as $stamp) {
                $this->stamps[$stamp::class][] = $stamp;
            }
        }

        public function with(object ...$stamps): static
        {
            $cloned = clone $this;
            foreach ($stamps as $stamp) {
                $cloned->stamps[$stamp::class][] = $stamp;
            }

            return $cloned;
        }

        public function last(string $stampFqcn): ?object
        {
            return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    interface MessageBusInterface
    {
        public function dispatch(object $message, array $stamps = []): Envelope;
    }

    /**
     * Bus with the default middleware reduced to handler dispatch: the
     * handlers for a message class are called in order.
     */
    class MessageBus implements MessageBusInterface
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        public function dispatch(object $message, array $stamps = []): Envelope
        {
            $envelope = $message instanceof Envelope ? $message : new Envelope($message, $stamps);
            $handlers = $this->handlers[$envelope->getMessage()::class] ?? [];
            if ($handlers === []) {
                throw new Exception\NoHandlerForMessageException('No handler for message "' . $envelope->getMessage()::class . '".');
            }
            foreach ($handlers as $handler) {
                $envelope = $envelope->with(new Stamp\HandledStamp($handler($envelope->getMessage()), get_debug_type($handler)));
            }

            return $envelope;
        }
    }

    class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, Transport\Receiver\ReceiverInterface> $receivers */
        public function __construct(private array $receivers, private MessageBusInterface $bus, private ?\Symfony\Component\EventDispatcher\EventDispatcher $eventDispatcher = null)
        {
        }

        public function run(array $options = []): void
        {
            while (!$this->shouldStop) {
                $handled = false;
                foreach ($this->receivers as $transportName => $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $handled = true;
                        try {
                            $envelope = $this->bus->dispatch($envelope->with(new Stamp\ReceivedStamp($transportName)));
                            $receiver->ack($envelope);
                            $this->eventDispatcher?->dispatch(new Event\WorkerMessageHandledEvent($envelope, $transportName));
                        } catch (\Throwable $e) {
                            $receiver->reject($envelope);
                            $this->eventDispatcher?->dispatch(new Event\WorkerMessageFailedEvent($envelope, $transportName, $e));
                        }
                    }
                }
                if (!$handled) {
                    break; // idle: the real worker sleeps, the soak run is over
                }
            }
        }

        public function stop(): void
        {
            $this->shouldStop = true;
        }
    }
}

namespace Symfony\Component\Messenger\Stamp {
    final class ReceivedStamp
    {
        public function __construct(public readonly string $transportName)
        {
        }
    }

    final class HandledStamp
    {
        public function __construct(public readonly mixed $result, public readonly string $handlerName)
        {
        }
    }
}

namespace Symfony\Component\Messenger\Exception {
    class NoHandlerForMessageException extends \LogicException
    {
    }

    class UnrecoverableMessageHandlingException extends \RuntimeException
    {
    }
}

namespace Symfony\Component\Messenger\Event {
    use Symfony\Component\Messenger\Envelope;

    final class WorkerMessageHandledEvent
    {
        public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
        {
        }
    }

    final class WorkerMessageFailedEvent
    {
        public function __construct(public readonly Envelope $envelope, public readonly string $receiverName, public readonly \Throwable $throwable)
        {
        }
    }
}

namespace Symfony\Component\Messenger\Transport\Receiver {
    use Symfony\Component\Messenger\Envelope;

    interface ReceiverInterface
    {
        public function get(): iterable;

        public function ack(Envelope $envelope): void;

        public function reject(Envelope $envelope): void;
    }
}

namespace App\Message {
    final class ResponseCompleted
    {
        /** @param array<string, string> $answers */
        public function __construct(
            public readonly string $responseId,
            public readonly string $collectorId,
            public readonly string $respondentEmail,
            public readonly array $answers,
            public readonly int $durationSeconds,
            public readonly string $userAgent,
        ) {
        }
    }
}

namespace App\Collector {
    /**
     * A distribution channel of a survey (email invite, QR code on the
     * receipt, embedded widget). Shows its response count and the latest
     * responses in the survey dashboard.
     */
    final class Collector
    {
        public const RECENT_LIMIT = 25;

        private int $responseCount = 0;
        private int $totalSeconds = 0;
        /** @var list<CompletedResponse> */
        private array $recent = [];

        public function __construct(
            public readonly string $id,
            public readonly string $surveyId,
            public readonly string $channel,
        ) {
        }

        public function recordResponse(CompletedResponse $response): void
        {
            $this->responseCount++;
            $this->totalSeconds += $response->durationSeconds;
            $this->recent[] = $response; // leak
        }

        /** @return list<CompletedResponse> newest last */
        public function recentResponses(): array
        {
            if (count($this->recent) > self::RECENT_LIMIT) {
                $this->recent = array_slice($this->recent, -self::RECENT_LIMIT);
            }

            return $this->recent;
        }

        public function averageSeconds(): float
        {
            return $this->responseCount === 0 ? 0.0 : $this->totalSeconds / $this->responseCount;
        }
    }

    final class CompletedResponse
    {
        private ?Collector $collector = null;

        /** @param array<string, string> $answers */
        public function __construct(
            public readonly string $id,
            public readonly string $respondentEmail,
            public readonly array $answers,
            public readonly int $durationSeconds,
            public readonly string $device,
        ) {
        }

        public function setCollector(Collector $collector): void
        {
            $this->collector = $collector;
            $collector->recordResponse($this);
        }

        public function collector(): ?Collector
        {
            return $this->collector;
        }
    }

    /**
     * Collectors are configuration; they are loaded once per worker.
     */
    final class CollectorRegistry
    {
        /** @var array<string, Collector> */
        private array $collectors = [];

        public function __construct()
        {
            foreach ([['col_email_q2', 'csat-q2', 'email'], ['col_qr_receipt', 'csat-q2', 'qr'], ['col_widget_help', 'help-center', 'embed']] as [$id, $survey, $channel]) {
                $this->collectors[$id] = new Collector($id, $survey, $channel);
            }
        }

        public function get(string $id): ?Collector
        {
            return $this->collectors[$id] ?? null;
        }
    }
}

namespace App\MessageHandler {
    use App\Collector\CollectorRegistry;
    use App\Collector\CompletedResponse;
    use App\Message\ResponseCompleted;
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;
    use Symfony\Component\Messenger\Exception\UnrecoverableMessageHandlingException;

    #[AsMessageHandler]
    final class RecordCompletedResponseHandler
    {
        public function __construct(private CollectorRegistry $collectors)
        {
        }

        public function __invoke(ResponseCompleted $message): string
        {
            $collector = $this->collectors->get($message->collectorId)
                ?? throw new UnrecoverableMessageHandlingException("Unknown collector {$message->collectorId}");

            $response = new CompletedResponse(
                $message->responseId,
                strtolower($message->respondentEmail),
                array_map('trim', $message->answers),
                max(0, $message->durationSeconds),
                str_contains($message->userAgent, 'Mobile') ? 'mobile' : 'desktop',
            );
            $response->setCollector($collector);

            return $response->id;
        }
    }
}

namespace App\EventSubscriber {
    use Symfony\Component\EventDispatcher\EventSubscriberInterface;
    use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

    final class ConsumerStatsSubscriber implements EventSubscriberInterface
    {
        private int $handled = 0;
        private int $failed = 0;
        private ?string $lastError = null;

        public static function getSubscribedEvents(): array
        {
            return [
                WorkerMessageHandledEvent::class => 'onHandled',
                WorkerMessageFailedEvent::class => 'onFailed',
            ];
        }

        public function onHandled(WorkerMessageHandledEvent $event): void
        {
            $this->handled++;
        }

        public function onFailed(WorkerMessageFailedEvent $event): void
        {
            $this->failed++;
            $this->lastError = $event->throwable->getMessage();
        }
    }
}

namespace App\Transport {
    use App\Message\ResponseCompleted;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

    /**
     * Receiver for the "responses" transport. The soak build replays
     * PHPLEAK_N recorded completions in pages of 20.
     */
    final class CompletedResponsesReceiver implements ReceiverInterface
    {
        private int $next = 0;

        public function __construct(private int $available)
        {
        }

        public function get(): iterable
        {
            $page = [];
            while (count($page) < 20 && $this->next < $this->available) {
                $i = $this->next++;
                $page[] = new Envelope(new ResponseCompleted(
                    sprintf('R_%s', strtoupper(substr(sha1('completion-' . $i), 0, 20))),
                    ['col_email_q2', 'col_qr_receipt', 'col_widget_help'][$i % 3],
                    sprintf('customer.%05d@shop-mail.example', $i),
                    [
                        'satisfaction' => (string) (1 + $i % 5),
                        'ease' => (string) (1 + ($i >> 1) % 5),
                        'comment' => ['Delivery was two days late but support sorted it out quickly.', 'Great!', 'The checkout kept asking me to log in again on my phone.'][$i % 3],
                        'recontact' => $i % 4 === 0 ? 'yes' : 'no',
                    ],
                    60 + ($i * 17) % 400,
                    $i % 2 ? 'Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36' : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/126.0',
                ));
            }

            return $page;
        }

        public function ack(Envelope $envelope): void
        {
        }

        public function reject(Envelope $envelope): void
        {
        }
    }
}

namespace {
    use App\Collector\CollectorRegistry;
    use App\EventSubscriber\ConsumerStatsSubscriber;
    use App\Message\ResponseCompleted;
    use App\MessageHandler\RecordCompletedResponseHandler;
    use App\Transport\CompletedResponsesReceiver;
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Worker;

    // bin/console messenger:consume responses
    $dispatcher = new EventDispatcher();
    $dispatcher->addSubscriber(new ConsumerStatsSubscriber());

    $bus = new MessageBus([
        ResponseCompleted::class => [new RecordCompletedResponseHandler(new CollectorRegistry())],
    ]);

    $worker = new Worker(['responses' => new CompletedResponsesReceiver((int) (getenv('PHPLEAK_N') ?: 100))], $bus, $dispatcher);
    $worker->run();
}
