<?php
// Stripped-down FrankenPHP worker-mode runtime and the request factory the search API uses.

namespace Nyholm\Psr7 {

final class ServerRequest
{
    public function __construct(private string $method, private string $uri, private array $query = []) {}

    public static function fromGlobals(): self
    {
        parse_str(parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY) ?? '', $query);
        return new self($_SERVER['REQUEST_METHOD'], $_SERVER['REQUEST_URI'], $query);
    }

    public function getMethod(): string { return $this->method; }
    public function getUri(): string { return $this->uri; }
    public function getQueryParams(): array { return $this->query; }
}

final class Response
{
    public function __construct(public int $status = 200, public array $headers = [], public string $body = '') {}
}
}

namespace FrankenPHP {

final class Runtime
{
    private static ?array $workerServer = null;
    private static int $served = 0;

    /** Resets the superglobals from the next incoming request, as the SAPI does before each handler call. */
    public static function next(): void
    {
        self::$workerServer ??= $_SERVER;
        $id = ++self::$served;
        $_SERVER = self::$workerServer + [
            'REQUEST_METHOD' => 'GET',
            'REQUEST_URI' => "/search?q=term{$id}&page=" . ($id % 5 + 1),
        ];
        $_GET = ['q' => "term{$id}", 'page' => (string) ($id % 5 + 1)];
    }
}

}

namespace {
function frankenphp_handle_request(callable $handler): bool
{
    \FrankenPHP\Runtime::next();
    $handler();
    return true;
}
}
