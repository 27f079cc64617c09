<?php
// A retry helper receives a closure that uses the service's $this; the service keeps no handle to it.

final class Retry
{
    public function __construct(private Closure $operation, private int $times) {}

    public function run(): mixed
    {
        $last = null;
        for ($a = 1; $a <= $this->times; $a++) {
            try {
                return ($this->operation)($a);
            } catch (RuntimeException $e) {
                $last = $e;
            }
        }
        throw $last;
    }
}

final class WebhookSender
{
    private int $sent = 0;

    public function __construct(private string $secret) {}

    public function send(string $url, array $payload): string
    {
        $retry = new Retry(fn (int $attempt): string => $this->post($url, $payload, $attempt), 3);
        return $retry->run();
    }

    private function post(string $url, array $payload, int $attempt): string
    {
        $this->sent++;
        return hash_hmac('sha256', $url . json_encode($payload), $this->secret) . "#{$attempt}";
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$sender = new WebhookSender('whsec_' . str_repeat('k', 32));
for ($i = 0; $i < $n; $i++) {
    $sender->send("https://hooks.example.org/{$i}", ['event' => 'invoice.paid', 'data' => str_repeat('d', 200)]);
}
