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

        // The legacy catalog loader falls back to English for anything it
        // does not know, so the header is handed over as it came in.
        return $header !== '' ? strtolower($header) : $this->config['default'];
    }
}
