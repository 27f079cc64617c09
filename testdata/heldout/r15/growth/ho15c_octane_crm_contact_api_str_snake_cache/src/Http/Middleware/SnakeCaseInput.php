<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Support\Str;

/** The SPA posts camelCase JSON; the domain layer speaks snake_case. */
final class SnakeCaseInput
{
    public function handle(array $request, \Closure $next): array
    {
        $request['input'] = $this->transform($request['input'] ?? []);

        return $next($request);
    }

    private function transform(array $input): array
    {
        $result = [];
        foreach ($input as $key => $value) {
            $name = is_string($key) ? Str::snake($key) : $key;
            $result[$name] = is_array($value) ? $this->transform($value) : $value;
        }

        return $result;
    }
}
