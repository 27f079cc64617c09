<?php

namespace App\Console\Commands;

use App\Orders\OrderQueue;
use App\Orders\Receipt;
use Illuminate\Console\Command;

class ConsumeOrders extends Command
{
    protected $signature = 'orders:consume {--max-jobs=0 : Stop after processing the given number of jobs}';

    protected $description = 'Consume paid orders from the queue and render their receipts';

    /** @var list<Receipt> */
    private array $receipts = [];

    public function handle(OrderQueue $queue): int
    {
        $maxJobs = (int) $this->option('max-jobs');
        $jobs = 0;
        while ($order = $queue->pop()) {
            $total = array_sum(array_map(fn (array $i) => $i['qty'] * $i['price'], $order['items']));
            $rows = implode('', array_map(fn (array $i) => "<tr><td>{$i['sku']}</td><td>{$i['qty']}</td><td>{$i['price']}</td></tr>", $order['items']));
            $this->receipts[] = new Receipt($order['id'], $total, "<table class=\"receipt\">{$rows}</table>" . str_repeat('&nbsp;', 60)); // leak
            $this->info("Order {$order['id']} processed");

            if ($maxJobs > 0 && ++$jobs >= $maxJobs) {
                break;
            }
        }
        $this->info(count($this->receipts) . ' receipts rendered');

        return self::SUCCESS;
    }
}
