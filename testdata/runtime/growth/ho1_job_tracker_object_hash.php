<?php
// A queue consumer's job tracker keeps metadata for each received job in a map keyed by spl_object_hash() of the job.

final class Job
{
    public function __construct(
        public readonly string $queue,
        public readonly string $name,
        public readonly array $payload,
    ) {}
}

final class JobMetadata
{
    public string $status = 'running';
    public ?float $finishedAt = null;

    public function __construct(
        public readonly Job $job,
        public readonly float $startedAt,
        public readonly int $attempt,
    ) {}
}

final class JobTracker
{
    /** @var array<string, JobMetadata> */
    private array $meta = [];

    public function started(Job $job, int $attempt = 1): void
    {
        $this->meta[spl_object_hash($job)] = new JobMetadata($job, microtime(true), $attempt); // leak
    }

    public function finished(Job $job, bool $ok): void
    {
        $meta = $this->meta[spl_object_hash($job)] ?? null;
        if ($meta !== null) {
            $meta->status = $ok ? 'done' : 'failed';
            $meta->finishedAt = microtime(true);
        }
    }

    public function running(): int
    {
        return count(array_filter($this->meta, static fn (JobMetadata $m) => $m->status === 'running'));
    }
}

final class InMemoryTransport
{
    private int $delivered = 0;

    public function __construct(private int $limit) {}

    public function receive(): ?Job
    {
        if ($this->delivered >= $this->limit) {
            return null;
        }
        $i = $this->delivered++;
        return new Job('emails', 'SendInvoice', [
            'invoice' => 'INV-' . str_pad((string) $i, 8, '0', STR_PAD_LEFT),
            'lines' => array_fill(0, 6, 'Consulting hours ' . $i),
        ]);
    }

    public function ack(Job $job): void
    {
    }
}

final class SendInvoiceHandler
{
    public function handle(Job $job): bool
    {
        return strlen(implode("\n", $job->payload['lines'])) > 0;
    }
}

final class Consumer
{
    public function __construct(
        private InMemoryTransport $transport,
        private SendInvoiceHandler $handler,
        private JobTracker $tracker,
    ) {}

    public function run(): void
    {
        while (($job = $this->transport->receive()) !== null) {
            $this->tracker->started($job);
            $ok = $this->handler->handle($job);
            $this->tracker->finished($job, $ok);
            $this->transport->ack($job);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new Consumer(new InMemoryTransport($n), new SendInvoiceHandler(), new JobTracker());
$consumer->run();
