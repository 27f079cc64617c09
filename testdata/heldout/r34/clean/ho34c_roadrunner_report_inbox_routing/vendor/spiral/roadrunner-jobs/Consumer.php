<?php

namespace Spiral\RoadRunner\Jobs;

final class ReceivedTask
{
    private bool $acked = false;

    public function __construct(
        private string $id,
        private string $queue,
        private string $name,
        private string $payload,
        private array $headers,
    ) {
    }

    public function getId(): string
    {
        return $this->id;
    }

    public function getQueue(): string
    {
        return $this->queue;
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function getPayload(): string
    {
        return $this->payload;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[$name] ?? '';
    }

    public function complete(): void
    {
        $this->acked = true;
    }

    public function fail(\Throwable|string $reason, bool $requeue = false): void
    {
        $this->acked = true;
    }
}

/** Stand-in for the RPC-backed consumer: yields PHPLEAK_N content.reported jobs. */
final class Consumer
{
    private int $served = 0;
    private int $limit;

    private const REASONS = ['spam', 'harassment', 'hate', 'nudity', 'misinformation', 'self_harm'];
    private const SUBJECTS = ['post', 'comment', 'profile', 'message'];

    public function __construct()
    {
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function waitTask(): ?ReceivedTask
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = ++$this->served;
        $payload = json_encode([
            'report_id' => sprintf('rep_%08d', 310_000 + $i),
            'reporter_id' => 7_000 + ($i * 131) % 5_000,
            'subject' => self::SUBJECTS[$i % 4],
            'subject_id' => 2_000_000 + $i * 17,
            'reason' => self::REASONS[$i % 6],
            'note' => "Reported from the mobile app, user says: this account keeps posting the same link in every thread I open (#{$i}) and won't stop after I blocked them.",
            'excerpt' => str_repeat("Buy cheap followers now at promo{$i}.example, best prices, ", 5),
            'reported_at' => 1_700_000_000 + $i * 41,
        ]);
        return new ReceivedTask('job-' . $i, 'moderation', 'content.reported', $payload, ['attempts' => '1']);
    }
}
