<?php

declare(strict_types=1);

namespace App\Http;

use Spiral\RoadRunner\Http\ServerRequest;

final class LocaleResolver
{
    /** @param array{default: string, locales: array<string, array>} $config */
    public function __construct(private readonly array $config)
    {
    }

    public function resolve(ServerRequest $request): string
    {
        $header = trim($request->getHeaderLine('Accept-Language'));

        // Only locales the application ships a catalog for are handed to the
        // legacy loader; anything else falls back to the default.
        foreach (explode(',', $header) as $part) {
            $tag = strtolower(trim(explode(';', $part)[0]));
            if ($tag === '') {
                continue;
            }
            if (array_key_exists($tag, $this->config['locales'])) {
                return $tag;
            }
            $primary = explode('-', $tag)[0];
            if (array_key_exists($primary, $this->config['locales'])) {
                return $primary;
            }
        }

        return $this->config['default'];
    }
}
