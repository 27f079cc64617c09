<?php

declare(strict_types=1);

namespace Swoole\Http;

// Stand-ins for the ext-swoole HTTP server with task workers, enough to drive
// the application callbacks from the CLI. Tasks run inline here; the real
// server ships them to a task worker and calls 'finish' back on this worker.

final class Request
{
    public array $header = [];
    public array $server = [];
    public ?string $rawContent = null;
    public int $fd = 0;

    public function getContent(): ?string
    {
        return $this->rawContent;
    }
}

final class Response
{
    public int $statusCode = 200;
    public array $headers = [];
    public string $content = '';

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function header(string $name, string $value): void
    {
        $this->headers[$name] = $value;
    }

    public function end(string $content = ''): void
    {
        $this->content = $content;
    }
}

final class Server
{
    private array $callbacks = [];
    private int $taskIds = 0;

    public function __construct(public string $host, public int $port, public array $settings = [])
    {
    }

    public function set(array $settings): void
    {
        $this->settings = $settings + $this->settings;
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[$event] = $callback;
    }

    public function task(mixed $data): int
    {
        $taskId = $this->taskIds++;
        $result = ($this->callbacks['task'])($this, $taskId, 0, $data);
        if (isset($this->callbacks['finish'])) {
            ($this->callbacks['finish'])($this, $taskId, $result);
        }
        return $taskId;
    }

    public function start(): void
    {
        ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $limit; $i++) {
            $request = new Request();
            $request->fd = $i % 128 + 1;
            $request->server = ['request_uri' => '/rooms/' . ($i % 12) . '/messages', 'request_method' => 'POST'];
            $request->header = ['x-user-id' => (string) (3000 + $i % 250)];
            $request->rawContent = json_encode(['body' => "Message number {$i} — see you at standup?"]);
            ($this->callbacks['request'])($request, new Response());
        }
    }
}
