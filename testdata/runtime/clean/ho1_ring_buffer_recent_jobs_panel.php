<?php
// A queue consumer records a summary of each processed job into a long-lived RecentJobsPanel that a health endpoint reads; the panel writes into a fixed number of slots indexed by a running counter modulo capacity.

final class JobSummary
{
    public function __construct(
        public readonly string $id,
        public readonly string $queue,
        public readonly string $class,
        public readonly float $durationMs,
        public readonly string $payloadPreview,
        public readonly ?string $error = null,
    ) {}
}

final class RecentJobsPanel
{
    public const CAPACITY = 64;

    /** @var array<int, JobSummary> */
    private array $slots = [];
    private int $written = 0;

    public function record(JobSummary $summary): void
    {
        $this->slots[$this->written % self::CAPACITY] = $summary;
        $this->written++;
    }

    /** @return JobSummary[] newest first */
    public function recent(int $limit = 10): array
    {
        $out = [];
        for ($k = 1; $k <= min($limit, $this->written, self::CAPACITY); $k++) {
            $out[] = $this->slots[($this->written - $k) % self::CAPACITY];
        }
        return $out;
    }

    public function failureRate(): float
    {
        if ($this->slots === []) {
            return 0.0;
        }
        $failed = count(array_filter($this->slots, static fn (JobSummary $s) => $s->error !== null));
        return $failed / count($this->slots);
    }
}

final class Envelope
{
    public function __construct(public readonly string $id, public readonly string $class, public readonly array $payload) {}
}

final class AmqpConsumerStub
{
    private int $delivered = 0;

    public function __construct(private int $limit) {}

    public function consume(callable $callback): void
    {
        while ($this->delivered < $this->limit) {
            $i = $this->delivered++;
            $callback(new Envelope(
                sprintf('%08x-%04x', $i, $i % 65535),
                'App\\Jobs\\SendInvoiceEmail',
                ['invoice' => 30000 + $i, 'to' => "billing{$i}@example.com", 'template' => str_repeat('invoice-default ', 15)],
            ));
        }
    }
}

final class JobRunner
{
    public function __construct(private RecentJobsPanel $panel) {}

    public function __invoke(Envelope $envelope): void
    {
        $started = hrtime(true);
        $error = null;
        try {
            if ($envelope->payload['invoice'] % 97 === 0) {
                throw new RuntimeException("SMTP timeout sending invoice {$envelope->payload['invoice']}");
            }
        } catch (RuntimeException $e) {
            $error = $e->getMessage();
        }
        $this->panel->record(new JobSummary(
            $envelope->id,
            'emails',
            $envelope->class,
            (hrtime(true) - $started) / 1e6,
            substr(json_encode($envelope->payload), 0, 240),
            $error,
        ));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$panel = new RecentJobsPanel();
(new AmqpConsumerStub($n))->consume(new JobRunner($panel));
$health = ['recent' => count($panel->recent()), 'failure_rate' => $panel->failureRate()];
