<?php
// An HTTP server keeps the most recent access-log lines for its status page and trims them to 50 right after each push.

final class AccessLog
{
    private const KEEP = 50;

    /** @var list<string> */
    private array $recent = [];
    /** @var list<string> */
    private array $errors = [];

    public function write(string $method, string $path, int $status, string $userAgent): void
    {
        $line = sprintf('%s %s %d "%s"', $method, $path, $status, $userAgent);
        $this->recent[] = $line;
        while (count($this->recent) > self::KEEP) {
            array_shift($this->recent);
        }
        if ($status >= 500) {
            $this->errors[] = $line;
            while (count($this->errors) > self::KEEP) {
                array_shift($this->errors);
            }
        }
    }
}

final class HttpServer
{
    public function __construct(private AccessLog $log) {}

    public function serve(array $request): int
    {
        $status = str_starts_with($request['path'], '/admin') ? 403 : 200;
        $this->log->write($request['method'], $request['path'], $status, $request['ua']);
        return $status;
    }
}

$server = new HttpServer(new AccessLog());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->serve(['method' => 'GET', 'path' => "/products/{$i}", 'ua' => 'Mozilla/5.0 ' . str_repeat('(X11; Linux x86_64) ', 36)]);
}
