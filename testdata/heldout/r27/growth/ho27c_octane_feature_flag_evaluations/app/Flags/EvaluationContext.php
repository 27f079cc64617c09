<?php

namespace App\Flags;

use Illuminate\Http\Request;

final class EvaluationContext
{
    /** @param array<string, string> $attributes */
    public function __construct(
        public readonly string $targetingKey,
        public readonly array $attributes = [],
    ) {
    }

    public static function fromRequest(Request $request): self
    {
        return new self($request->header('x-user-id', 'anonymous'), [
            'plan' => $request->header('x-user-plan', 'free'),
            'country' => $request->header('x-country', 'ZZ'),
            'appVersion' => $request->header('x-app-version', '0.0.0'),
        ]);
    }

    public function attribute(string $name, string $default = ''): string
    {
        return $this->attributes[$name] ?? $default;
    }
}
