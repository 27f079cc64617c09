<?php
// A webhook relay worker chains a then() callback that throws on error responses; the handler tuple is unset before the callback runs, so the exception's stack trace no longer references the rejected promise.
// https://github.com/guzzle/promises/pull/128

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body) {}
}

final class ClientException extends RuntimeException {}

final class Promise
{
    private string $state = 'pending';
    private mixed $result = null;
    private array $handlers = [];

    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise
    {
        $promise = new Promise();
        $this->handlers[] = [$promise, $onFulfilled, $onRejected];
        if ($this->state !== 'pending') {
            $this->settle($this->state, $this->result);
        }
        return $promise;
    }

    public function resolve(mixed $value): void
    {
        $this->settle('fulfilled', $value);
    }

    public function reject(mixed $reason): void
    {
        $this->settle('rejected', $reason);
    }

    public function getState(): string
    {
        return $this->state;
    }

    private function settle(string $state, mixed $value): void
    {
        $this->state = $state;
        $this->result = $value;
        [$handlers, $this->handlers] = [$this->handlers, []];
        foreach ($handlers as $handler) {
            self::callHandler($state === 'fulfilled' ? 1 : 2, $value, $handler);
        }
    }

    private static function callHandler(int $index, mixed $value, array $handler): void
    {
        /** @var Promise $promise */
        $promise = $handler[0];
        try {
            if (isset($handler[$index])) {
                // $handler holds $promise: drop it so a thrown exception's trace cannot point back at it
                $f = $handler[$index];
                unset($handler);
                $promise->resolve($f($value));
            } elseif ($index === 1) {
                $promise->resolve($value);
            } else {
                $promise->reject($value);
            }
        } catch (Throwable $reason) {
            $promise->reject($reason);
        }
    }
}

final class HttpClient
{
    public function sendAsync(string $url, string $body): Promise
    {
        $promise = new Promise();
        $status = (crc32($url) % 3 === 0) ? 200 : 503;
        $promise->resolve(new Response($status, $status === 200 ? '{"ok":true}' : '<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>'));
        return $promise;
    }
}

final class WebhookRelay
{
    public int $failed = 0;

    public function __construct(private HttpClient $client) {}

    public function deliver(string $url, array $event): void
    {
        $promise = $this->client->sendAsync($url, json_encode($event))->then(static function (Response $response): array {
            if ($response->status >= 400) {
                throw new ClientException(sprintf('Webhook endpoint answered %d: %s', $response->status, substr($response->body, 0, 60)), $response->status);
            }
            return json_decode($response->body, true);
        });
        if ($promise->getState() === 'rejected') {
            $this->failed++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$relay = new WebhookRelay(new HttpClient());
for ($i = 0; $i < $n; $i++) {
    $relay->deliver("https://hooks.example.net/tenant/$i/events", ['type' => 'invoice.paid', 'id' => "evt_$i", 'amount' => 4200 + $i]);
}
