<?php
// A ReactPHP-style API gateway hedges each lookup against a slow replica and drops the replica's still-pending promise; then() stores static handler closures that are not bound to the promise, so dropped promises are freed at once.
// https://github.com/reactphp/promise/pull/124

final class Promise
{
    private array $handlers = [];
    private mixed $result = null;
    private bool $settled = false;

    public function __construct(private ?Closure $canceller = null) {}

    public function then(callable $onFulfilled): Promise
    {
        $child = new Promise();
        if ($this->settled) {
            $child->resolve($onFulfilled($this->result));
            return $child;
        }
        $this->handlers[] = static function (mixed $value) use ($onFulfilled, $child): void {
            $child->resolve($onFulfilled($value));
        };
        return $child;
    }

    public function resolve(mixed $value): void
    {
        if ($this->settled) {
            return;
        }
        $this->settled = true;
        $this->result = $value;
        $handlers = $this->handlers;
        $this->handlers = [];
        $this->canceller = null;
        foreach ($handlers as $handler) {
            $handler($value);
        }
    }

    public function cancel(): void
    {
        if ($this->canceller !== null && !$this->settled) {
            ($this->canceller)();
        }
    }
}

final class Replica
{
    public function __construct(private string $name, private bool $answers) {}

    public function lookup(string $key, array $query): Promise
    {
        $wire = json_encode(['replica' => $this->name, 'key' => $key, 'query' => $query]);
        $promise = new Promise(static function () use ($wire): void {
            // would send a CANCEL frame for $wire
        });
        if ($this->answers) {
            $promise->resolve(['key' => $key, 'profile' => ['plan' => 'pro', 'seats' => 12]]);
        }
        return $promise;
    }
}

final class HedgedLookup
{
    public int $served = 0;

    public function __construct(private Replica $primary, private Replica $hedge) {}

    public function profile(string $key, array $query): void
    {
        $this->primary->lookup($key, $query)->then([$this, 'record']);
        // the hedge replica is too slow: its promise is simply dropped
        $this->hedge->lookup($key, $query)->then([$this, 'record']);
    }

    public function record(array $row): array
    {
        $this->served++;
        return $row;
    }
}

$gateway = new HedgedLookup(new Replica('eu-west-1a', true), new Replica('eu-west-1c', false));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $gateway->profile("account:{$i}", ['fields' => ['plan', 'seats', 'owner', 'billing'], 'trace' => str_repeat("span-{$i}/", 40)]);
}
