<?php

declare(strict_types=1);

// ReactPHP HTTP endpoint the review platform calls when a document is
// flagged as potentially privileged. Flags are queued by production
// deadline and handed to the second-level reviewers' assignment service
// before the response is sent.

final class LoopStandIn
{
    /** @var list<Closure> */
    private array $ticks = [];

    public function futureTick(Closure $fn): void
    {
        $this->ticks[] = $fn;
    }

    public function run(): void
    {
        while ($fn = array_shift($this->ticks)) {
            $fn();
        }
    }
}

final class HttpServerStandIn
{
    public function __construct(private Closure $handler)
    {
    }

    public function listen(LoopStandIn $loop, int $requests, int $i = 0): void
    {
        if ($i >= $requests) {
            return;
        }
        $loop->futureTick(function () use ($loop, $requests, $i): void {
            ($this->handler)([
                'document_id' => sprintf('DOC-%08d', 5400000 + $i * 13),
                'basis' => ['attorney-client', 'work-product', 'common-interest'][$i % 3],
                'flagged_by' => sprintf('reviewer%02d', $i % 25),
                'excerpt' => sprintf('From: general counsel <gc@client.example> Re: draft settlement position for claim %d -- please keep confidential, prepared at the direction of outside counsel in anticipation of litigation (%s).', 880 + $i, date('M j', 1715000000 + $i * 600)),
                'production_due' => 1716000000 + ($i % 14) * 86400,
            ]);
            $this->listen($loop, $requests, $i + 1);
        });
    }
}

final class PrivilegeFlag
{
    public function __construct(
        public readonly string $documentId,
        public readonly string $basis,
        public readonly string $flaggedBy,
        public readonly string $excerpt,
        public readonly int $productionDue,
    ) {
    }
}

final class SecondLevelAssigner
{
    private array $load = [];

    public function __construct(private array $reviewers)
    {
    }

    public function assign(PrivilegeFlag $flag): string
    {
        $reviewer = $this->reviewers[crc32($flag->documentId) % count($this->reviewers)];
        $this->load[$reviewer] = ($this->load[$reviewer] ?? 0) + 1;

        return $reviewer;
    }
}

final class PrivilegeReviewQueue
{
    private SplPriorityQueue $pending;

    public function __construct(private SecondLevelAssigner $assigner)
    {
        $this->pending = new SplPriorityQueue();
        $this->pending->setExtractFlags(SplPriorityQueue::EXTR_DATA);
    }

    public function flag(PrivilegeFlag $flag): void
    {
        // earliest production deadline first
        $this->pending->insert($flag, -$flag->productionDue); // leak
    }

    /** @return array<string, string> document id => reviewer */
    public function dispatchPending(): array
    {
        $assigned = [];
        foreach (clone $this->pending as $flag) {
            $assigned[$flag->documentId] = $this->assigner->assign($flag);
        }

        return $assigned;
    }
}

$loop = new LoopStandIn();
$queue = new PrivilegeReviewQueue(new SecondLevelAssigner(['a.lindqvist', 'b.moreau', 'c.nakamura']));

$server = new HttpServerStandIn(function (array $body) use ($queue): array {
    $queue->flag(new PrivilegeFlag(
        $body['document_id'],
        $body['basis'],
        $body['flagged_by'],
        $body['excerpt'],
        $body['production_due'],
    ));

    return ['status' => 202, 'assigned' => $queue->dispatchPending()];
});
$server->listen($loop, (int) (getenv('PHPLEAK_N') ?: 100));
$loop->run();
