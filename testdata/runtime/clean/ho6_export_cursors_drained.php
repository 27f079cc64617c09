<?php
// An export worker opens a paging generator per job, keeps it in a cursor table keyed by a uniqid job token and reads every page.

final class OrderRepository
{
    /** @return Generator<int, list<string>> */
    public function pages(int $customerId, int $pageSize): Generator
    {
        $buffer = str_repeat("customer {$customerId};", 40);
        for ($page = 0; $page < 5; $page++) {
            $rows = [];
            for ($r = 0; $r < $pageSize; $r++) {
                $rows[] = sprintf('%d,%d,%s', $customerId, $page * $pageSize + $r, substr($buffer, $r, 16));
            }
            yield $page => $rows;
        }
    }
}

final class ExportService
{
    /** @var array<string, Generator> */
    private array $cursors = [];

    public function __construct(private OrderRepository $orders) {}

    public function start(int $customerId): string
    {
        $token = uniqid('export_', true);
        $this->cursors[$token] = $this->orders->pages($customerId, 4);
        return $token;
    }

    public function collect(string $token): array
    {
        $rows = [];
        foreach ($this->cursors[$token] as $page) {
            array_push($rows, ...$page);
        }
        $this->release($token);
        return $rows;
    }

    private function release(string $token): void
    {
        if (!$this->cursors[$token]->valid()) {
            unset($this->cursors[$token]);
        }
    }
}

final class ExportJobHandler
{
    public function __construct(private ExportService $exports) {}

    public function handle(array $job): int
    {
        $token = $this->exports->start($job['customer_id']);
        return count($this->exports->collect($token));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new ExportJobHandler(new ExportService(new OrderRepository()));
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['customer_id' => 100 + $i, 'format' => 'csv']);
}
