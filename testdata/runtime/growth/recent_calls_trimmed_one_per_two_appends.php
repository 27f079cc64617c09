<?php
// An API client keeps its recent calls for a debug panel: one entry when
// a call starts and one when it ends, and after the end it drops the
// oldest entry when over 50. Two in, one out: the list grows by one
// entry per call for the life of the worker.

final class RecentCalls
{
    /** @var list<array{string, string, float}> */
    private array $entries = [];

    public function started(string $url, float $at): void
    {
        $this->entries[] = ['start', $url, $at]; // leak
    }

    public function ended(string $url, float $at, string $body): void
    {
        $this->entries[] = ['end', $url . ' ' . substr($body, 0, 900), $at]; // leak
        $this->trim();
    }

    private function trim(): void
    {
        if (count($this->entries) > 50) {
            array_shift($this->entries);
        }
    }
}

final class ApiClient
{
    public function __construct(private RecentCalls $recent)
    {
    }

    public function get(string $url, float $now): string
    {
        $this->recent->started($url, $now);
        $body = str_repeat('{"ok":true,"url":"' . $url . '"}', 30);
        $this->recent->ended($url, $now + 0.05, $body);

        return $body;
    }
}

$client = new ApiClient(new RecentCalls());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $client->get('https://api.example.test/orders/' . (50000 + $i), 1700000000.0 + $i);
}
