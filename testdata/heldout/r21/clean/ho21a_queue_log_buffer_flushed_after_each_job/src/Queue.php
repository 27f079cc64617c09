<?php

declare(strict_types=1);

namespace App\Queue;

use App\Logging\Logger;

final class JobProcessed
{
    public function __construct(public readonly string $jobId)
    {
    }
}

final class WorkerStopping
{
    public function __construct(public readonly int $status = 0)
    {
    }
}

final class Events
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
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

final class FlushLogBuffer
{
    public function __construct(private readonly Logger $logger)
    {
    }

    public function __invoke(object $event): void
    {
        $this->logger->reset();
    }
}

final class SendInvoiceReminder
{
    public function __construct(
        public readonly string $id,
        public readonly int $invoiceId,
        public readonly string $email,
        public readonly float $amount,
    ) {
    }

    public function handle(Logger $log): void
    {
        $log->debug('Loading invoice', ['invoice' => $this->invoiceId]);
        $due = sprintf('%.2f EUR', $this->amount);
        $log->info("Reminder for invoice #{$this->invoiceId} sent to {$this->email}", [
            'job' => $this->id,
            'amount_due' => $due,
            'template' => 'mail.invoices.reminder',
        ]);
    }
}

final class Worker
{
    public function __construct(private readonly Events $events, private readonly Logger $log)
    {
    }

    public function process(SendInvoiceReminder $job): void
    {
        $job->handle($this->log);
        $this->events->dispatch(new JobProcessed($job->id));
    }

    public function stop(): void
    {
        $this->events->dispatch(new WorkerStopping());
    }
}
