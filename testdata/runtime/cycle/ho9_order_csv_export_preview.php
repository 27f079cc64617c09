<?php
// A report worker loop builds an order CSV export object per job that keeps its row generator open to peek at the header and preview rows.

final class OrderCsvExport
{
    private ?Generator $rows = null;

    public function __construct(private array $orders, private string $currency) {}

    public function header(): string
    {
        $this->rows = $this->lines(); // leak
        return $this->rows->current();
    }

    public function preview(int $limit): array
    {
        $out = [];
        for ($this->rows->next(); $this->rows->valid() && count($out) < $limit; $this->rows->next()) {
            $out[] = $this->rows->current();
        }
        return $out;
    }

    private function lines(): Generator
    {
        yield "id;customer;total;currency";
        foreach ($this->orders as $order) {
            yield implode(';', [$order['id'], $order['customer'], number_format($order['total'], 2), $this->currency]);
        }
    }
}

final class JobSource
{
    private int $i = 0;

    public function __construct(private int $limit) {}

    public function reserve(): ?array
    {
        if ($this->i >= $this->limit) {
            return null;
        }
        $i = $this->i++;
        $orders = [];
        for ($k = 0; $k < 8; $k++) {
            $orders[] = ['id' => $i * 10 + $k, 'customer' => "Customer {$i}-{$k} GmbH", 'total' => $k * 19.9];
        }
        return ['orders' => $orders, 'currency' => 'EUR'];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$source = new JobSource($n);
$mails = 0;
while (($job = $source->reserve()) !== null) {
    $export = new OrderCsvExport($job['orders'], $job['currency']);
    $body = $export->header() . "\n" . implode("\n", $export->preview(3));
    $mails += strlen($body) > 0 ? 1 : 0;
}
