<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Reports\CsvBuffer;
use App\Reports\OrderRepository;
use App\Reports\ReportStorage;
use Generator;
use Illuminate\Contracts\Queue\ShouldQueue;

final class ExportOrdersReport implements ShouldQueue
{
    public const PREVIEW_ROWS = 25;

    private ?Generator $rows = null;
    private ?OrderRepository $orders = null;

    public function __construct(
        public int $userId,
        public string $from,
        public string $to,
        public string $currency = 'EUR',
    ) {
    }

    public function handle(OrderRepository $orders, ReportStorage $storage): void
    {
        $this->orders = $orders;
        $this->rows = $this->rows(); // leak

        $csv = new CsvBuffer();
        $csv->row(array_keys($this->rows->current()));

        $written = 0;
        foreach ($this->rows as $row) {
            $csv->row($row);
            if (++$written >= self::PREVIEW_ROWS) {
                break;
            }
        }

        $storage->put(sprintf('reports/%d/orders-%s-preview.csv', $this->userId, $this->from), $csv->contents());
    }

    private function rows(): Generator
    {
        foreach ($this->orders->chunkBetween($this->from, $this->to, 20) as $chunk) {
            foreach ($chunk as $order) {
                yield [
                    'order' => $order['id'],
                    'date' => $order['placed_at'],
                    'customer' => $order['customer'],
                    'email' => $order['email'],
                    'total' => sprintf('%.2f %s', $order['total'] / 100, $this->currency),
                    'status' => $order['status'],
                ];
            }
        }
    }

    public function __serialize(): array
    {
        return ['userId' => $this->userId, 'from' => $this->from, 'to' => $this->to, 'currency' => $this->currency];
    }

    public function __unserialize(array $data): void
    {
        [$this->userId, $this->from, $this->to, $this->currency] = [$data['userId'], $data['from'], $data['to'], $data['currency']];
    }
}
