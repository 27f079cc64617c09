<?php
// An HTTPlug PluginClient builds a plugin chain for every request; each link captures the chain's first callable by reference, which makes the chain reference itself.
// https://github.com/php-http/client-common/pull/194

final class Request
{
    public function __construct(public readonly string $method, public readonly string $uri, public readonly array $headers = []) {}

    public function withHeader(string $name, string $value): self
    {
        return new self($this->method, $this->uri, [$name => $value] + $this->headers);
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body) {}
}

interface Plugin
{
    public function handleRequest(Request $request, callable $next, callable $first): Response;
}

final class HeaderDefaultsPlugin implements Plugin
{
    public function __construct(private array $headers) {}

    public function handleRequest(Request $request, callable $next, callable $first): Response
    {
        foreach ($this->headers as $name => $value) {
            $request = isset($request->headers[$name]) ? $request : $request->withHeader($name, $value);
        }
        return $next($request);
    }
}

final class RedirectPlugin implements Plugin
{
    public function handleRequest(Request $request, callable $next, callable $first): Response
    {
        $response = $next($request);
        if ($response->status === 301 && !str_ends_with($request->uri, '/')) {
            return $first(new Request($request->method, $request->uri . '/', $request->headers));
        }
        return $response;
    }
}

final class ErrorPlugin implements Plugin
{
    public function handleRequest(Request $request, callable $next, callable $first): Response
    {
        $response = $next($request);
        if ($response->status >= 500) {
            throw new RuntimeException("Server error for {$request->uri}");
        }
        return $response;
    }
}

final class CurlClient
{
    public function sendRequest(Request $request): Response
    {
        $status = str_ends_with($request->uri, '/') ? 200 : 301;
        return new Response($status, json_encode(['uri' => $request->uri, 'headers' => $request->headers]));
    }
}

final class PluginClient
{
    public function __construct(private CurlClient $client, private array $plugins) {}

    public function sendRequest(Request $request): Response
    {
        $pluginChain = $this->createPluginChain($this->plugins, function (Request $request): Response {
            return $this->client->sendRequest($request);
        });
        return $pluginChain($request);
    }

    private function createPluginChain(array $plugins, callable $clientCallable): callable
    {
        $firstCallable = $lastCallable = $clientCallable;
        while ($plugin = array_pop($plugins)) {
            $lastCallable = function (Request $request) use ($plugin, $lastCallable, &$firstCallable): Response { // leak
                return $plugin->handleRequest($request, $lastCallable, $firstCallable);
            };
            $firstCallable = $lastCallable; // leak
        }
        return $firstCallable;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$client = new PluginClient(new CurlClient(), [
    new ErrorPlugin(),
    new HeaderDefaultsPlugin(['User-Agent' => 'billing-sync/2.3', 'Accept' => 'application/json']),
    new RedirectPlugin(),
]);
for ($i = 0; $i < $n; $i++) {
    $response = $client->sendRequest(new Request('GET', "https://billing.example.com/api/invoices/{$i}"));
}
