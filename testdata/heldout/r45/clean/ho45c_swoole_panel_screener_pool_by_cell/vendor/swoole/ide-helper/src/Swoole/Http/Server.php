<?php

namespace Swoole\Http;

/**
 * Runnable shim of the extension's server: one worker, requests replayed
 * from the "replay" setting, PHPLEAK_N of them.
 */
class Server
{
    private array $callbacks = [];
    private array $setting = [];

    public function __construct(public string $host = '0.0.0.0', public int $port = 0, public int $mode = 2, public int $sock_type = 1)
    {
    }

    public function set(array $settings): bool
    {
        $this->setting = $settings + $this->setting;

        return true;
    }

    public function on(string $event_name, callable $callback): bool
    {
        $this->callbacks[strtolower($event_name)] = $callback;

        return true;
    }

    public function start(): bool
    {
        if (isset($this->callbacks['workerstart'])) {
            ($this->callbacks['workerstart'])($this, 0);
        }
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        $replay = $this->setting['replay'] ?? null;
        for ($i = 0; $replay !== null && $i < $n; $i++) {
            $request = new Request();
            $request->fd = $i + 1;
            foreach ($replay($i) as $property => $value) {
                $request->{$property} = $value;
            }
            $response = new Response();
            $response->fd = $request->fd;
            ($this->callbacks['request'])($request, $response);
        }
        if (isset($this->callbacks['workerstop'])) {
            ($this->callbacks['workerstop'])($this, 0);
        }

        return true;
    }
}
