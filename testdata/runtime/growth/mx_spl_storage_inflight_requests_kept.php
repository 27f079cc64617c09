<?php
// A long-lived HTTP client tracks each in-flight request in an SplObjectStorage; completion marks it done but never detaches it.

final class PendingRequest
{
    public ?int $status = null;

    public function __construct(public readonly string $method, public readonly string $url, public readonly string $body) {}
}

final class HttpClient
{
    private SplObjectStorage $inflight;

    public function __construct()
    {
        $this->inflight = new SplObjectStorage();
    }

    public function start(string $method, string $url, string $body): PendingRequest
    {
        $request = new PendingRequest($method, $url, $body);
        $this->inflight->attach($request, ['started' => microtime(true)]); // leak
        return $request;
    }

    public function complete(PendingRequest $request, int $status): float
    {
        $request->status = $status;
        return microtime(true) - $this->inflight[$request]['started'];
    }
}

$client = new HttpClient();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = $client->start('POST', "https://hooks.example.test/orders/{$i}", json_encode(['order' => $i, 'lines' => str_repeat('x', 600)]));
    $client->complete($request, 202);
}
