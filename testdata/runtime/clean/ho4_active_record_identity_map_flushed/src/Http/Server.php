<?php
declare(strict_types=1);

namespace Api\Http;

use Api\Model\Model;

final class Server
{
    private array $compiled = [];
    private int $requests = 0;

    /** @param array<string, callable(array): array{int, string}> $routes */
    public function __construct(array $routes)
    {
        foreach ($routes as $pattern => $action) {
            [$method, $path] = explode(' ', $pattern, 2);
            $regex = '#^' . preg_replace('/\{(\w+)\}/', '(?P<$1>[^/]+)', $path) . '$#';
            $this->compiled[] = [$method, $regex, $action];
        }
    }

    /** @return array{int, string} */
    public function handle(string $method, string $path): array
    {
        $this->requests++;
        foreach ($this->compiled as [$m, $regex, $action]) {
            if ($m === $method && preg_match($regex, $path, $match)) {
                $result = $action(array_filter($match, 'is_string', ARRAY_FILTER_USE_KEY));
                $this->terminate();

                return $result;
            }
        }
        $this->terminate();

        return [404, ''];
    }

    private function terminate(): void
    {
        // access log, metrics flush ...
        Model::flushIdentityMap();
    }
}
