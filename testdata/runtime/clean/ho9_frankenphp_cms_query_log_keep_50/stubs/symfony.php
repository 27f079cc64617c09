<?php

namespace Symfony\Component\HttpFoundation;

class Request
{
    public function __construct(public readonly string $pathInfo) {}

    public static function createFromGlobals(): static { return new static($_SERVER['REQUEST_URI'] ?? '/'); }
}

class Response { public function __construct(public readonly string $content = '', public readonly int $status = 200) {} }

namespace Symfony\Component\Yaml;

final class Yaml
{
    public static function parseFile(string $file): array
    {
        preg_match_all('/^    (app\.[\w.]+): (.+)$/m', file_get_contents($file), $m);
        $values = array_map(fn (string $v) => match (true) { $v === '~' => null, is_numeric($v) => (int) $v, default => trim($v, "'") }, $m[2]);
        return ['parameters' => array_combine($m[1], $values)];
    }
}

namespace Symfony\Component\HttpKernel;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class HttpKernel
{
    public function __construct(private \Closure $controllerResolver) {}

    public function handle(Request $request): Response { return ($this->controllerResolver)($request)($request); }
}
