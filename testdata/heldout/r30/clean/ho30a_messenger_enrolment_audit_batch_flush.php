<?php

// Symfony Messenger consumer (messenger:consume enrolments) running as a
// long-lived process. Enrolment handlers record audit entries through a
// trait; a subscriber writes them to the audit log in batches.

namespace Symfony\Component\Messenger\Event {
    final class WorkerMessageHandledEvent
    {
        public function __construct(public readonly object $envelope, public readonly string $receiverName)
        {
        }
    }

    final class WorkerRunningEvent
    {
        public function __construct(private bool $isWorkerIdle)
        {
        }

        public function isWorkerIdle(): bool
        {
            return $this->isWorkerIdle;
        }
    }
}

namespace Symfony\Component\EventDispatcher {
    class EventDispatcher
    {
        /** @var array<class-string, list<callable>> */
        private array $listeners = [];

        public function addListener(string $eventName, callable $listener): void
        {
            $this->listeners[$eventName][] = $listener;
        }

        public function dispatch(object $event): object
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }

            return $event;
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
    use Symfony\Component\Messenger\Event\WorkerRunningEvent;

    /** Stand-in transport: the enrolment queue is never empty during term start. */
    final class InMemoryTransport
    {
        private int $sent = 0;

        public function __construct(private int $limit)
        {
        }

        public function get(): iterable
        {
            if ($this->sent >= $this->limit) {
                return [];
            }
            $n = $this->sent++;

            return [new \App\Message\EnrolStudent(
                studentId: 50000 + $n,
                courseCode: ['CS101', 'MATH201', 'BIO110', 'HIST150'][$n % 4],
                cohort: '2024-autumn',
                requestedBy: 'registrar-' . ($n % 3),
                requestedAt: new \DateTimeImmutable('@' . (1725000000 + $n * 17)),
            )];
        }

        public function isDrained(): bool
        {
            return $this->sent >= $this->limit;
        }
    }

    final class Worker
    {
        public function __construct(
            private InMemoryTransport $receiver,
            private array $handlers,
            private EventDispatcher $dispatcher,
        ) {
        }

        public function run(): void
        {
            while (!$this->receiver->isDrained()) {
                $envelopeHandled = false;
                foreach ($this->receiver->get() as $message) {
                    ($this->handlers[$message::class])($message);
                    $this->dispatcher->dispatch(new WorkerMessageHandledEvent($message, 'enrolments'));
                    $envelopeHandled = true;
                }
                $this->dispatcher->dispatch(new WorkerRunningEvent(!$envelopeHandled));
            }
        }
    }
}

namespace App\Message {
    final class EnrolStudent
    {
        public function __construct(
            public readonly int $studentId,
            public readonly string $courseCode,
            public readonly string $cohort,
            public readonly string $requestedBy,
            public readonly \DateTimeImmutable $requestedAt,
        ) {
        }
    }
}

namespace App\Audit {
    trait RecordsAuditTrail
    {
        /** @var list<array> entries waiting for the next flush */
        private static array $pendingAudit = [];

        protected function audit(string $action, array $context): void
        {
            self::$pendingAudit[] = [
                'action' => $action,
                'context' => $context,
                'actor' => $context['requested_by'] ?? 'system',
                'recorded_at' => date(DATE_ATOM, $context['at'] ?? 0),
                'line' => sprintf('[%s] %s %s', static::class, $action, json_encode($context)),
            ];
        }

        public static function pendingAuditCount(): int
        {
            return count(self::$pendingAudit);
        }

        public static function drainAudit(): array
        {
            $entries = self::$pendingAudit;
            self::$pendingAudit = [];

            return $entries;
        }
    }

    final class AuditLogWriter
    {
        private int $written = 0;

        public function write(array $entries): void
        {
            $this->written += count($entries);
        }
    }
}

namespace App\Enrolment {
    use App\Audit\RecordsAuditTrail;
    use App\Message\EnrolStudent;

    final class SeatAllocator
    {
        /** @var array<string, int> seats per course, loaded at boot */
        private array $capacity = ['CS101' => 400, 'MATH201' => 120, 'BIO110' => 250, 'HIST150' => 90];

        public function hasSeat(string $courseCode): bool
        {
            return ($this->capacity[$courseCode] ?? 0) > 0;
        }
    }

    final class EnrolStudentHandler
    {
        use RecordsAuditTrail;

        public function __construct(private SeatAllocator $seats)
        {
        }

        public function __invoke(EnrolStudent $message): void
        {
            $waitlisted = !$this->seats->hasSeat($message->courseCode);
            $this->audit($waitlisted ? 'enrolment.waitlisted' : 'enrolment.created', [
                'student_id' => $message->studentId,
                'course' => $message->courseCode,
                'cohort' => $message->cohort,
                'requested_by' => $message->requestedBy,
                'at' => $message->requestedAt->getTimestamp(),
            ]);
        }
    }
}

namespace App\EventSubscriber {
    use App\Audit\AuditLogWriter;
    use App\Enrolment\EnrolStudentHandler;
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

    /** Writes audit entries in batches as messages are handled. */
    final class FlushAuditBatchSubscriber
    {
        private const BATCH_SIZE = 20;

        public function __construct(private AuditLogWriter $writer)
        {
        }

        public static function getSubscribedEvents(): array
        {
            return [WorkerMessageHandledEvent::class => 'onMessageHandled'];
        }

        public function onMessageHandled(WorkerMessageHandledEvent $event): void
        {
            if (EnrolStudentHandler::pendingAuditCount() < self::BATCH_SIZE) {
                return;
            }
            $this->writer->write(EnrolStudentHandler::drainAudit());
        }
    }
}

namespace {
    use App\Audit\AuditLogWriter;
    use App\Enrolment\EnrolStudentHandler;
    use App\Enrolment\SeatAllocator;
    use App\EventSubscriber\FlushAuditBatchSubscriber;
    use App\Message\EnrolStudent;
    use Symfony\Component\EventDispatcher\EventDispatcher;
    use Symfony\Component\Messenger\InMemoryTransport;
    use Symfony\Component\Messenger\Worker;

    $dispatcher = new EventDispatcher();
    $subscriber = new FlushAuditBatchSubscriber(new AuditLogWriter());
    foreach (FlushAuditBatchSubscriber::getSubscribedEvents() as $event => $method) {
        $dispatcher->addListener($event, [$subscriber, $method]);
    }

    $worker = new Worker(
        new InMemoryTransport((int) (getenv('PHPLEAK_N') ?: 100)),
        [EnrolStudent::class => new EnrolStudentHandler(new SeatAllocator())],
        $dispatcher,
    );
    $worker->run();
}
