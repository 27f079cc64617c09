<?php

declare(strict_types=1);

namespace App\Messenger;

final class UserProfileChanged
{
    public function __construct(
        public readonly int $userId,
        public readonly array $before,
        public readonly array $after,
    ) {
    }
}

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly object $message)
    {
    }
}

final class EventDispatcher
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

/** Stand-in for Symfony\Component\Messenger\Worker consuming an in-memory transport. */
final class Worker
{
    public function __construct(
        private \Closure $handler,
        private EventDispatcher $dispatcher,
        private int $limit,
    ) {
    }

    public function run(): void
    {
        for ($i = 0; $i < $this->limit; ++$i) {
            $message = new UserProfileChanged(
                1000 + $i % 300,
                ['email' => "old{$i}@example.test", 'name' => 'Old Name', 'bio' => \str_repeat('a', 120)],
                ['email' => "new{$i}@example.test", 'name' => 'New Name', 'bio' => \str_repeat('b', 120)],
            );
            ($this->handler)($message);
            $this->dispatcher->dispatch(new WorkerMessageHandledEvent($message));
        }
    }
}

final class AuditTrail
{
    /** @var list<array<string, mixed>> */
    private array $pending = [];
    public int $flushedBytes = 0;

    public function __construct(private int $batchSize)
    {
    }

    public static function fromEnv(): self
    {
        return new self((int) \getenv('AUDIT_BATCH_SIZE'));
    }

    public function add(string $action, int $subject, array $diff): void
    {
        $this->pending[] = [ // leak
            'action' => $action,
            'subject' => $subject,
            'diff' => $diff,
            'at' => \date(\DATE_ATOM),
            'checksum' => \hash('sha256', \serialize($diff)),
        ];
    }

    public function flushIfFull(): void
    {
        if ($this->batchSize > 0 && \count($this->pending) >= $this->batchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        foreach ($this->pending as $row) {
            $this->flushedBytes += \strlen(\json_encode($row));
        }
        $this->pending = [];
    }
}

$n = (int) (\getenv('PHPLEAK_N') ?: 100);
$audit = AuditTrail::fromEnv();
$dispatcher = new EventDispatcher();
$dispatcher->addListener(WorkerMessageHandledEvent::class, static function () use ($audit): void {
    $audit->flushIfFull();
});

$handler = static function (UserProfileChanged $message) use ($audit): void {
    $diff = [];
    foreach ($message->after as $field => $value) {
        if (($message->before[$field] ?? null) !== $value) {
            $diff[$field] = [$message->before[$field] ?? null, $value];
        }
    }
    $audit->add('user.profile_changed', $message->userId, $diff);
};

(new Worker($handler, $dispatcher, $n))->run();
