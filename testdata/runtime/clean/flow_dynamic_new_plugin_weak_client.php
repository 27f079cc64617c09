<?php
// An HTTP client attaches plugins by class name; each plugin constructor keeps the client in a WeakReference.

abstract class Plugin
{
    private WeakReference $client;

    public function __construct(HttpClient $client)
    {
        $this->client = WeakReference::create($client);
    }

    protected function client(): HttpClient
    {
        return $this->client->get();
    }

    abstract public function before(array $request): array;
}

final class RetryPlugin extends Plugin
{
    public function before(array $request): array
    {
        $request['headers']['x-retry-budget'] = (string) $this->client()->maxRetries;
        return $request;
    }
}

final class UserAgentPlugin extends Plugin
{
    public function before(array $request): array
    {
        $request['headers']['user-agent'] = $this->client()->userAgent;
        return $request;
    }
}

final class HttpClient
{
    /** @var array<string, Plugin> */
    private array $plugins = [];
    public string $userAgent;

    public function __construct(public int $maxRetries)
    {
        $this->userAgent = 'shop-client/2.1 ' . str_repeat('(compatible) ', 45);
    }

    public function addPlugin(string $class): void
    {
        $this->plugins[$class] = new $class($this);
    }

    public function send(string $url): array
    {
        $request = ['url' => $url, 'headers' => []];
        foreach ($this->plugins as $plugin) {
            $request = $plugin->before($request);
        }
        return $request;
    }
}

function fetchOrder(int $i): array
{
    $client = new HttpClient(3);
    $client->addPlugin(UserAgentPlugin::class);
    return $client->send("https://api.example.test/orders/{$i}");
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    fetchOrder($i);
}
