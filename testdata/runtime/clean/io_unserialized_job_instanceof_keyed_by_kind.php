<?php
// A queue consumer unserializes each payload and runs it when it is one
// of the jobs it knows. The job records its outcome in a long-lived
// report service under the job's kind: one entry, overwritten.

final class RunReport
{
    private array $outcomes = [];

    public function note(string $jobId, string $outcome, array $detail): void
    {
        $this->outcomes[$jobId] = ['outcome' => $outcome, 'detail' => $detail];
    }
}

final class ReindexProduct
{
    public function __construct(public readonly string $id, public readonly int $productId) {}

    public function handle(RunReport $report): void
    {
        $report->note(self::class, 'reindexed', ['product' => $this->productId, 'fields' => array_fill(0, 10, 'field-name')]);
    }
}

final class Consumer
{
    public function __construct(private readonly RunReport $report) {}

    public function run(iterable $payloads): void
    {
        foreach ($payloads as $payload) {
            $job = unserialize($payload, ['allowed_classes' => [ReindexProduct::class]]);
            if ($job instanceof ReindexProduct) {
                $job->handle($this->report);
            }
        }
    }
}

$payloads = static function (int $n): Generator {
    for ($i = 0; $i < $n; $i++) {
        yield serialize(new ReindexProduct(bin2hex(random_bytes(8)), $i % 40));
    }
};
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new Consumer(new RunReport());
$consumer->run($payloads($n));
