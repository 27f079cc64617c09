<?php
declare(strict_types=1);

namespace App\Http;

final class Request
{
    public array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers = [],
    ) {
    }

    public function getPreferredLanguage(array $available): string
    {
        $header = $this->headers['accept-language'] ?? '';
        foreach (explode(',', $header) as $part) {
            $lang = substr(trim(explode(';', $part)[0]), 0, 2);
            if (in_array($lang, $available, true)) {
                return $lang;
            }
        }

        return $available[0];
    }
}
