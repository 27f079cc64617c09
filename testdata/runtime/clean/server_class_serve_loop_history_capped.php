<?php
// A small HTTP server stand-in serves a number of requests given at start
// (serve(int $max)). The controller it runs for each request records the
// request in a long-lived history service that keeps only the last 20.

final class History
{
    /** @var list<array{string, string}> */
    private array $entries = [];

    public function record(string $path, string $body): void
    {
        $this->entries[] = [$path, $body];
        if (count($this->entries) > 20) {
            array_shift($this->entries);
        }
    }
}

final class ShowPageController
{
    public function __construct(private History $history)
    {
    }

    public function __invoke(string $path): string
    {
        $body = '<main>' . str_repeat("content of {$path} ", 20) . '</main>';
        $this->history->record($path, $body);
        return $body;
    }
}

final class HttpServer
{
    public function __construct(private ShowPageController $controller)
    {
    }

    public function serve(int $max): void
    {
        for ($i = 0; $i < $max; $i++) {
            ($this->controller)("/page/{$i}");
        }
    }
}

$server = new HttpServer(new ShowPageController(new History()));
$server->serve((int) (getenv('PHPLEAK_N') ?: 100));
