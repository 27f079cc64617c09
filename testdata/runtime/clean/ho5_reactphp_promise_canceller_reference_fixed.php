<?php
// A ReactPHP-style DNS resolver wraps each query in a transaction whose promise drops its canceller (a closure bound to the transaction) as soon as it settles.
// https://github.com/reactphp/promise/pull/119

final class Promise
{
    /** @var callable|null */
    private $canceller;
    private mixed $result = null;
    private bool $settled = false;
    private array $handlers = [];

    public function __construct(callable $resolver, ?callable $canceller = null)
    {
        $this->canceller = $canceller;
        $resolver(fn (mixed $value) => $this->settle($value), fn (Throwable $reason) => $this->settle($reason));
    }

    public function then(callable $onFulfilled): void
    {
        if ($this->settled) {
            $onFulfilled($this->result);
            return;
        }
        $this->handlers[] = $onFulfilled;
    }

    public function cancel(): void
    {
        if ($this->canceller !== null) {
            $canceller = $this->canceller;
            $this->canceller = null;
            $canceller();
        }
    }

    private function settle(mixed $result): void
    {
        if ($this->settled) {
            return;
        }
        $this->settled = true;
        $this->result = $result;
        $this->canceller = null;
        foreach ($this->handlers as $handler) {
            $handler($result);
        }
        $this->handlers = [];
    }
}

final class UdpTransport
{
    public function send(string $packet): string
    {
        return 'ANSWER ' . strlen($packet) . ' ' . str_repeat('A 93.184.215.14 TTL=300; ', 24);
    }

    public function abort(string $id): void {}
}

final class QueryTransaction
{
    public readonly Promise $promise;
    private string $response = '';

    public function __construct(private UdpTransport $transport, private string $id, private string $name)
    {
        $this->promise = new Promise(function (callable $resolve): void {
            $this->response = $this->transport->send(pack('n', 0x1234) . $this->name);
            $resolve($this->response);
        }, function (): void {
            $this->transport->abort($this->id);
        });
    }
}

final class Resolver
{
    public int $answers = 0;

    public function __construct(private UdpTransport $transport) {}

    public function resolve(string $domain): void
    {
        $transaction = new QueryTransaction($this->transport, bin2hex(random_bytes(4)), $domain);
        $transaction->promise->then(function (string $answer): void {
            $this->answers += substr_count($answer, ' A ');
        });
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$resolver = new Resolver(new UdpTransport());
for ($i = 0; $i < $n; $i++) {
    $resolver->resolve("edge-{$i}.cdn.example.net");
}
