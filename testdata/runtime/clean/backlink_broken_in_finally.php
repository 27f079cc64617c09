<?php
// A transaction and its savepoints are linked both ways; the links are broken in finally.

final class Savepoint
{
    public function __construct(public ?Transaction $transaction, public readonly string $name) {}
}

final class Transaction
{
    /** @var Savepoint[] */
    public array $savepoints = [];

    public function __construct(public readonly string $id, public array $statements = []) {}

    public function savepoint(string $name): Savepoint
    {
        return $this->savepoints[] = new Savepoint($this, $name);
    }

    public function release(): void
    {
        foreach ($this->savepoints as $sp) {
            $sp->transaction = null;
        }
        $this->savepoints = [];
    }
}

function transfer(int $from, int $to, int $cents): bool
{
    $tx = new Transaction(uniqid('tx', true));
    try {
        $tx->savepoint('debit');
        $tx->statements[] = "UPDATE accounts SET balance = balance - {$cents} WHERE id = {$from} -- " . str_repeat('audit ', 20);
        $tx->savepoint('credit');
        $tx->statements[] = "UPDATE accounts SET balance = balance + {$cents} WHERE id = {$to}";
        if ($cents > 5000) {
            throw new RuntimeException('limit exceeded');
        }
        return true;
    } catch (RuntimeException) {
        return false;
    } finally {
        $tx->release();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    transfer($i, $i + 1, ($i % 3) * 3000);
}
