<?php

declare(strict_types=1);

namespace Acme\Command;

use Acme\Clock\ClockInterface;
use Acme\Messenger\ReceiverInterface;
use Acme\Scheduler\DeferredTaskScheduler;

/**
 * bin/console messenger:consume catalog --time-limit=86400
 */
final class ConsumeMessagesCommand
{
    public const SUCCESS = 0;
    public const FAILURE = 1;

    /** @var array<string, callable> */
    private array $handlers = [];
    private int $handled = 0;

    public function __construct(
        private readonly ReceiverInterface $receiver,
        private readonly DeferredTaskScheduler $scheduler,
        private readonly ClockInterface $clock,
    ) {}

    public function addHandler(string $type, callable $handler): void
    {
        $this->handlers[$type] = $handler;
    }

    /** @param array<string, string|int> $options */
    public function execute(array $options): int
    {
        $timeLimit = (int) ($options['time-limit'] ?? 3600);
        $now = $this->clock->now();
        $deadline = $now + $timeLimit;

        while ($envelope = $this->receiver->get()) {
            $handler = $this->handlers[$envelope->type] ?? null;
            if ($handler === null) {
                return self::FAILURE;
            }
            $handler($envelope);
            $this->receiver->ack($envelope);
            $this->handled++;

            $this->scheduler->runDue($this->clock->now());

            if ($this->clock->now() >= $deadline) {
                break;
            }
        }

        return self::SUCCESS;
    }
}
