<?php

declare(strict_types=1);

// RoadRunner PSR-7 worker for the e-discovery first-pass review screen: each
// request codes a handful of documents as one review batch and answers with
// the batch summary.

final class PsrWorkerStandIn
{
    private int $served = 0;

    public function __construct(private int $limit)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;

        return [
            'method' => 'POST',
            'uri' => '/review/batches',
            'body' => [
                'reviewer' => sprintf('associate%02d@hallidaylaw.example', $i % 12),
                'production' => 'PROD-' . (2200 + intdiv($i, 50)),
                'documents' => [
                    ['bates' => sprintf('HLD%07d', 100000 + $i * 2), 'custodian' => 'M. Okafor', 'tags' => ['responsive', $i % 5 === 0 ? 'privileged' : 'not-privileged']],
                    ['bates' => sprintf('HLD%07d', 100001 + $i * 2), 'custodian' => 'R. Delacroix', 'tags' => ['responsive', 'hot']],
                ],
                'note' => sprintf('Batch %d coded against the second amended protocol; flagged items require QC before %s.', $i, date('Y-m-d', 1714000000 + $i * 3600)),
            ],
        ];
    }

    public function respond(int $status, string $body): void
    {
    }
}

final class ReviewDocument
{
    public function __construct(
        public readonly string $bates,
        public readonly string $custodian,
        public readonly array $tags,
    ) {
    }
}

final class ReviewItem
{
    /** @var WeakReference<ReviewBatch> */
    private WeakReference $batch;
    private string $decision = 'pending';

    private function __construct(public readonly ReviewDocument $document)
    {
    }

    public static function forBatch(ReviewBatch $batch, ReviewDocument $document): self
    {
        $item = new self($document);
        $item->attachTo($batch);

        return $item;
    }

    public function attachTo(ReviewBatch $batch): void
    {
        $this->batch = WeakReference::create($batch);
    }

    public function code(): void
    {
        $privileged = in_array('privileged', $this->document->tags, true);
        $this->decision = $privileged ? 'withhold' : 'produce';
        if ($privileged) {
            $this->batch->get()?->notePrivilegeLogEntry($this->document->bates);
        }
    }

    public function decision(): string
    {
        return $this->decision;
    }
}

final class ReviewBatch
{
    /** @var array<string, ReviewItem> */
    private array $items = [];
    private array $privilegeLog = [];

    public function __construct(
        public readonly string $production,
        public readonly string $reviewer,
        public readonly string $note,
    ) {
    }

    public function add(ReviewDocument $document): ReviewItem
    {
        $item = ReviewItem::forBatch($this, $document);
        $this->items[$document->bates] = $item;

        return $item;
    }

    public function notePrivilegeLogEntry(string $bates): void
    {
        $this->privilegeLog[] = $bates;
    }

    public function summary(): array
    {
        $decisions = [];
        foreach ($this->items as $bates => $item) {
            $decisions[$bates] = $item->decision();
        }

        return [
            'production' => $this->production,
            'reviewer' => $this->reviewer,
            'decisions' => $decisions,
            'privilege_log' => $this->privilegeLog,
        ];
    }
}

final class ReviewBatchController
{
    public function store(array $body): array
    {
        $batch = new ReviewBatch($body['production'], $body['reviewer'], $body['note']);
        foreach ($body['documents'] as $row) {
            $batch->add(new ReviewDocument($row['bates'], $row['custodian'], $row['tags']))->code();
        }

        return $batch->summary();
    }
}

$worker = new PsrWorkerStandIn((int) (getenv('PHPLEAK_N') ?: 100));
$controller = new ReviewBatchController();

while ($request = $worker->waitRequest()) {
    $summary = $controller->store($request['body']);
    $worker->respond(201, json_encode($summary));
}
