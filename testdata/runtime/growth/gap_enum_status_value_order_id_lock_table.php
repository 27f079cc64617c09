<?php
// A fulfilment worker keeps transition locks in a long-lived lock table keyed by $status->value . ':' . $orderId; the enum bounds the first half of the key, but the order id is new for every job.

enum OrderStatus: string
{
    case Pending = 'pending';
    case Picking = 'picking';
    case Shipped = 'shipped';
    case Cancelled = 'cancelled';
}

final class TransitionLockTable
{
    /** @var array<string, array{owner: string, acquired: int, reason: string}> */
    private array $locks = [];

    public function acquire(OrderStatus $status, int $orderId, string $owner, int $now): bool
    {
        $key = $status->value . ':' . $orderId;
        if (isset($this->locks[$key]) && $this->locks[$key]['owner'] !== $owner) {
            return false;
        }
        $this->locks[$key] = ['owner' => $owner, 'acquired' => $now, 'reason' => "moving order {$orderId} to {$status->value} " . str_repeat('.', 400)]; // leak
        return true;
    }
}

final class FulfilmentWorker
{
    public function __construct(private TransitionLockTable $locks, private string $workerId) {}

    public function handle(array $job): bool
    {
        $target = OrderStatus::from($job['to']);
        if (!$this->locks->acquire($target, $job['order_id'], $this->workerId, $job['ts'])) {
            return false;
        }
        return $target !== OrderStatus::Cancelled;
    }
}

$worker = new FulfilmentWorker(new TransitionLockTable(), 'worker-' . getmypid());
$targets = ['picking', 'shipped', 'cancelled', 'pending'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(['order_id' => 500000 + $i, 'to' => $targets[$i % 4], 'ts' => 1700000000 + $i]);
}
