<?php
// The request log is put in a static registry at boot; every request reaches it with Registry::get('log')->add().

final class Registry
{
    /** @var array<string, object> */
    private static array $entries = [];

    public static function set(string $key, object $value): void
    {
        self::$entries[$key] = $value;
    }

    public static function get(string $key): object
    {
        return self::$entries[$key] ?? throw new OutOfBoundsException("No registry entry '{$key}'");
    }
}

final class RequestLog
{
    /** @var list<string> */
    private array $lines = [];

    public function add(string $line): void
    {
        $this->lines[] = date('c') . ' ' . $line; // leak
    }

    public function lines(): array
    {
        return $this->lines;
    }
}

function handle(array $server): int
{
    $status = str_starts_with($server['REQUEST_URI'], '/admin') ? 403 : 200;
    Registry::get('log')->add(sprintf('%s %s %d ua="%s"', $server['REQUEST_METHOD'], $server['REQUEST_URI'], $status, $server['HTTP_USER_AGENT']));
    return $status;
}

Registry::set('log', new RequestLog());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle([
        'REQUEST_METHOD' => 'GET',
        'REQUEST_URI' => "/blog/post-{$i}",
        'HTTP_USER_AGENT' => 'Mozilla/5.0 ' . str_repeat('(Macintosh; Intel Mac OS X) ', 25),
    ]);
}
