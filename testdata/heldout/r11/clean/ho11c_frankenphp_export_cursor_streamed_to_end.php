<?php

declare(strict_types=1);

/** FrankenPHP worker-mode stand-in: each call serves one request from the queue. */
function frankenphp_handle_request(callable $handler): bool
{
    static $served = 0;
    $limit = (int) (getenv('PHPLEAK_N') ?: 100);
    if ($served >= $limit) {
        return false;
    }
    $served++;
    $_GET = ['export' => 'exp_' . dechex($served * 7919)];
    $_SERVER['REQUEST_URI'] = '/admin/orders/export?' . http_build_query($_GET);
    $handler();
    $_GET = [];

    return true;
}

final class OrderReport
{
    /** @var list<array{id:int, customer:string, total:int, status:string}> */
    private array $orders = [];

    public function __construct(public readonly string $exportId, int $seed)
    {
        for ($k = 0; $k < 24; $k++) {
            $this->orders[] = [
                'id' => $seed * 100 + $k,
                'customer' => 'customer-' . substr(md5("{$seed}-{$k}"), 0, 10),
                'total' => ($seed * 31 + $k * 17) % 50000,
                'status' => ['paid', 'shipped', 'refunded'][$k % 3],
            ];
        }
    }

    /** @return \Generator<int, string> */
    public function csvLines(): \Generator
    {
        yield "id;customer;total;status\n";
        foreach ($this->orders as $order) {
            yield sprintf("%d;%s;%s;%s\n", $order['id'], $order['customer'], number_format($order['total'] / 100, 2), $order['status']);
        }
    }
}

final class ExportService
{
    /** @var array<string, \Generator> */
    private array $cursors = [];
    private int $seq = 0;

    public function download(string $exportId): string
    {
        if (!isset($this->cursors[$exportId])) {
            $report = new OrderReport($exportId, ++$this->seq);
            $this->cursors[$exportId] = $report->csvLines();
        }
        $cursor = $this->cursors[$exportId];

        $out = '';
        while ($cursor->valid()) {
            $out .= $cursor->current();
            $cursor->next();
        }
        if (!$cursor->valid()) {
            unset($this->cursors[$exportId]);
        }

        return $out;
    }
}

final class ExportController
{
    public function __construct(private ExportService $exports)
    {
    }

    public function __invoke(): array
    {
        $exportId = (string) ($_GET['export'] ?? '');
        $body = $this->exports->download($exportId);

        return ['status' => 200, 'headers' => ['Content-Type' => 'text/csv'], 'length' => strlen($body)];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new ExportController(new ExportService());
$lastResponse = null;
$handler = static function () use ($controller, &$lastResponse): void {
    $lastResponse = $controller();
};
for ($i = 0; $i < $n && frankenphp_handle_request($handler); $i++) {
    $lastResponse = null;
}
