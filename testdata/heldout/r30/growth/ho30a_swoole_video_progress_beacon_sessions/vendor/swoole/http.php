<?php

namespace Swoole\Http;

/**
 * Stand-in for Swoole\Http\Server: one worker process, callbacks registered
 * at boot, start() serving PHPLEAK_N beacon requests from the video player.
 */
class Server
{
    /** @var array<string, callable> */
    private array $callbacks = [];

    public function __construct(public string $host, public int $port)
    {
    }

    public function on(string $event, callable $callback): void
    {
        $this->callbacks[strtolower($event)] = $callback;
    }

    public function start(): void
    {
        ($this->callbacks['workerstart'] ?? static function () {})($this, 0);
        $total = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($n = 0; $n < $total; $n++) {
            $request = new Request();
            $request->server = ['request_uri' => '/progress/beacon', 'request_method' => 'POST', 'request_time' => 1726000000 + $n * 9];
            $request->header = ['user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'x-player' => 'hls.js/1.5.7'];
            $position = 0;
            $events = [['type' => 'start', 'position' => 0]];
            for ($k = 1; $k <= 3; $k++) {
                $position += 15 + ($n + $k) % 10;
                $events[] = ['type' => 'heartbeat', 'position' => $position, 'buffered' => $position + 30, 'rate' => 1.0];
            }
            // Most learners close the tab or pause; some watch to the end.
            $events[] = ['type' => $n % 3 === 0 ? 'ended' : 'pause', 'position' => $position + 4];
            $request->body = json_encode([
                'session' => sprintf('pb_%08x%08x', 0x5eed0000 + $n, crc32("beacon{$n}")),
                'user_id' => 70000 + ($n * 13) % 9000,
                'lesson_id' => 300 + $n % 25,
                'events' => $events,
            ]);
            ($this->callbacks['request'])($request, new Response());
        }
    }
}

class Request
{
    public array $server = [];
    public array $header = [];
    public string $body = '';

    public function rawContent(): string
    {
        return $this->body;
    }
}

class Response
{
    public int $statusCode = 200;
    public string $content = '';

    public function status(int $code): void
    {
        $this->statusCode = $code;
    }

    public function end(string $content = ''): void
    {
        $this->content = $content;
    }
}
