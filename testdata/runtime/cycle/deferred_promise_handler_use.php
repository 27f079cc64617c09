<?php
// An async client: the deferred owns its promise, and the fulfilment handler captures the deferred with use.

final class Promise
{
    /** @var list<callable> */
    private array $handlers = [];

    public function then(callable $onFulfilled): void
    {
        $this->handlers[] = $onFulfilled; // leak
    }

    public function settle(mixed $value): void
    {
        foreach ($this->handlers as $handler) {
            $handler($value);
        }
    }
}

final class Deferred
{
    private Promise $promise;
    public array $timings = [];

    public function __construct(public readonly string $url)
    {
        $this->promise = new Promise();
    }

    public function promise(): Promise
    {
        return $this->promise;
    }

    public function resolve(mixed $value): void
    {
        $this->promise->settle($value);
    }
}

function fetchAsync(string $url): Deferred
{
    $deferred = new Deferred($url);
    $deferred->promise()->then(function (string $body) use ($deferred): void { // leak
        $deferred->timings[] = ['bytes' => strlen($body), 'at' => microtime(true)];
    });
    return $deferred;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = fetchAsync("https://api.example.org/v2/stock/{$i}?fields=" . str_repeat('price,', 50));
    $request->resolve('{"sku":' . $i . '}');
}
unset($request);
