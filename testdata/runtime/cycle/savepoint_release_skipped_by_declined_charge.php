<?php

declare(strict_types=1);

// One connection per job; each savepoint links back to it, and the
// connection lists the open ones until release() takes them out. A
// declined charge throws between savepoint() and release(): the worker
// catches it, and the savepoint and its connection stay linked.

final class PaymentDeclined extends RuntimeException
{
}

final class Savepoint
{
    public function __construct(private Connection $connection, public readonly string $name, public readonly array $snapshot) // leak
    {
    }

    public function release(): void
    {
        $this->connection->forget($this);
    }
}

final class Connection
{
    /** @var list<Savepoint> */
    private array $open = [];

    public function savepoint(string $name, array $snapshot): Savepoint
    {
        $sp = new Savepoint($this, $name, $snapshot);
        $this->open[] = $sp; // leak

        return $sp;
    }

    public function forget(Savepoint $sp): void
    {
        $i = array_search($sp, $this->open, true);
        if ($i !== false) {
            array_splice($this->open, $i, 1);
        }
    }
}

final class Gateway
{
    private int $calls = 0;

    public function charge(int $cents): string
    {
        if (++$this->calls % 2 === 0) {
            throw new PaymentDeclined('card declined');
        }

        return 'ch_' . $this->calls;
    }
}

final class ChargeJob
{
    public function handle(Connection $db, Gateway $gateway, array $order): void
    {
        $sp = $db->savepoint('charge_' . $order['id'], $order);
        $gateway->charge($order['cents']);
        $sp->release();
    }
}

final class Worker
{
    public int $failed = 0;

    public function __construct(private Gateway $gateway)
    {
    }

    public function process(array $order): void
    {
        try {
            (new ChargeJob())->handle(new Connection(), $this->gateway, $order);
        } catch (Exception $e) {
            $this->failed++;
        }
    }
}

$worker = new Worker(new Gateway());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->process(['id' => $i, 'cents' => 1000 + $i, 'note' => str_repeat("order {$i} line item; ", 40)]);
}
